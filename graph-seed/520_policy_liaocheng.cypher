// 004: 关于支持生物医药产业高质量发展的若干措施（征求意见稿） (Liaocheng) — incentive rules as data (POLICY-RULES.md).
// Document liaocheng-biomedicine-measures-draft: DRAFT for comment, region 371500, no validity dates and no combination principle stated
// (the text has no 从优/就高/不重复 sentence), so Document.combination stays null. A draft is evaluated and shown, never totalled.
// A Measure node for each numbered task 1 to 16 of section 二 (clause 二（一）1 … 二（五）16). Sections 一 (targets) and 三
// (organisation) carry no money and get no Measure node.
// Every amount of the text is a 最高 X万元 one-off reward: UP_TO with cap X. combinationGroup joins the national and provincial
// rewards of one recognition (the reading of the seed: see interpretation on each rule and docs/interpretations-003-004.md).
// New vocabulary: recognitions NATIONAL_SMALL_MICRO_INNOVATION_BASE, PROVINCIAL_SMALL_MICRO_INNOVATION_BASE,
// MIIT_THREE_PRODUCTS_TYPICAL_RESULT, SHANDONG_QUALITY_FOOD_CATALOGUE.

// ---- Measures ----
UNWIND [
  {clause: '二（一）1', title: '大力开展产学研校协同创新', titleEn: 'Vigorously pursue industry-university-research-hospital collaborative innovation', quote: '1.大力开展产学研校协同创新。'},
  {clause: '二（一）2', title: '加快推动研发活动全覆盖', titleEn: 'Extend R&D activity to all enterprises', quote: '2.加快推动研发活动全覆盖。'},
  {clause: '二（一）3', title: '加大专业性服务平台建设', titleEn: 'Step up building professional service platforms', quote: '3.加大专业性服务平台建设。'},
  {clause: '二（二）4', title: '壮大优势产业集群', titleEn: 'Grow the leading industry clusters', quote: '4. 壮大优势产业集群。'},
  {clause: '二（二）5', title: '培育产业链良好生态', titleEn: 'Foster a sound industry-chain ecosystem', quote: '5. 培育产业链良好生态。'},
  {clause: '二（二）6', title: '优化提升产业园区', titleEn: 'Optimise and upgrade industrial parks', quote: '6. 优化提升产业园区。'},
  {clause: '二（三）7', title: '鼓励领军企业做优做强', titleEn: 'Encourage leading enterprises to grow better and stronger', quote: '7.鼓励领军企业做优做强。'},
  {clause: '二（三）8', title: '加强龙头企业招引和培育', titleEn: 'Strengthen attracting and fostering leading enterprises', quote: '8.加强龙头企业招引和培育。'},
  {clause: '二（三）9', title: '支持企业品牌创建', titleEn: 'Support enterprise brand building', quote: '9.支持企业品牌创建。'},
  {clause: '二（三）10', title: '推动企业数字化升级', titleEn: 'Promote digital upgrading of enterprises', quote: '10.推动企业数字化升级。'},
  {clause: '二（四）11', title: '传统中成药升级', titleEn: 'Upgrade traditional Chinese patent medicines', quote: '11.传统中成药升级。'},
  {clause: '二（四）12', title: '加快创新药物研发', titleEn: 'Speed up innovative drug R&D', quote: '12.加快创新药物研发。'},
  {clause: '二（四）13', title: '开发高端医疗器械与装备', titleEn: 'Develop high-end medical devices and equipment', quote: '13.开发高端医疗器械与装备。'},
  {clause: '二（五）14', title: '加强基金引导', titleEn: 'Strengthen fund guidance', quote: '14.加强基金引导。'},
  {clause: '二（五）15', title: '强化土地要素保障', titleEn: 'Secure land for projects', quote: '15.强化土地要素保障。'},
  {clause: '二（五）16', title: '打造人才创新高地', titleEn: 'Build a talent innovation highland', quote: '16.打造人才创新高地。'}
] AS row
MATCH (d:Document {id: 'liaocheng-biomedicine-measures-draft'})
MERGE (m:Measure {id: d.id + ':' + row.clause})
SET m.clause = row.clause, m.title = row.title, m.titleEn = row.titleEn
MERGE (d)-[:HAS_MEASURE]->(m)
MERGE (m)-[c:CITED_IN {clause: row.clause}]->(d)
SET c.quote = row.quote;

