// 002 黑龙江省“十四五”生物经济发展规划, sections 一 to 四: development basis, innovation platforms,
// and the spatial plan “一极、两区、一带” (pole, two zones, belt), with the clusters, parks, bases,
// platforms, institutions and enterprises these sections name.
// Also the 绥哈大齐 cluster, which only 001（九） names (200_hlj_measures.cypher merges the same id
// with the same values).
// Relationships are merged per document (key doc), as in 200, so that another document's citation of
// the same fact is kept beside this one.
// Status: PLANNED where the text says 建设/打造/建成/创建/发展 one, EXISTING where it is described as existing.
// Names of bases the plan gives a city without a proper name are composed as city + the plan's own words
// (marked with basis). Unnamed batches (一批国家级、省级中药材特优区, 一批生物医药产业基地) get no node.
// Awards: the only recognition in these sections (哈尔滨市生物医药产业入选国家级战略性新兴产业集群, 一（一）)
// carries no date and is about a cluster, so no Award node is created.

// ---- 1. Pole, zones, belt (四) ----
UNWIND [
  {id: 'harbin-bio-industry-pole', name: '哈尔滨生物产业引领极', nameEn: 'Harbin bio-industry leading pole', kind: 'POLE',
   description: '“一极”: Harbin as the leading pole of the bioeconomy (biomedicine, veterinary vaccines and drugs, bio-breeding, smart health parks, biotech incubators)',
   clause: '四（一）', quote: '“一极”——打造哈尔滨生物产业引领极。'},
  {id: 'songnen-plain-core-zone', name: '松嫩平原生物产业核心区', nameEn: 'Songnen Plain bio-industry core zone', kind: 'ZONE',
   description: '“两区” (1): 齐齐哈尔、大庆、绥化, using the bio-resources of the main farming region',
   clause: '四（二）', quote: '“两区”——建设松嫩平原生物产业核心区。以齐齐哈尔、大庆、绥化为重点'},
  {id: 'sanjiang-plain-demo-zone', name: '泛三江平原生物产业示范区', nameEn: 'Pan-Sanjiang Plain bio-industry demonstration zone', kind: 'ZONE',
   description: '“两区” (2): 牡丹江、佳木斯、鸡西、双鸭山、七台河、鹤岗',
   clause: '四（二）', quote: '建设泛三江平原生物产业示范区。以牡丹江、佳木斯、鸡西、双鸭山、七台河、鹤岗为重点'},
  {id: 'forest-cold-land-belt', name: '林区寒地生物产业带', nameEn: 'Forest and cold-land bio-industry belt', kind: 'BELT',
   description: '“一带”: 伊春、黑河、大兴安岭, Chinese medicinal materials, bio-forestry and bio-agriculture',
   clause: '四（三）', quote: '“一带”——构建林区寒地生物产业带。以伊春、黑河、大兴安岭为重点'}
] AS row
MERGE (n:Cluster {id: row.id})
SET n.name = row.name, n.nameEn = row.nameEn, n.kind = row.kind, n.description = row.description
WITH n, row
MATCH (doc:Document {id: 'hlj-bioeconomy-plan-14th'})
MERGE (n)-[c:CITED_IN {clause: row.clause}]->(doc)
SET c.quote = row.quote;

// The section's lead sentence names the layout as a whole.
UNWIND ['harbin-bio-industry-pole', 'songnen-plain-core-zone', 'sanjiang-plain-demo-zone', 'forest-cold-land-belt'] AS id
MATCH (n:Cluster {id: id})
MATCH (doc:Document {id: 'hlj-bioeconomy-plan-14th'})
MERGE (n)-[c:CITED_IN {clause: '四'}]->(doc)
SET c.quote = '着力构建“一极、两区、一带”产业新格局，形成全省生物经济协同发展新局面。';

// ---- 2. Other clusters ----
// 绥哈大齐: named only in 001（九）. Values identical to 200_hlj_measures.cypher.
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
  {id: 'harbin-biomedicine-industry-cluster', name: '哈尔滨市生物医药产业集群',
   nameEn: 'Harbin biomedicine industry cluster (national strategic emerging industry cluster)', kind: 'CLUSTER',
   description: 'Harbin biomedicine industry, selected as a national-level strategic emerging industry cluster (year not stated)',
   basis: 'name composed: the text says 哈尔滨市生物医药产业入选国家级战略性新兴产业集群',
   clause: '一（一）', quote: '哈尔滨市生物医药产业入选国家级战略性新兴产业集群。'},
  {id: 'harbin-national-biomedicine-cluster-demo-zone', name: '国家生物医药产业集群建设示范区',
   nameEn: 'National biomedicine industry cluster construction demonstration zone (Harbin)', kind: 'CLUSTER',
   description: 'goal of the Harbin pole: to build a demonstration zone of a national biomedicine industry cluster',
   basis: null,
   clause: '四（一）', quote: '全力打造国家生物医药产业集群建设示范区'},
  {id: 'mudanjiang-tcm-bio-food-processing-cluster', name: '牡丹江中药材和生物食品加工产业集群',
   nameEn: 'Mudanjiang Chinese medicinal materials and bio-food processing industry cluster', kind: 'CLUSTER',
   description: 'port-oriented (符合口岸特色) cluster of Chinese medicinal materials and bio-food processing, planned for Mudanjiang',
   basis: 'name composed: city + the plan words 中药材和生物食品加工产业集群',
   clause: '四（二）', quote: '打造符合口岸特色的中药材和生物食品加工产业集群。'},
  {id: 'jixi-biomedicine-industry-cluster', name: '鸡西生物医药产业集群',
   nameEn: 'Jixi biomedicine industry cluster', kind: 'CLUSTER',
   description: 'biomedicine cluster planned for Jixi at the 10-billion-yuan level (百亿级)',
   basis: 'name composed: city + the plan words 百亿级生物医药产业集群',
   clause: '四（二）', quote: '支持鸡西市生物医药产业加快发展，打造百亿级生物医药产业集群'}
] AS row
MERGE (n:Cluster {id: row.id})
SET n.name = row.name, n.nameEn = row.nameEn, n.kind = row.kind, n.description = row.description, n.basis = row.basis
WITH n, row
MATCH (doc:Document {id: 'hlj-bioeconomy-plan-14th'})
MERGE (n)-[c:CITED_IN {clause: row.clause}]->(doc)
SET c.quote = row.quote;

