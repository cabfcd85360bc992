// 003: 广东省推动生物制造赋能制造业的若干措施 (24 measures, 2026-01-05).
// Entities and structure only: the incentive rules are encoded elsewhere.
// The text numbers its measures with half-width brackets, e.g. (十二). Clauses here are written
// full-width, （十二）, like those of 001.
// No enterprise, institution, park or dated recognition (Award) is named. Platform KINDS listed in
// (二) and (九) (基因测序与合成平台、生物元器件设计平台 ...) get no Platform node. Skipped as not
// named platforms: ISO/TC 276 and IEC/ISO JSyC BDC (international committees), 国家生物制造中试能力建设平台
// (a national programme), the “三新食品”交流平台 (a generic one for trade associations to build).
// Relationships are merged per document (key doc).

// ---- Cluster (zone): the Greater Bay Area biomanufacturing innovation source, Guangzhou-Shenzhen twin cores ----
UNWIND [
  {id: 'gba-biomanufacturing-innovation-source', name: '粤港澳大湾区生物制造科技创新策源地',
   nameEn: 'Guangdong-Hong Kong-Macao Greater Bay Area biomanufacturing science and technology innovation source', kind: 'ZONE',
   description: 'To be built faster with 广州 and 深圳 as twin cores (双核驱动) radiating outward. The text lists no other member city.',
   clause: '（八）', quote: '支持广州、深圳发挥“双核驱动”辐射带动效应,加快打造粤港澳大湾区生物制造科技创新策源地'}
] AS row
MERGE (n:Cluster {id: row.id})
SET n.name = row.name, n.nameEn = row.nameEn, n.kind = row.kind, n.description = row.description
WITH n, row
MATCH (doc:Document {id: 'gd-biomanufacturing-measures-2026'})
MERGE (n)-[c:CITED_IN {clause: row.clause}]->(doc)
SET c.quote = row.quote;

UNWIND [
  {code: '440100'},
  {code: '440300'}
] AS row
MATCH (cl:Cluster {id: 'gba-biomanufacturing-innovation-source'})
MATCH (r:Region {code: row.code})
MERGE (cl)-[i:INCLUDES {doc: 'gd-biomanufacturing-measures-2026'}]->(r)
SET i.role = '双核驱动', i.clause = '（八）',
    i.quote = '支持广州、深圳发挥“双核驱动”辐射带动效应,加快打造粤港澳大湾区生物制造科技创新策源地',
    i.basis = 'the text names 广州 and 深圳 as the twin cores of the 策源地 and lists no other Greater Bay Area city';

// ---- Platform: the planned “企业需求–定向研发” matching platform (a specific, named platform) ----
UNWIND [
  {id: 'gd-enterprise-demand-directed-rd-platform', name: '“企业需求–定向研发”对接平台',
   nameEn: 'Enterprise demand - directed R&D matching platform (Guangdong)', kind: 'SERVICE_PLATFORM', status: 'PLANNED',
   clause: '（三）', quote: '充分发挥国家级、省级创新平台的研发优势,研究建立“企业需求–定向研发”对接平台。'}
] AS row
MERGE (n:Platform {id: row.id})
SET n.name = row.name, n.nameEn = row.nameEn, n.kind = row.kind, n.status = row.status
WITH n, row
MATCH (doc:Document {id: 'gd-biomanufacturing-measures-2026'})
MERGE (n)-[c:CITED_IN {clause: row.clause}]->(doc)
SET c.quote = row.quote;

MATCH (p:Platform {id: 'gd-enterprise-demand-directed-rd-platform'})
MATCH (r:Region {code: '440000'})
MERGE (p)-[l:LOCATED_IN {doc: 'gd-biomanufacturing-measures-2026'}]->(r)
SET l.clause = '（三）', l.quote = '研究建立“企业需求–定向研发”对接平台',
    l.basis = 'a platform the provincial measures plan, no site stated: placed at the province';

MATCH (p:Platform {id: 'gd-enterprise-demand-directed-rd-platform'})
MATCH (d:Domain {id: 'biomanufacturing'})
MERGE (p)-[s:SUPPORTS {doc: 'gd-biomanufacturing-measures-2026'}]->(d)
SET s.clause = '（三）', s.quote = '鼓励制造业企业委托创新平台开展定向研发,重点支持食品、医药、化工等重点领域企业与创新研发机构开展深度合作';

