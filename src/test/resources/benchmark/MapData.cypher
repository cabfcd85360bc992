// MapData: every region with its parent, the clusters with their members and sources,
// and the first parks with their regions.
CALL () {
  MATCH (r:Region)
  OPTIONAL MATCH (r)-[:PART_OF]->(p:Region)
  WITH r, p ORDER BY r.code LIMIT 101
  RETURN collect(r {.code, .name, .nameEn, .level, parent: p.code}) AS regions
}
CALL () {
  MATCH (c:Cluster)
  WITH c ORDER BY c.name, c.id LIMIT 101
  RETURN collect(c {.id, .name, .nameEn, .kind,
    members: COLLECT {
      MATCH (c)-[i:INCLUDES]->(r:Region)
      OPTIONAL MATCH (d:Document {id: i.doc})
      RETURN {region: r {.code, .name, .nameEn}, role: i.role, basis: i.basis,
              source: {clause: i.clause, quote: i.quote, document: d {.id, .title, .titleEn, .status}}}
    },
    sources: [(c)-[s:CITED_IN]->(d:Document) | {clause: s.clause, quote: s.quote, role: s.role, roleNote: s.roleNote,
                                                 document: d {.id, .title, .titleEn, .status}}]}) AS clusters
}
CALL () {
  MATCH (p:Park)
  WITH p ORDER BY p.name, p.id LIMIT 101
  OPTIONAL MATCH (p)-[:LOCATED_IN]->(r:Region)
  RETURN collect(p {.id, .name, .nameEn, .kind, .status, .sample, region: r {.code, .name, .nameEn}}) AS parks
}
RETURN regions, clusters, parks