// ---- 3. Cluster INCLUDES Region, with the role the plan gives the city ----
UNWIND [
  {cl: 'harbin-bio-industry-pole', code: '230100', clause: '四（一）',
   role: '建设成为具有国际竞争力和东北亚区域带动力的生物经济高地',
   quote: '将哈尔滨建设成为具有国际竞争力和东北亚区域带动力的生物经济高地。'},
  {cl: 'songnen-plain-core-zone', code: '230200', clause: '四（二）',
   role: '打造原料药和氨基酸集中生产基地',
   quote: '推动齐齐哈尔市生物医药、生物制造产业加快发展，打造原料药和氨基酸集中生产基地。'},
  {cl: 'songnen-plain-core-zone', code: '230600', clause: '四（二）',
   role: '延伸发展生物基材料产业链，打造生物基材料产业创新发展基地',
   quote: '支持大庆市延伸发展生物基材料产业链，打造生物基材料产业创新发展基地，实现生物基与化学基材料创新融合发展。'},
  {cl: 'songnen-plain-core-zone', code: '231200', clause: '四（二）',
   role: '建设秸秆生物质产业协同创新试验区和生物发酵产业基地',
   quote: '推动绥化市生物医药、生物制造和生物发酵三大主导产业延长链条、壮大规模，实现高质量发展，建设秸秆生物质产业协同创新试验区和生物发酵产业基地。'},
  {cl: 'sanjiang-plain-demo-zone', code: '231000', clause: '四（二）',
   role: '延展中药材加工跨境产业链，打造符合口岸特色的中药材和生物食品加工产业集群',
   quote: '推动牡丹江市生物医药、生物食品产业加快发展，延展中药材加工跨境产业链，打造符合口岸特色的中药材和生物食品加工产业集群。'},
  {cl: 'sanjiang-plain-demo-zone', code: '230800', clause: '四（二）',
   role: '打造生物育种智能化数字化发展样板区，建设生物制造新型产业基地',
   quote: '促进佳木斯市生物农业产业加快发展，打造生物育种智能化数字化发展样板区，建设生物制造新型产业基地。'},
  {cl: 'sanjiang-plain-demo-zone', code: '230300', clause: '四（二）',
   role: '打造百亿级生物医药产业集群，建设省级生物医药制造基地',
   quote: '支持鸡西市生物医药产业加快发展，打造百亿级生物医药产业集群，建设省级生物医药制造基地。'},
  {cl: 'sanjiang-plain-demo-zone', code: '230500', clause: '四（二）',
   role: '打造全省最大的生物能源基地',
   quote: '推动双鸭山市生物能源加快发展，打造全省最大的生物能源基地。'},
  {cl: 'sanjiang-plain-demo-zone', code: '230900', clause: '四（二）',
   role: '建成原料药基地和中医药生产基地',
   quote: '促进七台河市生物医药产业加快发展，建成原料药基地和中医药生产基地。'},
  {cl: 'sanjiang-plain-demo-zone', code: '230400', clause: '四（二）',
   role: '发展北药种植基地，打造北药集散地',
   quote: '推进鹤岗市发展北药种植基地，打造北药集散地。'},
  {cl: 'forest-cold-land-belt', code: '230700', clause: '四（三）',
   role: '发展生物医药、生物食品产业，打造中国伊春林都北药、寒地食品产业园',
   quote: '推动伊春市发展生物医药、生物食品产业，打造中国伊春林都北药、寒地食品产业园。'},
  {cl: 'forest-cold-land-belt', code: '231100', clause: '四（三）',
   role: '发展生物医药产业，打造对俄进口中药材原料和生物食品进口加工基地',
   quote: '鼓励黑河市发展生物医药产业，打造对俄进口中药材原料和生物食品进口加工基地。'},
  {cl: 'forest-cold-land-belt', code: '232700', clause: '四（三）',
   role: '发展寒地中药材和生物食品，建成寒地生物产业基地',
   quote: '支持大兴安岭地区发展寒地中药材和生物食品，建成寒地生物产业基地。'},
  {cl: 'harbin-biomedicine-industry-cluster', code: '230100', clause: '一（一）',
   role: '入选国家级战略性新兴产业集群',
   quote: '哈尔滨市生物医药产业入选国家级战略性新兴产业集群。'},
  {cl: 'harbin-national-biomedicine-cluster-demo-zone', code: '230100', clause: '四（一）',
   role: '全力打造国家生物医药产业集群建设示范区',
   quote: '全力打造国家生物医药产业集群建设示范区，将哈尔滨建设成为具有国际竞争力和东北亚区域带动力的生物经济高地。'},
  {cl: 'mudanjiang-tcm-bio-food-processing-cluster', code: '231000', clause: '四（二）',
   role: '打造符合口岸特色的中药材和生物食品加工产业集群',
   quote: '推动牡丹江市生物医药、生物食品产业加快发展，延展中药材加工跨境产业链，打造符合口岸特色的中药材和生物食品加工产业集群。'},
  {cl: 'jixi-biomedicine-industry-cluster', code: '230300', clause: '四（二）',
   role: '打造百亿级生物医药产业集群',
   quote: '支持鸡西市生物医药产业加快发展，打造百亿级生物医药产业集群'}
] AS row
MATCH (cl:Cluster {id: row.cl})
MATCH (r:Region {code: row.code})
MERGE (cl)-[i:INCLUDES {doc: 'hlj-bioeconomy-plan-14th'}]->(r)
SET i.role = row.role, i.clause = row.clause, i.quote = row.quote;

// 绥哈大齐 members: values identical to 200_hlj_measures.cypher (role 'MEMBER': 001 gives no per-city role).
UNWIND ['231200', '230100', '230600', '230200'] AS code
MATCH (cl:Cluster {id: 'sui-ha-da-qi-biomanufacturing-cluster'})
MATCH (r:Region {code: code})
MERGE (cl)-[i:INCLUDES {doc: 'hlj-biomanufacturing-measures-2026'}]->(r)
SET i.role = 'MEMBER', i.clause = '（九）', i.quote = '加快建设绥哈大齐国家级生物制造集群',
    i.basis = 'membership read from the cluster name 绥哈大齐 (绥化、哈尔滨、大庆、齐齐哈尔)';