// ---- Chain: the biomanufacturing chain links the measures name ----
UNWIND [
  {id: 'biomanufacturing-equipment-and-inputs', name: '生物制造产业链（装备、关键投入、工艺环节与下游应用）',
   nameEn: 'Biomanufacturing industry chain (equipment, key inputs, process steps and downstream applications named by Guangdong)',
   description: 'Name chosen by the seed, the text gives none. Text wording: （一）核心菌种、工业酶制剂、生物反应器、大型自动化控制系统等关键环节。（十二）引进高性能生物反应器、精密中控传感系统、活细胞检测分析、分离纯化过滤质控、关键酶制剂、生物质粉体制备供应控制等领域的国内外生物制造重点领域企业。（十三）合成生物和食品、医药、医疗美容、化工等下游应用领域。',
   clause: '（一）', quote: '围绕生物制造产业链上下游组建产业创新联盟'}
] AS row
MERGE (n:Chain {id: row.id})
SET n.name = row.name, n.nameEn = row.nameEn, n.description = row.description
WITH n, row
MATCH (doc:Document {id: 'gd-biomanufacturing-measures-2026'})
MERGE (n)-[c:CITED_IN {clause: row.clause}]->(doc)
SET c.quote = row.quote;

UNWIND [
  {clause: '（十二）', quote: '加强产业链重点领域企业招引'}
] AS row
MATCH (n:Chain {id: 'biomanufacturing-equipment-and-inputs'})
MATCH (doc:Document {id: 'gd-biomanufacturing-measures-2026'})
MERGE (n)-[c:CITED_IN {clause: row.clause}]->(doc)
SET c.quote = row.quote;

MATCH (ch:Chain {id: 'biomanufacturing-equipment-and-inputs'})
MATCH (d:Domain {id: 'biomanufacturing'})
MERGE (ch)-[r:IN_DOMAIN {doc: 'gd-biomanufacturing-measures-2026'}]->(d)
SET r.clause = '（一）', r.quote = '围绕生物制造产业链上下游组建产业创新联盟';

