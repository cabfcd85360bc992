// 002 (黑龙江省“十四五”生物经济发展规划), sections 五 to 七 and columns 专栏1 to 专栏6:
// directions of the six columns, the industry chains the text spells out stage by stage,
// and the enterprises, parks/bases/zones, institutions and platforms named there.
// Regions come from 020_regions.cypher, domains from 030_domains.cypher (MATCHed here, never created).
// No recognition is stated as a dated fact in these sections: no Award nodes.
// Not modelled: the six industry clusters of the headings of 五（一）-（三） (千亿级国家生物医药产业集群 ...),
// generic carriers without a name (省级重点实验室、工程实验室, 孵化器, 众创空间, 人才培养基地, 以生物质成型燃料供热为主的工业园区),
// and mechanisms (黑龙江省生物经济联席会议机制).

// ---------------------------------------------------------------------------------------------
// 1. Directions: one per row of the 领域方向 / 重点领域 column of 专栏1-6, IN_DOMAIN its column's domain.
UNWIND [
  {id: 'biopharmaceutical-industry', name: '生物医药产业', nameEn: 'Biopharmaceutical industry', domain: 'biomedicine', clause: '专栏1',
   quote: '生物医药产业 开发超大规模（≥1 万升/罐）细胞培养技术'},
  {id: 'api-and-pharmaceutical-intermediates', name: '原料药及医药中间体产业', nameEn: 'Active pharmaceutical ingredients and pharmaceutical intermediates', domain: 'biomedicine', clause: '专栏1',
   quote: '原料药及医药中间体产业 开发具有新靶点的新型原料药、医药中间体产业'},
  {id: 'cold-region-tcm-industry', name: '寒地龙药产业', nameEn: 'Cold-region Heilongjiang traditional Chinese medicine (寒地龙药) industry', domain: 'biomedicine', clause: '专栏1',
   quote: '寒地龙药产业 推动五味子、刺五加、黄芩、板蓝根、飞蓟、人参、沙棘、紫苏等我省特色中药饮片集约化、高端化生产'},
  {id: 'food-for-special-medical-purposes', name: '特医食品产业', nameEn: 'Food for special medical purposes industry', domain: 'biomedicine', clause: '专栏1',
   quote: '特医食品产业 开发药食两用中药材品种，研发以人参、鹿茸等为原料的养生保健产品'},
  {id: 'fermentation-industry', name: '发酵产业', nameEn: 'Fermentation industry (strains, enzyme preparations, fermentation products)', domain: 'biomanufacturing', clause: '专栏2',
   quote: '发酵产业 菌种方向：选育并改造获得氨基酸、酶制剂、益生菌、后生元、食用菌等微生物核心高产菌株'},
  {id: 'bio-based-materials-industry', name: '生物基材料产业', nameEn: 'Bio-based materials industry', domain: 'biomanufacturing', clause: '专栏2',
   quote: '生物基材料产业 促进生物法制备苯二甲酸乙二醇酯、聚羟基脂肪酸酯、聚酰胺、聚乙烯、聚丙烯、聚氨酯、聚乳酸等高分子生物基材料'},
  {id: 'synthetic-biology-industry', name: '合成生物产业', nameEn: 'Synthetic biology industry', domain: 'biomanufacturing', clause: '专栏2',
   quote: '合成生物产业 以生物制造方法合成人工蛋白，开发微生物基和植物基食品'},
  {id: 'bio-breeding', name: '生物育种', nameEn: 'Biological breeding', domain: 'bioagriculture', clause: '专栏3',
   quote: '生物育种 加强寒地特色野生农作物资源保存和利用'},
  {id: 'veterinary-biologics', name: '兽用生物制品', nameEn: 'Veterinary biological products', domain: 'bioagriculture', clause: '专栏3',
   quote: '兽用生物制品 实现猪腹泻相关病毒粘膜感染病原保护性抗原的二联、三联重组乳酸菌口服疫苗产业化'},
  {id: 'black-soil-protection', name: '黑土地保护', nameEn: 'Black soil protection', domain: 'bioagriculture', clause: '专栏3',
   quote: '黑土地保护 开展完善寒地黑土生态、黑土演替、生物多样性、土壤退化修复等理论体系建设'},
  {id: 'gaseous-biofuels', name: '气体燃料', nameEn: 'Gaseous biofuels', domain: 'bioenergy', clause: '专栏4',
   quote: '气体燃料 开发寒区生物质燃气新技术应用'},
  {id: 'liquid-biofuels', name: '液体燃料', nameEn: 'Liquid biofuels', domain: 'bioenergy', clause: '专栏4',
   quote: '液体燃料 推进以秸秆等非粮生物质为原料的生物制醇示范工程'},
  {id: 'solid-biofuels', name: '固体燃料', nameEn: 'Solid biofuels', domain: 'bioenergy', clause: '专栏4',
   quote: '固体燃料 推进长寿命且低能耗生物质燃料成型、生物质供热锅炉等设备的研制'},
  {id: 'biological-water-pollution-treatment', name: '水污染生物治理', nameEn: 'Biological treatment of water pollution', domain: 'bioenvironmental', clause: '专栏5',
   quote: '水污染生物治理 重点发展污水生物法净水技术产业化'},
  {id: 'contaminated-soil-bioremediation', name: '污染土壤生物修复', nameEn: 'Bioremediation of contaminated soil', domain: 'bioenvironmental', clause: '专栏5',
   quote: '污染土壤生物修复 重点发展土壤中重金属、典型有机污染和放射性污染微生物修复'},
  {id: 'voc-biotransformation', name: '挥发性有机污染物生物转化', nameEn: 'Biotransformation of volatile organic pollutants', domain: 'bioenvironmental', clause: '专栏5',
   quote: '挥发性有机污染物生物转化 建设固体废物生物转化创新平台'},
  {id: 'biomedical-materials', name: '生物医用材料', nameEn: 'Biomedical materials', domain: 'biomedical-engineering', clause: '专栏6',
   quote: '生物 医用材料 推动植介入金属及生物材料自主研发和产业化'},
  {id: 'bio-diagnostic-and-therapeutic-equipment', name: '生物诊疗设备', nameEn: 'Biological diagnostic and therapeutic equipment', domain: 'biomedical-engineering', clause: '专栏6',
   quote: '生物 诊疗设备 重点发展医用磁共振成像系统和高温超导射频线圈自主生产'},
  {id: 'diagnostic-reagents-and-equipment', name: '诊断试剂及设备', nameEn: 'Diagnostic reagents and equipment', domain: 'biomedical-engineering', clause: '专栏6',
   quote: '诊断试剂 及设备 推进胶体金、免疫荧光、化学发光、基因芯片等为主的诊断试剂及自动化设备产业化'}
] AS row
MERGE (n:Direction {id: row.id})
SET n.name = row.name, n.nameEn = row.nameEn
WITH n, row
MATCH (doc:Document {id: 'hlj-bioeconomy-plan-14th'})
MATCH (dm:Domain {id: row.domain})
MERGE (n)-[c:CITED_IN {clause: row.clause}]->(doc)
SET c.quote = row.quote
MERGE (n)-[r:IN_DOMAIN {doc: 'hlj-bioeconomy-plan-14th'}]->(dm)
SET r.clause = row.clause, r.quote = row.quote;

// ---------------------------------------------------------------------------------------------
// 2. Chains: only those whose stages the text names. Each IN_DOMAIN its domain.
UNWIND [
  {id: 'cold-region-grain-pla-chain', name: '寒地粮食基淀粉糖生物发酵聚乳酸全产业链',
   nameEn: 'Cold-region grain-based starch sugar, fermentation and polylactic acid (PLA) full industry chain',
   description: 'Beidahuang Group chain from cold-region grain via starch sugar and fermentation to PLA and bio-based degradable materials (四（二）). The same group is given the zero-carbon waste-to-PLA chain in 五（二）.',
   domain: 'biomanufacturing', clause: '四（二）',
   quote: '支持北大荒农垦集团建设寒地粮食基淀粉糖生物发酵聚乳酸全产业链，打造千亿级生物基可降解材料合成生物产业基地。'},
  {id: 'beidahuang-zero-carbon-pla-chain', name: '“废弃物综合利用—聚乳酸生物基新材料—可降解材料应用”零碳全产业链',
   nameEn: 'Zero-carbon full chain: waste utilisation, PLA bio-based new materials, degradable material applications',
   description: 'The first zero-carbon full PLA chain in China the plan asks Beidahuang Group to build (五（二）).',
   domain: 'biomanufacturing', clause: '五（二）',
   quote: '支持北大荒农垦集团构建全国首个“废弃物综合利用—聚乳酸生物基新材料—可降解材料应用”的零碳全产业链'},
  {id: 'api-formulation-chain', name: '原料药制剂一体化产业链（医药中间体—原料药—制剂）',
   nameEn: 'Integrated chain of pharmaceutical intermediates, active pharmaceutical ingredients and formulations',
   description: 'Grain-based raw materials, intermediates, APIs and finished formulations, to be integrated (五（一） 鼓励原料药制剂一体化发展). Order of intermediates before API follows the production sequence, not the order of the sentence.',
   domain: 'biomedicine', clause: '五（一）',
   quote: '鼓励原料药制剂一体化发展。'},
  {id: 'cold-region-tcm-chain', name: '寒地龙药（中药材）产业链',
   nameEn: 'Cold-region traditional Chinese medicine chain: seed selection, cultivation, processing, decoction pieces and extracts, modern TCM',
   description: 'From improved varieties and authentic-herb cultivation through raw-material processing, decoction pieces and extracts to modern TCM products (五（一） 打造寒地龙药生产制造基地, 专栏1).',
   domain: 'biomedicine', clause: '五（一）',
   quote: '引导繁育基地和种植企业向中药材原料制备加工产业延伸'},
  {id: 'hemp-extract-chain', name: '汉麻提取物产业链',
   nameEn: 'Industrial hemp extract chain',
   description: 'Medicinal hemp, hemp extracts and hemp-extract end products in the Harbin, Heihe and Suifenhe free trade zones (五（一）).',
   domain: 'biomedicine', clause: '五（一）',
   quote: '发展汉麻提取物终端产品和实业投资，延伸产业链条'},
  {id: 'corn-fermentation-amino-acid-chain', name: '玉米发酵氨基酸产业链',
   nameEn: 'Corn fermentation amino acid chain',
   description: 'Core strains and corn feedstock, bulk amino acids and nucleosides by corn fermentation, high-end and small-variety fermentation products (五（二）, 专栏2 拓展氨基酸产业链条).',
   domain: 'biomanufacturing', clause: '专栏2',
   quote: '丰富小品种氨基酸产品线，拓展氨基酸产业链条'},
  {id: 'modern-bio-breeding-chain', name: '现代生物育种产业链',
   nameEn: 'Modern biological breeding chain (breeding, multiplication, promotion)',
   description: 'Germplasm conservation, breeding of new varieties, seed multiplication and promotion, the 育繁推 integration of 五（三）.',
   domain: 'bioagriculture', clause: '五（三）',
   quote: '做优现代生物育种产业链。'},
  {id: 'biogas-chain', name: '生物燃气全产业链',
   nameEn: 'Biogas full industry chain',
   description: 'Organic feedstock, pretreatment, high-solids anaerobic digestion, biogas use and high-value digestate use (五（四）, 专栏4 气体燃料).',
   domain: 'bioenergy', clause: '五（四）',
   quote: '加快布局建设生物天然气项目，打造生物燃气全产业链'},
  {id: 'straw-cellulosic-ethanol-chain', name: '秸秆制醇多产品联产产业链',
   nameEn: 'Straw-to-alcohol (cellulosic ethanol) multi-product co-production chain',
   description: 'Straw feedstock, green pretreatment, on-line compound-enzyme production, whole-sugar co-conversion, cellulosic fuel ethanol and lignin use (专栏4 液体燃料, 五（四）).',
   domain: 'bioenergy', clause: '专栏4',
   quote: '完善以秸秆制醇为核心的多产品联产成套工艺体系'},
  {id: 'straw-gasification-cogeneration-chain', name: '秸秆气化热/电—炭/肥联产',
   nameEn: 'Straw gasification with heat/power and char/fertiliser co-production',
   description: 'Straw, gasification, heat or power and char or fertiliser as co-products (五（四）).',
   domain: 'bioenergy', clause: '五（四）',
   quote: '推动基于秸秆气化的热/电—炭/肥联产技术应用，形成能源循环利用模式。'},
  {id: 'biomass-briquette-heating-chain', name: '秸秆成型燃料供热产业链',
   nameEn: 'Straw briquette fuel and heating chain',
   description: 'Straw and other biomass fuel, crushing and briquetting, briquette fuel, briquette-fired heating (五（四）, 专栏4 固体燃料).',
   domain: 'bioenergy', clause: '五（四）',
   quote: '打造生物质粉碎、成型压块设备核心部件制造加工平台，开发燃烧效率高、低氮氧化物排放的秸秆成型燃料。'}
] AS row
MERGE (ch:Chain {id: row.id})
SET ch.name = row.name, ch.nameEn = row.nameEn, ch.description = row.description
WITH ch, row
MATCH (doc:Document {id: 'hlj-bioeconomy-plan-14th'})
MATCH (dm:Domain {id: row.domain})
MERGE (ch)-[c:CITED_IN {clause: row.clause}]->(doc)
SET c.quote = row.quote
MERGE (ch)-[r:IN_DOMAIN {doc: 'hlj-bioeconomy-plan-14th'}]->(dm)
SET r.clause = row.clause, r.quote = row.quote;

