// 004: 关于支持生物医药产业高质量发展的若干措施（征求意见稿） (Liaocheng, Shandong, draft for comment).
// Entities and structure only: the incentive rules are encoded elsewhere.
// Clauses: 一（一） for the targets, 二（二）4 for task 4 under 二（二）, 三（一） for the closing measures.
// The text mixes half- and full-width brackets, e.g. (一)推动创新能力提升. Clauses here are all full-width.
// Platform KINDS listed in 二（一）2 and 3 (重点实验室、工程(技术)研究中心 ...) and generic titles
// (省级中药材生态种植基地、小型微型企业创业创新示范基地、中小企业公共服务示范平台) get no node.
// No dated recognition (Award) is stated. The fund 省生物医药新材料基金 has no label in the model.
// Relationships are merged per document (key doc).

// ---- Institutions the city wants to set up R&D centres locally ----
UNWIND [
  {id: 'shanghai-institute-of-materia-medica', name: '中国科学院上海药物研究所',
   nameEn: 'Shanghai Institute of Materia Medica, Chinese Academy of Sciences', kind: 'INSTITUTE'},
  {id: 'china-pharmaceutical-university', name: '中国药科大学', nameEn: 'China Pharmaceutical University', kind: 'UNIVERSITY'}
] AS row
MERGE (n:Institution {id: row.id})
SET n.name = row.name, n.nameEn = row.nameEn, n.kind = row.kind
WITH n
MATCH (doc:Document {id: 'liaocheng-biomedicine-measures-draft'})
MERGE (n)-[c:CITED_IN {clause: '二（一）1'}]->(doc)
SET c.quote = '支持中国科学院上海药物研究所、中国药科大学等具备技术实力的科研院所在我市设立创新研发中心，开展生物技术成果转化。',
    c.role = 'TO_ATTRACT', c.roleNote = '在我市设立创新研发中心';

// ---- Enterprises named ----
UNWIND [
  {id: 'dong-e-e-jiao', name: '东阿阿胶', nameEn: 'Dong-E-E-Jiao', clause: '二（四）12', role: 'LEADING',
   roleNote: '发挥东阿阿胶龙头带动作用', quote: '发挥东阿阿胶龙头带动作用，生产经营中成药、保健品、生物药、药用辅料等'},
  {id: 'angde-biotech', name: '昂德生物', nameEn: 'Angde Biotech', clause: '二（四）11', role: 'LEADING',
   roleNote: '昂德生物为龙头的生物医药产业项目', quote: '积极培育壮大昂德生物为龙头的生物医药产业项目。'}
] AS row
MERGE (n:Enterprise {id: row.id})
SET n.name = row.name, n.nameEn = row.nameEn
WITH n, row
MATCH (doc:Document {id: 'liaocheng-biomedicine-measures-draft'})
MERGE (n)-[c:CITED_IN {clause: row.clause}]->(doc)
SET c.quote = row.quote, c.role = row.role, c.roleNote = row.roleNote;

MATCH (e:Enterprise {id: 'dong-e-e-jiao'})
MATCH (r:Region {code: '371524'})
MERGE (e)-[l:LOCATED_IN {doc: 'liaocheng-biomedicine-measures-draft'}]->(r)
SET l.clause = '二（四）12', l.quote = '发挥东阿阿胶龙头带动作用',
    l.basis = 'not stated by the text: read from the name 东阿 (东阿县), the county the text pairs with 阿胶 in 二（二）4',
    l.approximate = true, l.approximateReason = 'county inferred from the enterprise name, no site given';

// ---- Parks and bases ----
UNWIND [
  {id: 'liaocheng-high-tech-zone', name: '聊城高新技术产业开发区', aliases: '高新区|聊城高新区',
   nameEn: 'Liaocheng High-tech Industrial Development Zone', kind: 'ZONE', status: 'EXISTING',
   basis: 'the text says 高新区 among the 区县 of the city, read as the Liaocheng high-tech zone',
   clause: '二（二）4', quote: '重点推进东阿县、冠县、高新区等区县阿胶、灵芝、医疗器械产业集群培育'},
  {id: 'liaocheng-lingzhi-culture-industrial-park', name: '灵芝文化产业园', aliases: null,
   nameEn: 'Lingzhi (Ganoderma) Culture Industrial Park', kind: 'PARK', status: 'PLANNED',
   basis: 'status PLANNED read from 积极推进…建设 (construction to be pushed forward)',
   clause: '二（二）6', quote: '积极推进灵芝文化产业园建设。'},
  {id: 'liaocheng-national-tcm-health-demonstration-base', name: '全国中医药健康养生示范基地', aliases: null,
   nameEn: 'National demonstration base for traditional Chinese medicine health preservation (Liaocheng)', kind: 'BASE', status: 'PLANNED',
   basis: 'status PLANNED read from 打造 (to be built)',
   clause: '二（二）6', quote: '融合构建以“阿胶养生”为品牌主题、功能互补、连点成线的阿胶健康产业集群，打造全国中医药健康养生示范基地。'}
] AS row
MERGE (n:Park {id: row.id})
SET n.name = row.name, n.aliases = row.aliases, n.nameEn = row.nameEn, n.kind = row.kind, n.status = row.status,
    n.basis = row.basis