// Links, upstream first. The text states no stage: stageBasis says how each was read.
// keyLink: one of the 关键环节 of (一). attractionTarget: one of the fields of (十二).
UNWIND [
  {slug: 'core-strains', name: '核心菌种', aliases: null, nameEn: 'Core microbial strains', stage: 'UPSTREAM', position: 1,
   keyLink: true, attractionTarget: false,
   stageBasis: 'an input: the production strain is made before any fermentation or conversion step',
   clause: '（一）', quote: '加大核心菌种、工业酶制剂、生物反应器、大型自动化控制系统等关键环节、关键技术攻关力度'},
  {slug: 'enzyme-preparations', name: '工业酶制剂', aliases: '关键酶制剂', nameEn: 'Industrial (key) enzyme preparations', stage: 'UPSTREAM', position: 2,
   keyLink: true, attractionTarget: true,
   stageBasis: 'an input: enzymes are supplied to the conversion step as catalysts. 工业酶制剂 of (一) and 关键酶制剂 of (十二) are read as one link',
   clause: '（一）', quote: '加大核心菌种、工业酶制剂、生物反应器、大型自动化控制系统等关键环节、关键技术攻关力度'},
  {slug: 'biomass-powder-supply', name: '生物质粉体制备供应控制', aliases: null, nameEn: 'Biomass powder preparation, supply and control', stage: 'UPSTREAM', position: 3,
   keyLink: false, attractionTarget: true,
   stageBasis: 'an input: preparing and supplying the biomass feedstock comes before fermentation',
   clause: '（十二）', quote: '加大力度引进高性能生物反应器、精密中控传感系统、活细胞检测分析、分离纯化过滤质控、关键酶制剂、生物质粉体制备供应控制等领域的国内外生物制造重点领域企业'},
  {slug: 'bioreactors', name: '生物反应器', aliases: '高性能生物反应器', nameEn: 'Bioreactors (high-performance)', stage: 'UPSTREAM', position: 4,
   keyLink: true, attractionTarget: true,
   stageBasis: 'equipment supplied to producers. 生物反应器 of (一) and 高性能生物反应器 of (十二) are read as one link',
   clause: '（一）', quote: '加大核心菌种、工业酶制剂、生物反应器、大型自动化控制系统等关键环节、关键技术攻关力度'},
  {slug: 'process-sensing-systems', name: '精密中控传感系统', aliases: null, nameEn: 'Precision in-process control and sensing systems', stage: 'UPSTREAM', position: 5,
   keyLink: false, attractionTarget: true,
   stageBasis: 'equipment supplied to producers (sensors and instruments for process control)',
   clause: '（十二）', quote: '加大力度引进高性能生物反应器、精密中控传感系统、活细胞检测分析、分离纯化过滤质控、关键酶制剂、生物质粉体制备供应控制等领域的国内外生物制造重点领域企业'},
  {slug: 'automation-control-systems', name: '大型自动化控制系统', aliases: null, nameEn: 'Large automated control systems', stage: 'UPSTREAM', position: 6,
   keyLink: true, attractionTarget: false,
   stageBasis: 'equipment supplied to producers (plant control systems)',
   clause: '（一）', quote: '加大核心菌种、工业酶制剂、生物反应器、大型自动化控制系统等关键环节、关键技术攻关力度'},
  {slug: 'live-cell-analysis', name: '活细胞检测分析', aliases: null, nameEn: 'Live-cell detection and analysis', stage: 'MIDSTREAM', position: 7,
   keyLink: false, attractionTarget: true,
   stageBasis: 'read as an in-process step: analysing living cells during cultivation and fermentation. It could also be read as upstream instrument supply',
   clause: '（十二）', quote: '加大力度引进高性能生物反应器、精密中控传感系统、活细胞检测分析、分离纯化过滤质控、关键酶制剂、生物质粉体制备供应控制等领域的国内外生物制造重点领域企业'},
  {slug: 'separation-purification', name: '分离纯化过滤质控', aliases: null, nameEn: 'Separation, purification, filtration and quality control', stage: 'MIDSTREAM', position: 8,
   keyLink: false, attractionTarget: true,
   stageBasis: 'read as a process step: recovering and purifying the product after fermentation, before it reaches the application fields. It could also be read as upstream equipment and consumables supply',
   clause: '（十二）', quote: '加大力度引进高性能生物反应器、精密中控传感系统、活细胞检测分析、分离纯化过滤质控、关键酶制剂、生物质粉体制备供应控制等领域的国内外生物制造重点领域企业'},
  {slug: 'food', name: '食品', aliases: null, nameEn: 'Food (downstream application)', stage: 'DOWNSTREAM', position: 9,
   keyLink: false, attractionTarget: false,
   stageBasis: 'the text calls it a 下游应用领域 (downstream application field)',
   clause: '（十三）', quote: '培育发展一批合成生物和食品、医药、医疗美容、化工等下游应用领域的广东省制造业单项冠军和专精特新企业'},
  {slug: 'pharmaceuticals', name: '医药', aliases: null, nameEn: 'Pharmaceuticals (downstream application)', stage: 'DOWNSTREAM', position: 10,
   keyLink: false, attractionTarget: false,
   stageBasis: 'the text calls it a 下游应用领域 (downstream application field)',
   clause: '（十三）', quote: '培育发展一批合成生物和食品、医药、医疗美容、化工等下游应用领域的广东省制造业单项冠军和专精特新企业'},
  {slug: 'medical-aesthetics', name: '医疗美容', aliases: null, nameEn: 'Medical aesthetics (downstream application)', stage: 'DOWNSTREAM', position: 11,
   keyLink: false, attractionTarget: false,
   stageBasis: 'the text calls it a 下游应用领域 (downstream application field)',
   clause: '（十三）', quote: '培育发展一批合成生物和食品、医药、医疗美容、化工等下游应用领域的广东省制造业单项冠军和专精特新企业'},
  {slug: 'chemicals', name: '化工', aliases: null, nameEn: 'Chemicals (downstream application)', stage: 'DOWNSTREAM', position: 12,
   keyLink: false, attractionTarget: false,
   stageBasis: 'the text calls it a 下游应用领域 (downstream application field)',
   clause: '（十三）', quote: '培育发展一批合成生物和食品、医药、医疗美容、化工等下游应用领域的广东省制造业单项冠军和专精特新企业'}
] AS row
MERGE (l:ChainLink {id: 'biomanufacturing-equipment-and-inputs:' + row.slug})
SET l.name = row.name, l.aliases = row.aliases, l.nameEn = row.nameEn, l.stage = row.stage, l.position = row.position,
    l.stageBasis = row.stageBasis, l.keyLink = row.keyLink, l.attractionTarget = row.attractionTarget