// 3. Chain links, upstream first. Each cites the text that names it.
UNWIND [
  {chain: 'cold-region-grain-pla-chain', slug: 'cold-region-grain', name: '寒地粮食', nameEn: 'Cold-region grain feedstock', stage: 'UPSTREAM', position: 1,
   clause: '四（二）', quote: '建设寒地粮食基淀粉糖生物发酵聚乳酸全产业链'},
  {chain: 'cold-region-grain-pla-chain', slug: 'starch-sugar', name: '淀粉糖', nameEn: 'Starch sugar', stage: 'MIDSTREAM', position: 2,
   clause: '四（二）', quote: '建设寒地粮食基淀粉糖生物发酵聚乳酸全产业链'},
  {chain: 'cold-region-grain-pla-chain', slug: 'fermentation', name: '生物发酵', nameEn: 'Biological fermentation', stage: 'MIDSTREAM', position: 3,
   clause: '四（二）', quote: '建设寒地粮食基淀粉糖生物发酵聚乳酸全产业链'},
  {chain: 'cold-region-grain-pla-chain', slug: 'polylactic-acid', name: '聚乳酸', nameEn: 'Polylactic acid (PLA)', stage: 'MIDSTREAM', position: 4,
   clause: '四（二）', quote: '建设寒地粮食基淀粉糖生物发酵聚乳酸全产业链'},
  {chain: 'cold-region-grain-pla-chain', slug: 'degradable-materials', name: '生物基可降解材料', nameEn: 'Bio-based degradable materials', stage: 'DOWNSTREAM', position: 5,
   clause: '四（二）', quote: '打造千亿级生物基可降解材料合成生物产业基地'},

  {chain: 'beidahuang-zero-carbon-pla-chain', slug: 'waste-utilisation', name: '废弃物综合利用', nameEn: 'Comprehensive waste utilisation', stage: 'UPSTREAM', position: 1,
   clause: '五（二）', quote: '“废弃物综合利用—聚乳酸生物基新材料—可降解材料应用”的零碳全产业链'},
  {chain: 'beidahuang-zero-carbon-pla-chain', slug: 'pla-bio-based-materials', name: '聚乳酸生物基新材料', nameEn: 'PLA bio-based new materials', stage: 'MIDSTREAM', position: 2,
   clause: '五（二）', quote: '“废弃物综合利用—聚乳酸生物基新材料—可降解材料应用”的零碳全产业链'},
  {chain: 'beidahuang-zero-carbon-pla-chain', slug: 'degradable-material-applications', name: '可降解材料应用', nameEn: 'Degradable material applications (daily use, agricultural film, packaging, textiles)', stage: 'DOWNSTREAM', position: 3,
   clause: '五（二）', quote: '打造日用、农膜、包装、纺织等可降解材料产业链'},

  {chain: 'api-formulation-chain', slug: 'grain-based-raw-materials', name: '粮食基等原料资源', nameEn: 'Grain-based and other raw materials', stage: 'UPSTREAM', position: 1,
   clause: '五（一）', quote: '发挥我省环境承载强、粮食基等原料资源足优势'},
  {chain: 'api-formulation-chain', slug: 'pharmaceutical-intermediates', name: '医药中间体', nameEn: 'Pharmaceutical intermediates', stage: 'MIDSTREAM', position: 2,
   clause: '五（一）', quote: '推动原料药生产、医药中间体和制剂企业加强业务协同'},
  {chain: 'api-formulation-chain', slug: 'api', name: '原料药', nameEn: 'Active pharmaceutical ingredients (APIs)', stage: 'MIDSTREAM', position: 3,
   clause: '五（一）', quote: '推动原料药生产、医药中间体和制剂企业加强业务协同'},
  {chain: 'api-formulation-chain', slug: 'formulations', name: '制剂', nameEn: 'Finished formulations', stage: 'DOWNSTREAM', position: 4,
   clause: '五（一）', quote: '引导原料药企业依托优势品种发展制剂'},

  {chain: 'cold-region-tcm-chain', slug: 'variety-selection', name: '中药材良种选育', nameEn: 'Selection of improved medicinal-herb varieties', stage: 'UPSTREAM', position: 1,
   clause: '五（一）', quote: '选育优良中药材品种'},
  {chain: 'cold-region-tcm-chain', slug: 'authentic-herb-cultivation', name: '道地药材种植', nameEn: 'Cultivation of authentic medicinal herbs', stage: 'UPSTREAM', position: 2,
   clause: '五（一）', quote: '推进板蓝根、赤芍、五味子、人参、黄芪、刺五加等道地药材规范化、规模化和生态化种植'},
  {chain: 'cold-region-tcm-chain', slug: 'raw-material-processing', name: '中药材原料制备加工', nameEn: 'Preparation and processing of herbal raw materials', stage: 'MIDSTREAM', position: 3,
   clause: '五（一）', quote: '引导繁育基地和种植企业向中药材原料制备加工产业延伸'},
  {chain: 'cold-region-tcm-chain', slug: 'decoction-pieces', name: '中药饮片', nameEn: 'TCM decoction pieces', stage: 'MIDSTREAM', position: 4,
   clause: '专栏1', quote: '我省特色中药饮片集约化、高端化生产'},
  {chain: 'cold-region-tcm-chain', slug: 'extracts-and-granules', name: '中药提取物及配方颗粒', nameEn: 'TCM extracts and dispensing granules', stage: 'MIDSTREAM', position: 5,
   clause: '五（一）', quote: '加大中药配方颗粒、中药提取物产品开发力度，开展中药有效成分定向提取分离，培育壮大中药提取物下游产业。'},
  {chain: 'cold-region-tcm-chain', slug: 'modern-tcm-products', name: '现代中药', nameEn: 'Modern TCM products', stage: 'DOWNSTREAM', position: 6,
   clause: '五（一）', quote: '创新发展心脑血管疾病、肿瘤、代谢系统疾病、神经系统疾病和病毒感染等领域现代中药。'},

  {chain: 'hemp-extract-chain', slug: 'medicinal-hemp', name: '汉麻药用', nameEn: 'Medicinal use of industrial hemp', stage: 'UPSTREAM', position: 1,
   clause: '五（一）', quote: '加强汉麻药用技术创新'},
  {chain: 'hemp-extract-chain', slug: 'hemp-extracts', name: '汉麻提取物', nameEn: 'Hemp extracts', stage: 'MIDSTREAM', position: 2,
   clause: '五（一）', quote: '发展汉麻提取物终端产品和实业投资'},
  {chain: 'hemp-extract-chain', slug: 'end-products', name: '汉麻提取物终端产品', nameEn: 'Hemp-extract end products', stage: 'DOWNSTREAM', position: 3,
   clause: '五（一）', quote: '发展汉麻提取物终端产品和实业投资'},

  {chain: 'corn-fermentation-amino-acid-chain', slug: 'core-strains', name: '氨基酸核心高产菌株', nameEn: 'Core high-yield amino acid strains', stage: 'UPSTREAM', position: 1,
   clause: '专栏2', quote: '菌种方向：选育并改造获得氨基酸、酶制剂、益生菌、后生元、食用菌等微生物核心高产菌株'},
  {chain: 'corn-fermentation-amino-acid-chain', slug: 'corn', name: '玉米', nameEn: 'Corn feedstock', stage: 'UPSTREAM', position: 2,
   clause: '五（二）', quote: '赖氨酸、谷氨酸、苏氨酸、衣康酸等玉米发酵产业先进产能'},
  {chain: 'corn-fermentation-amino-acid-chain', slug: 'bulk-fermentation', name: '玉米发酵（肌苷、鸟苷、腺苷、赖氨酸、谷氨酸、苏氨酸、衣康酸）', nameEn: 'Corn fermentation of nucleosides, bulk amino acids and itaconic acid', stage: 'MIDSTREAM', position: 3,
   clause: '五（二）', quote: '加快提升肌苷、鸟苷、腺苷、赖氨酸、谷氨酸、苏氨酸、衣康酸等玉米发酵产业先进产能'},
  {chain: 'corn-fermentation-amino-acid-chain', slug: 'high-end-fermentation-products', name: '高端发酵产品（小品种氨基酸等）', nameEn: 'High-end fermentation products (small-variety amino acids, taurine, lactic acid, folic acid)', stage: 'DOWNSTREAM', position: 4,
   clause: '五（二）', quote: '开发异亮氨酸、缬氨酸、半胱氨酸、牛磺酸、乳酸及叶酸等高端发酵产品，促进氨基酸产业扩量升级。'},

  {chain: 'modern-bio-breeding-chain', slug: 'germplasm', name: '种质资源保护开发', nameEn: 'Germplasm conservation and development', stage: 'UPSTREAM', position: 1,
   clause: '五（三）', quote: '加强农业种质资源保护开发。'},
  {chain: 'modern-bio-breeding-chain', slug: 'breeding', name: '新品种培育（育）', nameEn: 'Breeding of new varieties', stage: 'UPSTREAM', position: 2,
   clause: '五（三）', quote: '重点培育抗病、抗虫、耐逆性强、功能健康的绿色优质高产农作物和禽畜水产新品种'},
  {chain: 'modern-bio-breeding-chain', slug: 'seed-multiplication', name: '良种繁育与制种（繁）', nameEn: 'Seed multiplication and seed production', stage: 'MIDSTREAM', position: 3,
   clause: '五（三）', quote: '建设生物育种平台和生物制种基地'},
  {chain: 'modern-bio-breeding-chain', slug: 'promotion', name: '良种推广应用（推）', nameEn: 'Promotion and application of improved varieties', stage: 'DOWNSTREAM', position: 4,
   clause: '五（三）', quote: '推进良种繁育和推广应用。'},

  {chain: 'biogas-chain', slug: 'organic-feedstock', name: '秸秆、畜禽粪便、生活垃圾等有机质原料', nameEn: 'Organic feedstock: straw, livestock manure, household waste', stage: 'UPSTREAM', position: 1,
   clause: '专栏4', quote: '推进以秸秆、畜禽粪便、生活垃圾等有机质的规模化生物燃气工程发展'},
  {chain: 'biogas-chain', slug: 'feedstock-pretreatment', name: '原料预处理', nameEn: 'Feedstock pretreatment', stage: 'UPSTREAM', position: 2,
   clause: '专栏4', quote: '实现原料预处理、高固浓度厌氧发酵、大型发酵罐体启动及沼渣高值化利用'},
  {chain: 'biogas-chain', slug: 'anaerobic-digestion', name: '厌氧发酵产气', nameEn: 'Anaerobic digestion (high-solids, mixed feedstock)', stage: 'MIDSTREAM', position: 3,
   clause: '五（四）', quote: '开展多元原料混合厌氧发酵产气等关键技术和装备研发'},
  {chain: 'biogas-chain', slug: 'biogas-utilisation', name: '生物天然气与生物燃气利用', nameEn: 'Bio-natural gas and biogas use', stage: 'DOWNSTREAM', position: 4,
   clause: '五（四）', quote: '推进适应北方寒冷气候特点的生物燃气利用'},
  {chain: 'biogas-chain', slug: 'digestate-utilisation', name: '沼渣高值化利用', nameEn: 'High-value use of digestate', stage: 'DOWNSTREAM', position: 5,
   clause: '专栏4', quote: '实现原料预处理、高固浓度厌氧发酵、大型发酵罐体启动及沼渣高值化利用'},

  {chain: 'straw-cellulosic-ethanol-chain', slug: 'straw-feedstock', name: '秸秆等非粮生物质原料', nameEn: 'Straw and other non-grain biomass feedstock', stage: 'UPSTREAM', position: 1,
   clause: '专栏4', quote: '推进以秸秆等非粮生物质为原料的生物制醇示范工程'},
  {chain: 'straw-cellulosic-ethanol-chain', slug: 'green-pretreatment', name: '秸秆原料绿色预处理', nameEn: 'Green pretreatment of straw', stage: 'UPSTREAM', position: 2,
   clause: '专栏4', quote: '开展秸秆原料绿色预处理、复合酶在线生产、全糖共转化及木质素转化利用'},
  {chain: 'straw-cellulosic-ethanol-chain', slug: 'onsite-enzyme-production', name: '复合酶在线生产', nameEn: 'On-line production of compound enzymes', stage: 'MIDSTREAM', position: 3,
   clause: '专栏4', quote: '开展秸秆原料绿色预处理、复合酶在线生产、全糖共转化及木质素转化利用'},
  {chain: 'straw-cellulosic-ethanol-chain', slug: 'whole-sugar-co-conversion', name: '全糖共转化', nameEn: 'Whole-sugar co-conversion', stage: 'MIDSTREAM', position: 4,
   clause: '专栏4', quote: '开展秸秆原料绿色预处理、复合酶在线生产、全糖共转化及木质素转化利用'},
  {chain: 'straw-cellulosic-ethanol-chain', slug: 'cellulosic-fuel-ethanol', name: '纤维素燃料乙醇', nameEn: 'Cellulosic fuel ethanol', stage: 'DOWNSTREAM', position: 5,
   clause: '五（四）', quote: '加快海伦国投生物纤维素燃料乙醇示范项目建设'},
  {chain: 'straw-cellulosic-ethanol-chain', slug: 'lignin-utilisation', name: '木质素转化利用', nameEn: 'Lignin conversion and use', stage: 'DOWNSTREAM', position: 6,
   clause: '专栏4', quote: '开展秸秆原料绿色预处理、复合酶在线生产、全糖共转化及木质素转化利用'},

  {chain: 'straw-gasification-cogeneration-chain', slug: 'straw', name: '秸秆', nameEn: 'Straw', stage: 'UPSTREAM', position: 1,
   clause: '五（四）', quote: '推动基于秸秆气化的热/电—炭/肥联产技术应用'},
  {chain: 'straw-gasification-cogeneration-chain', slug: 'gasification', name: '秸秆气化', nameEn: 'Straw gasification', stage: 'MIDSTREAM', position: 2,
   clause: '五（四）', quote: '推动基于秸秆气化的热/电—炭/肥联产技术应用'},
  {chain: 'straw-gasification-cogeneration-chain', slug: 'heat-power', name: '热/电', nameEn: 'Heat or power', stage: 'DOWNSTREAM', position: 3,
   clause: '五（四）', quote: '推动基于秸秆气化的热/电—炭/肥联产技术应用'},
  {chain: 'straw-gasification-cogeneration-chain', slug: 'char-fertiliser', name: '炭/肥', nameEn: 'Char or fertiliser', stage: 'DOWNSTREAM', position: 4,
   clause: '五（四）', quote: '推动基于秸秆气化的热/电—炭/肥联产技术应用'},

  {chain: 'biomass-briquette-heating-chain', slug: 'biomass-feedstock', name: '秸秆等生物质燃料', nameEn: 'Straw and other biomass fuel', stage: 'UPSTREAM', position: 1,
   clause: '五（四）', quote: '在秸秆等各类生物质燃料总量充足地区'},
  {chain: 'biomass-briquette-heating-chain', slug: 'crushing-and-briquetting', name: '生物质粉碎、成型压块', nameEn: 'Biomass crushing and briquetting (equipment)', stage: 'MIDSTREAM', position: 2,
   clause: '五（四）', quote: '打造生物质粉碎、成型压块设备核心部件制造加工平台'},
  {chain: 'biomass-briquette-heating-chain', slug: 'briquette-fuel', name: '秸秆成型燃料', nameEn: 'Straw briquette fuel', stage: 'MIDSTREAM', position: 3,
   clause: '五（四）', quote: '开发燃烧效率高、低氮氧化物排放的秸秆成型燃料'},
  {chain: 'biomass-briquette-heating-chain', slug: 'briquette-heating', name: '生物质成型燃料供热', nameEn: 'Heating with biomass briquette fuel', stage: 'DOWNSTREAM', position: 4,
   clause: '五（四）', quote: '鼓励建设以生物质成型燃料供热为主的工业园区'}
] AS row
MATCH (ch:Chain {id: row.chain})
MERGE (l:ChainLink {id: row.chain + ':' + row.slug})
SET l.name = row.name, l.nameEn = row.nameEn, l.stage = row.stage, l.position = row.position
WITH ch, l, row
MATCH (doc:Document {id: 'hlj-bioeconomy-plan-14th'})
MERGE (l)-[c:CITED_IN {clause: row.clause}]->(doc)
SET c.quote = row.quote
MERGE (ch)-[h:HAS_LINK {doc: 'hlj-bioeconomy-plan-14th'}]->(l)
SET h.clause = row.clause, h.quote = row.quote;

// ---------------------------------------------------------------------------------------------
// 4. Enterprises named in 五 to 七.
UNWIND [
  {id: 'harbin-pharmaceutical-group', name: '哈药集团', nameEn: 'Harbin Pharmaceutical Group', aliases: '哈药'},
  {id: 'sunflower-pharmaceutical-group', name: '葵花药业', nameEn: 'Sunflower Pharmaceutical Group', aliases: '葵花'},
  {id: 'harbin-sanlian-pharmaceutical', name: '哈三联', nameEn: 'Harbin Sanlian Pharmaceutical', aliases: null},
  {id: 'tianqing-stem-cell', name: '天晴干细胞', nameEn: 'Tianqing Stem Cell', aliases: '天晴'},
  {id: 'nhu', name: '新和成', nameEn: 'NHU', aliases: null},
  {id: 'feihe-dairy', name: '飞鹤乳业', nameEn: 'Feihe Dairy', aliases: null},
  {id: 'bailunsite', name: '拜仑斯特', nameEn: 'Bailunsite', aliases: null},
  {id: 'sanjing-pharmaceutical', name: '三精药业', nameEn: 'Sanjing Pharmaceutical', aliases: null},
  {id: 'mudanjiang-renhetang', name: '牡丹江仁合堂', nameEn: 'Mudanjiang Renhetang', aliases: null},
  {id: 'hegang-cuiyuan', name: '鹤岗萃元', nameEn: 'Hegang Cuiyuan', aliases: null},
  {id: 'daxinganling-chaoyue', name: '大兴安岭超越', nameEn: 'Da Hinggan Ling Chaoyue', aliases: '超越'},
  {id: 'wusulijiang-pharmaceutical', name: '乌苏里江', nameEn: 'Wusulijiang (TCM enterprise)', aliases: null},
  {id: 'heibao-pharmaceutical', name: '黑宝药业', nameEn: 'Heibao Pharmaceutical', aliases: '黑宝'},
  {id: 'youbo-pharmaceutical', name: '友搏药业', nameEn: 'Youbo Pharmaceutical', aliases: '友搏'},
  {id: 'dilong-pharmaceutical', name: '迪龙制药', nameEn: 'Dilong Pharmaceutical', aliases: null},
  {id: 'fuhe-pharmaceutical', name: '福和药业', nameEn: 'Fuhe Pharmaceutical', aliases: null},
  {id: 'shenge-pharmaceutical', name: '参鸽药业', nameEn: 'Shenge Pharmaceutical', aliases: null},
  {id: 'sdic', name: '国投', nameEn: 'SDIC (State Development and Investment Corporation)', aliases: null},
  {id: 'cofco', name: '中粮', nameEn: 'COFCO', aliases: null},
  {id: 'longjiang-fufeng', name: '龙江阜丰', nameEn: 'Longjiang Fufeng', aliases: '阜丰'},
  {id: 'harbin-qiutianhong-biotech', name: '哈尔滨秋田虹生物科技有限公司', nameEn: 'Harbin Qiutianhong Biotechnology Co., Ltd.', aliases: null},
  {id: 'yipin-new-materials', name: '伊品新材料公司', nameEn: 'Yipin New Materials', aliases: null},
  {id: 'daqing-shengquan', name: '大庆圣泉', nameEn: 'Daqing Shengquan', aliases: null},
  {id: 'jingliang', name: '京粮', nameEn: 'Jingliang', aliases: null},
  {id: 'beidahuang-group', name: '北大荒农垦集团', nameEn: 'Beidahuang Agricultural Reclamation Group', aliases: '北大荒'},
  {id: 'xiangyu-group', name: '象屿集团', nameEn: 'Xiangyu Group', aliases: null},
  {id: 'cspc-pharmaceutical-group', name: '石药集团', nameEn: 'CSPC Pharmaceutical Group', aliases: null},
  {id: 'kenfeng-seed', name: '垦丰', nameEn: 'Kenfeng Seed', aliases: '垦丰种业'},
  {id: 'fuer-agronomy', name: '富尔农艺', nameEn: 'Fuer Agronomy', aliases: null},
  {id: 'syngenta-group', name: '先正达集团', nameEn: 'Syngenta Group', aliases: null},
  {id: 'weike-biotech', name: '维科生物', nameEn: 'Weike Biotechnology', aliases: null},
  {id: 'kangxin', name: '康鑫', nameEn: 'Kangxin', aliases: null},
  {id: 'huaze', name: '华泽', nameEn: 'Huaze', aliases: null},
  {id: 'basider', name: '巴斯德', nameEn: 'Basider', aliases: null},
  {id: 'beifeng', name: '倍丰', nameEn: 'Beifeng', aliases: null},
  {id: 'lvzhou-zhixing', name: '绿洲之星', nameEn: 'Lvzhou Zhixing (Oasis Star)', aliases: null},
  {id: 'deqiang-biotech', name: '德强生物', nameEn: 'Deqiang Biotechnology', aliases: null},
  {id: 'guangxin-agrochemical', name: '广信股份', nameEn: 'Guangxin Agrochemical', aliases: null},
  {id: 'sino-agri-union', name: '中农联合', nameEn: 'Sino-Agri Union', aliases: null},
  {id: 'china-resources-group', name: '华润集团', nameEn: 'China Resources Group', aliases: null},
  {id: 'boneng-environmental-tech', name: '博能环保科技有限公司', nameEn: 'Boneng Environmental Protection Technology Co., Ltd.', aliases: null},
  {id: 'jidong-sdic', name: '鸡东国投', nameEn: 'Jidong SDIC (fuel ethanol)', aliases: null},
  {id: 'bayan-hongzhan', name: '巴彦鸿展', nameEn: 'Bayan Hongzhan (fuel ethanol)', aliases: null},
  {id: 'hailun-sdic', name: '海伦国投', nameEn: 'Hailun SDIC (cellulosic fuel ethanol)', aliases: null},
  {id: 'longjiang-environmental-group', name: '龙江环保集团', nameEn: 'Longjiang Environmental Protection Group', aliases: null},
  {id: 'autobio', name: '安图生物', nameEn: 'Autobio Diagnostics', aliases: null},
  {id: 'dian-diagnostics', name: '迪安诊断', nameEn: 'Dian Diagnostics', aliases: null},
  {id: 'zhenbaodao-pharmaceutical', name: '珍宝岛', nameEn: 'Zhenbaodao Pharmaceutical', aliases: null},
  {id: 'gloria-pharmaceuticals', name: '誉衡药业', nameEn: 'Gloria Pharmaceuticals', aliases: '誉衡'},
  {id: 'lingtai', name: '灵泰', nameEn: 'Lingtai', aliases: null},
  {id: 'paishifeike', name: '派斯菲科', nameEn: 'Paishifeike (Pacific Biopharm)', aliases: null},
  {id: 'hulu-big-data', name: '葫芦大数据', nameEn: 'Hulu Big Data', aliases: null}
] AS row
MERGE (e:Enterprise {id: row.id})
SET e.name = row.name, e.nameEn = row.nameEn, e.aliases = row.aliases;

