// ParkView: a park with its region, first 100 current tenants (with their awards), first
// 100 tenancies of its history, tenants by domain (stored counts), platforms, cluster
// memberships, what it supports, and its sources.
MATCH (p:Park {id: $id})
OPTIONAL MATCH (p)-[:LOCATED_IN]->(region:Region)
CALL (p) {
  MATCH (e:Enterprise)-[t:TENANT_OF WHERE t.until IS NULL]->(p)
  WITH e, t ORDER BY e.name, e.id, t.since LIMIT 101
  OPTIONAL MATCH (d:Document {id: t.doc})
  RETURN collect({since: t.since, sample: coalesce(t.sample, false),
                  source: {clause: t.clause, quote: t.quote, document: d {.id, .title, .titleEn, .status}},
                  enterprise: e {.id, .name, .nameEn, .sample,
                    awards: COLLECT {
                      MATCH (e)-[:RECEIVED]->(a:Award)
                      WITH a ORDER BY coalesce(a.awardedOn, date({year: coalesce(a.year, 9999)})), a.id
                      RETURN a {.*, supersedes: COLLECT { MATCH (a)-[:SUPERSEDES]->(o:Award) RETURN o.id }[0],
                                supersededBy: COLLECT { MATCH (a)<-[:SUPERSEDES]-(n:Award) RETURN n.id }[0],
                                sources: [(a)-[s:CITED_IN]->(sd:Document) | {clause: s.clause, quote: s.quote, role: s.role,
                                          roleNote: s.roleNote, document: sd {.id, .title, .titleEn, .status}}]}
                    }}}) AS tenants
}
CALL (p) {
  MATCH (e:Enterprise)-[t:TENANT_OF]->(p)
  WITH e, t ORDER BY t.since DESC, e.name, e.id LIMIT 101
  OPTIONAL MATCH (d:Document {id: t.doc})
  RETURN collect({since: t.since, until: t.until, sample: coalesce(t.sample, false), enterprise: e {.id, .name, .nameEn},
                  source: {clause: t.clause, quote: t.quote, document: d {.id, .title, .titleEn, .status}}}) AS history
}
CALL (p) {
  MATCH (p)-[c:TENANTS_IN_DOMAIN]->(d:Domain)
  WITH c, d ORDER BY c.tenants DESC, d.id
  RETURN collect({domain: d {.id, .name, .nameEn}, count: c.tenants}) AS counted
}
CALL (p) {
  CALL (p) {
    MATCH (p)-[m:MEMBER_OF]->(c:Cluster)
    RETURN c, 'EXPLICIT' AS via, null AS r, null AS role, m AS cite
    UNION
    MATCH (p)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..2]->(r:Region)<-[i:INCLUDES]-(c:Cluster)
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
RETURN p {.id, .name, .nameEn, .kind, .status, .sample} AS park, region {.code, .name, .nameEn}, tenants, history,
       counted + CASE WHEN p.tenantsWithoutDomain > 0 THEN [{domain: null, count: p.tenantsWithoutDomain}] ELSE [] END AS byDomain,
       [(pl:Platform)-[:IN_PARK]->(p) | pl {.id, .name, .nameEn, .kind, .level, .status}] AS platforms, memberships, supports,
       [(p)-[s:CITED_IN]->(d:Document) | {clause: s.clause, quote: s.quote, role: s.role, roleNote: s.roleNote,
                                          document: d {.id, .title, .titleEn, .status}}] AS sources