// ---- 4. Parks, bases, zones, incubators ----
UNWIND [
  // 一（一） / 三（五） / 四（一）: the Shenzhen-Harbin park
  {id: 'shenzhen-harbin-industrial-park', name: '深哈产业园', aliases: '深圳（哈尔滨）产业园区',
   nameEn: 'Shenzhen (Harbin) Industrial Park', kind: 'PARK', status: 'EXISTING', basis: null,
   clause: '一（一）', quote: '深圳（哈尔滨）产业园区已成为两省深化开放合作的重要载体，为承接省外生物产业转移提供了良好平台。'},
  // 四（一）: Harbin pole
  {id: 'harbin-biomedicine-specialized-park', name: '哈尔滨生物医药专业园区', aliases: null,
   nameEn: 'Harbin biomedicine specialized park', kind: 'PARK', status: 'PLANNED',
   basis: 'no proper name: one of the specialized parks the plan gives the Harbin pole, name composed from the city and the plan words',
   clause: '四（一）', quote: '建设生物医药、兽用疫苗及药物、生物育种、智慧大健康等专业园区和生物技术产业孵化器'},
  {id: 'harbin-veterinary-vaccine-drug-specialized-park', name: '哈尔滨兽用疫苗及药物专业园区', aliases: null,
   nameEn: 'Harbin veterinary vaccines and drugs specialized park', kind: 'PARK', status: 'PLANNED',
   basis: 'no proper name: one of the specialized parks the plan gives the Harbin pole, name composed from the city and the plan words',
   clause: '四（一）', quote: '建设生物医药、兽用疫苗及药物、生物育种、智慧大健康等专业园区和生物技术产业孵化器'},
  {id: 'harbin-bio-breeding-specialized-park', name: '哈尔滨生物育种专业园区', aliases: null,
   nameEn: 'Harbin bio-breeding specialized park', kind: 'PARK', status: 'PLANNED',
   basis: 'no proper name: one of the specialized parks the plan gives the Harbin pole, name composed from the city and the plan words',
   clause: '四（一）', quote: '建设生物医药、兽用疫苗及药物、生物育种、智慧大健康等专业园区和生物技术产业孵化器'},
  {id: 'harbin-smart-health-specialized-park', name: '哈尔滨智慧大健康专业园区', aliases: null,
   nameEn: 'Harbin smart health specialized park', kind: 'PARK', status: 'PLANNED',
   basis: 'no proper name: one of the specialized parks the plan gives the Harbin pole, name composed from the city and the plan words',
   clause: '四（一）', quote: '建设生物医药、兽用疫苗及药物、生物育种、智慧大健康等专业园区和生物技术产业孵化器'},
  {id: 'harbin-biotech-incubator', name: '哈尔滨生物技术产业孵化器', aliases: null,
   nameEn: 'Harbin biotechnology industry incubator', kind: 'INCUBATOR', status: 'PLANNED',
   basis: 'no proper name (the plan may mean several): the incubator the plan gives the Harbin pole, name composed from the city and the plan words',
   clause: '四（一）', quote: '建设生物医药、兽用疫苗及药物、生物育种、智慧大健康等专业园区和生物技术产业孵化器'},
  {id: 'harbin-biomedicine-industrial-park', name: '哈尔滨生物医药产业园区', aliases: null,
   nameEn: 'Harbin biomedicine industrial park (100-billion-yuan level target)', kind: 'PARK', status: 'PLANNED', basis: null,
   clause: '四（一）', quote: '打造千亿级哈尔滨生物医药产业园区和百亿级哈兽研国际生物谷'},
  {id: 'hvri-international-bio-valley', name: '哈兽研国际生物谷', aliases: null,
   nameEn: 'HVRI International Bio-Valley', kind: 'PARK', status: 'PLANNED', basis: null,
   clause: '四（一）', quote: '打造千亿级哈尔滨生物医药产业园区和百亿级哈兽研国际生物谷'},
  // 四（二）: Songnen Plain core zone
  {id: 'fuyu-biomedicine-industrial-park', name: '富裕生物医药产业园', aliases: null,
   nameEn: 'Fuyu biomedicine industrial park', kind: 'PARK', status: 'PLANNED', basis: null,
   clause: '四（二）', quote: '建设国家合成生物技术创新中心、秸秆产业技术研究院、富裕生物医药产业园、京粮生物基高分子材料产业园区等特色精品生物产业园区。'},
  {id: 'jingliang-bio-based-polymer-materials-industrial-park', name: '京粮生物基高分子材料产业园区', aliases: null,
   nameEn: 'Jingliang bio-based polymer materials industrial park', kind: 'PARK', status: 'PLANNED', basis: null,
   clause: '四（二）', quote: '建设国家合成生物技术创新中心、秸秆产业技术研究院、富裕生物医药产业园、京粮生物基高分子材料产业园区等特色精品生物产业园区。'},
  {id: 'qiqihar-api-amino-acid-production-base', name: '齐齐哈尔原料药和氨基酸集中生产基地', aliases: null,
   nameEn: 'Qiqihar API and amino-acid production base', kind: 'BASE', status: 'PLANNED',
   basis: 'name composed: city + the plan words 原料药和氨基酸集中生产基地',
   clause: '四（二）', quote: '推动齐齐哈尔市生物医药、生物制造产业加快发展，打造原料药和氨基酸集中生产基地。'},
  {id: 'daqing-bio-based-materials-innovation-base', name: '大庆生物基材料产业创新发展基地', aliases: null,
   nameEn: 'Daqing bio-based materials industry innovation base', kind: 'BASE', status: 'PLANNED',
   basis: 'name composed: city + the plan words 生物基材料产业创新发展基地',
   clause: '四（二）', quote: '支持大庆市延伸发展生物基材料产业链，打造生物基材料产业创新发展基地'},
  {id: 'suihua-straw-biomass-innovation-pilot-zone', name: '绥化秸秆生物质产业协同创新试验区', aliases: null,
   nameEn: 'Suihua straw biomass industry collaborative innovation pilot zone', kind: 'ZONE', status: 'PLANNED',
   basis: 'name composed: city + the plan words 秸秆生物质产业协同创新试验区',
   clause: '四（二）', quote: '建设秸秆生物质产业协同创新试验区和生物发酵产业基地。'},
  {id: 'suihua-bio-fermentation-industry-base', name: '绥化生物发酵产业基地', aliases: null,
   nameEn: 'Suihua bio-fermentation industry base', kind: 'BASE', status: 'PLANNED',
   basis: 'name composed: city + the plan words 生物发酵产业基地',
   clause: '四（二）', quote: '建设秸秆生物质产业协同创新试验区和生物发酵产业基地。'},
  // 四（二）: Pan-Sanjiang Plain demonstration zone
  {id: 'jiamusi-bio-breeding-demonstration-zone', name: '佳木斯生物育种智能化数字化发展样板区', aliases: null,
   nameEn: 'Jiamusi intelligent and digital bio-breeding model zone', kind: 'ZONE', status: 'PLANNED',
   basis: 'name composed: city + the plan words 生物育种智能化数字化发展样板区',
   clause: '四（二）', quote: '促进佳木斯市生物农业产业加快发展，打造生物育种智能化数字化发展样板区'},
  {id: 'jiamusi-biomanufacturing-industry-base', name: '佳木斯生物制造新型产业基地', aliases: null,
   nameEn: 'Jiamusi new biomanufacturing industry base', kind: 'BASE', status: 'PLANNED',
   basis: 'name composed: city + the plan words 生物制造新型产业基地',
   clause: '四（二）', quote: '建设生物制造新型产业基地。'},
  {id: 'beidahuang-bio-based-materials-synbio-base', name: '千亿级生物基新材料合成生物产业基地', aliases: '千亿级生物基可降解材料合成生物产业基地',
   nameEn: 'Beidahuang bio-based new materials synthetic biology industrial base (100-billion-yuan level)', kind: 'BASE', status: 'PLANNED',
   basis: 'one base: 四（二） calls it 千亿级生物基可降解材料合成生物产业基地, 五（二） 千亿级生物基新材料合成生物产业基地 (both Beidahuang, PLA)',
   clause: '四（二）', quote: '支持北大荒农垦集团建设寒地粮食基淀粉糖生物发酵聚乳酸全产业链，打造千亿级生物基可降解材料合成生物产业基地。'},
  {id: 'jixi-provincial-biomedicine-manufacturing-base', name: '鸡西省级生物医药制造基地', aliases: null,
   nameEn: 'Jixi provincial biomedicine manufacturing base', kind: 'BASE', status: 'PLANNED',
   basis: 'name composed: city + the plan words 省级生物医药制造基地',
   clause: '四（二）', quote: '建设省级生物医药制造基地。'},
  {id: 'shuangyashan-bioenergy-base', name: '双鸭山生物能源基地', aliases: null,
   nameEn: 'Shuangyashan bioenergy base (the largest in the province, as planned)', kind: 'BASE', status: 'PLANNED',
   basis: 'name composed: city + the plan words 全省最大的生物能源基地',
   clause: '四（二）', quote: '推动双鸭山市生物能源加快发展，打造全省最大的生物能源基地。'},
  {id: 'qitaihe-api-base', name: '七台河原料药基地', aliases: null,
   nameEn: 'Qitaihe API base', kind: 'BASE', status: 'PLANNED',
   basis: 'name composed: city + the plan words 原料药基地',
   clause: '四（二）', quote: '促进七台河市生物医药产业加快发展，建成原料药基地和中医药生产基地。'},
  {id: 'qitaihe-tcm-production-base', name: '七台河中医药生产基地', aliases: null,
   nameEn: 'Qitaihe traditional Chinese medicine production base', kind: 'BASE', status: 'PLANNED',
   basis: 'name composed: city + the plan words 中医药生产基地',
   clause: '四（二）', quote: '促进七台河市生物医药产业加快发展，建成原料药基地和中医药生产基地。'},
  {id: 'hegang-northern-medicine-planting-base', name: '鹤岗北药种植基地', aliases: null,
   nameEn: 'Hegang northern medicinal herbs planting base', kind: 'BASE', status: 'PLANNED',
   basis: 'name composed: city + the plan words 北药种植基地',
   clause: '四（二）', quote: '推进鹤岗市发展北药种植基地，打造北药集散地。'},
  {id: 'hegang-northern-medicine-distribution-hub', name: '鹤岗北药集散地', aliases: null,
   nameEn: 'Hegang northern medicinal herbs distribution hub', kind: 'OTHER', status: 'PLANNED',
   basis: 'name composed: city + the plan words 北药集散地',
   clause: '四（二）', quote: '推进鹤岗市发展北药种植基地，打造北药集散地。'},
  // 四（三）: forest cold-land belt
  {id: 'forest-belt-tcm-processing-logistics-base', name: '中药材初加工及仓储物流基地', aliases: null,
   nameEn: 'Chinese medicinal materials primary processing, storage and logistics base (forest belt)', kind: 'BASE', status: 'PLANNED', basis: null,
   clause: '四（三）', quote: '建成中药材初加工及仓储物流基地、俄药进出口基地、国家寒地北药检验检测中心、国家北药质量标准中心、食用菌和浆果培养基地'},
  {id: 'forest-belt-russian-medicine-import-export-base', name: '俄药进出口基地', aliases: null,
   nameEn: 'Russian medicines import and export base (forest belt)', kind: 'BASE', status: 'PLANNED', basis: null,
   clause: '四（三）', quote: '建成中药材初加工及仓储物流基地、俄药进出口基地、国家寒地北药检验检测中心、国家北药质量标准中心、食用菌和浆果培养基地'},
  {id: 'forest-belt-edible-fungi-berry-base', name: '食用菌和浆果培养基地', aliases: null,
   nameEn: 'Edible fungi and berry cultivation base (forest belt)', kind: 'BASE', status: 'PLANNED', basis: null,
   clause: '四（三）', quote: '建成中药材初加工及仓储物流基地、俄药进出口基地、国家寒地北药检验检测中心、国家北药质量标准中心、食用菌和浆果培养基地'},
  {id: 'yichun-forest-capital-northern-medicine-cold-food-park', name: '中国伊春林都北药、寒地食品产业园', aliases: null,
   nameEn: 'China Yichun Forest Capital northern medicine and cold-region food industrial park', kind: 'PARK', status: 'PLANNED', basis: null,
   clause: '四（三）', quote: '推动伊春市发展生物医药、生物食品产业，打造中国伊春林都北药、寒地食品产业园。'},
  {id: 'heihe-russian-tcm-bio-food-import-processing-base', name: '黑河对俄进口中药材原料和生物食品进口加工基地', aliases: null,
   nameEn: 'Heihe processing base for Chinese medicinal materials and bio-food imported from Russia', kind: 'BASE', status: 'PLANNED',
   basis: 'name composed: city + the plan words 对俄进口中药材原料和生物食品进口加工基地',
   clause: '四（三）', quote: '鼓励黑河市发展生物医药产业，打造对俄进口中药材原料和生物食品进口加工基地。'},
  {id: 'daxinganling-cold-region-bio-industry-base', name: '大兴安岭寒地生物产业基地', aliases: null,
   nameEn: 'Da Hinggan Ling cold-region bio-industry base', kind: 'BASE', status: 'PLANNED',
   basis: 'name composed: prefecture + the plan words 寒地生物产业基地',
   clause: '四（三）', quote: '支持大兴安岭地区发展寒地中药材和生物食品，建成寒地生物产业基地。'}
] AS row
MERGE (n:Park {id: row.id})
SET n.name = row.name, n.nameEn = row.nameEn, n.kind = row.kind, n.status = row.status,
    n.aliases = row.aliases, n.basis = row.basis