// 4a. Where each enterprise is named, with the role the plan gives it (one citation per clause).
UNWIND [
  {id: 'harbin-pharmaceutical-group', clause: '五（一）', role: 'LEADING', roleNote: '实施龙头企业振兴计划。推动哈药集团深化改革创新',
   quote: '实施龙头企业振兴计划。推动哈药集团深化改革创新，开展新药品种倍增行动。'},
  {id: 'harbin-pharmaceutical-group', clause: '六（二）', role: 'LEADING', roleNote: '现有生物产业骨干企业',
   quote: '支持哈药集团、珍宝岛、誉衡、葵花、友搏等现有生物产业骨干企业数字化改造升级'},
  {id: 'harbin-pharmaceutical-group', clause: '六（五）', role: 'BRAND', roleNote: '进一步做强…传统优势品牌',
   quote: '进一步做强哈药、珍宝岛、葵花、哈兽研、灵泰等传统优势品牌'},
  {id: 'sunflower-pharmaceutical-group', clause: '五（一）', role: 'LEADING', roleNote: '实施龙头企业振兴计划…推动葵花药业、哈三联营收达到百亿级规模',
   quote: '推动葵花药业、哈三联营收达到百亿级规模'},
  {id: 'sunflower-pharmaceutical-group', clause: '六（二）', role: 'LEADING', roleNote: '现有生物产业骨干企业',
   quote: '支持哈药集团、珍宝岛、誉衡、葵花、友搏等现有生物产业骨干企业数字化改造升级'},
  {id: 'sunflower-pharmaceutical-group', clause: '六（五）', role: 'BRAND', roleNote: '进一步做强…传统优势品牌',
   quote: '进一步做强哈药、珍宝岛、葵花、哈兽研、灵泰等传统优势品牌'},
  {id: 'harbin-sanlian-pharmaceutical', clause: '五（一）', role: 'LEADING', roleNote: '实施龙头企业振兴计划…推动葵花药业、哈三联营收达到百亿级规模',
   quote: '推动葵花药业、哈三联营收达到百亿级规模'},
  {id: 'tianqing-stem-cell', clause: '五（一）', role: 'LEADING', roleNote: '实施龙头企业振兴计划…巩固提升天晴干细胞产业基础',
   quote: '巩固提升天晴干细胞产业基础'},
  {id: 'tianqing-stem-cell', clause: '六（五）', role: 'BRAND', roleNote: '积极培育做大…具有潜力的品牌',
   quote: '积极培育做大友搏、誉衡、超越、派斯菲科、天晴、黑宝等具有潜力的品牌',
   basis: '天晴 in 六（五） read as 天晴干细胞 of 五（一）'},
  {id: 'nhu', clause: '五（一）', role: 'EXPANDING', roleNote: '加快推动新和成等既有企业延伸建设新项目',
   quote: '加快推动新和成等既有企业延伸建设新项目，积极招引龙头企业，巩固提升国家重要的抗生素生产基地地位'},
  {id: 'feihe-dairy', clause: '五（一）', role: 'EXPANDING', roleNote: '扩大全营养和非全营养特医食品生产',
   quote: '支持飞鹤乳业、拜仑斯特等扩大全营养和非全营养特医食品生产'},
  {id: 'feihe-dairy', clause: '五（二）', role: 'KEY', roleNote: '重点企业',
   quote: '依托飞鹤乳业、哈尔滨秋田虹生物科技有限公司、东北农业大学、省绿色食品科学研究所等重点企业、高校和院所，推动发酵乳产业和后生元（灭活益生菌）产业加快发展。'},
  {id: 'bailunsite', clause: '五（一）', role: 'EXPANDING', roleNote: '扩大全营养和非全营养特医食品生产',
   quote: '支持飞鹤乳业、拜仑斯特等扩大全营养和非全营养特医食品生产'},
  {id: 'sanjing-pharmaceutical', clause: '五（一）', role: 'KEY', roleNote: '重点企业',
   quote: '依托三精药业、牡丹江仁合堂、鹤岗萃元、大兴安岭超越等重点企业以及相关创新成果转化平台，推动五味子、人参、黄芪、西洋参、紫苏等为主要原料的寒地特色保健品开发。'},
  {id: 'mudanjiang-renhetang', clause: '五（一）', role: 'KEY', roleNote: '重点企业',
   quote: '依托三精药业、牡丹江仁合堂、鹤岗萃元、大兴安岭超越等重点企业以及相关创新成果转化平台，推动五味子、人参、黄芪、西洋参、紫苏等为主要原料的寒地特色保健品开发。'},
  {id: 'hegang-cuiyuan', clause: '五（一）', role: 'KEY', roleNote: '重点企业',
   quote: '依托三精药业、牡丹江仁合堂、鹤岗萃元、大兴安岭超越等重点企业以及相关创新成果转化平台，推动五味子、人参、黄芪、西洋参、紫苏等为主要原料的寒地特色保健品开发。'},
  {id: 'daxinganling-chaoyue', clause: '五（一）', role: 'KEY', roleNote: '重点企业',
   quote: '依托三精药业、牡丹江仁合堂、鹤岗萃元、大兴安岭超越等重点企业以及相关创新成果转化平台，推动五味子、人参、黄芪、西洋参、紫苏等为主要原料的寒地特色保健品开发。'},
  {id: 'daxinganling-chaoyue', clause: '六（五）', role: 'BRAND', roleNote: '积极培育做大…具有潜力的品牌',
   quote: '积极培育做大友搏、誉衡、超越、派斯菲科、天晴、黑宝等具有潜力的品牌',
   basis: '超越 in 六（五） read as 大兴安岭超越 of 五（一）'},
  {id: 'wusulijiang-pharmaceutical', clause: '五（一）', role: 'LEADING', roleNote: '培育壮大…等中药企业，做大做强中药优势品种',
   quote: '培育壮大乌苏里江、黑宝药业、友搏药业、迪龙制药、福和药业、参鸽药业等中药企业，做大做强中药优势品种。'},
  {id: 'heibao-pharmaceutical', clause: '五（一）', role: 'LEADING', roleNote: '培育壮大…等中药企业，做大做强中药优势品种',
   quote: '培育壮大乌苏里江、黑宝药业、友搏药业、迪龙制药、福和药业、参鸽药业等中药企业，做大做强中药优势品种。'},
  {id: 'heibao-pharmaceutical', clause: '六（五）', role: 'BRAND', roleNote: '积极培育做大…具有潜力的品牌',
   quote: '积极培育做大友搏、誉衡、超越、派斯菲科、天晴、黑宝等具有潜力的品牌'},
  {id: 'youbo-pharmaceutical', clause: '五（一）', role: 'LEADING', roleNote: '培育壮大…等中药企业，做大做强中药优势品种',
   quote: '培育壮大乌苏里江、黑宝药业、友搏药业、迪龙制药、福和药业、参鸽药业等中药企业，做大做强中药优势品种。'},
  {id: 'youbo-pharmaceutical', clause: '六（二）', role: 'LEADING', roleNote: '现有生物产业骨干企业',
   quote: '支持哈药集团、珍宝岛、誉衡、葵花、友搏等现有生物产业骨干企业数字化改造升级'},
  {id: 'youbo-pharmaceutical', clause: '六（五）', role: 'BRAND', roleNote: '积极培育做大…具有潜力的品牌',
   quote: '积极培育做大友搏、誉衡、超越、派斯菲科、天晴、黑宝等具有潜力的品牌'},
  {id: 'dilong-pharmaceutical', clause: '五（一）', role: 'LEADING', roleNote: '培育壮大…等中药企业，做大做强中药优势品种',
   quote: '培育壮大乌苏里江、黑宝药业、友搏药业、迪龙制药、福和药业、参鸽药业等中药企业，做大做强中药优势品种。'},
  {id: 'fuhe-pharmaceutical', clause: '五（一）', role: 'LEADING', roleNote: '培育壮大…等中药企业，做大做强中药优势品种',
   quote: '培育壮大乌苏里江、黑宝药业、友搏药业、迪龙制药、福和药业、参鸽药业等中药企业，做大做强中药优势品种。'},
  {id: 'shenge-pharmaceutical', clause: '五（一）', role: 'LEADING', roleNote: '培育壮大…等中药企业，做大做强中药优势品种',
   quote: '培育壮大乌苏里江、黑宝药业、友搏药业、迪龙制药、福和药业、参鸽药业等中药企业，做大做强中药优势品种。'},
  {id: 'sdic', clause: '五（二）', role: 'KEY', roleNote: '重点企业',
   quote: '依托省科学院、东北农业大学、哈尔滨工业大学、齐齐哈尔大学等院所和国投、中粮、龙江阜丰等重点企业'},
  {id: 'cofco', clause: '五（二）', role: 'KEY', roleNote: '重点企业',
   quote: '依托省科学院、东北农业大学、哈尔滨工业大学、齐齐哈尔大学等院所和国投、中粮、龙江阜丰等重点企业'},
  {id: 'longjiang-fufeng', clause: '五（二）', role: 'KEY', roleNote: '重点企业',
   quote: '依托省科学院、东北农业大学、哈尔滨工业大学、齐齐哈尔大学等院所和国投、中粮、龙江阜丰等重点企业'},
  {id: 'harbin-qiutianhong-biotech', clause: '五（二）', role: 'KEY', roleNote: '重点企业',
   quote: '依托飞鹤乳业、哈尔滨秋田虹生物科技有限公司、东北农业大学、省绿色食品科学研究所等重点企业、高校和院所，推动发酵乳产业和后生元（灭活益生菌）产业加快发展。'},
  {id: 'yipin-new-materials', clause: '五（二）', role: 'EXPANDING', roleNote: '推动…生物基戊二胺及尼龙 56…等项目加快建设',
   quote: '推动伊品新材料公司生物基戊二胺及尼龙 56、大庆圣泉生物质精炼一体化、京粮 L-乳酸等项目加快建设'},
  {id: 'daqing-shengquan', clause: '五（二）', role: 'EXPANDING', roleNote: '推动…大庆圣泉生物质精炼一体化…等项目加快建设',
   quote: '推动伊品新材料公司生物基戊二胺及尼龙 56、大庆圣泉生物质精炼一体化、京粮 L-乳酸等项目加快建设'},
  {id: 'jingliang', clause: '五（二）', role: 'EXPANDING', roleNote: '推动…京粮 L-乳酸等项目加快建设',
   quote: '推动伊品新材料公司生物基戊二胺及尼龙 56、大庆圣泉生物质精炼一体化、京粮 L-乳酸等项目加快建设'},
  {id: 'beidahuang-group', clause: '五（二）', role: 'LEADING', roleNote: '支持北大荒农垦集团构建全国首个…零碳全产业链',
   quote: '支持北大荒农垦集团构建全国首个“废弃物综合利用—聚乳酸生物基新材料—可降解材料应用”的零碳全产业链，打造千亿级生物基新材料合成生物产业基地。'},
  {id: 'beidahuang-group', clause: '五（三）', role: 'KEY', roleNote: '依托北大荒、倍丰、绿洲之星等企业',
   quote: '依托北大荒、倍丰、绿洲之星等企业，积极引入重点企业，实施科技农业行动'},
  {id: 'xiangyu-group', clause: '五（二）', role: 'MENTIONED', roleNote: '创新合作模式，创建政研企协同的北方合成生物产业研究院',
   quote: '支持绥化市、中科院天津工业生物所、省科学院、象屿集团创新合作模式，创建政研企协同的北方合成生物产业研究院'},
  {id: 'cspc-pharmaceutical-group', clause: '五（三）', role: 'MENTIONED', roleNote: '与石药集团开展深入合作',
   quote: '与石药集团开展深入合作，拓展延伸人用疫苗领域'},
  {id: 'kenfeng-seed', clause: '五（三）', role: 'LEADING', roleNote: '培育链上龙头企业。支持垦丰、富尔农艺等现代种业企业“育繁推”一体化发展',
   quote: '培育链上龙头企业。支持垦丰、富尔农艺等现代种业企业“育繁推”一体化发展'},
  {id: 'fuer-agronomy', clause: '五（三）', role: 'LEADING', roleNote: '培育链上龙头企业。支持垦丰、富尔农艺等现代种业企业“育繁推”一体化发展',
   quote: '培育链上龙头企业。支持垦丰、富尔农艺等现代种业企业“育繁推”一体化发展'},
  {id: 'syngenta-group', clause: '五（三）', role: 'LEADING', roleNote: '先正达集团等龙头企业',
   quote: '推动先正达集团等龙头企业与省农科院、东北农业大学、北大荒农垦集团合作，建设国家级玉米、水稻、大豆种质创新中心'},
  {id: 'weike-biotech', clause: '五（三）', role: 'KEY', roleNote: '依托哈兽研、维科生物等科研院所和重点企业',
   quote: '依托哈兽研、维科生物等科研院所和重点企业'},
  {id: 'kangxin', clause: '五（三）', role: 'KEY', roleNote: '重点企业加大投入',
   quote: '支持康鑫、华泽、巴斯德等重点企业加大投入'},
  {id: 'huaze', clause: '五（三）', role: 'KEY', roleNote: '重点企业加大投入',
   quote: '支持康鑫、华泽、巴斯德等重点企业加大投入'},
  {id: 'basider', clause: '五（三）', role: 'KEY', roleNote: '重点企业加大投入',
   quote: '支持康鑫、华泽、巴斯德等重点企业加大投入'},
  {id: 'beifeng', clause: '五（三）', role: 'KEY', roleNote: '依托北大荒、倍丰、绿洲之星等企业',
   quote: '依托北大荒、倍丰、绿洲之星等企业，积极引入重点企业，实施科技农业行动'},
  {id: 'lvzhou-zhixing', clause: '五（三）', role: 'KEY', roleNote: '依托北大荒、倍丰、绿洲之星等企业',
   quote: '依托北大荒、倍丰、绿洲之星等企业，积极引入重点企业，实施科技农业行动'},
  {id: 'deqiang-biotech', clause: '五（三）', role: 'KEY', roleNote: '依托东北农业大学、德强生物等校企',
   quote: '依托东北农业大学、德强生物等校企，引进广信股份、中农联合等龙头企业，开发新型杀菌剂、杀虫剂、除草剂等生物农药'},
  {id: 'guangxin-agrochemical', clause: '五（三）', role: 'TO_ATTRACT', roleNote: '引进广信股份、中农联合等龙头企业',
   quote: '依托东北农业大学、德强生物等校企，引进广信股份、中农联合等龙头企业，开发新型杀菌剂、杀虫剂、除草剂等生物农药'},
  {id: 'sino-agri-union', clause: '五（三）', role: 'TO_ATTRACT', roleNote: '引进广信股份、中农联合等龙头企业',
   quote: '依托东北农业大学、德强生物等校企，引进广信股份、中农联合等龙头企业，开发新型杀菌剂、杀虫剂、除草剂等生物农药'},
  {id: 'china-resources-group', clause: '五（四）', role: 'MENTIONED', roleNote: '支持…开展多元原料混合厌氧发酵产气等关键技术和装备研发',
   quote: '支持华润集团、703 研究所、博能环保科技有限公司开展多元原料混合厌氧发酵产气等关键技术和装备研发'},
  {id: 'boneng-environmental-tech', clause: '五（四）', role: 'MENTIONED', roleNote: '支持…开展多元原料混合厌氧发酵产气等关键技术和装备研发',
   quote: '支持华润集团、703 研究所、博能环保科技有限公司开展多元原料混合厌氧发酵产气等关键技术和装备研发'},
  {id: 'jidong-sdic', clause: '五（四）', role: 'MENTIONED', roleNote: '燃料乙醇生产企业达产达效',
   quote: '推动鸡东国投、巴彦鸿展等燃料乙醇生产企业达产达效'},
  {id: 'bayan-hongzhan', clause: '五（四）', role: 'MENTIONED', roleNote: '燃料乙醇生产企业达产达效',
   quote: '推动鸡东国投、巴彦鸿展等燃料乙醇生产企业达产达效'},
  {id: 'hailun-sdic', clause: '五（四）', role: 'EXPANDING', roleNote: '加快海伦国投生物纤维素燃料乙醇示范项目建设',
   quote: '加快海伦国投生物纤维素燃料乙醇示范项目建设'},
  {id: 'longjiang-environmental-group', clause: '五（五）', role: 'KEY', roleNote: '骨干企业',
   quote: '以哈尔滨工业大学等科研机构和龙江环保集团等骨干企业为依托，开展污水高效降解菌筛选及应用'},
  {id: 'autobio', clause: '五（六）', role: 'TO_ATTRACT', roleNote: '引进安图生物、迪安诊断等重点企业',
   quote: '引进安图生物、迪安诊断等重点企业'},
  {id: 'dian-diagnostics', clause: '五（六）', role: 'TO_ATTRACT', roleNote: '引进安图生物、迪安诊断等重点企业',
   quote: '引进安图生物、迪安诊断等重点企业'},
  {id: 'zhenbaodao-pharmaceutical', clause: '六（二）', role: 'LEADING', roleNote: '现有生物产业骨干企业',
   quote: '支持哈药集团、珍宝岛、誉衡、葵花、友搏等现有生物产业骨干企业数字化改造升级'},
  {id: 'zhenbaodao-pharmaceutical', clause: '六（五）', role: 'BRAND', roleNote: '进一步做强…传统优势品牌',
   quote: '进一步做强哈药、珍宝岛、葵花、哈兽研、灵泰等传统优势品牌'},
  {id: 'gloria-pharmaceuticals', clause: '六（二）', role: 'LEADING', roleNote: '现有生物产业骨干企业',
   quote: '支持哈药集团、珍宝岛、誉衡、葵花、友搏等现有生物产业骨干企业数字化改造升级'},
  {id: 'gloria-pharmaceuticals', clause: '六（五）', role: 'BRAND', roleNote: '积极培育做大…具有潜力的品牌',
   quote: '积极培育做大友搏、誉衡、超越、派斯菲科、天晴、黑宝等具有潜力的品牌'},
  {id: 'lingtai', clause: '六（五）', role: 'BRAND', roleNote: '进一步做强…传统优势品牌',
   quote: '进一步做强哈药、珍宝岛、葵花、哈兽研、灵泰等传统优势品牌'},
  {id: 'paishifeike', clause: '六（五）', role: 'BRAND', roleNote: '积极培育做大…具有潜力的品牌',
   quote: '积极培育做大友搏、誉衡、超越、派斯菲科、天晴、黑宝等具有潜力的品牌'},
  {id: 'hulu-big-data', clause: '六（八）', role: 'KEY', roleNote: '骨干企业',
   quote: '依托哈尔滨工业大学、东北农业大学、省科学院、省农科院等院校和葫芦大数据等骨干企业'}
] AS row
MATCH (e:Enterprise {id: row.id})
MATCH (doc:Document {id: 'hlj-bioeconomy-plan-14th'})
MERGE (e)-[c:CITED_IN {clause: row.clause}]->(doc)
SET c.quote = row.quote, c.role = row.role, c.roleNote = row.roleNote, c.basis = row.basis;