WITH n, row
MATCH (doc:Document {id: 'liaocheng-biomedicine-measures-draft'})
MERGE (n)-[c:CITED_IN {clause: row.clause}]->(doc)
SET c.quote = row.quote
WITH n, row
MATCH (r:Region {code: '371500'})
MERGE (n)-[l:LOCATED_IN {doc: 'liaocheng-biomedicine-measures-draft'}]->(r)
SET l.clause = row.clause, l.quote = row.quote,
    l.basis = 'the text names no site: placed in the city that issues the measures (聊城)';

// ---- Industry clusters of 二（二）4 (county and industry paired by the order of the two lists) ----
UNWIND [
  {id: 'dong-e-e-jiao-industry-cluster', name: '东阿县阿胶产业集群', aliases: '阿胶健康产业集群',
   nameEn: 'Dong-e County e-jiao industry cluster', code: '371524', role: '阿胶产业集群培育',
   description: 'Named in 二（二）4 as the 阿胶 cluster of 东阿县 and in 二（二）6 as the 阿胶健康产业集群 built on the 阿胶养生 brand theme. The seed reads both as one cluster.'},
  {id: 'guan-county-lingzhi-industry-cluster', name: '冠县灵芝产业集群', aliases: null,
   nameEn: 'Guan County lingzhi (Ganoderma) industry cluster', code: '371525', role: '灵芝产业集群培育',
   description: 'Named in 二（二）4 as the 灵芝 cluster of 冠县.'},
  {id: 'liaocheng-high-tech-zone-medical-device-cluster', name: '高新区医疗器械产业集群', aliases: null,
   nameEn: 'Liaocheng high-tech zone medical device industry cluster', code: '371500', role: '医疗器械产业集群培育（高新区）',
   description: 'Named in 二（二）4 as the 医疗器械 cluster of the 高新区. The zone has no GB/T 2260 code: the cluster includes the city and the zone is linked as a Park (MEMBER_OF).'}
] AS row
MERGE (n:Cluster {id: row.id})
SET n.name = row.name, n.aliases = row.aliases, n.nameEn = row.nameEn, n.kind = 'CLUSTER', n.description = row.description
WITH n, row
MATCH (doc:Document {id: 'liaocheng-biomedicine-measures-draft'})
MERGE (n)-[c:CITED_IN {clause: '二（二）4'}]->(doc)
SET c.quote = '重点推进东阿县、冠县、高新区等区县阿胶、灵芝、医疗器械产业集群培育'
WITH n, row
MATCH (r:Region {code: row.code})
MERGE (n)-[i:INCLUDES {doc: 'liaocheng-biomedicine-measures-draft'}]->(r)
SET i.role = row.role, i.clause = '二（二）4', i.quote = '重点推进东阿县、冠县、高新区等区县阿胶、灵芝、医疗器械产业集群培育',
    i.basis = 'county and industry paired by the order of the lists 东阿县、冠县、高新区 and 阿胶、灵芝、医疗器械 (the text does not say 分别)';

MATCH (n:Cluster {id: 'dong-e-e-jiao-industry-cluster'})
MATCH (doc:Document {id: 'liaocheng-biomedicine-measures-draft'})
MERGE (n)-[c:CITED_IN {clause: '二（二）6'}]->(doc)
SET c.quote = '融合构建以“阿胶养生”为品牌主题、功能互补、连点成线的阿胶健康产业集群';

MATCH (p:Park {id: 'liaocheng-high-tech-zone'})
MATCH (cl:Cluster {id: 'liaocheng-high-tech-zone-medical-device-cluster'})
MERGE (p)-[m:MEMBER_OF {doc: 'liaocheng-biomedicine-measures-draft'}]->(cl)
SET m.clause = '二（二）4', m.quote = '重点推进东阿县、冠县、高新区等区县阿胶、灵芝、医疗器械产业集群培育',
    m.basis = 'zone and industry paired by the order of the two lists (the text does not say 分别)';