WITH n, row
MATCH (doc:Document {id: 'hlj-bioeconomy-plan-14th'})
MERGE (n)-[c:CITED_IN {clause: row.clause}]->(doc)
SET c.quote = row.quote;

// Further citations of the Shenzhen-Harbin park.
UNWIND [
  {clause: '三（五）', quote: '将深哈产业园建设成头脑风暴策源地'},
  {clause: '四（一）', quote: '利用深哈产业园等合作平台，吸引集聚生物创新和产业发展要素'}
] AS row
MATCH (n:Park {id: 'shenzhen-harbin-industrial-park'})
MATCH (doc:Document {id: 'hlj-bioeconomy-plan-14th'})
MERGE (n)-[c:CITED_IN {clause: row.clause}]->(doc)
SET c.quote = row.quote;

// ---- 5. Platforms ----
// 三（四）: the 20 platforms of the plan, grouped by domain. None has a host or site in the text.
UNWIND [
  {id: 'hlj-clinical-medicine-research-center', name: '临床医学研究中心', nameEn: 'Clinical medicine research center', kind: 'OTHER', level: null, g: 1},
  {id: 'hlj-innovative-drug-rd-industry-innovation-center', name: '创新药研发及产业创新中心', nameEn: 'Innovative drug R&D and industry innovation center', kind: 'TECH_INNOVATION_CENTER', level: null, g: 1},
  {id: 'hlj-stem-cell-regenerative-medicine-platform', name: '干细胞技术和再生医学产业化平台', nameEn: 'Stem cell technology and regenerative medicine industrialization platform', kind: 'OTHER', level: null, g: 1},
  {id: 'hlj-tcm-materials-preparations-innovation-center', name: '中药材及中药制剂创新中心', nameEn: 'Chinese medicinal materials and TCM preparations innovation center', kind: 'TECH_INNOVATION_CENTER', level: null, g: 1},
  {id: 'hlj-medical-big-data-innovation-platform', name: '医学大数据创新平台', nameEn: 'Medical big data innovation platform', kind: 'OTHER', level: null, g: 1},
  {id: 'hlj-malignant-tumor-diagnosis-treatment-rd-platform', name: '恶性肿瘤诊疗研发平台', nameEn: 'Malignant tumour diagnosis and treatment R&D platform', kind: 'OTHER', level: null, g: 1},
  {id: 'hlj-synthetic-biology-innovation-product-rd-platform', name: '合成生物学技术创新与产品研发平台', nameEn: 'Synthetic biology technology innovation and product R&D platform', kind: 'OTHER', level: null, g: 2},
  {id: 'hlj-bio-fermentation-innovation-rd-center', name: '生物发酵技术创新与研发中心', nameEn: 'Bio-fermentation technology innovation and R&D center', kind: 'TECH_INNOVATION_CENTER', level: null, g: 2},
  {id: 'heilongjiang-microbial-germplasm-collection-center', name: '黑龙江微生物种质保藏中心', nameEn: 'Heilongjiang microbial germplasm collection center', kind: 'SERVICE_PLATFORM', level: null, g: 2},
  {id: 'hlj-biomass-materials-science-key-lab', name: '生物质材料科学重点实验室', nameEn: 'Key laboratory of biomass materials science', kind: 'KEY_LAB', level: null, g: 2},
  {id: 'state-key-lab-of-tree-genetics-and-breeding', name: '林木遗传育种国家重点实验室', nameEn: 'State Key Laboratory of Tree Genetics and Breeding', kind: 'KEY_LAB', level: 'NATIONAL', g: 3},
  {id: 'northeast-soybean-biology-genetic-breeding-lab', name: '东北大豆生物学与遗传育种实验室', nameEn: 'Northeast soybean biology and genetic breeding laboratory', kind: 'OTHER', level: null, g: 3},
  {id: 'hlj-veterinary-cytokine-pilot-platform', name: '兽用细胞因子产品中试转化平台', nameEn: 'Veterinary cytokine products pilot-scale transfer platform', kind: 'PILOT_PLATFORM', level: null, g: 3},
  {id: 'hlj-feed-nutrition-key-lab', name: '饲料营养重点实验室', nameEn: 'Key laboratory of feed nutrition', kind: 'KEY_LAB', level: null, g: 3},
  {id: 'hlj-bioagriculture-seed-resource-bank', name: '生物农业种子资源库', nameEn: 'Bio-agriculture seed resource bank', kind: 'OTHER', level: null, g: 3},
  {id: 'hlj-low-carbon-sewage-sludge-treatment-platform', name: '高效低碳污水污泥处理平台', nameEn: 'Efficient low-carbon sewage and sludge treatment platform', kind: 'OTHER', level: null, g: 4},
  {id: 'hlj-straw-utilization-bioenergy-rd-center', name: '秸秆综合利用及生物能源研发中心', nameEn: 'Straw utilization and bioenergy R&D center', kind: 'OTHER', level: null, g: 4},
  {id: 'hlj-gene-testing-innovation-rd-platform', name: '基因检测创新研发平台', nameEn: 'Gene testing innovation R&D platform', kind: 'OTHER', level: null, g: 5},
  {id: 'hlj-implant-interventional-medical-materials-innovation-center', name: '植介入医用材料创新中心', nameEn: 'Implantable and interventional medical materials innovation center', kind: 'TECH_INNOVATION_CENTER', level: null, g: 5},
  {id: 'hlj-life-information-collection-analysis-data-center', name: '生命体信息采集及分析数据中心', nameEn: 'Life information collection and analysis data center', kind: 'OTHER', level: null, g: 5}
] AS row
WITH row, [
  '',
  '面向生物医药领域，围绕重大疾病防治、新型生物药、中医药、核酸及重组疫苗等方向，打造临床医学研究中心、创新药研发及产业创新中心、干细胞技术和再生医学产业化平台、中药材及中药制剂创新中心、医学大数据创新平台及恶性肿瘤诊疗研发平台。',
  '面向生物制造领域，围绕新型生物基材料、核心菌种、生物发酵等方向，打造合成生物学技术创新与产品研发平台，生物发酵技术创新与研发中心，建设黑龙江微生物种质保藏中心、生物质材料科学重点实验室。',
  '面向生物农业领域，围绕主粮等重要农产品种源、林木畜禽资源等方向，打造林木遗传育种国家重点实验室、东北大豆生物学与遗传育种实验室、兽用细胞因子产品中试转化平台、饲料营养重点实验室、生物农业种子资源库。',
  '面向生物环保及生物质能领域，围绕生物基环保技术，废弃物资源化利用等方向，打造高效低碳污水污泥处理平台、秸秆综合利用及生物能源研发中心。',
  '面向生物医学工程领域，围绕精准医学、医疗设备等方向，建设基因检测创新研发平台、植介入医用材料创新中心、生命体信息采集及分析数据中心。'
] AS groups
MERGE (n:Platform {id: row.id})
SET n.name = row.name, n.nameEn = row.nameEn, n.kind = row.kind, n.level = row.level, n.status = 'PLANNED'
WITH n, row, groups
MATCH (doc:Document {id: 'hlj-bioeconomy-plan-14th'})
MERGE (n)-[c:CITED_IN {clause: '三（四）'}]->(doc)
SET c.quote = groups[row.g];