// 4b. Enterprise locations: only where the name places it.
UNWIND [
  {id: 'harbin-pharmaceutical-group', code: '230100', clause: '五（一）', quote: '推动哈药集团深化改革创新',
   basis: '哈 in 哈药 stands for 哈尔滨 (read from the name)'},
  {id: 'harbin-sanlian-pharmaceutical', code: '230100', clause: '五（一）', quote: '推动葵花药业、哈三联营收达到百亿级规模',
   basis: '哈 in 哈三联 stands for 哈尔滨 (read from the name)'},
  {id: 'mudanjiang-renhetang', code: '231000', clause: '五（一）', quote: '牡丹江仁合堂', basis: 'read from the name'},
  {id: 'hegang-cuiyuan', code: '230400', clause: '五（一）', quote: '鹤岗萃元', basis: 'read from the name'},
  {id: 'daxinganling-chaoyue', code: '232700', clause: '五（一）', quote: '大兴安岭超越', basis: 'read from the name'},
  {id: 'harbin-qiutianhong-biotech', code: '230100', clause: '五（二）', quote: '哈尔滨秋田虹生物科技有限公司', basis: 'read from the name'},
  {id: 'daqing-shengquan', code: '230600', clause: '五（二）', quote: '大庆圣泉生物质精炼一体化', basis: 'read from the name'},
  {id: 'jidong-sdic', code: '230321', clause: '五（四）', quote: '推动鸡东国投、巴彦鸿展等燃料乙醇生产企业达产达效', basis: 'read from the name (鸡东)'},
  {id: 'bayan-hongzhan', code: '230126', clause: '五（四）', quote: '推动鸡东国投、巴彦鸿展等燃料乙醇生产企业达产达效', basis: 'read from the name (巴彦)'},
  {id: 'hailun-sdic', code: '231283', clause: '五（四）', quote: '加快海伦国投生物纤维素燃料乙醇示范项目建设', basis: 'read from the name (海伦)'}
] AS row
MATCH (e:Enterprise {id: row.id})
MATCH (r:Region {code: row.code})
MERGE (e)-[l:LOCATED_IN {doc: 'hlj-bioeconomy-plan-14th'}]->(r)
SET l.clause = row.clause, l.quote = row.quote, l.basis = row.basis;

// 4c. Enterprises active in chain links.
UNWIND [
  {id: 'nhu', link: 'api-formulation-chain:api', clause: '五（一）',
   quote: '加快推动新和成等既有企业延伸建设新项目，积极招引龙头企业，巩固提升国家重要的抗生素生产基地地位，创新研发抗肿瘤药物、心脑血管、神经类原料药及医药中间体产业。'},
  {id: 'wusulijiang-pharmaceutical', link: 'cold-region-tcm-chain:modern-tcm-products', clause: '五（一）', quote: '培育壮大乌苏里江、黑宝药业、友搏药业、迪龙制药、福和药业、参鸽药业等中药企业，做大做强中药优势品种。'},
  {id: 'heibao-pharmaceutical', link: 'cold-region-tcm-chain:modern-tcm-products', clause: '五（一）', quote: '培育壮大乌苏里江、黑宝药业、友搏药业、迪龙制药、福和药业、参鸽药业等中药企业，做大做强中药优势品种。'},
  {id: 'youbo-pharmaceutical', link: 'cold-region-tcm-chain:modern-tcm-products', clause: '五（一）', quote: '培育壮大乌苏里江、黑宝药业、友搏药业、迪龙制药、福和药业、参鸽药业等中药企业，做大做强中药优势品种。'},
  {id: 'dilong-pharmaceutical', link: 'cold-region-tcm-chain:modern-tcm-products', clause: '五（一）', quote: '培育壮大乌苏里江、黑宝药业、友搏药业、迪龙制药、福和药业、参鸽药业等中药企业，做大做强中药优势品种。'},
  {id: 'fuhe-pharmaceutical', link: 'cold-region-tcm-chain:modern-tcm-products', clause: '五（一）', quote: '培育壮大乌苏里江、黑宝药业、友搏药业、迪龙制药、福和药业、参鸽药业等中药企业，做大做强中药优势品种。'},
  {id: 'shenge-pharmaceutical', link: 'cold-region-tcm-chain:modern-tcm-products', clause: '五（一）', quote: '培育壮大乌苏里江、黑宝药业、友搏药业、迪龙制药、福和药业、参鸽药业等中药企业，做大做强中药优势品种。'},
  {id: 'sdic', link: 'corn-fermentation-amino-acid-chain:bulk-fermentation', clause: '五（二）',
   quote: '国投、中粮、龙江阜丰等重点企业，支持龙头企业和高校联合建立生物发酵产业研究院、玉米发酵产业中心'},
  {id: 'cofco', link: 'corn-fermentation-amino-acid-chain:bulk-fermentation', clause: '五（二）',
   quote: '国投、中粮、龙江阜丰等重点企业，支持龙头企业和高校联合建立生物发酵产业研究院、玉米发酵产业中心'},
  {id: 'longjiang-fufeng', link: 'corn-fermentation-amino-acid-chain:bulk-fermentation', clause: '五（二）',
   quote: '国投、中粮、龙江阜丰等重点企业，支持龙头企业和高校联合建立生物发酵产业研究院、玉米发酵产业中心'},
  {id: 'beidahuang-group', link: 'cold-region-grain-pla-chain:cold-region-grain', clause: '四（二）', quote: '支持北大荒农垦集团建设寒地粮食基淀粉糖生物发酵聚乳酸全产业链'},
  {id: 'beidahuang-group', link: 'cold-region-grain-pla-chain:starch-sugar', clause: '四（二）', quote: '支持北大荒农垦集团建设寒地粮食基淀粉糖生物发酵聚乳酸全产业链'},
  {id: 'beidahuang-group', link: 'cold-region-grain-pla-chain:fermentation', clause: '四（二）', quote: '支持北大荒农垦集团建设寒地粮食基淀粉糖生物发酵聚乳酸全产业链'},
  {id: 'beidahuang-group', link: 'cold-region-grain-pla-chain:polylactic-acid', clause: '四（二）', quote: '支持北大荒农垦集团建设寒地粮食基淀粉糖生物发酵聚乳酸全产业链'},
  {id: 'beidahuang-group', link: 'cold-region-grain-pla-chain:degradable-materials', clause: '四（二）', quote: '支持北大荒农垦集团建设寒地粮食基淀粉糖生物发酵聚乳酸全产业链，打造千亿级生物基可降解材料合成生物产业基地。'},
  {id: 'beidahuang-group', link: 'beidahuang-zero-carbon-pla-chain:waste-utilisation', clause: '五（二）', quote: '支持北大荒农垦集团构建全国首个“废弃物综合利用—聚乳酸生物基新材料—可降解材料应用”的零碳全产业链'},
  {id: 'beidahuang-group', link: 'beidahuang-zero-carbon-pla-chain:pla-bio-based-materials', clause: '五（二）', quote: '支持北大荒农垦集团构建全国首个“废弃物综合利用—聚乳酸生物基新材料—可降解材料应用”的零碳全产业链'},
  {id: 'beidahuang-group', link: 'beidahuang-zero-carbon-pla-chain:degradable-material-applications', clause: '五（二）', quote: '支持北大荒农垦集团构建全国首个“废弃物综合利用—聚乳酸生物基新材料—可降解材料应用”的零碳全产业链'},
  {id: 'kenfeng-seed', link: 'modern-bio-breeding-chain:breeding', clause: '五（三）', quote: '支持垦丰、富尔农艺等现代种业企业“育繁推”一体化发展'},
  {id: 'kenfeng-seed', link: 'modern-bio-breeding-chain:seed-multiplication', clause: '五（三）', quote: '支持垦丰、富尔农艺等现代种业企业“育繁推”一体化发展'},
  {id: 'kenfeng-seed', link: 'modern-bio-breeding-chain:promotion', clause: '五（三）', quote: '支持垦丰、富尔农艺等现代种业企业“育繁推”一体化发展'},
  {id: 'fuer-agronomy', link: 'modern-bio-breeding-chain:breeding', clause: '五（三）', quote: '支持垦丰、富尔农艺等现代种业企业“育繁推”一体化发展'},
  {id: 'fuer-agronomy', link: 'modern-bio-breeding-chain:seed-multiplication', clause: '五（三）', quote: '支持垦丰、富尔农艺等现代种业企业“育繁推”一体化发展'},
  {id: 'fuer-agronomy', link: 'modern-bio-breeding-chain:promotion', clause: '五（三）', quote: '支持垦丰、富尔农艺等现代种业企业“育繁推”一体化发展'},
  {id: 'syngenta-group', link: 'modern-bio-breeding-chain:germplasm', clause: '五（三）',
   quote: '推动先正达集团等龙头企业与省农科院、东北农业大学、北大荒农垦集团合作，建设国家级玉米、水稻、大豆种质创新中心'},
  {id: 'beidahuang-group', link: 'modern-bio-breeding-chain:germplasm', clause: '五（三）',
   quote: '推动先正达集团等龙头企业与省农科院、东北农业大学、北大荒农垦集团合作，建设国家级玉米、水稻、大豆种质创新中心'},
  {id: 'china-resources-group', link: 'biogas-chain:anaerobic-digestion', clause: '五（四）',
   quote: '支持华润集团、703 研究所、博能环保科技有限公司开展多元原料混合厌氧发酵产气等关键技术和装备研发'},
  {id: 'boneng-environmental-tech', link: 'biogas-chain:anaerobic-digestion', clause: '五（四）',
   quote: '支持华润集团、703 研究所、博能环保科技有限公司开展多元原料混合厌氧发酵产气等关键技术和装备研发'},
  {id: 'hailun-sdic', link: 'straw-cellulosic-ethanol-chain:cellulosic-fuel-ethanol', clause: '五（四）', quote: '加快海伦国投生物纤维素燃料乙醇示范项目建设'}
] AS row
MATCH (e:Enterprise {id: row.id})
MATCH (l:ChainLink {id: row.link})
MERGE (e)-[r:COVERS {doc: 'hlj-bioeconomy-plan-14th'}]->(l)
SET r.clause = row.clause, r.quote = row.quote;

// 4d. Chain leaders: 北大荒 builds both PLA chains, 垦丰 / 富尔农艺 / 先正达 are the 链上龙头企业 of the breeding chain.
UNWIND [
  {id: 'beidahuang-group', chain: 'cold-region-grain-pla-chain', clause: '四（二）', quote: '支持北大荒农垦集团建设寒地粮食基淀粉糖生物发酵聚乳酸全产业链'},
  {id: 'beidahuang-group', chain: 'beidahuang-zero-carbon-pla-chain', clause: '五（二）', quote: '支持北大荒农垦集团构建全国首个“废弃物综合利用—聚乳酸生物基新材料—可降解材料应用”的零碳全产业链'},
  {id: 'kenfeng-seed', chain: 'modern-bio-breeding-chain', clause: '五（三）', quote: '培育链上龙头企业。支持垦丰、富尔农艺等现代种业企业“育繁推”一体化发展'},
  {id: 'fuer-agronomy', chain: 'modern-bio-breeding-chain', clause: '五（三）', quote: '培育链上龙头企业。支持垦丰、富尔农艺等现代种业企业“育繁推”一体化发展'},
  {id: 'syngenta-group', chain: 'modern-bio-breeding-chain', clause: '五（三）', quote: '推动先正达集团等龙头企业与省农科院、东北农业大学、北大荒农垦集团合作'}
] AS row
MATCH (e:Enterprise {id: row.id})
MATCH (ch:Chain {id: row.chain})
MERGE (e)-[r:LEADS {doc: 'hlj-bioeconomy-plan-14th'}]->(ch)
SET r.clause = row.clause, r.quote = row.quote;

// 4e. What each enterprise develops: a direction of the columns where the text ties it to one, else the domain.
UNWIND [
  {id: 'nhu', to: 'api-and-pharmaceutical-intermediates', clause: '五（一）', quote: '创新研发抗肿瘤药物、心脑血管、神经类原料药及医药中间体产业'},
  {id: 'feihe-dairy', to: 'food-for-special-medical-purposes', clause: '五（一）', quote: '支持飞鹤乳业、拜仑斯特等扩大全营养和非全营养特医食品生产'},
  {id: 'feihe-dairy', to: 'fermentation-industry', clause: '五（二）', quote: '推动发酵乳产业和后生元（灭活益生菌）产业加快发展'},
  {id: 'bailunsite', to: 'food-for-special-medical-purposes', clause: '五（一）', quote: '支持飞鹤乳业、拜仑斯特等扩大全营养和非全营养特医食品生产'},
  {id: 'sanjing-pharmaceutical', to: 'food-for-special-medical-purposes', clause: '五（一）', quote: '推动五味子、人参、黄芪、西洋参、紫苏等为主要原料的寒地特色保健品开发'},
  {id: 'mudanjiang-renhetang', to: 'food-for-special-medical-purposes', clause: '五（一）', quote: '推动五味子、人参、黄芪、西洋参、紫苏等为主要原料的寒地特色保健品开发'},
  {id: 'hegang-cuiyuan', to: 'food-for-special-medical-purposes', clause: '五（一）', quote: '推动五味子、人参、黄芪、西洋参、紫苏等为主要原料的寒地特色保健品开发'},
  {id: 'daxinganling-chaoyue', to: 'food-for-special-medical-purposes', clause: '五（一）', quote: '推动五味子、人参、黄芪、西洋参、紫苏等为主要原料的寒地特色保健品开发'},
  {id: 'wusulijiang-pharmaceutical', to: 'cold-region-tcm-industry', clause: '五（一）', quote: '培育壮大乌苏里江、黑宝药业、友搏药业、迪龙制药、福和药业、参鸽药业等中药企业'},
  {id: 'heibao-pharmaceutical', to: 'cold-region-tcm-industry', clause: '五（一）', quote: '培育壮大乌苏里江、黑宝药业、友搏药业、迪龙制药、福和药业、参鸽药业等中药企业'},
  {id: 'youbo-pharmaceutical', to: 'cold-region-tcm-industry', clause: '五（一）', quote: '培育壮大乌苏里江、黑宝药业、友搏药业、迪龙制药、福和药业、参鸽药业等中药企业'},
  {id: 'dilong-pharmaceutical', to: 'cold-region-tcm-industry', clause: '五（一）', quote: '培育壮大乌苏里江、黑宝药业、友搏药业、迪龙制药、福和药业、参鸽药业等中药企业'},
  {id: 'fuhe-pharmaceutical', to: 'cold-region-tcm-industry', clause: '五（一）', quote: '培育壮大乌苏里江、黑宝药业、友搏药业、迪龙制药、福和药业、参鸽药业等中药企业'},
  {id: 'shenge-pharmaceutical', to: 'cold-region-tcm-industry', clause: '五（一）', quote: '培育壮大乌苏里江、黑宝药业、友搏药业、迪龙制药、福和药业、参鸽药业等中药企业'},
  {id: 'sdic', to: 'fermentation-industry', clause: '五（二）', quote: '树立全国发酵产业引领地位。'},
  {id: 'cofco', to: 'fermentation-industry', clause: '五（二）', quote: '树立全国发酵产业引领地位。'},
  {id: 'longjiang-fufeng', to: 'fermentation-industry', clause: '五（二）', quote: '树立全国发酵产业引领地位。'},
  {id: 'harbin-qiutianhong-biotech', to: 'fermentation-industry', clause: '五（二）', quote: '推动发酵乳产业和后生元（灭活益生菌）产业加快发展'},
  {id: 'yipin-new-materials', to: 'bio-based-materials-industry', clause: '五（二）', quote: '推动伊品新材料公司生物基戊二胺及尼龙 56'},
  {id: 'daqing-shengquan', to: 'bio-based-materials-industry', clause: '五（二）', quote: '大庆圣泉生物质精炼一体化'},
  {id: 'jingliang', to: 'bio-based-materials-industry', clause: '五（二）', quote: '京粮 L-乳酸等项目加快建设'},
  {id: 'beidahuang-group', to: 'bio-based-materials-industry', clause: '五（二）', quote: '围绕生物材料应用，支持北大荒农垦集团构建全国首个'},
  {id: 'beidahuang-group', to: 'black-soil-protection', clause: '五（三）', quote: '培育黑土保育产业体系。依托北大荒、倍丰、绿洲之星等企业'},
  {id: 'xiangyu-group', to: 'synthetic-biology-industry', clause: '五（二）', quote: '象屿集团创新合作模式，创建政研企协同的北方合成生物产业研究院'},
  {id: 'kenfeng-seed', to: 'bio-breeding', clause: '五（三）', quote: '支持垦丰、富尔农艺等现代种业企业“育繁推”一体化发展'},
  {id: 'fuer-agronomy', to: 'bio-breeding', clause: '五（三）', quote: '支持垦丰、富尔农艺等现代种业企业“育繁推”一体化发展'},
  {id: 'syngenta-group', to: 'bio-breeding', clause: '五（三）', quote: '建设国家级玉米、水稻、大豆种质创新中心，打造种业产业化生产基地'},
  {id: 'weike-biotech', to: 'veterinary-biologics', clause: '五（三）', quote: '依托哈兽研、维科生物等科研院所和重点企业'},
  {id: 'beifeng', to: 'black-soil-protection', clause: '五（三）', quote: '培育黑土保育产业体系。依托北大荒、倍丰、绿洲之星等企业'},
  {id: 'lvzhou-zhixing', to: 'black-soil-protection', clause: '五（三）', quote: '培育黑土保育产业体系。依托北大荒、倍丰、绿洲之星等企业'},
  {id: 'deqiang-biotech', to: 'black-soil-protection', clause: '五（三）', quote: '完善生物农药产业体系。依托东北农业大学、德强生物等校企'},
  {id: 'guangxin-agrochemical', to: 'black-soil-protection', clause: '五（三）', quote: '引进广信股份、中农联合等龙头企业，开发新型杀菌剂、杀虫剂、除草剂等生物农药'},
  {id: 'sino-agri-union', to: 'black-soil-protection', clause: '五（三）', quote: '引进广信股份、中农联合等龙头企业，开发新型杀菌剂、杀虫剂、除草剂等生物农药'},
  {id: 'china-resources-group', to: 'gaseous-biofuels', clause: '五（四）', quote: '开展多元原料混合厌氧发酵产气等关键技术和装备研发，加快布局建设生物天然气项目'},
  {id: 'boneng-environmental-tech', to: 'gaseous-biofuels', clause: '五（四）', quote: '开展多元原料混合厌氧发酵产气等关键技术和装备研发，加快布局建设生物天然气项目'},
  {id: 'jidong-sdic', to: 'liquid-biofuels', clause: '五（四）', quote: '推动鸡东国投、巴彦鸿展等燃料乙醇生产企业达产达效'},
  {id: 'bayan-hongzhan', to: 'liquid-biofuels', clause: '五（四）', quote: '推动鸡东国投、巴彦鸿展等燃料乙醇生产企业达产达效'},
  {id: 'hailun-sdic', to: 'liquid-biofuels', clause: '五（四）', quote: '加快海伦国投生物纤维素燃料乙醇示范项目建设'},
  {id: 'longjiang-environmental-group', to: 'biological-water-pollution-treatment', clause: '五（五）', quote: '推进水污染生物治理示范应用。以哈尔滨工业大学等科研机构和龙江环保集团等骨干企业为依托'},
  {id: 'autobio', to: 'bio-diagnostic-and-therapeutic-equipment', clause: '五（六）', quote: '加快发展生物诊疗设备。'},
  {id: 'dian-diagnostics', to: 'bio-diagnostic-and-therapeutic-equipment', clause: '五（六）', quote: '加快发展生物诊疗设备。'}
] AS row
MATCH (e:Enterprise {id: row.id})
MATCH (t:Direction {id: row.to})
MERGE (e)-[r:FOCUSES_ON {doc: 'hlj-bioeconomy-plan-14th'}]->(t)
SET r.clause = row.clause, r.quote = row.quote;