// ---- Incentive rules ----
UNWIND [
  {id: 'liaocheng-biomedicine-measures-draft:national-sme-public-service-platform', name: '新创国家级中小企业公共服务示范平台一次性奖励', nameEn: 'One-off reward for a new national SME public service demonstration platform',
   clause: '二（一）3', quote: '对新创国家级、省级“中小企业公共服务示范平台”，分别给予最高50万元、30万元一次性奖励。',
   kind: 'PUBLIC_SERVICE_PLATFORM', formula: 'UP_TO', base: null, rate: null, amount: null, minBase: null, minInclusive: null,
   cap: '500000', capScope: 'ENTERPRISE', enterpriseYearCap: null, tierThresholds: null, tierAmounts: null,
   upliftRate: null, upliftRecognition: null, upliftLiftsCap: null, requiredRecognitions: ['NATIONAL_SME_PUBLIC_SERVICE_PLATFORM'], construction: null, fundingSplit: null, combinationGroup: 'sme-public-service-platform',
   interpretation: '‘新创’ is read as newly recognised as a demonstration platform in the year of application and ‘最高50万元’ as UP_TO. National and provincial recognition of one platform are one item (sme-public-service-platform), so only the higher is paid: the draft states no combination principle, so this grouping is the reading of the seed.',
   amountNote: '最高50万元一次性奖励: up to 500,000 yuan, once per platform operator, the exact sum set case by case.'},
  {id: 'liaocheng-biomedicine-measures-draft:provincial-sme-public-service-platform', name: '新创省级中小企业公共服务示范平台一次性奖励', nameEn: 'One-off reward for a new provincial SME public service demonstration platform',
   clause: '二（一）3', quote: '对新创国家级、省级“中小企业公共服务示范平台”，分别给予最高50万元、30万元一次性奖励。',
   kind: 'PUBLIC_SERVICE_PLATFORM', formula: 'UP_TO', base: null, rate: null, amount: null, minBase: null, minInclusive: null,
   cap: '300000', capScope: 'ENTERPRISE', enterpriseYearCap: null, tierThresholds: null, tierAmounts: null,
   upliftRate: null, upliftRecognition: null, upliftLiftsCap: null, requiredRecognitions: ['PROVINCIAL_SME_PUBLIC_SERVICE_PLATFORM'], construction: null, fundingSplit: null, combinationGroup: 'sme-public-service-platform',
   interpretation: '‘新创’ is read as newly recognised as a demonstration platform in the year of application and ‘最高30万元’ as UP_TO. National and provincial recognition of one platform are one item (sme-public-service-platform), so only the higher is paid: the draft states no combination principle, so this grouping is the reading of the seed.',
   amountNote: '最高30万元一次性奖励: up to 300,000 yuan, once per platform operator, the exact sum set case by case.'},
  {id: 'liaocheng-biomedicine-measures-draft:national-small-micro-innovation-base', name: '新创国家级小型微型企业创业创新示范基地一次性奖励', nameEn: 'One-off reward for a new national small and micro enterprise entrepreneurship and innovation demonstration base',
   clause: '二（一）3', quote: '对新创国家级、省级小型微型企业创业创新示范基地的，分别给予最高50万元、30万元一次性奖励。',
   kind: 'PUBLIC_SERVICE_PLATFORM', formula: 'UP_TO', base: null, rate: null, amount: null, minBase: null, minInclusive: null,
   cap: '500000', capScope: 'ENTERPRISE', enterpriseYearCap: null, tierThresholds: null, tierAmounts: null,
   upliftRate: null, upliftRecognition: null, upliftLiftsCap: null, requiredRecognitions: ['NATIONAL_SMALL_MICRO_INNOVATION_BASE'], construction: null, fundingSplit: null, combinationGroup: 'small-micro-innovation-base',
   interpretation: 'The base is read as a service carrier under task 3 (加大专业性服务平台建设), hence kind PUBLIC_SERVICE_PLATFORM, ‘新创’ as newly recognised in the year of application and ‘最高50万元’ as UP_TO. National and provincial recognition of one base are one item (small-micro-innovation-base), so only the higher is paid: the draft states no combination principle, so this grouping is the reading of the seed.',
   amountNote: '最高50万元一次性奖励: up to 500,000 yuan, once per base operator, the exact sum set case by case.'},
  {id: 'liaocheng-biomedicine-measures-draft:provincial-small-micro-innovation-base', name: '新创省级小型微型企业创业创新示范基地一次性奖励', nameEn: 'One-off reward for a new provincial small and micro enterprise entrepreneurship and innovation demonstration base',
   clause: '二（一）3', quote: '对新创国家级、省级小型微型企业创业创新示范基地的，分别给予最高50万元、30万元一次性奖励。',
   kind: 'PUBLIC_SERVICE_PLATFORM', formula: 'UP_TO', base: null, rate: null, amount: null, minBase: null, minInclusive: null,
   cap: '300000', capScope: 'ENTERPRISE', enterpriseYearCap: null, tierThresholds: null, tierAmounts: null,
   upliftRate: null, upliftRecognition: null, upliftLiftsCap: null, requiredRecognitions: ['PROVINCIAL_SMALL_MICRO_INNOVATION_BASE'], construction: null, fundingSplit: null, combinationGroup: 'small-micro-innovation-base',
   interpretation: 'The base is read as a service carrier under task 3 (加大专业性服务平台建设), hence kind PUBLIC_SERVICE_PLATFORM, ‘新创’ as newly recognised in the year of application and ‘最高30万元’ as UP_TO. National and provincial recognition of one base are one item (small-micro-innovation-base), so only the higher is paid: the draft states no combination principle, so this grouping is the reading of the seed.',
   amountNote: '最高30万元一次性奖励: up to 300,000 yuan, once per base operator, the exact sum set case by case.'},
  {id: 'liaocheng-biomedicine-measures-draft:national-single-champion-enterprise', name: '新认定国家级单项冠军示范企业一次性奖励', nameEn: 'One-off reward for a newly recognised national single champion enterprise',
   clause: '二（三）7', quote: '对新认定为国家级单项冠军示范企业、产品的，分别给予最高200万元、100万元一次性奖励',
   kind: 'RECOGNITION_AWARD', formula: 'UP_TO', base: null, rate: null, amount: null, minBase: null, minInclusive: null,
   cap: '2000000', capScope: 'ENTERPRISE', enterpriseYearCap: null, tierThresholds: null, tierAmounts: null,
   upliftRate: null, upliftRecognition: null, upliftLiftsCap: null, requiredRecognitions: ['NATIONAL_SINGLE_CHAMPION_ENTERPRISE'], construction: null, fundingSplit: null, combinationGroup: 'single-champion-enterprise',
   interpretation: '‘新认定’ is read as newly recognised in the year of application and ‘单项冠军示范企业’ as the manufacturing single champion enterprise title, ‘最高’ as UP_TO. National and provincial single champion enterprise rewards are one item (single-champion-enterprise), so only the higher is paid: the draft states no combination principle, so this grouping is the reading of the seed.',
   amountNote: '最高200万元一次性奖励: up to 2,000,000 yuan, once per enterprise, the exact sum set case by case.'},
  {id: 'liaocheng-biomedicine-measures-draft:national-single-champion-product', name: '新认定国家级单项冠军产品一次性奖励', nameEn: 'One-off reward for a newly recognised national single champion product',
   clause: '二（三）7', quote: '对新认定为国家级单项冠军示范企业、产品的，分别给予最高200万元、100万元一次性奖励',
   kind: 'RECOGNITION_AWARD', formula: 'UP_TO', base: null, rate: null, amount: null, minBase: null, minInclusive: null,
   cap: '1000000', capScope: 'PRODUCT', enterpriseYearCap: null, tierThresholds: null, tierAmounts: null,
   upliftRate: null, upliftRecognition: null, upliftLiftsCap: null, requiredRecognitions: ['NATIONAL_SINGLE_CHAMPION_PRODUCT'], construction: null, fundingSplit: null, combinationGroup: 'single-champion-product',
   interpretation: '‘新认定为…单项冠军…产品的’ is read as per product newly recognised in the year of application (capScope PRODUCT), ‘最高’ as UP_TO. National and provincial rewards for the same product are one item (single-champion-product), so only the higher is paid: the draft states no combination principle, so this grouping is the reading of the seed.',
   amountNote: '最高100万元一次性奖励: up to 1,000,000 yuan, once per product, the exact sum set case by case.'},
  {id: 'liaocheng-biomedicine-measures-draft:provincial-single-champion-enterprise', name: '新认定省级单项冠军示范企业一次性奖励', nameEn: 'One-off reward for a newly recognised provincial single champion enterprise',
   clause: '二（三）7', quote: '对新认定为省级单项冠军示范企业、产品的，分别给予最高100万元、50万元的一次性奖励',
   kind: 'RECOGNITION_AWARD', formula: 'UP_TO', base: null, rate: null, amount: null, minBase: null, minInclusive: null,
   cap: '1000000', capScope: 'ENTERPRISE', enterpriseYearCap: null, tierThresholds: null, tierAmounts: null,
   upliftRate: null, upliftRecognition: null, upliftLiftsCap: null, requiredRecognitions: ['PROVINCIAL_SINGLE_CHAMPION_ENTERPRISE'], construction: null, fundingSplit: null, combinationGroup: 'single-champion-enterprise',
   interpretation: '‘新认定’ is read as newly recognised in the year of application and ‘单项冠军示范企业’ as the manufacturing single champion enterprise title, ‘最高’ as UP_TO. National and provincial single champion enterprise rewards are one item (single-champion-enterprise), so only the higher is paid: the draft states no combination principle, so this grouping is the reading of the seed.',
   amountNote: '最高100万元一次性奖励: up to 1,000,000 yuan, once per enterprise, the exact sum set case by case.'},
  {id: 'liaocheng-biomedicine-measures-draft:provincial-single-champion-product', name: '新认定省级单项冠军产品一次性奖励', nameEn: 'One-off reward for a newly recognised provincial single champion product',
   clause: '二（三）7', quote: '对新认定为省级单项冠军示范企业、产品的，分别给予最高100万元、50万元的一次性奖励',
   kind: 'RECOGNITION_AWARD', formula: 'UP_TO', base: null, rate: null, amount: null, minBase: null, minInclusive: null,
   cap: '500000', capScope: 'PRODUCT', enterpriseYearCap: null, tierThresholds: null, tierAmounts: null,
   upliftRate: null, upliftRecognition: null, upliftLiftsCap: null, requiredRecognitions: ['PROVINCIAL_SINGLE_CHAMPION_PRODUCT'], construction: null, fundingSplit: null, combinationGroup: 'single-champion-product',
   interpretation: '‘新认定为…单项冠军…产品的’ is read as per product newly recognised in the year of application (capScope PRODUCT), ‘最高’ as UP_TO. National and provincial rewards for the same product are one item (single-champion-product), so only the higher is paid: the draft states no combination principle, so this grouping is the reading of the seed.',
   amountNote: '最高50万元一次性奖励: up to 500,000 yuan, once per product, the exact sum set case by case.'},
  {id: 'liaocheng-biomedicine-measures-draft:national-specialized-sme', name: '新认定国家级“专精特新”企业一次性奖励', nameEn: 'One-off reward for a newly recognised national specialised and sophisticated (little giant) enterprise',
   clause: '二（三）7', quote: '对被新认定为国家级、省级“专精特新”企业的，分别给予最高50万元、30万元一次性奖励。',
   kind: 'RECOGNITION_AWARD', formula: 'UP_TO', base: null, rate: null, amount: null, minBase: null, minInclusive: null,
   cap: '500000', capScope: 'ENTERPRISE', enterpriseYearCap: null, tierThresholds: null, tierAmounts: null,
   upliftRate: null, upliftRecognition: null, upliftLiftsCap: null, requiredRecognitions: ['NATIONAL_SPECIALIZED_SME'], construction: null, fundingSplit: null, combinationGroup: 'specialized-sme',
   interpretation: '‘国家级“专精特新”企业’ is read as the MIIT 专精特新“小巨人” title, ‘被新认定’ as newly recognised in the year of application, ‘最高’ as UP_TO. National and provincial 专精特新 rewards are one item (specialized-sme), so only the higher is paid: the draft states no combination principle, so this grouping is the reading of the seed.',
   amountNote: '最高50万元一次性奖励: up to 500,000 yuan, once per enterprise, the exact sum set case by case.'},
  {id: 'liaocheng-biomedicine-measures-draft:provincial-specialized-sme', name: '新认定省级“专精特新”企业一次性奖励', nameEn: 'One-off reward for a newly recognised provincial specialised and sophisticated SME',
   clause: '二（三）7', quote: '对被新认定为国家级、省级“专精特新”企业的，分别给予最高50万元、30万元一次性奖励。',
   kind: 'RECOGNITION_AWARD', formula: 'UP_TO', base: null, rate: null, amount: null, minBase: null, minInclusive: null,
   cap: '300000', capScope: 'ENTERPRISE', enterpriseYearCap: null, tierThresholds: null, tierAmounts: null,
   upliftRate: null, upliftRecognition: null, upliftLiftsCap: null, requiredRecognitions: ['PROVINCIAL_SPECIALIZED_SME'], construction: null, fundingSplit: null, combinationGroup: 'specialized-sme',
   interpretation: '‘被新认定为…省级“专精特新”企业’ is read as newly recognised by Shandong in the year of application, ‘最高’ as UP_TO. National and provincial 专精特新 rewards are one item (specialized-sme), so only the higher is paid: the draft states no combination principle, so this grouping is the reading of the seed.',
   amountNote: '最高30万元一次性奖励: up to 300,000 yuan, once per enterprise, the exact sum set case by case.'},
  {id: 'liaocheng-biomedicine-measures-draft:provincial-unicorn', name: '新认定省级“独角兽”企业一次性奖励', nameEn: 'One-off reward for a newly recognised provincial unicorn enterprise',
   clause: '二（三）7', quote: '对被新认定为省级“独角兽”、“瞪羚”企业的，分别给予最高100万元、30万元一次性奖励。',
   kind: 'RECOGNITION_AWARD', formula: 'UP_TO', base: null, rate: null, amount: null, minBase: null, minInclusive: null,
   cap: '1000000', capScope: 'ENTERPRISE', enterpriseYearCap: null, tierThresholds: null, tierAmounts: null,
   upliftRate: null, upliftRecognition: null, upliftLiftsCap: null, requiredRecognitions: ['PROVINCIAL_UNICORN'], construction: null, fundingSplit: null, combinationGroup: 'high-growth-enterprise',
   interpretation: '‘被新认定’ is read as newly recognised in the year of application, ‘最高’ as UP_TO. 独角兽 and 瞪羚 are read as two rungs of one high-growth enterprise ladder (high-growth-enterprise), so an enterprise newly holding both is paid the higher only: the draft states no combination principle, so this grouping is the reading of the seed.',
   amountNote: '最高100万元一次性奖励: up to 1,000,000 yuan, once per enterprise, the exact sum set case by case.'},
  {id: 'liaocheng-biomedicine-measures-draft:provincial-gazelle', name: '新认定省级“瞪羚”企业一次性奖励', nameEn: 'One-off reward for a newly recognised provincial gazelle enterprise',
   clause: '二（三）7', quote: '对被新认定为省级“独角兽”、“瞪羚”企业的，分别给予最高100万元、30万元一次性奖励。',
   kind: 'RECOGNITION_AWARD', formula: 'UP_TO', base: null, rate: null, amount: null, minBase: null, minInclusive: null,
   cap: '300000', capScope: 'ENTERPRISE', enterpriseYearCap: null, tierThresholds: null, tierAmounts: null,
   upliftRate: null, upliftRecognition: null, upliftLiftsCap: null, requiredRecognitions: ['PROVINCIAL_GAZELLE'], construction: null, fundingSplit: null, combinationGroup: 'high-growth-enterprise',
   interpretation: '‘被新认定’ is read as newly recognised in the year of application, ‘最高’ as UP_TO. 独角兽 and 瞪羚 are read as two rungs of one high-growth enterprise ladder (high-growth-enterprise), so an enterprise newly holding both is paid the higher only: the draft states no combination principle, so this grouping is the reading of the seed.',
   amountNote: '最高30万元一次性奖励: up to 300,000 yuan, once per enterprise, the exact sum set case by case.'},
  {id: 'liaocheng-biomedicine-measures-draft:national-quality-benchmark', name: '首次获得国家级质量标杆一次性奖励', nameEn: 'One-off reward for obtaining a national quality benchmark for the first time',
   clause: '二（三）9', quote: '对首次获得国家级质量标杆、省级质量标杆的企业，分别给予最高100万元、50万元一次性奖励。',
   kind: 'RECOGNITION_AWARD', formula: 'UP_TO', base: null, rate: null, amount: null, minBase: null, minInclusive: null,
   cap: '1000000', capScope: 'ENTERPRISE', enterpriseYearCap: null, tierThresholds: null, tierAmounts: null,
   upliftRate: null, upliftRecognition: null, upliftLiftsCap: null, requiredRecognitions: ['NATIONAL_QUALITY_BENCHMARK'], construction: null, fundingSplit: null, combinationGroup: 'quality-benchmark',
   interpretation: '‘首次获得’ is read as the first national quality benchmark of the enterprise, obtained in the year of application, ‘最高’ as UP_TO. National and provincial quality benchmark rewards are one item (quality-benchmark), so only the higher is paid: the draft states no combination principle, so this grouping is the reading of the seed.',
   amountNote: '最高100万元一次性奖励: up to 1,000,000 yuan, once per enterprise, the exact sum set case by case.'},
  {id: 'liaocheng-biomedicine-measures-draft:provincial-quality-benchmark', name: '首次获得省级质量标杆一次性奖励', nameEn: 'One-off reward for obtaining a provincial quality benchmark for the first time',
   clause: '二（三）9', quote: '对首次获得国家级质量标杆、省级质量标杆的企业，分别给予最高100万元、50万元一次性奖励。',
   kind: 'RECOGNITION_AWARD', formula: 'UP_TO', base: null, rate: null, amount: null, minBase: null, minInclusive: null,
   cap: '500000', capScope: 'ENTERPRISE', enterpriseYearCap: null, tierThresholds: null, tierAmounts: null,
   upliftRate: null, upliftRecognition: null, upliftLiftsCap: null, requiredRecognitions: ['PROVINCIAL_QUALITY_BENCHMARK'], construction: null, fundingSplit: null, combinationGroup: 'quality-benchmark',
   interpretation: '‘首次获得’ is read as the first provincial quality benchmark of the enterprise, obtained in the year of application, ‘最高’ as UP_TO. National and provincial quality benchmark rewards are one item (quality-benchmark), so only the higher is paid: the draft states no combination principle, so this grouping is the reading of the seed.',
   amountNote: '最高50万元一次性奖励: up to 500,000 yuan, once per enterprise, the exact sum set case by case.'},
  {id: 'liaocheng-biomedicine-measures-draft:three-products-typical-result', name: '全国食品工业“三品”典型成果一次性奖励', nameEn: 'One-off reward per product (brand) named a national food industry three products typical result by MIIT',
   clause: '二（三）9', quote: '企业产品（品牌）被工业和信息化部确定为全国食品工业“三品”典型成果的，每一种产品（品牌）给予最高10万元一次性奖励',
   kind: 'RECOGNITION_AWARD', formula: 'UP_TO', base: null, rate: null, amount: null, minBase: null, minInclusive: null,
   cap: '100000', capScope: 'PRODUCT', enterpriseYearCap: null, tierThresholds: null, tierAmounts: null,
   upliftRate: null, upliftRecognition: null, upliftLiftsCap: null, requiredRecognitions: ['MIIT_THREE_PRODUCTS_TYPICAL_RESULT'], construction: null, fundingSplit: null, combinationGroup: 'three-products-typical-result',
   interpretation: '‘每一种产品（品牌）给予最高10万元’ is read as UP_TO 100,000 yuan per product or brand (capScope PRODUCT), with no yearly total per enterprise stated. The text says neither 新 nor 首次: read as a determination made while the measures apply, paid once per product, and a separate item from the Shandong catalogue reward.',
   amountNote: '最高10万元一次性奖励: up to 100,000 yuan, once per product or brand, the exact sum set case by case.'},
  {id: 'liaocheng-biomedicine-measures-draft:shandong-quality-food-catalogue', name: '入选《山东省特色优质食品目录》一次性奖励', nameEn: 'One-off reward per product listed in the Shandong catalogue of distinctive quality foods',
   clause: '二（三）9', quote: '对企业产品（品牌）入选《山东省特色优质食品目录》的，每一种产品给予最高5万元一次性奖励。',
   kind: 'RECOGNITION_AWARD', formula: 'UP_TO', base: null, rate: null, amount: null, minBase: null, minInclusive: null,
   cap: '50000', capScope: 'PRODUCT', enterpriseYearCap: null, tierThresholds: null, tierAmounts: null,
   upliftRate: null, upliftRecognition: null, upliftLiftsCap: null, requiredRecognitions: ['SHANDONG_QUALITY_FOOD_CATALOGUE'], construction: null, fundingSplit: null, combinationGroup: 'shandong-quality-food-catalogue',
   interpretation: '‘每一种产品给予最高5万元’ is read as UP_TO 50,000 yuan per listed product (capScope PRODUCT), no yearly total per enterprise stated, and ‘入选’ as newly listed while the measures apply. A product both listed here and named a 三品 typical result is paid both: different recognitions by different issuers (separate groups).',
   amountNote: '最高5万元一次性奖励: up to 50,000 yuan, once per product, the exact sum set case by case.'}
] AS row
MATCH (d:Document {id: 'liaocheng-biomedicine-measures-draft'})
MATCH (m:Measure {id: d.id + ':' + row.clause})
MERGE (r:IncentiveRule {id: row.id})
SET r = row, r.doc = d.id
MERGE (m)-[:HAS_RULE]->(r)
MERGE (r)-[c:CITED_IN {clause: row.clause}]->(d)
SET c.quote = row.quote;