// 三（四）: each group of platforms is set up to serve one domain (生物环保及生物质能: two).
UNWIND [
  {g: 1, domain: 'biomedicine', quote: '面向生物医药领域，围绕重大疾病防治、新型生物药、中医药、核酸及重组疫苗等方向',
   ids: ['hlj-clinical-medicine-research-center', 'hlj-innovative-drug-rd-industry-innovation-center', 'hlj-stem-cell-regenerative-medicine-platform',
         'hlj-tcm-materials-preparations-innovation-center', 'hlj-medical-big-data-innovation-platform', 'hlj-malignant-tumor-diagnosis-treatment-rd-platform']},
  {g: 2, domain: 'biomanufacturing', quote: '面向生物制造领域，围绕新型生物基材料、核心菌种、生物发酵等方向',
   ids: ['hlj-synthetic-biology-innovation-product-rd-platform', 'hlj-bio-fermentation-innovation-rd-center',
         'heilongjiang-microbial-germplasm-collection-center', 'hlj-biomass-materials-science-key-lab']},
  {g: 3, domain: 'bioagriculture', quote: '面向生物农业领域，围绕主粮等重要农产品种源、林木畜禽资源等方向',
   ids: ['state-key-lab-of-tree-genetics-and-breeding', 'northeast-soybean-biology-genetic-breeding-lab', 'hlj-veterinary-cytokine-pilot-platform',
         'hlj-feed-nutrition-key-lab', 'hlj-bioagriculture-seed-resource-bank']},
  {g: 4, domain: 'bioenvironmental', quote: '面向生物环保及生物质能领域，围绕生物基环保技术，废弃物资源化利用等方向',
   ids: ['hlj-low-carbon-sewage-sludge-treatment-platform', 'hlj-straw-utilization-bioenergy-rd-center']},
  {g: 4, domain: 'bioenergy', quote: '面向生物环保及生物质能领域，围绕生物基环保技术，废弃物资源化利用等方向',
   ids: ['hlj-low-carbon-sewage-sludge-treatment-platform', 'hlj-straw-utilization-bioenergy-rd-center']},
  {g: 5, domain: 'biomedical-engineering', quote: '面向生物医学工程领域，围绕精准医学、医疗设备等方向',
   ids: ['hlj-gene-testing-innovation-rd-platform', 'hlj-implant-interventional-medical-materials-innovation-center',
         'hlj-life-information-collection-analysis-data-center']}
] AS row
UNWIND row.ids AS pid
MATCH (p:Platform {id: pid})
MATCH (d:Domain {id: row.domain})
MERGE (p)-[s:SUPPORTS {doc: 'hlj-bioeconomy-plan-14th'}]->(d)
SET s.clause = '三（四）', s.quote = row.quote;

// 一（一）, 四（二）, 四（三）: the other platforms these sections name.
UNWIND [
  {id: 'hvri-large-animal-p4-biosafety-lab', name: '大动物生物安全P4级实验室', aliases: null,
   nameEn: 'HVRI large-animal biosafety level 4 (P4) laboratory', kind: 'OTHER', level: null, status: 'EXISTING',
   clause: '一（一）', quote: '哈兽研拥有全国唯一的大动物生物安全P4级实验室'},
  {id: 'national-synthetic-biotechnology-innovation-center', name: '国家合成生物技术创新中心', aliases: null,
   nameEn: 'National Synthetic Biotechnology Innovation Center', kind: 'TECH_INNOVATION_CENTER', level: 'NATIONAL', status: 'PLANNED',
   clause: '四（二）', quote: '建设国家合成生物技术创新中心、秸秆产业技术研究院、富裕生物医药产业园、京粮生物基高分子材料产业园区等特色精品生物产业园区。'},
  {id: 'hlj-straw-industry-technology-research-institute', name: '秸秆产业技术研究院', aliases: null,
   nameEn: 'Straw industry technology research institute', kind: 'OTHER', level: null, status: 'PLANNED',
   clause: '四（二）', quote: '建设国家合成生物技术创新中心、秸秆产业技术研究院、富裕生物医药产业园、京粮生物基高分子材料产业园区等特色精品生物产业园区。'},
  {id: 'national-cold-region-northern-medicine-testing-center', name: '国家寒地北药检验检测中心', aliases: null,
   nameEn: 'National cold-region northern medicine inspection and testing center', kind: 'TESTING_CENTER', level: 'NATIONAL', status: 'PLANNED',
   clause: '四（三）', quote: '建成中药材初加工及仓储物流基地、俄药进出口基地、国家寒地北药检验检测中心、国家北药质量标准中心、食用菌和浆果培养基地'},
  {id: 'national-northern-medicine-quality-standard-center', name: '国家北药质量标准中心', aliases: null,
   nameEn: 'National northern medicine quality standard center', kind: 'OTHER', level: 'NATIONAL', status: 'PLANNED',
   clause: '四（三）', quote: '建成中药材初加工及仓储物流基地、俄药进出口基地、国家寒地北药检验检测中心、国家北药质量标准中心、食用菌和浆果培养基地'}
] AS row
MERGE (n:Platform {id: row.id})
SET n.name = row.name, n.nameEn = row.nameEn, n.kind = row.kind, n.level = row.level, n.status = row.status, n.aliases = row.aliases
WITH n, row
MATCH (doc:Document {id: 'hlj-bioeconomy-plan-14th'})
MERGE (n)-[c:CITED_IN {clause: row.clause}]->(doc)
SET c.quote = row.quote;

// ---- 6. Institutions (一（一）) ----
UNWIND [
  {id: 'harbin-veterinary-research-institute', name: '哈兽研', aliases: '中国农业科学院哈尔滨兽医研究所',
   nameEn: 'Harbin Veterinary Research Institute (CAAS)', kind: 'INSTITUTE', basis: null,
   clause: '一（一）', quote: '哈兽研拥有全国唯一的大动物生物安全P4级实验室，在医药卫生、兽用疫苗、微生物菌种、基因繁育等领域生物技术居国内领先地位。'},
  {id: 'harbin-medical-university', name: '哈尔滨医科大学', aliases: null,
   nameEn: 'Harbin Medical University', kind: 'UNIVERSITY', basis: null,
   clause: '一（一）', quote: '拥有哈尔滨医科大学、黑龙江中医药大学等一批高等医学院校'},
  {id: 'heilongjiang-university-of-chinese-medicine', name: '黑龙江中医药大学', aliases: null,
   nameEn: 'Heilongjiang University of Chinese Medicine', kind: 'UNIVERSITY', basis: null,
   clause: '一（一）', quote: '拥有哈尔滨医科大学、黑龙江中医药大学等一批高等医学院校'}
] AS row
MERGE (n:Institution {id: row.id})
SET n.name = row.name, n.nameEn = row.nameEn, n.kind = row.kind, n.aliases = row.aliases, n.basis = row.basis
WITH n, row
MATCH (doc:Document {id: 'hlj-bioeconomy-plan-14th'})
MERGE (n)-[c:CITED_IN {clause: row.clause}]->(doc)
SET c.quote = row.quote;

MATCH (n:Institution {id: 'harbin-veterinary-research-institute'})
MATCH (doc:Document {id: 'hlj-bioeconomy-plan-14th'})
MERGE (n)-[c:CITED_IN {clause: '四（一）'}]->(doc)
SET c.quote = '打造千亿级哈尔滨生物医药产业园区和百亿级哈兽研国际生物谷';

