// ClusterView: a cluster with its members, and the first 100 parks, enterprises and
// platforms of its area (its member regions and the regions up to two levels below them,
// and the organisations named as members), and its sources. The enterprises take one of
// two plans, as the API does, and come as whole nodes (see RegionView.cypher).
CALL () {
  MATCH (x:Enterprise)
  RETURN count(x) AS total
}
MATCH (c:Cluster {id: $id})
CALL (c) {
  OPTIONAL MATCH (c)-[:INCLUDES]->(:Region)<-[:PART_OF*0..2]-(sub:Region)
  RETURN collect(DISTINCT sub) AS area
}
CALL (c) {
  MATCH (c)-[i:INCLUDES]->(r:Region)
  OPTIONAL MATCH (d:Document {id: i.doc})
  WITH r, i, d ORDER BY r.code
  RETURN collect({region: r {.code, .name, .nameEn}, role: i.role, basis: i.basis,
                  source: {clause: i.clause, quote: i.quote, document: d {.id, .title, .titleEn, .status}}}) AS members
}
CALL (c, area) {
  CALL (c, area) {
    MATCH (p:Park)-[:MEMBER_OF]->(c)
    RETURN p
    UNION
    UNWIND area AS sub
    MATCH (p:Park)-[:LOCATED_IN]->(sub)
    RETURN p
  }
  WITH DISTINCT p ORDER BY p.name, p.id LIMIT 101
  OPTIONAL MATCH (p)-[:LOCATED_IN]->(r:Region)
  RETURN collect(p {.id, .name, .nameEn, .sample, region: r {.code, .name, .nameEn}}) AS parks
}
CALL (c, area, total) {
  WITH c, area, reduce(n = 0, r IN area | n + COUNT { (r)<-[:LOCATED_IN]-() }) ^ 2 > 101 * total * 4 AS walk
  CALL (c, area, walk) {
    WITH * WHERE walk
    CALL (c, area) {
      MATCH (e:Enterprise)
      WHERE e.name IS NOT NULL
        AND (EXISTS { (e)-[:LOCATED_IN]->(r:Region) WHERE r IN area }
          OR EXISTS { (e)-[t:TENANT_OF]->(:Park)-[:LOCATED_IN]->(r:Region) WHERE t.until IS NULL AND r IN area }
          OR EXISTS { (e)-[:MEMBER_OF]->(c) })
      WITH e ORDER BY e.name, e.id LIMIT 101
      RETURN collect(e) AS enterprises
    }
    RETURN enterprises
    UNION ALL
    WITH * WHERE NOT walk
    CALL (c, area) {
      CALL (c, area) {
        MATCH (e:Enterprise)-[:MEMBER_OF]->(c)
        RETURN e
        UNION
        UNWIND area AS sub
        MATCH (e:Enterprise)-[:LOCATED_IN]->(sub)
        RETURN e
        UNION
        UNWIND area AS sub
        MATCH (e:Enterprise)-[t:TENANT_OF WHERE t.until IS NULL]->(:Park)-[:LOCATED_IN]->(sub)
        RETURN e
      }
      WITH DISTINCT e ORDER BY e.name, e.id LIMIT 101
      RETURN collect(e) AS enterprises
    }
    RETURN enterprises
  }
  RETURN enterprises
}
CALL (c, area) {
  CALL (c, area) {
    MATCH (p:Platform)-[:MEMBER_OF]->(c)
    RETURN p
    UNION
    UNWIND area AS sub
    MATCH (p:Platform)-[:LOCATED_IN]->(sub)
    RETURN p
    UNION
    UNWIND area AS sub
    MATCH (p:Platform)-[:IN_PARK]->(:Park)-[:LOCATED_IN]->(sub)
    RETURN p
  }
  WITH DISTINCT p ORDER BY p.name, p.id LIMIT 101
  RETURN collect(p {.id, .name, .nameEn, .sample}) AS platforms
}
RETURN c {.id, .name, .nameEn, .kind, .description} AS cluster, members, parks, enterprises, platforms,
       [(c)-[s:CITED_IN]->(d:Document) | {clause: s.clause, quote: s.quote, role: s.role, roleNote: s.roleNote,
                                          document: d {.id, .title, .titleEn, .status}}] AS sources
