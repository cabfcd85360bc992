// 001: 黑龙江省支持生物制造产业高质量发展若干政策措施 (17 measures, 2026-02-13).
// Entities and structure only: the incentive rules are encoded elsewhere.
// The measures name one cluster (绥哈大齐), one provincial service centre and two
// enterprises (as responsible units). They name platform KINDS only (产业技术工程化中心、
// 技术创新中心、制造业创新中心、概念验证中心、中试熟化平台): no Platform node for those.
// No dated recognition (Award) is stated. Funds (龙江天使投资基金、龙江创业投资基金) have no label in the model.
// Relationships are merged per document (key doc) so that another document's citation of the
// same fact is kept beside this one rather than overwritten.

// ---- Cluster: 绥哈大齐国家级生物制造集群 (100_plan_spatial.cypher may MERGE the same id) ----
UNWIND [
  {id: 'sui-ha-da-qi-biomanufacturing-cluster', name: '绥哈大齐国家级生物制造集群',
   nameEn: 'Sui-Ha-Da-Qi national biomanufacturing cluster', kind: 'CLUSTER',
   description: '绥化、哈尔滨、大庆、齐齐哈尔 biomanufacturing cluster that measure (九) says is to be built faster as a national-level cluster (加快建设绥哈大齐国家级生物制造集群).',
   clause: '（九）', quote: '加快建设绥哈大齐国家级生物制造集群'}
] AS row
MERGE (n:Cluster {id: row.id})
SET n.name = row.name, n.nameEn = row.nameEn, n.kind = row.kind, n.description = row.description
WITH n, row
MATCH (doc:Document {id: 'hlj-biomanufacturing-measures-2026'})
MERGE (n)-[c:CITED_IN {clause: row.clause}]->(doc)
SET c.quote = row.quote;

UNWIND [
  {code: '231200', role: 'MEMBER'},
  {code: '230100', role: 'MEMBER'},
  {code: '230600', role: 'MEMBER'},
  {code: '230200', role: 'MEMBER'}
] AS row
MATCH (cl:Cluster {id: 'sui-ha-da-qi-biomanufacturing-cluster'})
MATCH (r:Region {code: row.code})
MERGE (cl)-[i:INCLUDES {doc: 'hlj-biomanufacturing-measures-2026'}]->(r)
SET i.role = row.role, i.clause = '（九）', i.quote = '加快建设绥哈大齐国家级生物制造集群',
    i.basis = 'membership read from the cluster name 绥哈大齐 (绥化、哈尔滨、大庆、齐齐哈尔)';

// ---- Platform: the provincial intellectual-property protection centre ----
UNWIND [
  {id: 'heilongjiang-ip-protection-center', name: '黑龙江省知识产权保护中心', aliases: '省知识产权保护中心',
   nameEn: 'Heilongjiang Intellectual Property Protection Center', kind: 'SERVICE_PLATFORM', level: 'PROVINCIAL', status: 'EXISTING',
   basis: 'the text says 省知识产权保护中心 (the province is read from the issuing document, 001 is a Heilongjiang document)',
   clause: '（十六）', quote: '充分发挥省知识产权保护中心作用，为生物制造企业提供专利预审服务，缩短审查周期，快速保护创新成果。'}
] AS row
MERGE (n:Platform {id: row.id})
SET n.name = row.name, n.aliases = row.aliases, n.nameEn = row.nameEn, n.kind = row.kind, n.level = row.level,
    n.status = row.status, n.basis = row.basis
WITH n, row
MATCH (doc:Document {id: 'hlj-biomanufacturing-measures-2026'})
MERGE (n)-[c:CITED_IN {clause: row.clause}]->(doc)
SET c.quote = row.quote;

MATCH (p:Platform {id: 'heilongjiang-ip-protection-center'})
MATCH (r:Region {code: '230000'})
MERGE (p)-[l:LOCATED_IN {doc: 'hlj-biomanufacturing-measures-2026'}]->(r)
SET l.clause = '（十六）', l.quote = '充分发挥省知识产权保护中心作用',
    l.basis = 'a provincial (省) centre named in a Heilongjiang document, no site stated';

MATCH (p:Platform {id: 'heilongjiang-ip-protection-center'})
MATCH (d:Domain {id: 'biomanufacturing'})
MERGE (p)-[s:SUPPORTS {doc: 'hlj-biomanufacturing-measures-2026'}]->(d)
SET s.clause = '（十六）', s.quote = '充分发挥省知识产权保护中心作用，为生物制造企业提供专利预审服务';

// ---- Enterprises named (as responsible units of measure (十四), 要素保障) ----
UNWIND [
  {id: 'china-railway-harbin-group', name: '中国铁路哈尔滨局集团有限公司', aliases: null,
   nameEn: 'China Railway Harbin Group Co., Ltd.', basis: null,
   clause: '（十四）', role: 'MENTIONED', roleNote: '责任单位', quote: '省林草局、中国铁路哈尔滨局集团有限公司、省电力公司'},
  {id: 'heilongjiang-electric-power-company', name: '黑龙江省电力公司', aliases: '省电力公司',
   nameEn: 'Heilongjiang provincial electric power company',
   basis: 'the text says 省电力公司 (the province is read from the issuing document)',
   clause: '（十四）', role: 'MENTIONED', roleNote: '责任单位', quote: '省林草局、中国铁路哈尔滨局集团有限公司、省电力公司'}
] AS row
MERGE (n:Enterprise {id: row.id})
SET n.name = row.name, n.aliases = row.aliases, n.nameEn = row.nameEn, n.basis = row.basis
WITH n, row
MATCH (doc:Document {id: 'hlj-biomanufacturing-measures-2026'})
MERGE (n)-[c:CITED_IN {clause: row.clause}]->(doc)
SET c.quote = row.quote, c.role = row.role, c.roleNote = row.roleNote;

// ---- What the province says it develops ----
UNWIND [
  {domain: 'biomanufacturing', clause: '（九）', quote: '推动生物制造产业融通发展'},
  {domain: 'biomedicine', clause: '（十）', quote: '做优做强生物医药'},
  {domain: 'bioagriculture', clause: '（六）', quote: '面向生物医药、生物化工、生物农业等重点领域'}
] AS row
MATCH (r:Region {code: '230000'})
MATCH (d:Domain {id: row.domain})
MERGE (r)-[f:FOCUSES_ON {doc: 'hlj-biomanufacturing-measures-2026'}]->(d)
SET f.clause = row.clause, f.quote = row.quote;