// ---- 7. Enterprises ----
UNWIND [
  {id: 'kuihua-pharmaceutical', name: '葵花药业', aliases: '葵花', nameEn: 'Kuihua (Sunflower) Pharmaceutical',
   clause: '一（一）', role: 'LEADING', roleNote: '全国医药工业百强企业',
   quote: '拥有葵花药业、誉衡药业等全国医药工业百强企业'},
  {id: 'yuheng-pharmaceutical', name: '誉衡', aliases: null, nameEn: 'Yuheng Pharmaceutical',
   clause: '一（一）', role: 'LEADING', roleNote: '全国医药工业百强企业',
   quote: '拥有葵花药业、誉衡药业等全国医药工业百强企业'},
  {id: 'beidahuang-group', name: '北大荒农垦集团', aliases: '北大荒', nameEn: 'Beidahuang Group (Heilongjiang Beidahuang Agricultural Reclamation Group)',
   clause: '四（二）', role: 'LEADING', roleNote: '支持北大荒农垦集团建设寒地粮食基淀粉糖生物发酵聚乳酸全产业链',
   quote: '支持北大荒农垦集团建设寒地粮食基淀粉糖生物发酵聚乳酸全产业链，打造千亿级生物基可降解材料合成生物产业基地。'},
  {id: 'jingliang', name: '京粮', aliases: null, nameEn: 'Jingliang',
   clause: '四（二）', role: 'MENTIONED', roleNote: '京粮生物基高分子材料产业园区',
   quote: '京粮生物基高分子材料产业园区'}
] AS row
MERGE (n:Enterprise {id: row.id})
SET n.name = row.name, n.nameEn = row.nameEn, n.aliases = row.aliases
WITH n, row
MATCH (doc:Document {id: 'hlj-bioeconomy-plan-14th'})
MERGE (n)-[c:CITED_IN {clause: row.clause}]->(doc)
SET c.quote = row.quote, c.role = row.role, c.roleNote = row.roleNote;

// ---- 8. Membership of the pole, zones and belt (Park / Platform MEMBER_OF Cluster) ----
UNWIND [
  {label: 'Park', id: 'shenzhen-harbin-industrial-park', cl: 'harbin-bio-industry-pole', clause: '四（一）', quote: '利用深哈产业园等合作平台，吸引集聚生物创新和产业发展要素'},
  {label: 'Park', id: 'harbin-biomedicine-specialized-park', cl: 'harbin-bio-industry-pole', clause: '四（一）', quote: '建设生物医药、兽用疫苗及药物、生物育种、智慧大健康等专业园区和生物技术产业孵化器'},
  {label: 'Park', id: 'harbin-veterinary-vaccine-drug-specialized-park', cl: 'harbin-bio-industry-pole', clause: '四（一）', quote: '建设生物医药、兽用疫苗及药物、生物育种、智慧大健康等专业园区和生物技术产业孵化器'},
  {label: 'Park', id: 'harbin-bio-breeding-specialized-park', cl: 'harbin-bio-industry-pole', clause: '四（一）', quote: '建设生物医药、兽用疫苗及药物、生物育种、智慧大健康等专业园区和生物技术产业孵化器'},
  {label: 'Park', id: 'harbin-smart-health-specialized-park', cl: 'harbin-bio-industry-pole', clause: '四（一）', quote: '建设生物医药、兽用疫苗及药物、生物育种、智慧大健康等专业园区和生物技术产业孵化器'},
  {label: 'Park', id: 'harbin-biotech-incubator', cl: 'harbin-bio-industry-pole', clause: '四（一）', quote: '建设生物医药、兽用疫苗及药物、生物育种、智慧大健康等专业园区和生物技术产业孵化器'},
  {label: 'Park', id: 'harbin-biomedicine-industrial-park', cl: 'harbin-bio-industry-pole', clause: '四（一）', quote: '打造千亿级哈尔滨生物医药产业园区和百亿级哈兽研国际生物谷'},
  {label: 'Park', id: 'hvri-international-bio-valley', cl: 'harbin-bio-industry-pole', clause: '四（一）', quote: '打造千亿级哈尔滨生物医药产业园区和百亿级哈兽研国际生物谷'},
  {label: 'Platform', id: 'national-synthetic-biotechnology-innovation-center', cl: 'songnen-plain-core-zone', clause: '四（二）', quote: '发挥农业主产区生物资源富集的优势，建设国家合成生物技术创新中心、秸秆产业技术研究院、富裕生物医药产业园、京粮生物基高分子材料产业园区等特色精品生物产业园区。'},
  {label: 'Platform', id: 'hlj-straw-industry-technology-research-institute', cl: 'songnen-plain-core-zone', clause: '四（二）', quote: '发挥农业主产区生物资源富集的优势，建设国家合成生物技术创新中心、秸秆产业技术研究院、富裕生物医药产业园、京粮生物基高分子材料产业园区等特色精品生物产业园区。'},
  {label: 'Park', id: 'fuyu-biomedicine-industrial-park', cl: 'songnen-plain-core-zone', clause: '四（二）', quote: '发挥农业主产区生物资源富集的优势，建设国家合成生物技术创新中心、秸秆产业技术研究院、富裕生物医药产业园、京粮生物基高分子材料产业园区等特色精品生物产业园区。'},
  {label: 'Park', id: 'jingliang-bio-based-polymer-materials-industrial-park', cl: 'songnen-plain-core-zone', clause: '四（二）', quote: '发挥农业主产区生物资源富集的优势，建设国家合成生物技术创新中心、秸秆产业技术研究院、富裕生物医药产业园、京粮生物基高分子材料产业园区等特色精品生物产业园区。'},
  {label: 'Park', id: 'qiqihar-api-amino-acid-production-base', cl: 'songnen-plain-core-zone', clause: '四（二）', quote: '推动齐齐哈尔市生物医药、生物制造产业加快发展，打造原料药和氨基酸集中生产基地。'},
  {label: 'Park', id: 'daqing-bio-based-materials-innovation-base', cl: 'songnen-plain-core-zone', clause: '四（二）', quote: '支持大庆市延伸发展生物基材料产业链，打造生物基材料产业创新发展基地'},
  {label: 'Park', id: 'suihua-straw-biomass-innovation-pilot-zone', cl: 'songnen-plain-core-zone', clause: '四（二）', quote: '建设秸秆生物质产业协同创新试验区和生物发酵产业基地。'},
  {label: 'Park', id: 'suihua-bio-fermentation-industry-base', cl: 'songnen-plain-core-zone', clause: '四（二）', quote: '建设秸秆生物质产业协同创新试验区和生物发酵产业基地。'},
  {label: 'Park', id: 'jiamusi-bio-breeding-demonstration-zone', cl: 'sanjiang-plain-demo-zone', clause: '四（二）', quote: '促进佳木斯市生物农业产业加快发展，打造生物育种智能化数字化发展样板区'},
  {label: 'Park', id: 'jiamusi-biomanufacturing-industry-base', cl: 'sanjiang-plain-demo-zone', clause: '四（二）', quote: '建设生物制造新型产业基地。'},
  {label: 'Park', id: 'beidahuang-bio-based-materials-synbio-base', cl: 'sanjiang-plain-demo-zone', clause: '四（二）', quote: '打造千亿级生物基可降解材料合成生物产业基地。'},
  {label: 'Park', id: 'jixi-provincial-biomedicine-manufacturing-base', cl: 'sanjiang-plain-demo-zone', clause: '四（二）', quote: '建设省级生物医药制造基地。'},
  {label: 'Park', id: 'shuangyashan-bioenergy-base', cl: 'sanjiang-plain-demo-zone', clause: '四（二）', quote: '打造全省最大的生物能源基地。'},
  {label: 'Park', id: 'qitaihe-api-base', cl: 'sanjiang-plain-demo-zone', clause: '四（二）', quote: '建成原料药基地和中医药生产基地。'},
  {label: 'Park', id: 'qitaihe-tcm-production-base', cl: 'sanjiang-plain-demo-zone', clause: '四（二）', quote: '建成原料药基地和中医药生产基地。'},
  {label: 'Park', id: 'hegang-northern-medicine-planting-base', cl: 'sanjiang-plain-demo-zone', clause: '四（二）', quote: '推进鹤岗市发展北药种植基地，打造北药集散地。'},
  {label: 'Park', id: 'hegang-northern-medicine-distribution-hub', cl: 'sanjiang-plain-demo-zone', clause: '四（二）', quote: '推进鹤岗市发展北药种植基地，打造北药集散地。'},
  {label: 'Park', id: 'forest-belt-tcm-processing-logistics-base', cl: 'forest-cold-land-belt', clause: '四（三）', quote: '以伊春、黑河、大兴安岭为重点，建成中药材初加工及仓储物流基地、俄药进出口基地、国家寒地北药检验检测中心、国家北药质量标准中心、食用菌和浆果培养基地'},
  {label: 'Park', id: 'forest-belt-russian-medicine-import-export-base', cl: 'forest-cold-land-belt', clause: '四（三）', quote: '以伊春、黑河、大兴安岭为重点，建成中药材初加工及仓储物流基地、俄药进出口基地、国家寒地北药检验检测中心、国家北药质量标准中心、食用菌和浆果培养基地'},
  {label: 'Platform', id: 'national-cold-region-northern-medicine-testing-center', cl: 'forest-cold-land-belt', clause: '四（三）', quote: '以伊春、黑河、大兴安岭为重点，建成中药材初加工及仓储物流基地、俄药进出口基地、国家寒地北药检验检测中心、国家北药质量标准中心、食用菌和浆果培养基地'},
  {label: 'Platform', id: 'national-northern-medicine-quality-standard-center', cl: 'forest-cold-land-belt', clause: '四（三）', quote: '以伊春、黑河、大兴安岭为重点，建成中药材初加工及仓储物流基地、俄药进出口基地、国家寒地北药检验检测中心、国家北药质量标准中心、食用菌和浆果培养基地'},
  {label: 'Park', id: 'forest-belt-edible-fungi-berry-base', cl: 'forest-cold-land-belt', clause: '四（三）', quote: '以伊春、黑河、大兴安岭为重点，建成中药材初加工及仓储物流基地、俄药进出口基地、国家寒地北药检验检测中心、国家北药质量标准中心、食用菌和浆果培养基地'},
  {label: 'Park', id: 'yichun-forest-capital-northern-medicine-cold-food-park', cl: 'forest-cold-land-belt', clause: '四（三）', quote: '推动伊春市发展生物医药、生物食品产业，打造中国伊春林都北药、寒地食品产业园。'},
  {label: 'Park', id: 'heihe-russian-tcm-bio-food-import-processing-base', cl: 'forest-cold-land-belt', clause: '四（三）', quote: '鼓励黑河市发展生物医药产业，打造对俄进口中药材原料和生物食品进口加工基地。'},
  {label: 'Park', id: 'daxinganling-cold-region-bio-industry-base', cl: 'forest-cold-land-belt', clause: '四（三）', quote: '支持大兴安岭地区发展寒地中药材和生物食品，建成寒地生物产业基地。'}
] AS row
MATCH (n {id: row.id}) WHERE row.label IN labels(n)
MATCH (cl:Cluster {id: row.cl})
MERGE (n)-[m:MEMBER_OF {doc: 'hlj-bioeconomy-plan-14th'}]->(cl)
SET m.clause = row.clause, m.quote = row.quote;