// ---- Chains: 阿胶 and 灵芝, both in biomedicine ----
UNWIND [
  {id: 'e-jiao-chain', name: '阿胶产业链', nameEn: 'E-jiao (donkey-hide gelatin) industry chain',
   description: 'Name chosen by the seed. Text wording: 聚焦“阿胶”做大做强以中医药为主的生物制药产业，重点发展阿胶制剂、阿胶保健品（一（一））。阿胶及阿胶类生产企业（一（二））。发掘阿胶新功能，开发胶类中药新产品（二（四）12）. The text names no raw-material link (donkey breeding or hides).',
   clause: '一（一）', quote: '聚焦“阿胶”做大做强以中医药为主的生物制药产业'},
  {id: 'lingzhi-chain', name: '灵芝产业链', nameEn: 'Lingzhi (Ganoderma) industry chain',
   description: 'Text wording: 构建起灵芝栽培—灵芝深加工—灵芝医药为一体的产业链条（二（二）6）.',
   clause: '二（二）6', quote: '构建起灵芝栽培—灵芝深加工—灵芝医药为一体的产业链条'}
] AS row
MERGE (n:Chain {id: row.id})
SET n.name = row.name, n.nameEn = row.nameEn, n.description = row.description
WITH n, row
MATCH (doc:Document {id: 'liaocheng-biomedicine-measures-draft'})
MERGE (n)-[c:CITED_IN {clause: row.clause}]->(doc)
SET c.quote = row.quote
WITH n, row
MATCH (d:Domain {id: 'biomedicine'})
MERGE (n)-[r:IN_DOMAIN {doc: 'liaocheng-biomedicine-measures-draft'}]->(d)
SET r.clause = row.clause, r.quote = row.quote;

UNWIND [
  {chain: 'lingzhi-chain', clause: '二（四）12', quote: '延伸灵芝精深加工产业链条'}
] AS row
MATCH (n:Chain {id: row.chain})
MATCH (doc:Document {id: 'liaocheng-biomedicine-measures-draft'})
MERGE (n)-[c:CITED_IN {clause: row.clause}]->(doc)
SET c.quote = row.quote;

// Links, upstream first. stageBasis says how each stage was read.
UNWIND [
  {chain: 'e-jiao-chain', slug: 'e-jiao', name: '阿胶', nameEn: 'E-jiao (gelatin) production', stage: 'MIDSTREAM', position: 1,
   stageBasis: 'the processing step that makes 阿胶 from raw material. The raw material is not named by the text, so no upstream link is seeded',
   clause: '一（二）', quote: '力争阿胶及阿胶类生产企业营业收入达到70亿元'},
  {chain: 'e-jiao-chain', slug: 'e-jiao-preparations', name: '阿胶制剂', nameEn: 'E-jiao preparations', stage: 'DOWNSTREAM', position: 2,
   stageBasis: 'a product made from 阿胶 (the text lists it among the products to develop)',
   clause: '一（一）', quote: '阿胶制剂、阿胶保健品'},
  {chain: 'e-jiao-chain', slug: 'e-jiao-health-products', name: '阿胶保健品', nameEn: 'E-jiao health products', stage: 'DOWNSTREAM', position: 3,
   stageBasis: 'a product made from 阿胶 (the text lists it among the products to develop)',
   clause: '一（一）', quote: '阿胶制剂、阿胶保健品'},
  {chain: 'e-jiao-chain', slug: 'gelatin-tcm-new-products', name: '胶类中药新产品', nameEn: 'New gelatin-based TCM products', stage: 'DOWNSTREAM', position: 4,
   stageBasis: 'new products developed from new functions of 阿胶',
   clause: '二（四）12', quote: '发掘阿胶新功能，开发针对恶性肿瘤、贫血等重大疾病的胶类中药新产品'},
  {chain: 'lingzhi-chain', slug: 'cultivation', name: '灵芝栽培', nameEn: 'Lingzhi cultivation', stage: 'UPSTREAM', position: 1,
   stageBasis: 'first of the three links the text orders 灵芝栽培—灵芝深加工—灵芝医药',
   clause: '二（二）6', quote: '构建起灵芝栽培—灵芝深加工—灵芝医药为一体的产业链条'},
  {chain: 'lingzhi-chain', slug: 'deep-processing', name: '灵芝深加工', nameEn: 'Lingzhi deep processing', stage: 'MIDSTREAM', position: 2,
   stageBasis: 'second of the three links the text orders 灵芝栽培—灵芝深加工—灵芝医药',
   clause: '二（二）6', quote: '构建起灵芝栽培—灵芝深加工—灵芝医药为一体的产业链条'},
  {chain: 'lingzhi-chain', slug: 'medicine', name: '灵芝医药', nameEn: 'Lingzhi medicines', stage: 'DOWNSTREAM', position: 3,
   stageBasis: 'third of the three links the text orders 灵芝栽培—灵芝深加工—灵芝医药',
   clause: '二（二）6', quote: '加强灵芝类药品、保健品、化妆品开发，构建起灵芝栽培—灵芝深加工—灵芝医药为一体的产业链条'}
] AS row
MERGE (l:ChainLink {id: row.chain + ':' + row.slug})
SET l.name = row.name, l.nameEn = row.nameEn, l.stage = row.stage, l.position = row.position, l.stageBasis = row.stageBasis
WITH l, row
MATCH (ch:Chain {id: row.chain})
MERGE (ch)-[h:HAS_LINK {doc: 'liaocheng-biomedicine-measures-draft'}]->(l)
SET h.clause = row.clause, h.quote = row.quote
WITH l, row
MATCH (doc:Document {id: 'liaocheng-biomedicine-measures-draft'})
MERGE (l)-[c:CITED_IN {clause: row.clause}]->(doc)
SET c.quote = row.quote;

