// RegionView: a region with its parent, children, cluster memberships (its own and its
// ancestors'), and the first 100 parks, enterprises and platforms of its area (it and the
// regions up to two levels below), and its sources. The enterprises take one of two plans,
// as the API does: walk the name index when the area's enterprises are dense, else
// collect and sort them; they come as whole nodes, as the API reads them.
CALL () {
  MATCH (x:Enterprise)
  RETURN count(x) AS total
}
MATCH (root:Region {code: $code})
OPTIONAL MATCH (root)-[:PART_OF]->(parent:Region)
CALL (root) {
  MATCH (sub:Region)-[:PART_OF*0..2]->(root)
  RETURN collect(sub) AS area
}
CALL (root) {
  MATCH (root)-[:PART_OF*0..2]->(r:Region)<-[i:INCLUDES]-(c:Cluster)
  OPTIONAL MATCH (d:Document {id: i.doc})
  WITH c, r, i, d ORDER BY c.kind, c.name, r.code
  RETURN collect({cluster: c {.id, .name, .nameEn, .kind}, via: 'REGION', region: r {.code, .name, .nameEn},
                  role: i.role, source: {clause: i.clause, quote: i.quote, document: d {.id, .title, .titleEn, .status}}}) AS clusters
}
CALL (area) {
  UNWIND area AS sub
  MATCH (p:Park)-[:LOCATED_IN]->(sub)
  WITH DISTINCT p ORDER BY p.name, p.id LIMIT 101
  RETURN collect(p {.id, .name, .nameEn, .kind, .status, .sample}) AS parks
}
CALL (area, total) {
  WITH area, reduce(n = 0, r IN area | n + COUNT { (r)<-[:LOCATED_IN]-() }) ^ 2 > 101 * total * 4 AS walk
  CALL (area, walk) {
    WITH * WHERE walk
    CALL (area) {
      MATCH (e:Enterprise)
      WHERE e.name IS NOT NULL
        AND (EXISTS { (e)-[:LOCATED_IN]->(r:Region) WHERE r IN area }
          OR EXISTS { (e)-[t:TENANT_OF]->(:Park)-[:LOCATED_IN]->(r:Region) WHERE t.until IS NULL AND r IN area })
      WITH e ORDER BY e.name, e.id LIMIT 101
      RETURN collect(e) AS enterprises
    }
    RETURN enterprises
    UNION ALL
    WITH * WHERE NOT walk
    CALL (area) {
      CALL (area) {
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
CALL (area) {
  CALL (area) {
    UNWIND area AS sub
    MATCH (p:Platform)-[:LOCATED_IN]->(sub)
    RETURN p
    UNION
    UNWIND area AS sub
    MATCH (p:Platform)-[:IN_PARK]->(:Park)-[:LOCATED_IN]->(sub)
    RETURN p
  }
  WITH DISTINCT p ORDER BY p.name, p.id LIMIT 101
  RETURN collect(p {.id, .name, .nameEn, .level, .sample}) AS platforms
}
RETURN root {.code, .name, .nameEn, .level} AS region, parent {.code, .name, .nameEn},
       [(child:Region)-[:PART_OF]->(root) | child {.code, .name, .nameEn}] AS children, clusters, parks, enterprises,
       platforms,
       [(root)-[s:CITED_IN]->(d:Document) | {clause: s.clause, quote: s.quote, role: s.role, roleNote: s.roleNote,
                                             document: d {.id, .title, .titleEn, .status}}] AS sources