// ---- 9. LOCATED_IN ----
// Not repeated here, because 110_plan_industries.cypher states them (merged without a doc key):
// 深哈产业园 and 哈兽研国际生物谷 (哈尔滨, 六（三） and 五（三）), 哈兽研 and 哈尔滨医科大学 (哈尔滨).
UNWIND [
  {label: 'Park', id: 'harbin-biomedicine-specialized-park', code: '230100', clause: '四（一）',
   quote: '建设生物医药、兽用疫苗及药物、生物育种、智慧大健康等专业园区和生物技术产业孵化器', basis: 'listed under the Harbin pole (四（一）)'},
  {label: 'Park', id: 'harbin-veterinary-vaccine-drug-specialized-park', code: '230100', clause: '四（一）',
   quote: '建设生物医药、兽用疫苗及药物、生物育种、智慧大健康等专业园区和生物技术产业孵化器', basis: 'listed under the Harbin pole (四（一）)'},
  {label: 'Park', id: 'harbin-bio-breeding-specialized-park', code: '230100', clause: '四（一）',
   quote: '建设生物医药、兽用疫苗及药物、生物育种、智慧大健康等专业园区和生物技术产业孵化器', basis: 'listed under the Harbin pole (四（一）)'},
  {label: 'Park', id: 'harbin-smart-health-specialized-park', code: '230100', clause: '四（一）',
   quote: '建设生物医药、兽用疫苗及药物、生物育种、智慧大健康等专业园区和生物技术产业孵化器', basis: 'listed under the Harbin pole (四（一）)'},
  {label: 'Park', id: 'harbin-biotech-incubator', code: '230100', clause: '四（一）',
   quote: '建设生物医药、兽用疫苗及药物、生物育种、智慧大健康等专业园区和生物技术产业孵化器', basis: 'listed under the Harbin pole (四（一）)'},
  {label: 'Park', id: 'harbin-biomedicine-industrial-park', code: '230100', clause: '四（一）',
   quote: '打造千亿级哈尔滨生物医药产业园区', basis: 'read from the name 哈尔滨生物医药产业园区'},
  {label: 'Park', id: 'fuyu-biomedicine-industrial-park', code: '230227', clause: '四（二）',
   quote: '富裕生物医药产业园', basis: 'read from the name: 富裕 is 富裕县 (齐齐哈尔)'},
  {label: 'Park', id: 'qiqihar-api-amino-acid-production-base', code: '230200', clause: '四（二）',
   quote: '推动齐齐哈尔市生物医药、生物制造产业加快发展，打造原料药和氨基酸集中生产基地。', basis: null},
  {label: 'Park', id: 'daqing-bio-based-materials-innovation-base', code: '230600', clause: '四（二）',
   quote: '支持大庆市延伸发展生物基材料产业链，打造生物基材料产业创新发展基地', basis: null},
  {label: 'Park', id: 'suihua-straw-biomass-innovation-pilot-zone', code: '231200', clause: '四（二）',
   quote: '推动绥化市生物医药、生物制造和生物发酵三大主导产业延长链条、壮大规模，实现高质量发展，建设秸秆生物质产业协同创新试验区和生物发酵产业基地。', basis: null},
  {label: 'Park', id: 'suihua-bio-fermentation-industry-base', code: '231200', clause: '四（二）',
   quote: '推动绥化市生物医药、生物制造和生物发酵三大主导产业延长链条、壮大规模，实现高质量发展，建设秸秆生物质产业协同创新试验区和生物发酵产业基地。', basis: null},
  {label: 'Park', id: 'jiamusi-bio-breeding-demonstration-zone', code: '230800', clause: '四（二）',
   quote: '促进佳木斯市生物农业产业加快发展，打造生物育种智能化数字化发展样板区，建设生物制造新型产业基地。', basis: null},
  {label: 'Park', id: 'jiamusi-biomanufacturing-industry-base', code: '230800', clause: '四（二）',
   quote: '促进佳木斯市生物农业产业加快发展，打造生物育种智能化数字化发展样板区，建设生物制造新型产业基地。', basis: null},
  {label: 'Park', id: 'jixi-provincial-biomedicine-manufacturing-base', code: '230300', clause: '四（二）',
   quote: '支持鸡西市生物医药产业加快发展，打造百亿级生物医药产业集群，建设省级生物医药制造基地。', basis: null},
  {label: 'Park', id: 'shuangyashan-bioenergy-base', code: '230500', clause: '四（二）',
   quote: '推动双鸭山市生物能源加快发展，打造全省最大的生物能源基地。', basis: null},
  {label: 'Park', id: 'qitaihe-api-base', code: '230900', clause: '四（二）',
   quote: '促进七台河市生物医药产业加快发展，建成原料药基地和中医药生产基地。', basis: null},
  {label: 'Park', id: 'qitaihe-tcm-production-base', code: '230900', clause: '四（二）',
   quote: '促进七台河市生物医药产业加快发展，建成原料药基地和中医药生产基地。', basis: null},
  {label: 'Park', id: 'hegang-northern-medicine-planting-base', code: '230400', clause: '四（二）',
   quote: '推进鹤岗市发展北药种植基地，打造北药集散地。', basis: null},
  {label: 'Park', id: 'hegang-northern-medicine-distribution-hub', code: '230400', clause: '四（二）',
   quote: '推进鹤岗市发展北药种植基地，打造北药集散地。', basis: null},
  {label: 'Park', id: 'yichun-forest-capital-northern-medicine-cold-food-park', code: '230700', clause: '四（三）',
   quote: '推动伊春市发展生物医药、生物食品产业，打造中国伊春林都北药、寒地食品产业园。', basis: null},
  {label: 'Park', id: 'heihe-russian-tcm-bio-food-import-processing-base', code: '231100', clause: '四（三）',
   quote: '鼓励黑河市发展生物医药产业，打造对俄进口中药材原料和生物食品进口加工基地。', basis: null},
  {label: 'Park', id: 'daxinganling-cold-region-bio-industry-base', code: '232700', clause: '四（三）',
   quote: '支持大兴安岭地区发展寒地中药材和生物食品，建成寒地生物产业基地。', basis: null}
] AS row
MATCH (n {id: row.id}) WHERE row.label IN labels(n)
MATCH (r:Region {code: row.code})
MERGE (n)-[l:LOCATED_IN {doc: 'hlj-bioeconomy-plan-14th'}]->(r)
SET l.clause = row.clause, l.quote = row.quote, l.basis = row.basis;

