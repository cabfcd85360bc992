// ChainView: a chain with its domain, leaders and sources, and for every link of it in the
// area ($region with the regions up to two levels below, or $cluster's area and named
// members): the stored count of local enterprises (LOCAL_COUNT), the link's sources, its
// first 20 local enterprises and its first 10 candidates outside the area, leaders first.
// The local enterprises are sorted from the link's coverers. The API walks the name index
// instead where they are dense; written here as in RegionView.cypher, that plan failed in
// Neo4j 5.26's planner on a freshly loaded database, for some requests of the load run
// (Neo.DatabaseError.General.UnknownError: "insertCachedProperties: e.name should not
// appear non-cached"), so this row's Cypher can be slower than the API's where a link has
// many local coverers.
MATCH (ch:Chain {id: $chain})
OPTIONAL MATCH (areaRegion:Region {code: $region})
OPTIONAL MATCH (areaCluster:Cluster {id: $cluster})
WITH ch, areaRegion, areaCluster, coalesce(areaRegion, areaCluster) AS areaNode
CALL (areaRegion, areaCluster) {
  CALL (areaRegion, areaCluster) {
    MATCH (sub:Region)-[:PART_OF*0..2]->(areaRegion)
    RETURN sub
    UNION
    MATCH (areaCluster)-[:INCLUDES]->(:Region)<-[:PART_OF*0..2]-(sub:Region)
    RETURN sub
  }
  RETURN collect(sub) AS area
}
CALL (ch, areaNode, areaCluster, area) {
  MATCH (ch)-[:HAS_LINK]->(l:ChainLink)
  WITH l, areaCluster, area, coalesce([(l)-[n:LOCAL_COUNT]->(areaNode) | n.enterprises][0], 0) AS local
  CALL (l, areaCluster, area) {
    MATCH (e:Enterprise)-[:COVERS]->(l)
    WHERE EXISTS { (e)-[:LOCATED_IN]->(r:Region) WHERE r IN area }
       OR EXISTS { (e)-[t:TENANT_OF]->(:Park)-[:LOCATED_IN]->(r:Region) WHERE t.until IS NULL AND r IN area }
       OR EXISTS { (e)-[:MEMBER_OF]->(areaCluster) }
    WITH DISTINCT e ORDER BY e.name, e.id LIMIT 21
    RETURN collect(e) AS enterprises
  }
  CALL (l, areaCluster, area) {
    MATCH (candidate:Enterprise)-[:COVERS]->(l)
    WHERE NOT (EXISTS { (candidate)-[:LOCATED_IN]->(r:Region) WHERE r IN area }
            OR EXISTS { (candidate)-[t:TENANT_OF]->(:Park)-[:LOCATED_IN]->(r:Region) WHERE t.until IS NULL AND r IN area }
            OR EXISTS { (candidate)-[:MEMBER_OF]->(areaCluster) })
    WITH DISTINCT candidate
    WITH candidate, EXISTS { (candidate)-[:LEADS]->(:Chain {id: $chain}) } AS leader, COUNT { (candidate)-[:RECEIVED]->(:Award) } AS awards
    ORDER BY leader DESC, awards DESC, coalesce(candidate.sample, false), candidate.name, candidate.id LIMIT 11
    RETURN collect({enterprise: candidate, region: [(candidate)-[:LOCATED_IN]->(r:Region) | r {.code, .name, .nameEn}][0]}) AS candidates
  }
  WITH l, local, enterprises, candidates ORDER BY l.position, l.id
  RETURN collect({gap: local < 1, localEnterprises: local, enterprises: enterprises, candidates: candidates,
                  link: l {.id, .name, .nameEn, .stage, .position,
                           sources: [(l)-[s:CITED_IN]->(d:Document) | {clause: s.clause, quote: s.quote, role: s.role,
                                     roleNote: s.roleNote, document: d {.id, .title, .titleEn, .status}}]}}) AS links
}
RETURN ch {.id, .name, .nameEn, .description,
           domain: [(ch)-[:IN_DOMAIN]->(d:Domain) | d {.id, .name, .nameEn}][0],
           leaders: [(lead:Enterprise)-[:LEADS]->(ch) | lead {.id, .name, .nameEn, .sample}],
           sources: [(ch)-[s:CITED_IN]->(d:Document) | {clause: s.clause, quote: s.quote, role: s.role, roleNote: s.roleNote,
                                                        document: d {.id, .title, .titleEn, .status}}]} AS chain,
       1 AS minEnterprises, areaRegion {.code, .name, .nameEn} AS region, areaCluster {.id, .name, .nameEn} AS cluster, links
