// PlatformView: a platform with its region (its own, or its park's), host, cluster
// memberships, what it supports, awards and sources.
MATCH (p:Platform {id: $id})
OPTIONAL MATCH (p)-[:LOCATED_IN]->(direct:Region)
OPTIONAL MATCH (p)-[:IN_PARK]->(:Park)-[:LOCATED_IN]->(viaPark:Region)
WITH p, coalesce(direct, viaPark) AS region
CALL (p) {
  CALL (p) {
    MATCH (p)-[m:MEMBER_OF]->(c:Cluster)
    RETURN c, 'EXPLICIT' AS via, null AS r, null AS role, m AS cite
    UNION
    MATCH (p)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..2]->(r:Region)<-[i:INCLUDES]-(c:Cluster)
    RETURN c, 'REGION' AS via, r, i.role AS role, i AS cite
    UNION
    MATCH (p)-[:IN_PARK]->(:Park)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..2]->(r:Region)<-[i:INCLUDES]-(c:Cluster)
    RETURN c, 'REGION' AS via, r, i.role AS role, i AS cite
  }
  OPTIONAL MATCH (d:Document {id: cite.doc})
  WITH c, via, r, role, cite, d ORDER BY c.kind, c.name, r.code
  RETURN collect({cluster: c {.id, .name, .nameEn, .kind}, via: via, region: r {.code, .name, .nameEn}, role: role,
                  source: {clause: cite.clause, quote: cite.quote, document: d {.id, .title, .titleEn, .status}}}) AS memberships
}
CALL (p) {
  MATCH (p)-[s:SUPPORTS|FOCUSES_ON]->(x)
  WHERE x:ChainLink OR x:Chain OR x:Domain OR x:Direction
  OPTIONAL MATCH (d:Document {id: s.doc})
  WITH s, x, d ORDER BY labels(x)[0], x.name
  RETURN collect({kind: labels(x)[0], id: x.id, name: x.name,
                  source: {clause: s.clause, quote: s.quote, document: d {.id, .title, .titleEn, .status}}}) AS supports
}
CALL (p) {
  MATCH (p)-[:RECEIVED]->(a:Award)
  WITH a ORDER BY coalesce(a.awardedOn, date({year: coalesce(a.year, 9999)})), a.id
  RETURN collect(a {.*, supersedes: COLLECT { MATCH (a)-[:SUPERSEDES]->(o:Award) RETURN o.id }[0],
                    supersededBy: COLLECT { MATCH (a)<-[:SUPERSEDES]-(n:Award) RETURN n.id }[0],
                    sources: [(a)-[s:CITED_IN]->(d:Document) | {clause: s.clause, quote: s.quote, role: s.role,
                              roleNote: s.roleNote, document: d {.id, .title, .titleEn, .status}}]}) AS awards
}
RETURN p {.id, .name, .nameEn, .kind, .level, .status, .sample} AS platform, region {.code, .name, .nameEn},
       [(p)-[:HOSTED_BY]->(i:Institution) | i {.id, .name, .nameEn}][0] AS hostInstitution,
       [(p)-[:HOSTED_BY]->(h:Enterprise) | h {.id, .name, .nameEn}][0] AS hostEnterprise,
       memberships, supports, awards,
       [(p)-[s:CITED_IN]->(d:Document) | {clause: s.clause, quote: s.quote, role: s.role, roleNote: s.roleNote,
                                          document: d {.id, .title, .titleEn, .status}}] AS sources