// ---- 10. HOSTED_BY ----
MATCH (p:Platform {id: 'hvri-large-animal-p4-biosafety-lab'})
MATCH (i:Institution {id: 'harbin-veterinary-research-institute'})
MERGE (p)-[h:HOSTED_BY {doc: 'hlj-bioeconomy-plan-14th'}]->(i)
SET h.clause = '一（一）', h.quote = '哈兽研拥有全国唯一的大动物生物安全P4级实验室';

// ---- 11. FOCUSES_ON: what a city, park or enterprise is to develop ----
// basis where the domain is read from the plan's own grouping in section 五 (五（二）: 生物基材料, 发酵,
// 聚乳酸 under 生物制造. 五（三）: 生物育种, 兽用生物制品 under 生物农业).
UNWIND [
  {label: 'Region', id: '230100', domain: 'biomedicine', clause: '四（一）', basis: null,
   quote: '全力打造国家生物医药产业集群建设示范区'},
  {label: 'Region', id: '230200', domain: 'biomedicine', clause: '四（二）', basis: null,
   quote: '推动齐齐哈尔市生物医药、生物制造产业加快发展'},
  {label: 'Region', id: '230200', domain: 'biomanufacturing', clause: '四（二）', basis: null,
   quote: '推动齐齐哈尔市生物医药、生物制造产业加快发展'},
  {label: 'Region', id: '230600', domain: 'biomanufacturing', clause: '四（二）',
   basis: 'bio-based materials are part of the plan biomanufacturing cluster (五（二）培育壮大生物基材料产业集群)',
   quote: '支持大庆市延伸发展生物基材料产业链，打造生物基材料产业创新发展基地'},
  {label: 'Region', id: '231200', domain: 'biomedicine', clause: '四（二）', basis: null,
   quote: '推动绥化市生物医药、生物制造和生物发酵三大主导产业延长链条、壮大规模'},
  {label: 'Region', id: '231200', domain: 'biomanufacturing', clause: '四（二）', basis: null,
   quote: '推动绥化市生物医药、生物制造和生物发酵三大主导产业延长链条、壮大规模'},
  {label: 'Region', id: '231000', domain: 'biomedicine', clause: '四（二）', basis: null,
   quote: '推动牡丹江市生物医药、生物食品产业加快发展'},
  {label: 'Region', id: '230800', domain: 'bioagriculture', clause: '四（二）', basis: null,
   quote: '促进佳木斯市生物农业产业加快发展'},
  {label: 'Region', id: '230800', domain: 'biomanufacturing', clause: '四（二）', basis: null,
   quote: '促进佳木斯市生物农业产业加快发展，打造生物育种智能化数字化发展样板区，建设生物制造新型产业基地。'},
  {label: 'Region', id: '230300', domain: 'biomedicine', clause: '四（二）', basis: null,
   quote: '支持鸡西市生物医药产业加快发展'},
  {label: 'Region', id: '230500', domain: 'bioenergy', clause: '四（二）', basis: null,
   quote: '推动双鸭山市生物能源加快发展'},
  {label: 'Region', id: '230900', domain: 'biomedicine', clause: '四（二）', basis: null,
   quote: '促进七台河市生物医药产业加快发展'},
  {label: 'Region', id: '230700', domain: 'biomedicine', clause: '四（三）', basis: null,
   quote: '推动伊春市发展生物医药、生物食品产业'},
  {label: 'Region', id: '231100', domain: 'biomedicine', clause: '四（三）', basis: null,
   quote: '鼓励黑河市发展生物医药产业'}
] AS row
MATCH (n:Region {code: row.id})
MATCH (d:Domain {id: row.domain})
MERGE (n)-[f:FOCUSES_ON {doc: 'hlj-bioeconomy-plan-14th'}]->(d)
SET f.clause = row.clause, f.quote = row.quote, f.basis = row.basis;

UNWIND [
  {label: 'Park', id: 'harbin-biomedicine-specialized-park', domain: 'biomedicine', clause: '四（一）', basis: null,
   quote: '建设生物医药、兽用疫苗及药物、生物育种、智慧大健康等专业园区和生物技术产业孵化器'},
  {label: 'Park', id: 'harbin-veterinary-vaccine-drug-specialized-park', domain: 'bioagriculture', clause: '四（一）',
   basis: 'veterinary biologics are part of the plan bio-agriculture cluster (五（三）做大兽用生物制品产业链)',
   quote: '建设生物医药、兽用疫苗及药物、生物育种、智慧大健康等专业园区和生物技术产业孵化器'},
  {label: 'Park', id: 'harbin-bio-breeding-specialized-park', domain: 'bioagriculture', clause: '四（一）',
   basis: 'bio-breeding is part of the plan bio-agriculture cluster (五（三）做优现代生物育种产业链)',
   quote: '建设生物医药、兽用疫苗及药物、生物育种、智慧大健康等专业园区和生物技术产业孵化器'},
  {label: 'Park', id: 'harbin-biomedicine-industrial-park', domain: 'biomedicine', clause: '四（一）', basis: null,
   quote: '打造千亿级哈尔滨生物医药产业园区'},
  {label: 'Park', id: 'fuyu-biomedicine-industrial-park', domain: 'biomedicine', clause: '四（二）', basis: null,
   quote: '富裕生物医药产业园'},
  {label: 'Park', id: 'jingliang-bio-based-polymer-materials-industrial-park', domain: 'biomanufacturing', clause: '四（二）',
   basis: 'bio-based materials are part of the plan biomanufacturing cluster (五（二）培育壮大生物基材料产业集群)',
   quote: '京粮生物基高分子材料产业园区'},
  {label: 'Park', id: 'daqing-bio-based-materials-innovation-base', domain: 'biomanufacturing', clause: '四（二）',
   basis: 'bio-based materials are part of the plan biomanufacturing cluster (五（二）培育壮大生物基材料产业集群)',
   quote: '打造生物基材料产业创新发展基地'},
  {label: 'Park', id: 'suihua-bio-fermentation-industry-base', domain: 'biomanufacturing', clause: '四（二）',
   basis: 'bio-fermentation is part of the plan biomanufacturing cluster (五（二）建设国家生物发酵产业集群)',
   quote: '建设秸秆生物质产业协同创新试验区和生物发酵产业基地'},
  {label: 'Park', id: 'jiamusi-bio-breeding-demonstration-zone', domain: 'bioagriculture', clause: '四（二）',
   basis: 'bio-breeding is part of the plan bio-agriculture cluster (五（三）做优现代生物育种产业链)',
   quote: '促进佳木斯市生物农业产业加快发展，打造生物育种智能化数字化发展样板区'},
  {label: 'Park', id: 'jiamusi-biomanufacturing-industry-base', domain: 'biomanufacturing', clause: '四（二）', basis: null,
   quote: '建设生物制造新型产业基地'},
  {label: 'Park', id: 'beidahuang-bio-based-materials-synbio-base', domain: 'biomanufacturing', clause: '四（二）',
   basis: 'bio-based materials and polylactic acid are part of the plan biomanufacturing cluster (五（二）培育壮大生物基材料产业集群)',
   quote: '打造千亿级生物基可降解材料合成生物产业基地'},
  {label: 'Park', id: 'jixi-provincial-biomedicine-manufacturing-base', domain: 'biomedicine', clause: '四（二）', basis: null,
   quote: '建设省级生物医药制造基地'},
  {label: 'Park', id: 'shuangyashan-bioenergy-base', domain: 'bioenergy', clause: '四（二）', basis: null,
   quote: '打造全省最大的生物能源基地'}
] AS row
MATCH (n {id: row.id}) WHERE row.label IN labels(n)
MATCH (d:Domain {id: row.domain})
MERGE (n)-[f:FOCUSES_ON {doc: 'hlj-bioeconomy-plan-14th'}]->(d)
SET f.clause = row.clause, f.quote = row.quote, f.basis = row.basis;