// Further citations of links named again elsewhere in the text.
UNWIND [
  {id: 'lingzhi-chain:cultivation', clause: '一（二）', quote: '灵芝产业规模稳定在1万亩左右，种养及初加工产值达到20亿元'},
  {id: 'lingzhi-chain:cultivation', clause: '二（四）11', quote: '规范灵芝标准化种植加工模式。'},
  {id: 'lingzhi-chain:deep-processing', clause: '一（二）', quote: '灵芝高端加工、精细化加工产值达到20亿元'},
  {id: 'lingzhi-chain:deep-processing', clause: '二（四）12', quote: '延伸灵芝精深加工产业链条'},
  {id: 'lingzhi-chain:medicine', clause: '二（四）12', quote: '研发生产灵芝滋补药材'}
] AS row
MATCH (l:ChainLink {id: row.id})
MATCH (doc:Document {id: 'liaocheng-biomedicine-measures-draft'})
MERGE (l)-[c:CITED_IN {clause: row.clause}]->(doc)
SET c.quote = row.quote;

MATCH (e:Enterprise {id: 'dong-e-e-jiao'})
MATCH (ch:Chain {id: 'e-jiao-chain'})
MERGE (e)-[r:LEADS {doc: 'liaocheng-biomedicine-measures-draft'}]->(ch)
SET r.clause = '二（四）12', r.quote = '发挥东阿阿胶龙头带动作用',
    r.basis = 'the text calls 东阿阿胶 the 龙头 in the passage on 阿胶 products (发掘阿胶新功能)';

MATCH (p:Park {id: 'liaocheng-lingzhi-culture-industrial-park'})
MATCH (ch:Chain {id: 'lingzhi-chain'})
MERGE (p)-[f:FOCUSES_ON {doc: 'liaocheng-biomedicine-measures-draft'}]->(ch)
SET f.clause = '二（二）6', f.quote = '积极推进灵芝文化产业园建设',
    f.basis = 'read from the park name 灵芝 and the 灵芝 chain named in the same task';

// ---- What the city says it develops ----
UNWIND [
  {domain: 'biomedicine', clause: '一（一）', quote: '进一步擦亮“阿胶”品牌，推进生物医药产业发展'},
  {domain: 'biomedical-engineering', clause: '二（四）13', quote: '推动高端医疗器械国产替代，加快高端医疗器械产业发展'}
] AS row
MATCH (r:Region {code: '371500'})
MATCH (d:Domain {id: row.domain})
MERGE (r)-[f:FOCUSES_ON {doc: 'liaocheng-biomedicine-measures-draft'}]->(d)
SET f.clause = row.clause, f.quote = row.quote;

UNWIND [
  {chain: 'e-jiao-chain', clause: '一（一）', quote: '聚焦“阿胶”做大做强以中医药为主的生物制药产业'},
  {chain: 'lingzhi-chain', clause: '二（二）6', quote: '构建起灵芝栽培—灵芝深加工—灵芝医药为一体的产业链条'}
] AS row
MATCH (r:Region {code: '371500'})
MATCH (ch:Chain {id: row.chain})
MERGE (r)-[f:FOCUSES_ON {doc: 'liaocheng-biomedicine-measures-draft'}]->(ch)
SET f.clause = row.clause, f.quote = row.quote;
