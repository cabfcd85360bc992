// AttractView: the chain's gap links in the area ($region with the regions up to two
// levels below, or $cluster's area and named members) from the stored counts
// (LOCAL_COUNT), the first 20 enterprises outside the area covering them, scored as the
// API scores them, and the policy rules of the estimate region (the region, or the
// cluster's first member), from which the API computes each target's typical incentive.
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
CALL (ch, areaNode) {
  MATCH (ch)-[:HAS_LINK]->(l:ChainLink)
  WITH l, coalesce([(l)-[n:LOCAL_COUNT]->(areaNode) | n.enterprises][0], 0) AS local ORDER BY l.position, l.id
  RETURN collect(CASE WHEN local < 1 THEN l END) AS gaps,
         collect(CASE WHEN local < 1 THEN {localEnterprises: local, link: l {.id, .name, .nameEn, .stage, .position}} END) AS gapRows
}
CALL (ch, gaps, area, areaCluster) {
  UNWIND gaps AS gap
  MATCH (e:Enterprise)-[:COVERS]->(gap)
  WHERE NOT (EXISTS { (e)-[:LOCATED_IN]->(r:Region) WHERE r IN area }
          OR EXISTS { (e)-[t:TENANT_OF]->(:Park)-[:LOCATED_IN]->(r:Region) WHERE t.until IS NULL AND r IN area }
          OR EXISTS { (e)-[:MEMBER_OF]->(areaCluster) })
  WITH ch, e, collect(DISTINCT gap) AS filled
  WITH e, filled, EXISTS { (e)-[:LEADS]->(ch) } AS leader, COUNT { (e)-[:RECEIVED]->(:Award) } AS awards,
       COUNT { (e)-[:RECEIVED]->(a:Award) WHERE a.level = 'NATIONAL' } AS nationalAwards,
       [(e)-[c:CITED_IN]->(:Document) WHERE c.role IN ['LEADING', 'KEY'] | c.role + ' (' + c.clause + ')'] AS roles
  WITH e, filled, leader, awards, nationalAwards, roles,
       size(filled) * 10 + CASE WHEN leader THEN 20 ELSE 0 END + awards * 3 + nationalAwards * 2
       + CASE WHEN size(roles) > 0 THEN 5 ELSE 0 END AS score
  ORDER BY score DESC, coalesce(e.sample, false), e.name, e.id LIMIT 21
  RETURN collect({score: score, leader: leader, awards: awards, nationalAwards: nationalAwards, roles: roles,
                  enterprise: e {.id, .name, .nameEn, .sample,
                                 region: [(e)-[:LOCATED_IN]->(r:Region) | r {.code, .name, .nameEn}][0]},
                  gapLinks: [l IN filled | l {.id, .name, .nameEn}]}) AS targets
}
WITH gapRows, targets,
     coalesce(areaRegion, COLLECT { MATCH (areaCluster)-[:INCLUDES]->(m:Region) RETURN m ORDER BY m.code LIMIT 1 }[0]) AS estimateRegion
CALL (estimateRegion) {
  MATCH (estimateRegion)-[:PART_OF*0..3]->(r:Region)
  MATCH (d:Document {regionCode: r.code})-[:HAS_MEASURE]->(:Measure)-[:HAS_RULE]->(rule:IncentiveRule)
  RETURN collect(rule {.*, document: d {.id, .title, .titleEn, .status}}) AS rules
}
RETURN 1 AS minEnterprises, gapRows AS gaps, targets, estimateRegion {.code, .name, .nameEn}, rules