UNWIND [
  {id: 'harbin-pharmaceutical-group', to: 'biomedicine', clause: '五（一）', quote: '推动哈药集团深化改革创新，开展新药品种倍增行动。'},
  {id: 'sunflower-pharmaceutical-group', to: 'biomedicine', clause: '五（一）', quote: '推动葵花药业、哈三联营收达到百亿级规模'},
  {id: 'harbin-sanlian-pharmaceutical', to: 'biomedicine', clause: '五（一）', quote: '推动葵花药业、哈三联营收达到百亿级规模'},
  {id: 'tianqing-stem-cell', to: 'biomedicine', clause: '五（一）', quote: '巩固提升天晴干细胞产业基础'},
  {id: 'cspc-pharmaceutical-group', to: 'biomedicine', clause: '五（三）', quote: '与石药集团开展深入合作，拓展延伸人用疫苗领域'},
  {id: 'kangxin', to: 'bioagriculture', clause: '五（三）', quote: '支持康鑫、华泽、巴斯德等重点企业加大投入，谋划建设微生物制剂、发酵饲料、饲用维生素、新型饲料蛋白等饲料添加剂和生物饲料项目'},
  {id: 'huaze', to: 'bioagriculture', clause: '五（三）', quote: '支持康鑫、华泽、巴斯德等重点企业加大投入，谋划建设微生物制剂、发酵饲料、饲用维生素、新型饲料蛋白等饲料添加剂和生物饲料项目'},
  {id: 'basider', to: 'bioagriculture', clause: '五（三）', quote: '支持康鑫、华泽、巴斯德等重点企业加大投入，谋划建设微生物制剂、发酵饲料、饲用维生素、新型饲料蛋白等饲料添加剂和生物饲料项目'},
  {id: 'zhenbaodao-pharmaceutical', to: 'biomedicine', clause: '六（二）', quote: '支持哈药集团、珍宝岛、誉衡、葵花、友搏等现有生物产业骨干企业数字化改造升级'},
  {id: 'gloria-pharmaceuticals', to: 'biomedicine', clause: '六（二）', quote: '支持哈药集团、珍宝岛、誉衡、葵花、友搏等现有生物产业骨干企业数字化改造升级'}
] AS row
MATCH (e:Enterprise {id: row.id})
MATCH (t:Domain {id: row.to})
MERGE (e)-[r:FOCUSES_ON {doc: 'hlj-bioeconomy-plan-14th'}]->(t)
SET r.clause = row.clause, r.quote = row.quote;

// ---------------------------------------------------------------------------------------------
// 5. Parks, bases and zones named in 五 to 七. status: EXISTING where the text builds on it (依托, 巩固, 做强, 扩量升级),
// PLANNED where it is to be built (建设, 打造, 加快建设).
UNWIND [
  {id: 'harbin-biomedicine-innovation-transformation-base', name: '哈尔滨生物医药创新转化基地', nameEn: 'Harbin biomedicine innovation and transformation base', kind: 'BASE', status: 'PLANNED',
   clause: '五（一）', quote: '建设哈尔滨生物医药创新转化基地。'},
  {id: 'limin-biomedicine-industrial-park', name: '利民生物医药产业园', nameEn: 'Limin Biomedicine Industrial Park (Harbin New Area)', kind: 'PARK', status: 'EXISTING',
   clause: '五（一）', quote: '发挥新区利民生物医药产业园核心承载功能'},
  {id: 'limin-biomedicine-industrial-park', name: '利民生物医药产业园', nameEn: 'Limin Biomedicine Industrial Park (Harbin New Area)', kind: 'PARK', status: 'EXISTING',
   clause: '六（三）', quote: '做强深哈产业园、利民生物医药产业园、大庆生物医药产业园、益海嘉里（富裕）农业产业园、讷河拉哈生物技术和化学制药园等优势特色产业'},
  {id: 'northern-china-drug-cmo-base', name: '我国北方药品合同生产基地', nameEn: 'Northern China drug contract manufacturing (CMO) base', kind: 'BASE', status: 'PLANNED',
   clause: '五（一）', quote: '支持医药生产企业向合同生产服务（CMO）转型，打造我国北方药品合同生产基地。'},
  {id: 'api-and-intermediates-production-base', name: '原料药及医药中间体生产基地', nameEn: 'API and pharmaceutical intermediates production base', kind: 'BASE', status: 'PLANNED',
   clause: '五（一）', quote: '建设原料药及医药中间体生产基地。'},
  {id: 'national-antibiotics-production-base', name: '国家重要的抗生素生产基地', nameEn: 'National antibiotics production base', kind: 'BASE', status: 'EXISTING',
   clause: '五（一）', quote: '巩固提升国家重要的抗生素生产基地地位'},
  {id: 'cephalosporin-production-base', name: '国内重要的头孢类药物生产基地', nameEn: 'Cephalosporin drug production base', kind: 'BASE', status: 'PLANNED',
   clause: '专栏1', quote: '打造国内重要的头孢类药物生产基地。'},
  {id: 'lianshun-green-biomedicine-base', name: '联顺绿色生物医药产业基地', nameEn: 'Lianshun green biomedicine industrial base', kind: 'BASE', status: 'PLANNED',
   clause: '五（一）', quote: '加快建设联顺绿色生物医药产业基地、讷河拉哈生物制药产业园、多维生物药产业园，吸引相关企业集聚发展，构筑全国重要的原料药生产集聚区。'},
  {id: 'nehe-laha-biopharmaceutical-park', name: '讷河拉哈生物制药产业园', nameEn: 'Nehe Laha biopharmaceutical industrial park', kind: 'PARK', status: 'EXISTING',
   clause: '五（一）', quote: '加快建设联顺绿色生物医药产业基地、讷河拉哈生物制药产业园、多维生物药产业园，吸引相关企业集聚发展，构筑全国重要的原料药生产集聚区。'},
  {id: 'nehe-laha-biopharmaceutical-park', name: '讷河拉哈生物制药产业园', nameEn: 'Nehe Laha biopharmaceutical industrial park', kind: 'PARK', status: 'EXISTING',
   clause: '六（三）', quote: '讷河拉哈生物技术和化学制药园等优势特色产业',
   basis: '讷河拉哈生物技术和化学制药园 (六（三）) read as the same park as 讷河拉哈生物制药产业园 (五（一）)'},
  {id: 'duowei-biopharmaceutical-park', name: '多维生物药产业园', nameEn: 'Duowei biopharmaceutical industrial park', kind: 'PARK', status: 'PLANNED',
   clause: '五（一）', quote: '加快建设联顺绿色生物医药产业基地、讷河拉哈生物制药产业园、多维生物药产业园，吸引相关企业集聚发展，构筑全国重要的原料药生产集聚区。'},
  {id: 'harbin-free-trade-zone', name: '哈尔滨自贸区', nameEn: 'China (Heilongjiang) Pilot Free Trade Zone, Harbin area', kind: 'ZONE', status: 'EXISTING',
   clause: '五（一）', quote: '依法依规推动哈尔滨、黑河、绥芬河自贸区内发展汉麻提取物终端产品和实业投资'},
  {id: 'heihe-free-trade-zone', name: '黑河自贸区', nameEn: 'China (Heilongjiang) Pilot Free Trade Zone, Heihe area', kind: 'ZONE', status: 'EXISTING',
   clause: '五（一）', quote: '依法依规推动哈尔滨、黑河、绥芬河自贸区内发展汉麻提取物终端产品和实业投资'},
  {id: 'suifenhe-free-trade-zone', name: '绥芬河自贸区', nameEn: 'China (Heilongjiang) Pilot Free Trade Zone, Suifenhe area', kind: 'ZONE', status: 'EXISTING',
   clause: '五（一）', quote: '依法依规推动哈尔滨、黑河、绥芬河自贸区内发展汉麻提取物终端产品和实业投资'},
  {id: 'cold-region-tcm-manufacturing-base', name: '寒地龙药生产制造基地', nameEn: 'Cold-region TCM (寒地龙药) manufacturing base', kind: 'BASE', status: 'PLANNED',
   clause: '五（一）', quote: '打造寒地龙药生产制造基地。'},
  {id: 'authentic-herb-standardised-production-base', name: '道地药材规范化生产基地', nameEn: 'Standardised production bases for authentic medicinal herbs', kind: 'BASE', status: 'PLANNED',
   clause: '五（一）', quote: '加快培育道地药材规范化生产基地，到 2025 年全省中药材种植面积达到 500 万亩'},
  {id: 'russian-far-east-herb-base', name: '俄远东地区域外中药材基地', nameEn: 'Offshore medicinal-herb bases in the Russian Far East', kind: 'BASE', status: 'PLANNED',
   clause: '五（一）', quote: '积极拓展在俄远东地区建设域外中药材基地'},
  {id: 'fsmp-industry-base', name: '特医食品产业基地', nameEn: 'Food for special medical purposes industrial base', kind: 'BASE', status: 'PLANNED',
   clause: '五（一）', quote: '加快培育特医食品产业基地。'},
  {id: 'amino-acid-production-base', name: '世界知名的氨基酸生产基地', nameEn: 'World-renowned amino acid production base', kind: 'BASE', status: 'PLANNED',
   clause: '五（二）', quote: '打造世界知名的氨基酸生产基地。'},
  {id: 'fufeng-bio-industrial-park', name: '阜丰生物产业园', nameEn: 'Fufeng bio-industrial park', kind: 'PARK', status: 'EXISTING',
   clause: '五（二）', quote: '推动阜丰生物产业园、新和成生物发酵产业园、肇东星湖生物发酵产业园等项目创新扩量升级'},
  {id: 'nhu-bio-fermentation-park', name: '新和成生物发酵产业园', nameEn: 'NHU bio-fermentation industrial park', kind: 'PARK', status: 'EXISTING',
   clause: '五（二）', quote: '推动阜丰生物产业园、新和成生物发酵产业园、肇东星湖生物发酵产业园等项目创新扩量升级'},
  {id: 'zhaodong-xinghu-bio-fermentation-park', name: '肇东星湖生物发酵产业园', nameEn: 'Zhaodong Xinghu bio-fermentation industrial park', kind: 'PARK', status: 'EXISTING',
   clause: '五（二）', quote: '推动阜丰生物产业园、新和成生物发酵产业园、肇东星湖生物发酵产业园等项目创新扩量升级'},
  {id: 'beidahuang-bio-based-degradable-materials-base', name: '生物基可降解材料合成生物产业基地', nameEn: 'Beidahuang bio-based degradable materials synthetic-biology industry base (100-billion-yuan level target)', kind: 'BASE', status: 'PLANNED',
   clause: '五（二）', quote: '打造千亿级生物基新材料合成生物产业基地。',
   basis: '千亿级生物基新材料合成生物产业基地 (五（二）) read as the base of 四（二） (千亿级生物基可降解材料合成生物产业基地): both are the 北大荒农垦集团 polylactic-acid base'},
  {id: 'bio-seed-production-base', name: '生物制种基地', nameEn: 'Biological seed production base', kind: 'BASE', status: 'PLANNED',
   clause: '五（三）', quote: '建设生物育种平台和生物制种基地'},
  {id: 'seed-industrialisation-production-base', name: '种业产业化生产基地', nameEn: 'Seed industry industrialisation production base', kind: 'BASE', status: 'PLANNED',
   clause: '五（三）', quote: '建设国家级玉米、水稻、大豆种质创新中心，打造种业产业化生产基地。'},
  {id: 'heilongjiang-national-soybean-seed-base', name: '黑龙江国家级大豆种子基地', nameEn: 'Heilongjiang national soybean seed base', kind: 'BASE', status: 'PLANNED',
   clause: '五（三）', quote: '实施大豆提升工程，建设黑龙江国家级大豆种子基地。'},
  {id: 'hvri-international-bio-valley', name: '哈兽研国际生物谷', nameEn: 'HVRI International Bio-Valley (10-billion-yuan level target)', kind: 'PARK', status: 'PLANNED',
   clause: '五（三）', quote: '建设百亿级哈兽研国际生物谷。'},
  {id: 'black-soil-biotech-protection-demo-base', name: '黑土地生物技术保护示范基地', nameEn: 'Black soil biotechnology protection demonstration base', kind: 'BASE', status: 'PLANNED',
   clause: '五（三）', quote: '建设黑土地生物技术保护示范基地。'},
  {id: 'bioenergy-industry-demo-base', name: '百亿级生物能源产业示范基地', nameEn: 'Bioenergy industry demonstration base (10-billion-yuan level)', kind: 'BASE', status: 'PLANNED',
   clause: '五（四）', quote: '加速建设百亿级生物能源产业示范基地。'},
  {id: 'national-biomass-gas-fuel-demo-base', name: '国家生物质气体燃料示范基地', nameEn: 'National biomass gaseous fuel demonstration base', kind: 'BASE', status: 'PLANNED',
   clause: '五（四）', quote: '建设国家生物质气体燃料示范基地。'},
  {id: 'national-biomass-liquid-fuel-demo-base', name: '国家生物质液体燃料示范基地', nameEn: 'National biomass liquid fuel demonstration base', kind: 'BASE', status: 'PLANNED',
   clause: '五（四）', quote: '建设国家生物质液体燃料示范基地。'},
  {id: 'national-largest-fuel-ethanol-base', name: '全国最大的燃料乙醇生产基地', nameEn: 'Largest fuel ethanol production base in China', kind: 'BASE', status: 'PLANNED',
   clause: '五（四）', quote: '增加非粮燃料乙醇供给水平，打造全国最大的燃料乙醇生产基地。'},
  {id: 'national-biomass-solid-fuel-demo-base', name: '国家生物质固体燃料示范基地', nameEn: 'National biomass solid fuel demonstration base', kind: 'BASE', status: 'PLANNED',
   clause: '五（四）', quote: '建设国家生物质固体燃料示范基地。'},
  {id: 'bioenvironmental-industry-demo-base', name: '百亿级先进生物环保产业示范基地', nameEn: 'Advanced bio-environmental industry demonstration base (10-billion-yuan level)', kind: 'BASE', status: 'PLANNED',
   clause: '五（五）', quote: '加快建设百亿级先进生物环保产业示范基地。'},
  {id: 'biomedical-engineering-industry-demo-base', name: '百亿级生物医学工程产业示范基地', nameEn: 'Biomedical engineering industry demonstration base (10-billion-yuan level)', kind: 'BASE', status: 'PLANNED',
   clause: '五（六）', quote: '大力培育百亿级生物医学工程产业示范基地。'},
  {id: 'shenzhen-harbin-industrial-park', name: '深圳（哈尔滨）产业园区', nameEn: 'Shenzhen (Harbin) Industrial Park', kind: 'PARK', status: 'EXISTING',
   clause: '六（三）', quote: '做强深哈产业园、利民生物医药产业园、大庆生物医药产业园、益海嘉里（富裕）农业产业园、讷河拉哈生物技术和化学制药园等优势特色产业'},
  {id: 'daqing-biomedicine-industrial-park', name: '大庆生物医药产业园', nameEn: 'Daqing Biomedicine Industrial Park', kind: 'PARK', status: 'EXISTING',
   clause: '六（三）', quote: '做强深哈产业园、利民生物医药产业园、大庆生物医药产业园、益海嘉里（富裕）农业产业园、讷河拉哈生物技术和化学制药园等优势特色产业'},
  {id: 'yihai-kerry-fuyu-agricultural-park', name: '益海嘉里（富裕）农业产业园', nameEn: 'Yihai Kerry (Fuyu) Agricultural Industrial Park', kind: 'PARK', status: 'EXISTING',
   clause: '六（三）', quote: '做强深哈产业园、利民生物医药产业园、大庆生物医药产业园、益海嘉里（富裕）农业产业园、讷河拉哈生物技术和化学制药园等优势特色产业'},
  {id: 'heixiazi-island-sino-russian-cooperation-zone', name: '黑瞎子岛中俄国际合作示范区', nameEn: 'Heixiazi Island China-Russia International Cooperation Demonstration Zone', kind: 'ZONE', status: 'EXISTING',
   clause: '六（九）', quote: '依托黑瞎子岛中俄国际合作示范区，对标国家高水平开放典范，强化功能载体建设，开展国际生物经济高质量合作。'},
  {id: 'bio-headquarters-registration-base', name: '总部注册基地', nameEn: 'Headquarters registration base (international bio-economy cooperation)', kind: 'BASE', status: 'PLANNED',
   clause: '六（九）', quote: '建设中俄生物产业联盟、国际生物领域科研平台、总部注册基地'},
  {id: 'harbin-new-area', name: '哈尔滨新区', nameEn: 'Harbin New Area', kind: 'ZONE', status: 'EXISTING',
   clause: '六（十）', quote: '推动哈尔滨新区和齐齐哈尔、牡丹江、佳木斯、大庆、鸡西、七台河、绥化等省级以上开发区，加快建设生物产业创新创业孵化器'}
] AS row
MERGE (p:Park {id: row.id})
SET p.name = row.name, p.nameEn = row.nameEn, p.kind = row.kind, p.status = row.status
WITH p, row
MATCH (doc:Document {id: 'hlj-bioeconomy-plan-14th'})
MERGE (p)-[c:CITED_IN {clause: row.clause}]->(doc)
SET c.quote = row.quote, c.basis = row.basis;

