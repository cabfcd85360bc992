// EnterpriseView: an enterprise with its region, tenancies, cluster memberships, chain
// links (with their chains and sources), the chains it leads, awards and sources.
MATCH (e:Enterprise {id: $id})
OPTIONAL MATCH (e)-[:LOCATED_IN]->(region:Region)
CALL (e) {
  MATCH (e)-[t:TENANT_OF]->(p:Park)
  OPTIONAL MATCH (d:Document {id: t.doc})
  WITH t, p, d ORDER BY t.since DESC, p.name
  RETURN collect({since: t.since, until: t.until, sample: coalesce(t.sample, false), park: p {.id, .name, .nameEn},
                  source: {clause: t.clause, quote: t.quote, document: d {.id, .title, .titleEn, .status}}}) AS tenancies
}
CALL (e) {
  CALL (e) {
    MATCH (e)-[m:MEMBER_OF]->(c:Cluster)
    RETURN c, 'EXPLICIT' AS via, null AS r, null AS role, m AS cite
    UNION
    MATCH (e)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..2]->(r:Region)<-[i:INCLUDES]-(c:Cluster)
    RETURN c, 'REGION' AS via, r, i.role AS role, i AS cite
    UNION
    MATCH (e)-[t:TENANT_OF WHERE t.until IS NULL]->(:Park)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..2]->(r:Region)<-[i:INCLUDES]-(c:Cluster)
    RETURN c, 'REGION' AS via, r, i.role AS role, i AS cite
  }
  OPTIONAL MATCH (d:Document {id: cite.doc})
  WITH c, via, r, role, cite, d ORDER BY c.kind, c.name, r.code
  RETURN collect({cluster: c {.id, .name, .nameEn, .kind}, via: via, region: r {.code, .name, .nameEn}, role: role,
                  source: {clause: cite.clause, quote: cite.quote, document: d {.id, .title, .titleEn, .status}}}) AS memberships
}
CALL (e) {
  MATCH (e)-[:COVERS]->(l:ChainLink)<-[:HAS_LINK]-(ch:Chain)
  WITH l, ch ORDER BY l.id
  RETURN collect(l {.id, .name, .nameEn, .stage, chain: ch {.id, .name, .nameEn},
                    sources: [(l)-[s:CITED_IN]->(d:Document) | {clause: s.clause, quote: s.quote, role: s.role,
                              roleNote: s.roleNote, document: d {.id, .title, .titleEn, .status}}]}) AS chainLinks
}
CALL (e) {
  MATCH (e)-[:RECEIVED]->(a:Award)
  WITH a ORDER BY coalesce(a.awardedOn, date({year: coalesce(a.year, 9999)})), a.id
  RETURN collect(a {.*, supersedes: COLLECT { MATCH (a)-[:SUPERSEDES]->(o:Award) RETURN o.id }[0],
                    supersededBy: COLLECT { MATCH (a)<-[:SUPERSEDES]-(n:Award) RETURN n.id }[0],
                    sources: [(a)-[s:CITED_IN]->(d:Document) | {clause: s.clause, quote: s.quote, role: s.role,
                              roleNote: s.roleNote, document: d {.id, .title, .titleEn, .status}}]}) AS awards
}
RETURN e {.id, .name, .nameEn, .aliases, .uscc, .sample} AS enterprise, region {.code, .name, .nameEn}, tenancies,
       memberships, chainLinks, [(e)-[:LEADS]->(c:Chain) | c {.id, .name, .nameEn}] AS leads, awards,
       [(e)-[s:CITED_IN]->(d:Document) | {clause: s.clause, quote: s.quote, role: s.role, roleNote: s.roleNote,
                                          document: d {.id, .title, .titleEn, .status}}] AS sources