WITH l, row
MATCH (ch:Chain {id: 'biomanufacturing-equipment-and-inputs'})
MERGE (ch)-[h:HAS_LINK {doc: 'gd-biomanufacturing-measures-2026'}]->(l)
SET h.clause = row.clause, h.quote = row.quote
WITH l, row
MATCH (doc:Document {id: 'gd-biomanufacturing-measures-2026'})
MERGE (l)-[c:CITED_IN {clause: row.clause}]->(doc)
SET c.quote = row.quote;

// Further citations of links named again in other measures.
UNWIND [
  {slug: 'enzyme-preparations', clause: '（十二）', quote: '加大力度引进高性能生物反应器、精密中控传感系统、活细胞检测分析、分离纯化过滤质控、关键酶制剂、生物质粉体制备供应控制等领域的国内外生物制造重点领域企业'},
  {slug: 'bioreactors', clause: '（十二）', quote: '加大力度引进高性能生物反应器、精密中控传感系统、活细胞检测分析、分离纯化过滤质控、关键酶制剂、生物质粉体制备供应控制等领域的国内外生物制造重点领域企业'},
  {slug: 'enzyme-preparations', clause: '（十）', quote: '支持利用AI加速菌种筛选与改造、工业酶制剂优化,大幅缩短研发周期。'},
  {slug: 'core-strains', clause: '（十）', quote: '支持利用AI加速菌种筛选与改造、工业酶制剂优化,大幅缩短研发周期。'},
  {slug: 'bioreactors', clause: '（十）', quote: '推广AI算法实时调控生物反应器参数,结合物联网实现发酵全流程智能化监控'}
] AS row
MATCH (l:ChainLink {id: 'biomanufacturing-equipment-and-inputs:' + row.slug})
MATCH (doc:Document {id: 'gd-biomanufacturing-measures-2026'})
MERGE (l)-[c:CITED_IN {clause: row.clause}]->(doc)
SET c.quote = row.quote;

// Guangdong targets the six fields of (十二) for attracting enterprises, R&D bodies and projects.
UNWIND ['bioreactors', 'process-sensing-systems', 'live-cell-analysis', 'separation-purification', 'enzyme-preparations', 'biomass-powder-supply'] AS slug
MATCH (r:Region {code: '440000'})
MATCH (l:ChainLink {id: 'biomanufacturing-equipment-and-inputs:' + slug})
MERGE (r)-[t:TARGETS_FOR_ATTRACTION {doc: 'gd-biomanufacturing-measures-2026'}]->(l)
SET t.clause = '（十二）',
    t.quote = '加大力度引进高性能生物反应器、精密中控传感系统、活细胞检测分析、分离纯化过滤质控、关键酶制剂、生物质粉体制备供应控制等领域的国内外生物制造重点领域企业';

// ---- What the province and the twin-core cities say they develop ----
UNWIND [
  {code: '440000', domain: 'biomanufacturing', clause: '（八）', quote: '在全省布局建设若干个生物制造专业园区'},
  {code: '440000', domain: 'bioenergy', clause: '（十一）', quote: '发展生物航煤、生物乙醇、生物质颗粒等生物燃料'},
  {code: '440000', domain: 'biomedicine', clause: '（十七）', quote: '推动医药领域应用生物制造新模式'},
  {code: '440100', domain: 'biomanufacturing', clause: '（八）', quote: '支持广州、深圳发挥“双核驱动”辐射带动效应,加快打造粤港澳大湾区生物制造科技创新策源地'},
  {code: '440300', domain: 'biomanufacturing', clause: '（八）', quote: '支持广州、深圳发挥“双核驱动”辐射带动效应,加快打造粤港澳大湾区生物制造科技创新策源地'}
] AS row
MATCH (r:Region {code: row.code})
MATCH (d:Domain {id: row.domain})
MERGE (r)-[f:FOCUSES_ON {doc: 'gd-biomanufacturing-measures-2026'}]->(d)
SET f.clause = row.clause, f.quote = row.quote;

MATCH (r:Region {code: '440000'})
MATCH (ch:Chain {id: 'biomanufacturing-equipment-and-inputs'})
MERGE (r)-[f:FOCUSES_ON {doc: 'gd-biomanufacturing-measures-2026'}]->(ch)
SET f.clause = '（十二）', f.quote = '促进生物制造产业链融通创新和做大做强';