// 5a. Park locations: where stated or evident from the name.
UNWIND [
  {id: 'harbin-biomedicine-innovation-transformation-base', code: '230100', clause: '五（一）', quote: '建设哈尔滨生物医药创新转化基地。', basis: 'read from the name'},
  {id: 'limin-biomedicine-industrial-park', code: '230100', clause: '五（一）', quote: '发挥新区利民生物医药产业园核心承载功能',
   basis: '新区 is 哈尔滨新区, the subject of the paragraph 建设哈尔滨生物医药创新转化基地'},
  {id: 'nehe-laha-biopharmaceutical-park', code: '230281', clause: '五（一）', quote: '讷河拉哈生物制药产业园', basis: 'read from the name (讷河, 拉哈 is a town of 讷河市)'},
  {id: 'harbin-free-trade-zone', code: '230100', clause: '五（一）', quote: '依法依规推动哈尔滨、黑河、绥芬河自贸区内发展汉麻提取物终端产品和实业投资', basis: 'read from the name'},
  {id: 'heihe-free-trade-zone', code: '231100', clause: '五（一）', quote: '依法依规推动哈尔滨、黑河、绥芬河自贸区内发展汉麻提取物终端产品和实业投资', basis: 'read from the name'},
  {id: 'suifenhe-free-trade-zone', code: '231081', clause: '五（一）', quote: '依法依规推动哈尔滨、黑河、绥芬河自贸区内发展汉麻提取物终端产品和实业投资', basis: 'read from the name'},
  {id: 'zhaodong-xinghu-bio-fermentation-park', code: '231282', clause: '五（二）', quote: '肇东星湖生物发酵产业园', basis: 'read from the name'},
  {id: 'heilongjiang-national-soybean-seed-base', code: '230000', clause: '五（三）', quote: '建设黑龙江国家级大豆种子基地', basis: 'read from the name'},
  {id: 'daqing-biomedicine-industrial-park', code: '230600', clause: '六（三）', quote: '大庆生物医药产业园', basis: 'read from the name'},
  {id: 'yihai-kerry-fuyu-agricultural-park', code: '230227', clause: '六（三）', quote: '益海嘉里（富裕）农业产业园', basis: 'read from the name (富裕)'},
  {id: 'harbin-new-area', code: '230100', clause: '六（十）', quote: '推动哈尔滨新区和齐齐哈尔、牡丹江、佳木斯、大庆、鸡西、七台河、绥化等省级以上开发区', basis: 'read from the name'}
] AS row
MATCH (p:Park {id: row.id})
MATCH (r:Region {code: row.code})
MERGE (p)-[l:LOCATED_IN {doc: 'hlj-bioeconomy-plan-14th'}]->(r)
SET l.clause = row.clause, l.quote = row.quote, l.basis = row.basis;

// 5b. What parks and bases host: chain links.
UNWIND [
  {id: 'national-antibiotics-production-base', to: 'api-formulation-chain:api', clause: '五（一）', quote: '巩固提升国家重要的抗生素生产基地地位，创新研发抗肿瘤药物、心脑血管、神经类原料药及医药中间体产业。'},
  {id: 'lianshun-green-biomedicine-base', to: 'api-formulation-chain:api', clause: '五（一）', quote: '加快建设联顺绿色生物医药产业基地、讷河拉哈生物制药产业园、多维生物药产业园，吸引相关企业集聚发展，构筑全国重要的原料药生产集聚区。'},
  {id: 'nehe-laha-biopharmaceutical-park', to: 'api-formulation-chain:api', clause: '五（一）', quote: '加快建设联顺绿色生物医药产业基地、讷河拉哈生物制药产业园、多维生物药产业园，吸引相关企业集聚发展，构筑全国重要的原料药生产集聚区。'},
  {id: 'duowei-biopharmaceutical-park', to: 'api-formulation-chain:api', clause: '五（一）', quote: '加快建设联顺绿色生物医药产业基地、讷河拉哈生物制药产业园、多维生物药产业园，吸引相关企业集聚发展，构筑全国重要的原料药生产集聚区。'},
  {id: 'harbin-free-trade-zone', to: 'hemp-extract-chain:end-products', clause: '五（一）', quote: '依法依规推动哈尔滨、黑河、绥芬河自贸区内发展汉麻提取物终端产品和实业投资'},
  {id: 'heihe-free-trade-zone', to: 'hemp-extract-chain:end-products', clause: '五（一）', quote: '依法依规推动哈尔滨、黑河、绥芬河自贸区内发展汉麻提取物终端产品和实业投资'},
  {id: 'suifenhe-free-trade-zone', to: 'hemp-extract-chain:end-products', clause: '五（一）', quote: '依法依规推动哈尔滨、黑河、绥芬河自贸区内发展汉麻提取物终端产品和实业投资'},
  {id: 'authentic-herb-standardised-production-base', to: 'cold-region-tcm-chain:authentic-herb-cultivation', clause: '五（一）', quote: '加快培育道地药材规范化生产基地，到 2025 年全省中药材种植面积达到 500 万亩'},
  {id: 'russian-far-east-herb-base', to: 'cold-region-tcm-chain:authentic-herb-cultivation', clause: '五（一）', quote: '积极拓展在俄远东地区建设域外中药材基地'},
  {id: 'fufeng-bio-industrial-park', to: 'corn-fermentation-amino-acid-chain:bulk-fermentation', clause: '五（二）', quote: '推动阜丰生物产业园、新和成生物发酵产业园、肇东星湖生物发酵产业园等项目创新扩量升级，加快提升肌苷、鸟苷、腺苷、赖氨酸、谷氨酸、苏氨酸、衣康酸等玉米发酵产业先进产能。'},
  {id: 'nhu-bio-fermentation-park', to: 'corn-fermentation-amino-acid-chain:bulk-fermentation', clause: '五（二）', quote: '推动阜丰生物产业园、新和成生物发酵产业园、肇东星湖生物发酵产业园等项目创新扩量升级，加快提升肌苷、鸟苷、腺苷、赖氨酸、谷氨酸、苏氨酸、衣康酸等玉米发酵产业先进产能。'},
  {id: 'zhaodong-xinghu-bio-fermentation-park', to: 'corn-fermentation-amino-acid-chain:bulk-fermentation', clause: '五（二）', quote: '推动阜丰生物产业园、新和成生物发酵产业园、肇东星湖生物发酵产业园等项目创新扩量升级，加快提升肌苷、鸟苷、腺苷、赖氨酸、谷氨酸、苏氨酸、衣康酸等玉米发酵产业先进产能。'},
  {id: 'bio-seed-production-base', to: 'modern-bio-breeding-chain:seed-multiplication', clause: '五（三）', quote: '建设生物育种平台和生物制种基地'},
  {id: 'heilongjiang-national-soybean-seed-base', to: 'modern-bio-breeding-chain:seed-multiplication', clause: '五（三）', quote: '实施大豆提升工程，建设黑龙江国家级大豆种子基地。'}
] AS row
MATCH (p:Park {id: row.id})
MATCH (t:ChainLink {id: row.to})
MERGE (p)-[r:SUPPORTS {doc: 'hlj-bioeconomy-plan-14th'}]->(t)
SET r.clause = row.clause, r.quote = row.quote;

// 5c. What parks and bases host: whole chains.
UNWIND [
  {id: 'api-and-intermediates-production-base', to: 'api-formulation-chain', clause: '五（一）', quote: '鼓励原料药制剂一体化发展。顺应创新药及国产优质仿制药代替原研药趋势'},
  {id: 'cold-region-tcm-manufacturing-base', to: 'cold-region-tcm-chain', clause: '五（一）', quote: '打造寒地龙药生产制造基地。强化源头质量控制。'},
  {id: 'amino-acid-production-base', to: 'corn-fermentation-amino-acid-chain', clause: '五（二）', quote: '打造世界知名的氨基酸生产基地。加强齐齐哈尔、绥化等地产业布局'},
  {id: 'beidahuang-bio-based-degradable-materials-base', to: 'beidahuang-zero-carbon-pla-chain', clause: '五（二）', quote: '的零碳全产业链，打造千亿级生物基新材料合成生物产业基地。'},
  {id: 'beidahuang-bio-based-degradable-materials-base', to: 'cold-region-grain-pla-chain', clause: '四（二）', quote: '支持北大荒农垦集团建设寒地粮食基淀粉糖生物发酵聚乳酸全产业链，打造千亿级生物基可降解材料合成生物产业基地。'},
  {id: 'seed-industrialisation-production-base', to: 'modern-bio-breeding-chain', clause: '五（三）', quote: '建设国家级玉米、水稻、大豆种质创新中心，打造种业产业化生产基地。'},
  {id: 'national-biomass-gas-fuel-demo-base', to: 'biogas-chain', clause: '五（四）', quote: '加快布局建设生物天然气项目，打造生物燃气全产业链'},
  {id: 'national-biomass-gas-fuel-demo-base', to: 'straw-gasification-cogeneration-chain', clause: '五（四）', quote: '推动基于秸秆气化的热/电—炭/肥联产技术应用，形成能源循环利用模式。'},
  {id: 'national-biomass-liquid-fuel-demo-base', to: 'straw-cellulosic-ethanol-chain', clause: '五（四）', quote: '加快海伦国投生物纤维素燃料乙醇示范项目建设，为国内纤维素燃料乙醇项目建设提供可借鉴、可复制经验'},
  {id: 'national-biomass-solid-fuel-demo-base', to: 'biomass-briquette-heating-chain', clause: '五（四）', quote: '鼓励建设以生物质成型燃料供热为主的工业园区，打造生物质粉碎、成型压块设备核心部件制造加工平台'}
] AS row
MATCH (p:Park {id: row.id})
MATCH (t:Chain {id: row.to})
MERGE (p)-[r:SUPPORTS {doc: 'hlj-bioeconomy-plan-14th'}]->(t)
SET r.clause = row.clause, r.quote = row.quote;

// 5d. What parks and bases host: directions.
UNWIND [
  {id: 'limin-biomedicine-industrial-park', to: 'biopharmaceutical-industry', clause: '五（一）', quote: '发挥新区利民生物医药产业园核心承载功能，整合行业资源，组建发展智库，集中资金支持，建设生物创新药产业中心'},
  {id: 'api-and-intermediates-production-base', to: 'api-and-pharmaceutical-intermediates', clause: '五（一）', quote: '建设原料药及医药中间体生产基地。积极承接产业转移。'},
  {id: 'cephalosporin-production-base', to: 'api-and-pharmaceutical-intermediates', clause: '专栏1', quote: '研发抗生素药物、神经系统药物、心脑血管系统药物等，打造国内重要的头孢类药物生产基地。'},
  {id: 'cold-region-tcm-manufacturing-base', to: 'cold-region-tcm-industry', clause: '五（一）', quote: '打造寒地龙药生产制造基地。'},
  {id: 'fsmp-industry-base', to: 'food-for-special-medical-purposes', clause: '五（一）', quote: '加快培育特医食品产业基地。大力发展特医用途配方食品。'},
  {id: 'hvri-international-bio-valley', to: 'veterinary-biologics', clause: '五（三）', quote: '做大兽用生物制品产业链。实施哈兽研产业化工程。'},
  {id: 'black-soil-biotech-protection-demo-base', to: 'black-soil-protection', clause: '五（三）', quote: '建设黑土地生物技术保护示范基地。'},
  {id: 'national-biomass-gas-fuel-demo-base', to: 'gaseous-biofuels', clause: '五（四）', quote: '建设国家生物质气体燃料示范基地。'},
  {id: 'national-biomass-liquid-fuel-demo-base', to: 'liquid-biofuels', clause: '五（四）', quote: '建设国家生物质液体燃料示范基地。'},
  {id: 'national-largest-fuel-ethanol-base', to: 'liquid-biofuels', clause: '五（四）', quote: '增加非粮燃料乙醇供给水平，打造全国最大的燃料乙醇生产基地。'},
  {id: 'national-biomass-solid-fuel-demo-base', to: 'solid-biofuels', clause: '五（四）', quote: '建设国家生物质固体燃料示范基地。'}
] AS row
MATCH (p:Park {id: row.id})
MATCH (t:Direction {id: row.to})
MERGE (p)-[r:SUPPORTS {doc: 'hlj-bioeconomy-plan-14th'}]->(t)
SET r.clause = row.clause, r.quote = row.quote;

// 5e. What parks and bases host: domains.
UNWIND [
  {id: 'harbin-biomedicine-innovation-transformation-base', to: 'biomedicine', clause: '五（一）', quote: '建设哈尔滨生物医药创新转化基地。', basis: null},
  {id: 'northern-china-drug-cmo-base', to: 'biomedicine', clause: '五（一）', quote: '支持医药生产企业向合同生产服务（CMO）转型，打造我国北方药品合同生产基地。', basis: null},
  {id: 'bioenergy-industry-demo-base', to: 'bioenergy', clause: '五（四）', quote: '加速建设百亿级生物能源产业示范基地。', basis: null},
  {id: 'bioenvironmental-industry-demo-base', to: 'bioenvironmental', clause: '五（五）', quote: '加快建设百亿级先进生物环保产业示范基地。', basis: null},
  {id: 'biomedical-engineering-industry-demo-base', to: 'biomedical-engineering', clause: '五（六）', quote: '大力培育百亿级生物医学工程产业示范基地。', basis: null},
  {id: 'daqing-biomedicine-industrial-park', to: 'biomedicine', clause: '六（三）', quote: '大庆生物医药产业园', basis: 'read from the name of the park'},
  {id: 'yihai-kerry-fuyu-agricultural-park', to: 'bioagriculture', clause: '六（三）', quote: '益海嘉里（富裕）农业产业园', basis: 'read from the name of the park'}
] AS row
MATCH (p:Park {id: row.id})
MATCH (t:Domain {id: row.to})
MERGE (p)-[r:SUPPORTS {doc: 'hlj-bioeconomy-plan-14th'}]->(t)
SET r.clause = row.clause, r.quote = row.quote, r.basis = row.basis;

// ---------------------------------------------------------------------------------------------
// 6. Institutions named in 五 to 七 (universities, institutes, other public bodies).
UNWIND [
  {id: 'heilongjiang-academy-of-sciences', name: '黑龙江省科学院', nameEn: 'Heilongjiang Academy of Sciences', kind: 'INSTITUTE', clause: '五（二）',
   quote: '依托省科学院、东北农业大学、哈尔滨工业大学、齐齐哈尔大学等院所和国投、中粮、龙江阜丰等重点企业'},
  {id: 'heilongjiang-academy-of-sciences', name: '黑龙江省科学院', nameEn: 'Heilongjiang Academy of Sciences', kind: 'INSTITUTE', clause: '五（三）',
   quote: '依托省科学院、省农科院、东北农业大学等院校，以松嫩平原、三江平原为重点'},
  {id: 'heilongjiang-academy-of-sciences', name: '黑龙江省科学院', nameEn: 'Heilongjiang Academy of Sciences', kind: 'INSTITUTE', clause: '六（八）',
   quote: '依托哈尔滨工业大学、东北农业大学、省科学院、省农科院等院校和葫芦大数据等骨干企业'},
  {id: 'heilongjiang-academy-of-sciences', name: '黑龙江省科学院', nameEn: 'Heilongjiang Academy of Sciences', kind: 'INSTITUTE', clause: '七（二）',
   quote: '依托哈兽研，联合哈尔滨工业大学、哈尔滨医科大学、省农科院和省科学院等高校和科研院所，组建股份制生物技术与产业研究中心'},
  {id: 'northeast-agricultural-university', name: '东北农业大学', nameEn: 'Northeast Agricultural University', kind: 'UNIVERSITY', clause: '五（二）',
   quote: '依托省科学院、东北农业大学、哈尔滨工业大学、齐齐哈尔大学等院所和国投、中粮、龙江阜丰等重点企业'},
  {id: 'northeast-agricultural-university', name: '东北农业大学', nameEn: 'Northeast Agricultural University', kind: 'UNIVERSITY', clause: '五（三）',
   quote: '支持哈兽研和东北农业大学采用现代生物技术探索培育宠物花卉等名优特新品种'},
  {id: 'northeast-agricultural-university', name: '东北农业大学', nameEn: 'Northeast Agricultural University', kind: 'UNIVERSITY', clause: '五（五）',
   quote: '依托省农科院、东北农业大学等加强污染土壤微生物修复菌株筛选与制剂研发'},
  {id: 'northeast-agricultural-university', name: '东北农业大学', nameEn: 'Northeast Agricultural University', kind: 'UNIVERSITY', clause: '六（六）',
   quote: '支持哈尔滨工业大学、哈尔滨工程大学、哈尔滨医科大学、黑龙江中医药大学、东北林业大学、东北农业大学等高校，建设生物技术领域相关学科和研究培养方向'},
  {id: 'harbin-institute-of-technology', name: '哈尔滨工业大学', nameEn: 'Harbin Institute of Technology', kind: 'UNIVERSITY', clause: '五（二）',
   quote: '依托省科学院、东北农业大学、哈尔滨工业大学、齐齐哈尔大学等院所和国投、中粮、龙江阜丰等重点企业'},
  {id: 'harbin-institute-of-technology', name: '哈尔滨工业大学', nameEn: 'Harbin Institute of Technology', kind: 'UNIVERSITY', clause: '五（四）',
   quote: '支持哈工大利用有机废水发酵法生物制氢'},
  {id: 'harbin-institute-of-technology', name: '哈尔滨工业大学', nameEn: 'Harbin Institute of Technology', kind: 'UNIVERSITY', clause: '五（五）',
   quote: '以哈尔滨工业大学等科研机构和龙江环保集团等骨干企业为依托'},
  {id: 'harbin-institute-of-technology', name: '哈尔滨工业大学', nameEn: 'Harbin Institute of Technology', kind: 'UNIVERSITY', clause: '五（六）',
   quote: '加快哈尔滨工业大学、省科学院智能制造所等成果产业化'},
  {id: 'harbin-institute-of-technology', name: '哈尔滨工业大学', nameEn: 'Harbin Institute of Technology', kind: 'UNIVERSITY', clause: '六（六）',
   quote: '支持哈尔滨工业大学、哈尔滨工程大学、哈尔滨医科大学、黑龙江中医药大学、东北林业大学、东北农业大学等高校，建设生物技术领域相关学科和研究培养方向'},
  {id: 'qiqihar-university', name: '齐齐哈尔大学', nameEn: 'Qiqihar University', kind: 'UNIVERSITY', clause: '五（二）',
   quote: '依托省科学院、东北农业大学、哈尔滨工业大学、齐齐哈尔大学等院所和国投、中粮、龙江阜丰等重点企业'},
  {id: 'heilongjiang-green-food-research-institute', name: '黑龙江省绿色食品科学研究所', nameEn: 'Heilongjiang Green Food Research Institute', kind: 'INSTITUTE', clause: '五（二）',
   quote: '依托飞鹤乳业、哈尔滨秋田虹生物科技有限公司、东北农业大学、省绿色食品科学研究所等重点企业、高校和院所'},
  {id: 'cas-tianjin-institute-of-industrial-biotechnology', name: '中国科学院天津工业生物技术研究所', nameEn: 'Tianjin Institute of Industrial Biotechnology, Chinese Academy of Sciences', kind: 'INSTITUTE', clause: '五（二）',
   quote: '支持绥化市、中科院天津工业生物所、省科学院、象屿集团创新合作模式，创建政研企协同的北方合成生物产业研究院'},
  {id: 'harbin-medical-university', name: '哈尔滨医科大学', nameEn: 'Harbin Medical University', kind: 'UNIVERSITY', clause: '五（二）',
   quote: '及我省的东北农业大学、哈尔滨医科大学、省微生物所等合作'},
  {id: 'harbin-medical-university', name: '哈尔滨医科大学', nameEn: 'Harbin Medical University', kind: 'UNIVERSITY', clause: '五（六）',
   quote: '依托哈尔滨工业大学、哈尔滨医科大学、省医学科学院等高校院所成果产业化'},
  {id: 'harbin-medical-university', name: '哈尔滨医科大学', nameEn: 'Harbin Medical University', kind: 'UNIVERSITY', clause: '七（二）',
   quote: '依托哈兽研，联合哈尔滨工业大学、哈尔滨医科大学、省农科院和省科学院等高校和科研院所，组建股份制生物技术与产业研究中心'},
  {id: 'heilongjiang-institute-of-microbiology', name: '黑龙江省微生物研究所', nameEn: 'Heilongjiang Institute of Microbiology', kind: 'INSTITUTE', clause: '五（二）',
   quote: '及我省的东北农业大学、哈尔滨医科大学、省微生物所等合作'},
  {id: 'heilongjiang-academy-of-agricultural-sciences', name: '黑龙江省农业科学院', nameEn: 'Heilongjiang Academy of Agricultural Sciences', kind: 'INSTITUTE', clause: '五（三）',
   quote: '推动先正达集团等龙头企业与省农科院、东北农业大学、北大荒农垦集团合作，建设国家级玉米、水稻、大豆种质创新中心'},
  {id: 'heilongjiang-academy-of-agricultural-sciences', name: '黑龙江省农业科学院', nameEn: 'Heilongjiang Academy of Agricultural Sciences', kind: 'INSTITUTE', clause: '五（五）',
   quote: '依托省农科院、东北农业大学等加强污染土壤微生物修复菌株筛选与制剂研发'},
  {id: 'heilongjiang-academy-of-agricultural-sciences', name: '黑龙江省农业科学院', nameEn: 'Heilongjiang Academy of Agricultural Sciences', kind: 'INSTITUTE', clause: '七（二）',
   quote: '依托哈兽研，联合哈尔滨工业大学、哈尔滨医科大学、省农科院和省科学院等高校和科研院所，组建股份制生物技术与产业研究中心'},
  {id: 'harbin-veterinary-research-institute', name: '中国农业科学院哈尔滨兽医研究所', nameEn: 'Harbin Veterinary Research Institute, CAAS', kind: 'INSTITUTE', clause: '五（三）',
   quote: '实施哈兽研产业化工程。依托哈兽研、维科生物等科研院所和重点企业'},
  {id: 'harbin-veterinary-research-institute', name: '中国农业科学院哈尔滨兽医研究所', nameEn: 'Harbin Veterinary Research Institute, CAAS', kind: 'INSTITUTE', clause: '六（五）',
   quote: '进一步做强哈药、珍宝岛、葵花、哈兽研、灵泰等传统优势品牌'},
  {id: 'harbin-veterinary-research-institute', name: '中国农业科学院哈尔滨兽医研究所', nameEn: 'Harbin Veterinary Research Institute, CAAS', kind: 'INSTITUTE', clause: '七（二）',
   quote: '依托哈兽研，联合哈尔滨工业大学、哈尔滨医科大学、省农科院和省科学院等高校和科研院所，组建股份制生物技术与产业研究中心'},
  {id: 'csic-703-research-institute', name: '703研究所', nameEn: 'No. 703 Research Institute', kind: 'INSTITUTE', clause: '五（四）',
   quote: '支持华润集团、703 研究所、博能环保科技有限公司开展多元原料混合厌氧发酵产气等关键技术和装备研发'},
  {id: 'has-institute-of-intelligent-manufacturing', name: '黑龙江省科学院智能制造研究所', nameEn: 'Institute of Intelligent Manufacturing, Heilongjiang Academy of Sciences', kind: 'INSTITUTE', clause: '五（六）',
   quote: '加快哈尔滨工业大学、省科学院智能制造所等成果产业化'},
  {id: 'harbin-engineering-university', name: '哈尔滨工程大学', nameEn: 'Harbin Engineering University', kind: 'UNIVERSITY', clause: '五（六）',
   quote: '依托哈尔滨工业大学、哈尔滨工程大学等计算机和增材制造先进技术，推进医工结合'},
  {id: 'harbin-engineering-university', name: '哈尔滨工程大学', nameEn: 'Harbin Engineering University', kind: 'UNIVERSITY', clause: '六（六）',
   quote: '支持哈尔滨工业大学、哈尔滨工程大学、哈尔滨医科大学、黑龙江中医药大学、东北林业大学、东北农业大学等高校，建设生物技术领域相关学科和研究培养方向'},
  {id: 'heilongjiang-academy-of-medical-sciences', name: '黑龙江省医学科学院', nameEn: 'Heilongjiang Academy of Medical Sciences', kind: 'INSTITUTE', clause: '五（六）',
   quote: '依托哈尔滨工业大学、哈尔滨医科大学、省医学科学院等高校院所成果产业化'},
  {id: 'heilongjiang-cdc', name: '黑龙江省疾病预防控制中心', nameEn: 'Heilongjiang Center for Disease Control and Prevention', kind: 'OTHER', clause: '五（六）',
   quote: '依托省疾控、哈尔滨医科大学、哈尔滨工业大学等科技实力'},
  {id: 'heilongjiang-university-of-chinese-medicine', name: '黑龙江中医药大学', nameEn: 'Heilongjiang University of Chinese Medicine', kind: 'UNIVERSITY', clause: '六（六）',
   quote: '支持哈尔滨工业大学、哈尔滨工程大学、哈尔滨医科大学、黑龙江中医药大学、东北林业大学、东北农业大学等高校，建设生物技术领域相关学科和研究培养方向'},
  {id: 'northeast-forestry-university', name: '东北林业大学', nameEn: 'Northeast Forestry University', kind: 'UNIVERSITY', clause: '六（六）',
   quote: '支持哈尔滨工业大学、哈尔滨工程大学、哈尔滨医科大学、黑龙江中医药大学、东北林业大学、东北农业大学等高校，建设生物技术领域相关学科和研究培养方向'},
  {id: 'heilongjiang-bioeconomy-advisory-committee', name: '省级生物经济发展咨询委员会', nameEn: 'Provincial bioeconomy development advisory committee (planned)', kind: 'OTHER', clause: '七（一）',
   quote: '成立省级生物经济发展咨询委员会，统筹全省生物经济发展资源'}
] AS row
MERGE (i:Institution {id: row.id})
SET i.name = row.name, i.nameEn = row.nameEn, i.kind = row.kind
WITH i, row
MATCH (doc:Document {id: 'hlj-bioeconomy-plan-14th'})
MERGE (i)-[c:CITED_IN {clause: row.clause}]->(doc)
SET c.quote = row.quote;

// 6a. Short forms the plan uses for the institutions above (省科学院, 省农科院, 哈工大 ...). The names are the full forms.
UNWIND [
  {id: 'heilongjiang-academy-of-sciences', aliases: '省科学院', basis: 'the plan says 省科学院 only, the name is the full form'},
  {id: 'heilongjiang-academy-of-agricultural-sciences', aliases: '省农科院', basis: 'the plan says 省农科院 only, the name is the full form'},
  {id: 'harbin-institute-of-technology', aliases: '哈工大', basis: null},
  {id: 'heilongjiang-green-food-research-institute', aliases: '省绿色食品科学研究所', basis: 'the plan says 省绿色食品科学研究所, the name adds the province'},
  {id: 'cas-tianjin-institute-of-industrial-biotechnology', aliases: '中科院天津工业生物所', basis: 'the plan says 中科院天津工业生物所, the name is the full form'},
  {id: 'heilongjiang-institute-of-microbiology', aliases: '省微生物所', basis: 'the plan says 省微生物所 only, the name is the full form'},
  {id: 'harbin-veterinary-research-institute', aliases: '哈兽研', basis: 'the texts call it 哈兽研 only, the name is the institute official full name'},
  {id: 'csic-703-research-institute', aliases: '703 研究所', basis: null},
  {id: 'has-institute-of-intelligent-manufacturing', aliases: '省科学院智能制造所', basis: 'the plan says 省科学院智能制造所 only, the name is the full form'},
  {id: 'heilongjiang-academy-of-medical-sciences', aliases: '省医学科学院', basis: 'the plan says 省医学科学院, the name adds the province'},
  {id: 'heilongjiang-cdc', aliases: '省疾控', basis: 'the plan says 省疾控 only, the name is the full form'},
  {id: 'heilongjiang-bioeconomy-advisory-committee', aliases: null, basis: 'to be set up (成立), not an existing body'}
] AS row
MATCH (i:Institution {id: row.id})
SET i.aliases = row.aliases, i.basis = row.basis;

// 6b. Institution locations: only where the name places it.
UNWIND [
  {id: 'harbin-institute-of-technology', code: '230100', clause: '五（二）', quote: '哈尔滨工业大学'},
  {id: 'harbin-engineering-university', code: '230100', clause: '五（六）', quote: '哈尔滨工业大学、哈尔滨工程大学'},
  {id: 'qiqihar-university', code: '230200', clause: '五（二）', quote: '齐齐哈尔大学'}
] AS row
MATCH (i:Institution {id: row.id})
MATCH (r:Region {code: row.code})
MERGE (i)-[l:LOCATED_IN {doc: 'hlj-bioeconomy-plan-14th'}]->(r)
SET l.clause = row.clause, l.quote = row.quote, l.basis = 'read from the name';

// 6c. What institutions serve: directions.
UNWIND [
  {id: 'heilongjiang-academy-of-sciences', to: 'fermentation-industry', clause: '五（二）', quote: '树立全国发酵产业引领地位。积极引进重点企业，依托省科学院、东北农业大学、哈尔滨工业大学、齐齐哈尔大学等院所'},
  {id: 'northeast-agricultural-university', to: 'fermentation-industry', clause: '五（二）', quote: '树立全国发酵产业引领地位。积极引进重点企业，依托省科学院、东北农业大学、哈尔滨工业大学、齐齐哈尔大学等院所'},
  {id: 'harbin-institute-of-technology', to: 'fermentation-industry', clause: '五（二）', quote: '树立全国发酵产业引领地位。积极引进重点企业，依托省科学院、东北农业大学、哈尔滨工业大学、齐齐哈尔大学等院所'},
  {id: 'qiqihar-university', to: 'fermentation-industry', clause: '五（二）', quote: '树立全国发酵产业引领地位。积极引进重点企业，依托省科学院、东北农业大学、哈尔滨工业大学、齐齐哈尔大学等院所'},
  {id: 'heilongjiang-green-food-research-institute', to: 'fermentation-industry', clause: '五（二）', quote: '省绿色食品科学研究所等重点企业、高校和院所，推动发酵乳产业和后生元（灭活益生菌）产业加快发展。'},
  {id: 'heilongjiang-academy-of-sciences', to: 'synthetic-biology-industry', clause: '五（二）', quote: '支持绥化市、中科院天津工业生物所、省科学院、象屿集团创新合作模式，创建政研企协同的北方合成生物产业研究院'},
  {id: 'cas-tianjin-institute-of-industrial-biotechnology', to: 'synthetic-biology-industry', clause: '五（二）', quote: '支持绥化市、中科院天津工业生物所、省科学院、象屿集团创新合作模式，创建政研企协同的北方合成生物产业研究院'},
  {id: 'northeast-agricultural-university', to: 'synthetic-biology-industry', clause: '五（二）', quote: '支持骨干发酵企业加强与国内外相关领域重点科研院所，及我省的东北农业大学、哈尔滨医科大学、省微生物所等合作'},
  {id: 'harbin-medical-university', to: 'synthetic-biology-industry', clause: '五（二）', quote: '支持骨干发酵企业加强与国内外相关领域重点科研院所，及我省的东北农业大学、哈尔滨医科大学、省微生物所等合作'},
  {id: 'heilongjiang-institute-of-microbiology', to: 'synthetic-biology-industry', clause: '五（二）', quote: '支持骨干发酵企业加强与国内外相关领域重点科研院所，及我省的东北农业大学、哈尔滨医科大学、省微生物所等合作'},
  {id: 'harbin-veterinary-research-institute', to: 'bio-breeding', clause: '五（三）', quote: '支持哈兽研和东北农业大学采用现代生物技术探索培育宠物花卉等名优特新品种'},
  {id: 'northeast-agricultural-university', to: 'bio-breeding', clause: '五（三）', quote: '支持哈兽研和东北农业大学采用现代生物技术探索培育宠物花卉等名优特新品种'},
  {id: 'harbin-veterinary-research-institute', to: 'veterinary-biologics', clause: '五（三）', quote: '依托哈兽研、维科生物等科研院所和重点企业，充分利用技术和人才优势，开展体制机制创新，加快开发新型畜禽疫苗、宠物用高效疫苗'},
  {id: 'heilongjiang-academy-of-sciences', to: 'black-soil-protection', clause: '五（三）', quote: '建设黑土地生物技术保护示范基地。依托省科学院、省农科院、东北农业大学等院校'},
  {id: 'heilongjiang-academy-of-agricultural-sciences', to: 'black-soil-protection', clause: '五（三）', quote: '建设黑土地生物技术保护示范基地。依托省科学院、省农科院、东北农业大学等院校'},
  {id: 'northeast-agricultural-university', to: 'black-soil-protection', clause: '五（三）', quote: '完善生物农药产业体系。依托东北农业大学、德强生物等校企'},
  {id: 'harbin-institute-of-technology', to: 'gaseous-biofuels', clause: '五（四）', quote: '支持哈工大利用有机废水发酵法生物制氢，加强与污水、垃圾处理企业合作建设示范工程'},
  {id: 'harbin-institute-of-technology', to: 'biological-water-pollution-treatment', clause: '五（五）', quote: '推进水污染生物治理示范应用。以哈尔滨工业大学等科研机构和龙江环保集团等骨干企业为依托'},
  {id: 'heilongjiang-academy-of-agricultural-sciences', to: 'contaminated-soil-bioremediation', clause: '五（五）', quote: '推进污染土壤生物修复示范应用。依托省农科院、东北农业大学等加强污染土壤微生物修复菌株筛选与制剂研发'},
  {id: 'northeast-agricultural-university', to: 'contaminated-soil-bioremediation', clause: '五（五）', quote: '推进污染土壤生物修复示范应用。依托省农科院、东北农业大学等加强污染土壤微生物修复菌株筛选与制剂研发'},
  {id: 'harbin-institute-of-technology', to: 'biomedical-materials', clause: '五（六）', quote: '加快发展生物医用材料产业。加快哈尔滨工业大学、省科学院智能制造所等成果产业化'},
  {id: 'has-institute-of-intelligent-manufacturing', to: 'biomedical-materials', clause: '五（六）', quote: '加快发展生物医用材料产业。加快哈尔滨工业大学、省科学院智能制造所等成果产业化'},
  {id: 'harbin-engineering-university', to: 'biomedical-materials', clause: '五（六）', quote: '依托哈尔滨工业大学、哈尔滨工程大学等计算机和增材制造先进技术，推进医工结合，支持骨干医院建设数字骨科与生物技术诊疗中心'},
  {id: 'harbin-institute-of-technology', to: 'bio-diagnostic-and-therapeutic-equipment', clause: '五（六）', quote: '加快发展生物诊疗设备。依托哈尔滨工业大学、哈尔滨医科大学、省医学科学院等高校院所成果产业化'},
  {id: 'harbin-medical-university', to: 'bio-diagnostic-and-therapeutic-equipment', clause: '五（六）', quote: '加快发展生物诊疗设备。依托哈尔滨工业大学、哈尔滨医科大学、省医学科学院等高校院所成果产业化'},
  {id: 'heilongjiang-academy-of-medical-sciences', to: 'bio-diagnostic-and-therapeutic-equipment', clause: '五（六）', quote: '加快发展生物诊疗设备。依托哈尔滨工业大学、哈尔滨医科大学、省医学科学院等高校院所成果产业化'},
  {id: 'heilongjiang-cdc', to: 'diagnostic-reagents-and-equipment', clause: '五（六）', quote: '加快发展生物医学诊断试剂及设备。依托省疾控、哈尔滨医科大学、哈尔滨工业大学等科技实力'},
  {id: 'harbin-medical-university', to: 'diagnostic-reagents-and-equipment', clause: '五（六）', quote: '加快发展生物医学诊断试剂及设备。依托省疾控、哈尔滨医科大学、哈尔滨工业大学等科技实力'},
  {id: 'harbin-institute-of-technology', to: 'diagnostic-reagents-and-equipment', clause: '五（六）', quote: '加快发展生物医学诊断试剂及设备。依托省疾控、哈尔滨医科大学、哈尔滨工业大学等科技实力'}
] AS row
MATCH (i:Institution {id: row.id})
MATCH (t:Direction {id: row.to})
MERGE (i)-[r:SUPPORTS {doc: 'hlj-bioeconomy-plan-14th'}]->(t)
SET r.clause = row.clause, r.quote = row.quote;

// 6d. What institutions serve: chain links.
UNWIND [
  {id: 'heilongjiang-academy-of-agricultural-sciences', to: 'modern-bio-breeding-chain:germplasm', clause: '五（三）', quote: '推动先正达集团等龙头企业与省农科院、东北农业大学、北大荒农垦集团合作，建设国家级玉米、水稻、大豆种质创新中心'},
  {id: 'northeast-agricultural-university', to: 'modern-bio-breeding-chain:germplasm', clause: '五（三）', quote: '推动先正达集团等龙头企业与省农科院、东北农业大学、北大荒农垦集团合作，建设国家级玉米、水稻、大豆种质创新中心'},
  {id: 'csic-703-research-institute', to: 'biogas-chain:anaerobic-digestion', clause: '五（四）', quote: '支持华润集团、703 研究所、博能环保科技有限公司开展多元原料混合厌氧发酵产气等关键技术和装备研发'}
] AS row
MATCH (i:Institution {id: row.id})
MATCH (t:ChainLink {id: row.to})
MERGE (i)-[r:SUPPORTS {doc: 'hlj-bioeconomy-plan-14th'}]->(t)
SET r.clause = row.clause, r.quote = row.quote;

// ---------------------------------------------------------------------------------------------
// 7. Platforms named in 五 to 七 (centres, research institutes to be created, shared platforms).
UNWIND [
  {id: 'bio-innovative-drug-industry-center', name: '生物创新药产业中心', nameEn: 'Bio-innovative drug industry center', kind: 'OTHER', level: null, status: 'PLANNED',
   clause: '五（一）', quote: '建设生物创新药产业中心、临床及细胞制备产业中心、蛋白质工程产业中心、干细胞存储中心'},
  {id: 'clinical-and-cell-preparation-industry-center', name: '临床及细胞制备产业中心', nameEn: 'Clinical and cell preparation industry center', kind: 'OTHER', level: null, status: 'PLANNED',
   clause: '五（一）', quote: '建设生物创新药产业中心、临床及细胞制备产业中心、蛋白质工程产业中心、干细胞存储中心'},
  {id: 'protein-engineering-industry-center', name: '蛋白质工程产业中心', nameEn: 'Protein engineering industry center', kind: 'OTHER', level: null, status: 'PLANNED',
   clause: '五（一）', quote: '建设生物创新药产业中心、临床及细胞制备产业中心、蛋白质工程产业中心、干细胞存储中心'},
  {id: 'stem-cell-storage-center', name: '干细胞存储中心', nameEn: 'Stem cell storage center', kind: 'OTHER', level: null, status: 'PLANNED',
   clause: '五（一）', quote: '建设生物创新药产业中心、临床及细胞制备产业中心、蛋白质工程产业中心、干细胞存储中心'},
  {id: 'amino-acid-national-industry-innovation-center', name: '氨基酸国家产业创新中心', nameEn: 'National amino acid industry innovation center', kind: 'OTHER', level: 'NATIONAL', status: 'PLANNED',
   clause: '五（二）', quote: '引进具有行业引领作用的重点企业，推动总部经济落地，合力建设氨基酸国家产业创新中心'},
  {id: 'bio-fermentation-industry-research-institute', name: '生物发酵产业研究院', nameEn: 'Bio-fermentation industry research institute', kind: 'OTHER', level: null, status: 'PLANNED',
   clause: '五（二）', quote: '支持龙头企业和高校联合建立生物发酵产业研究院、玉米发酵产业中心'},
  {id: 'corn-fermentation-industry-center', name: '玉米发酵产业中心', nameEn: 'Corn fermentation industry center', kind: 'OTHER', level: null, status: 'PLANNED',
   clause: '五（二）', quote: '支持龙头企业和高校联合建立生物发酵产业研究院、玉米发酵产业中心'},
  {id: 'northern-synthetic-biology-industry-research-institute', name: '北方合成生物产业研究院', nameEn: 'Northern synthetic biology industry research institute', kind: 'OTHER', level: null, status: 'PLANNED',
   clause: '五（二）', quote: '创建政研企协同的北方合成生物产业研究院，加快推动成果产业化，开发合成淀粉、油脂、功能蛋白、合成肉、未来食品等产品。'},
  {id: 'bio-breeding-platform', name: '生物育种平台', nameEn: 'Biological breeding platform', kind: 'OTHER', level: null, status: 'PLANNED',
   clause: '五（三）', quote: '建设生物育种平台和生物制种基地，推动优异种质资源创制与应用。'},
  {id: 'national-corn-rice-soybean-germplasm-innovation-center', name: '国家级玉米、水稻、大豆种质创新中心', nameEn: 'National corn, rice and soybean germplasm innovation center', kind: 'OTHER', level: 'NATIONAL', status: 'PLANNED',
   clause: '五（三）', quote: '建设国家级玉米、水稻、大豆种质创新中心'},
  {id: 'bio-breeding-sharing-platform', name: '生物育种共享平台', nameEn: 'Shared biological breeding platform', kind: 'SERVICE_PLATFORM', level: null, status: 'PLANNED',
   clause: '五（三）', quote: '通过政府购买服务方式，支持垦丰种业平台对外开放，打造生物育种共享平台'},
  {id: 'biomass-crushing-briquetting-equipment-platform', name: '生物质粉碎、成型压块设备核心部件制造加工平台', nameEn: 'Manufacturing platform for core parts of biomass crushing and briquetting equipment', kind: 'OTHER', level: null, status: 'PLANNED',
   clause: '五（四）', quote: '打造生物质粉碎、成型压块设备核心部件制造加工平台'},
  {id: 'solid-waste-biotransformation-innovation-platform', name: '固体废物生物转化创新平台', nameEn: 'Solid waste biotransformation innovation platform', kind: 'OTHER', level: null, status: 'PLANNED',
   clause: '专栏5', quote: '建设固体废物生物转化创新平台'},
  {id: 'digital-orthopedics-biotech-diagnosis-treatment-center', name: '数字骨科与生物技术诊疗中心', nameEn: 'Digital orthopaedics and biotechnology diagnosis and treatment center', kind: 'OTHER', level: null, status: 'PLANNED',
   clause: '五（六）', quote: '支持骨干医院建设数字骨科与生物技术诊疗中心。'},
  {id: 'diagnostic-reagents-equipment-rd-platform', name: '诊断试剂及设备的研发平台', nameEn: 'R&D platform for diagnostic reagents and equipment', kind: 'OTHER', level: null, status: 'PLANNED',
   clause: '五（六）', quote: '构建诊断试剂及设备的研发平台'},
  {id: 'sino-russian-bio-industry-alliance', name: '中俄生物产业联盟', nameEn: 'China-Russia bio-industry alliance', kind: 'OTHER', level: null, status: 'PLANNED',
   clause: '六（九）', quote: '建设中俄生物产业联盟、国际生物领域科研平台、总部注册基地'},
  {id: 'international-bio-research-platform', name: '国际生物领域科研平台', nameEn: 'International biological research platform', kind: 'OTHER', level: null, status: 'PLANNED',
   clause: '六（九）', quote: '建设中俄生物产业联盟、国际生物领域科研平台、总部注册基地'},
  {id: 'heilongjiang-tech-achievement-exchange-center', name: '黑龙江省科技成果交易中心', nameEn: 'Heilongjiang technology achievement exchange center', kind: 'SERVICE_PLATFORM', level: 'PROVINCIAL', status: 'EXISTING',
   clause: '六（十）', quote: '推动省科技成果交易中心提升服务功能，为生物技术转化提供便利。'},
  {id: 'biotech-and-industry-research-center', name: '股份制生物技术与产业研究中心', nameEn: 'Joint-stock biotechnology and industry research center', kind: 'OTHER', level: null, status: 'PLANNED',
   clause: '七（二）', quote: '依托哈兽研，联合哈尔滨工业大学、哈尔滨医科大学、省农科院和省科学院等高校和科研院所，组建股份制生物技术与产业研究中心'}
] AS row
MERGE (p:Platform {id: row.id})
SET p.name = row.name, p.nameEn = row.nameEn, p.kind = row.kind, p.level = row.level, p.status = row.status
WITH p, row
MATCH (doc:Document {id: 'hlj-bioeconomy-plan-14th'})
MERGE (p)-[c:CITED_IN {clause: row.clause}]->(doc)
SET c.quote = row.quote;

// 7a. Platforms inside a park, and who runs them.
UNWIND [
  {id: 'bio-innovative-drug-industry-center', park: 'limin-biomedicine-industrial-park'},
  {id: 'clinical-and-cell-preparation-industry-center', park: 'limin-biomedicine-industrial-park'},
  {id: 'protein-engineering-industry-center', park: 'limin-biomedicine-industrial-park'},
  {id: 'stem-cell-storage-center', park: 'limin-biomedicine-industrial-park'}
] AS row
MATCH (p:Platform {id: row.id})
MATCH (k:Park {id: row.park})
MERGE (p)-[r:IN_PARK {doc: 'hlj-bioeconomy-plan-14th'}]->(k)
SET r.clause = '五（一）',
    r.quote = '发挥新区利民生物医药产业园核心承载功能，整合行业资源，组建发展智库，集中资金支持，建设生物创新药产业中心、临床及细胞制备产业中心、蛋白质工程产业中心、干细胞存储中心',
    r.basis = 'the centres are listed as what the park, as core carrier, is to build';

UNWIND [
  {id: 'bio-breeding-sharing-platform', host: 'kenfeng-seed', clause: '五（三）', quote: '支持垦丰种业平台对外开放，打造生物育种共享平台'}
] AS row
MATCH (p:Platform {id: row.id})
MATCH (h:Enterprise {id: row.host})
MERGE (p)-[r:HOSTED_BY {doc: 'hlj-bioeconomy-plan-14th'}]->(h)
SET r.clause = row.clause, r.quote = row.quote;

UNWIND [
  {id: 'biotech-and-industry-research-center', host: 'harbin-veterinary-research-institute', clause: '七（二）', quote: '依托哈兽研，联合哈尔滨工业大学、哈尔滨医科大学、省农科院和省科学院等高校和科研院所，组建股份制生物技术与产业研究中心'}
] AS row
MATCH (p:Platform {id: row.id})
MATCH (h:Institution {id: row.host})
MERGE (p)-[r:HOSTED_BY {doc: 'hlj-bioeconomy-plan-14th'}]->(h)
SET r.clause = row.clause, r.quote = row.quote;

// 7b. What platforms serve: directions.
UNWIND [
  {id: 'bio-innovative-drug-industry-center', to: 'biopharmaceutical-industry', clause: '五（一）', quote: '建设生物创新药产业中心'},
  {id: 'clinical-and-cell-preparation-industry-center', to: 'biopharmaceutical-industry', clause: '五（一）', quote: '临床及细胞制备产业中心'},
  {id: 'protein-engineering-industry-center', to: 'biopharmaceutical-industry', clause: '五（一）', quote: '蛋白质工程产业中心'},
  {id: 'stem-cell-storage-center', to: 'biopharmaceutical-industry', clause: '五（一）', quote: '干细胞存储中心'},
  {id: 'bio-fermentation-industry-research-institute', to: 'fermentation-industry', clause: '五（二）', quote: '支持龙头企业和高校联合建立生物发酵产业研究院、玉米发酵产业中心，建立生物制造核心菌种和关键酶创制体系'},
  {id: 'northern-synthetic-biology-industry-research-institute', to: 'synthetic-biology-industry', clause: '五（二）', quote: '创建政研企协同的北方合成生物产业研究院，加快推动成果产业化，开发合成淀粉、油脂、功能蛋白、合成肉、未来食品等产品。'},
  {id: 'bio-breeding-platform', to: 'bio-breeding', clause: '五（三）', quote: '建设生物育种平台和生物制种基地'},
  {id: 'bio-breeding-sharing-platform', to: 'bio-breeding', clause: '五（三）', quote: '打造生物育种共享平台'},
  {id: 'biomass-crushing-briquetting-equipment-platform', to: 'solid-biofuels', clause: '五（四）', quote: '打造生物质粉碎、成型压块设备核心部件制造加工平台'},
  {id: 'solid-waste-biotransformation-innovation-platform', to: 'voc-biotransformation', clause: '专栏5', quote: '挥发性有机污染物生物转化 建设固体废物生物转化创新平台'},
  {id: 'digital-orthopedics-biotech-diagnosis-treatment-center', to: 'biomedical-materials', clause: '专栏6', quote: '推动植介入金属及生物材料自主研发和产业化、建设数字骨科与生物技术诊疗中心'},
  {id: 'diagnostic-reagents-equipment-rd-platform', to: 'diagnostic-reagents-and-equipment', clause: '五（六）', quote: '构建诊断试剂及设备的研发平台，加速现场快速检测的体外诊断仪器、试剂和试纸的研发和产业化。'}
] AS row
MATCH (p:Platform {id: row.id})
MATCH (t:Direction {id: row.to})
MERGE (p)-[r:SUPPORTS {doc: 'hlj-bioeconomy-plan-14th'}]->(t)
SET r.clause = row.clause, r.quote = row.quote;

// 7c. What platforms serve: chains and chain links.
UNWIND [
  {id: 'amino-acid-national-industry-innovation-center', to: 'corn-fermentation-amino-acid-chain', clause: '五（二）', quote: '合力建设氨基酸国家产业创新中心，开发异亮氨酸、缬氨酸、半胱氨酸、牛磺酸、乳酸及叶酸等高端发酵产品，促进氨基酸产业扩量升级。'},
  {id: 'corn-fermentation-industry-center', to: 'corn-fermentation-amino-acid-chain', clause: '五（二）', quote: '支持龙头企业和高校联合建立生物发酵产业研究院、玉米发酵产业中心'}
] AS row
MATCH (p:Platform {id: row.id})
MATCH (t:Chain {id: row.to})
MERGE (p)-[r:SUPPORTS {doc: 'hlj-bioeconomy-plan-14th'}]->(t)
SET r.clause = row.clause, r.quote = row.quote;

UNWIND [
  {id: 'national-corn-rice-soybean-germplasm-innovation-center', to: 'modern-bio-breeding-chain:germplasm', clause: '五（三）', quote: '建设国家级玉米、水稻、大豆种质创新中心'},
  {id: 'bio-breeding-platform', to: 'modern-bio-breeding-chain:breeding', clause: '五（三）', quote: '建设生物育种平台和生物制种基地，推动优异种质资源创制与应用。'},
  {id: 'biomass-crushing-briquetting-equipment-platform', to: 'biomass-briquette-heating-chain:crushing-and-briquetting', clause: '五（四）', quote: '打造生物质粉碎、成型压块设备核心部件制造加工平台'}
] AS row
MATCH (p:Platform {id: row.id})
MATCH (t:ChainLink {id: row.to})
MERGE (p)-[r:SUPPORTS {doc: 'hlj-bioeconomy-plan-14th'}]->(t)
SET r.clause = row.clause, r.quote = row.quote;

// ---------------------------------------------------------------------------------------------
// 8. What regions are told to develop (五（二）, 五（四）).
UNWIND [
  {code: '230200', to: 'corn-fermentation-amino-acid-chain', clause: '五（二）', quote: '打造世界知名的氨基酸生产基地。加强齐齐哈尔、绥化等地产业布局'},
  {code: '231200', to: 'corn-fermentation-amino-acid-chain', clause: '五（二）', quote: '打造世界知名的氨基酸生产基地。加强齐齐哈尔、绥化等地产业布局'}
] AS row
MATCH (r:Region {code: row.code})
MATCH (t:Chain {id: row.to})
MERGE (r)-[f:FOCUSES_ON {doc: 'hlj-bioeconomy-plan-14th'}]->(t)
SET f.clause = row.clause, f.quote = row.quote;

UNWIND [
  {code: '231200', to: 'synthetic-biology-industry', clause: '五（二）', quote: '支持绥化市、中科院天津工业生物所、省科学院、象屿集团创新合作模式，创建政研企协同的北方合成生物产业研究院'},
  {code: '231181', to: 'liquid-biofuels', clause: '五（四）', quote: '稳妥推进北安、富锦等燃料乙醇项目建设'},
  {code: '230882', to: 'liquid-biofuels', clause: '五（四）', quote: '稳妥推进北安、富锦等燃料乙醇项目建设'}
] AS row
MATCH (r:Region {code: row.code})
MATCH (t:Direction {id: row.to})
MERGE (r)-[f:FOCUSES_ON {doc: 'hlj-bioeconomy-plan-14th'}]->(t)
SET f.clause = row.clause, f.quote = row.quote;
