// 003: 广东省推动生物制造赋能制造业的若干措施 — incentive rules as data (POLICY-RULES.md).
// Document gd-biomanufacturing-measures-2026: in force 2026-01-10 to 2027-12-31, region 440000, combination 从高不重复 (HIGHEST_NOT_REPEATED).
// A Measure node for each of the 24 measures. Clauses are full-width （二）, quotes keep the text's half-width (二).
// Rules: only （二）, （五） and （十三） promise money. Measures with no rule state support without money
// (e.g. （九） 支持…申报, （二十三） 增信服务). （十三） 对技术研发和应用转化具备较强实力的企业依法依规加大资金支持力度 names no
// item, fund or criterion and gets no rule (see docs/interpretations-003-004.md).
// New vocabulary: kind STANDARD_SETTING, recognition KEY_CULTIVATED_MANUFACTURING_INNOVATION_CENTER.

// ---- Measures ----
UNWIND [
  {clause: '（一）', title: '支持关键核心技术攻关', titleEn: 'Support tackling key core technologies', quote: '(一)支持关键核心技术攻关。'},
  {clause: '（二）', title: '支持建设科研平台', titleEn: 'Support building research platforms', quote: '(二)支持建设科研平台。'},
  {clause: '（三）', title: '建立“企业需求–定向研发”对接平台', titleEn: 'Build an enterprise-demand / directed-R&D matching platform', quote: '(三)建立“企业需求–定向研发”对接平台。'},
  {clause: '（四）', title: '健全生物制造标准化组织体系', titleEn: 'Improve the standardisation organisations for biomanufacturing', quote: '(四)健全生物制造标准化组织体系。'},
  {clause: '（五）', title: '推动重点标准制定与试点应用', titleEn: 'Promote drafting and pilot application of key standards', quote: '(五)推动重点标准制定与试点应用。'},
  {clause: '（六）', title: '强化标准宣贯和组织实施', titleEn: 'Strengthen publicity and implementation of standards', quote: '(六)强化标准宣贯和组织实施。'},
  {clause: '（七）', title: '推动标准国际对接与互认', titleEn: 'Promote international alignment and mutual recognition of standards', quote: '(七)推动标准国际对接与互认。'},
  {clause: '（八）', title: '加强园区建设促进集聚发展', titleEn: 'Strengthen park construction to promote clustering', quote: '(八)加强园区建设促进集聚发展。'},
  {clause: '（九）', title: '完善生物制造公共服务平台建设', titleEn: 'Improve biomanufacturing public service platforms', quote: '(九)完善生物制造公共服务平台建设。'},
  {clause: '（十）', title: '推动人工智能赋能生物制造', titleEn: 'Promote AI empowering biomanufacturing', quote: '(十)推动人工智能赋能生物制造。'},
  {clause: '（十一）', title: '推进绿色低碳化升级改造', titleEn: 'Advance green and low-carbon upgrading', quote: '(十一)推进绿色低碳化升级改造。'},
  {clause: '（十二）', title: '加强产业链重点领域企业招引', titleEn: 'Strengthen attraction of enterprises in key fields of the industry chain', quote: '(十二)加强产业链重点领域企业招引。'},
  {clause: '（十三）', title: '大力扶持研发型与应用型企业', titleEn: 'Vigorously support R&D-oriented and application-oriented enterprises', quote: '(十三)大力扶持研发型与应用型企业。'},
  {clause: '（十四）', title: '支持非粮生物基材料产业化', titleEn: 'Support industrialisation of non-grain bio-based materials', quote: '(十四)支持非粮生物基材料产业化。'},
  {clause: '（十五）', title: '支持生物类医疗美容产品产业化', titleEn: 'Support industrialisation of biological medical aesthetics products', quote: '(十五)支持生物类医疗美容产品产业化。'},
  {clause: '（十六）', title: '规范“三新食品”研发与产业化', titleEn: 'Regulate R&D and industrialisation of the three new foods', quote: '(十六)规范“三新食品”研发与产业化。'},
  {clause: '（十七）', title: '推动医药领域应用生物制造新模式', titleEn: 'Promote new biomanufacturing models in pharmaceuticals', quote: '(十七)推动医药领域应用生物制造新模式。'},
  {clause: '（十八）', title: '组织开拓市场', titleEn: 'Organise market development', quote: '(十八)组织开拓市场。'},
  {clause: '（十九）', title: '加大创新成果转化对接', titleEn: 'Step up matching for the transfer of innovation results', quote: '(十九)加大创新成果转化对接。'},
  {clause: '（二十）', title: '鼓励共建创新成果转化基地', titleEn: 'Encourage jointly built bases for transferring innovation results', quote: '(二十)鼓励共建创新成果转化基地。'},
  {clause: '（二十一）', title: '加强技术、成果、应用场景宣传推广', titleEn: 'Strengthen publicity of technologies, results and application scenarios', quote: '(二十一)加强技术、成果、应用场景宣传推广。'},
  {clause: '（二十二）', title: '优化惠企政策宣贯及申报机制', titleEn: 'Improve publicity of and application for enterprise support policies', quote: '(二十二)优化惠企政策宣贯及申报机制。'},
  {clause: '（二十三）', title: '完善金融服务支撑', titleEn: 'Improve financial services', quote: '(二十三)完善金融服务支撑。'},
  {clause: '（二十四）', title: '强化人才保障', titleEn: 'Strengthen talent support', quote: '(二十四)强化人才保障。'}
] AS row
MATCH (d:Document {id: 'gd-biomanufacturing-measures-2026'})
MERGE (m:Measure {id: d.id + ':' + row.clause})
SET m.clause = row.clause, m.title = row.title, m.titleEn = row.titleEn
MERGE (d)-[:HAS_MEASURE]->(m)
MERGE (m)-[c:CITED_IN {clause: row.clause}]->(d)
SET c.quote = row.quote;

// ---- Incentive rules ----
UNWIND [
  {id: 'gd-biomanufacturing-measures-2026:provincial-mic-equipment', name: '省级制造业创新中心资金支持', nameEn: 'Provincial manufacturing innovation centre: support on newly purchased R&D equipment',
   clause: '（二）', quote: '对符合条件的省级制造业创新中心,省财政按规定给予最高不超过1000万元的资金支持,补助资金不高于项目新购置研发仪器设备(含配套软件,不含税)总额的40%',
   kind: 'MANUFACTURING_INNOVATION_CENTER', formula: 'PERCENT', base: 'equipmentPurchase', rate: '0.40', amount: null, minBase: null, minInclusive: null,
   cap: '10000000', capScope: 'PROJECT', enterpriseYearCap: null, tierThresholds: null, tierAmounts: null,
   upliftRate: null, upliftRecognition: null, upliftLiftsCap: null, requiredRecognitions: ['PROVINCIAL_MANUFACTURING_INNOVATION_CENTER'], construction: null, fundingSplit: 'PROVINCE:1', combinationGroup: 'manufacturing-innovation-center',
   interpretation: '‘不高于项目新购置研发仪器设备(含配套软件,不含税)总额的40%’ and ‘最高不超过1000万元’ are read together as 40% of the newly purchased R&D equipment of the project (software included, tax excluded) capped at 10,000,000 yuan, the most the 实施细则 allow. Grouped with the other manufacturing innovation centre rule of （二） (manufacturing-innovation-center): both pay the capability-building project of the same centre from the same special fund, so under 从高不重复 only the higher is paid.',
   amountNote: 'Both figures are ceilings (不高于 40%, 最高不超过1000万元): the sum is set under the 制造业当家重点任务保障专项资金(产业创新能力建设) 管理实施细则.'},
  {id: 'gd-biomanufacturing-measures-2026:key-mic-staged-support', name: '须重点培育的制造业创新中心分阶段补助或事后补助', nameEn: 'Manufacturing innovation centre to be cultivated with priority: staged or ex-post support',
   clause: '（二）', quote: '对须重点培育的省级以上制造业创新中心,可根据新一轮的能力建设项目实施进度给予最高不超过3000万元的分阶段补助或事后补助。',
   kind: 'MANUFACTURING_INNOVATION_CENTER', formula: 'UP_TO', base: null, rate: null, amount: null, minBase: null, minInclusive: null,
   cap: '30000000', capScope: 'PROJECT', enterpriseYearCap: null, tierThresholds: null, tierAmounts: null,
   upliftRate: null, upliftRecognition: null, upliftLiftsCap: null, requiredRecognitions: ['KEY_CULTIVATED_MANUFACTURING_INNOVATION_CENTER'], construction: null, fundingSplit: 'PROVINCE:1', combinationGroup: 'manufacturing-innovation-center',
   interpretation: '‘须重点培育的省级以上制造业创新中心’ is read as a provincial or national centre selected for priority cultivation (new recognition KEY_CULTIVATED_MANUFACTURING_INNOVATION_CENTER), ‘最高不超过3000万元’ as UP_TO per new-round capability-building project, paid by the province as the sentence continues the provincial special-fund rules. Grouped with the other manufacturing innovation centre rule of （二） (manufacturing-innovation-center): both pay the capability-building project of the same centre from the same special fund, so under 从高不重复 only the higher is paid.',
   amountNote: 'Up to 30,000,000 yuan (可…给予最高不超过3000万元), paid in stages by the progress of the new-round capability-building project (分阶段补助) or after it (事后补助), the sum set case by case.'},
  {id: 'gd-biomanufacturing-measures-2026:standard-drafting-lead', name: '标准制定牵头单位经费资助', nameEn: 'Funding for the unit leading the drafting of a standard',
   clause: '（五）', quote: '支持参与国际标准、国家标准、行业标准和团体标准制定工作,按规定对牵头单位给予经费资助,并在成果转化、推广应用等方面予以支持。',
   kind: 'STANDARD_SETTING', formula: 'IMPLEMENTING_RULES', base: null, rate: null, amount: null, minBase: null, minInclusive: null,
   cap: null, capScope: null, enterpriseYearCap: null, tierThresholds: null, tierAmounts: null,
   upliftRate: null, upliftRecognition: null, upliftLiftsCap: null, requiredRecognitions: null, construction: null, fundingSplit: null, combinationGroup: 'standard-setting',
   interpretation: '‘按规定对牵头单位给予经费资助’ is read as money for the unit leading (牵头) the drafting of an international, national, industry or group standard, not for units that only take part (参与), the amount left to the existing rules (按规定). No payer is named, so fundingSplit stays absent.',
   amountNote: 'The text states no amount: 按规定对牵头单位给予经费资助 (funding per the existing rules).'},
  {id: 'gd-biomanufacturing-measures-2026:little-giant-award', name: '专精特新“小巨人”企业一次性奖补', nameEn: 'One-off award for a specialised and sophisticated little giant enterprise newly recognised by MIIT in 2024-2026',
   clause: '（十三）', quote: '依法依规对工业和信息化部2024-2026年新认定的专精特新“小巨人”企业和国家级制造业单项冠军企业予以一次性奖补。',
   kind: 'RECOGNITION_AWARD', formula: 'IMPLEMENTING_RULES', base: null, rate: null, amount: null, minBase: null, minInclusive: null,
   cap: null, capScope: 'ENTERPRISE', enterpriseYearCap: null, tierThresholds: null, tierAmounts: null,
   upliftRate: null, upliftRecognition: null, upliftLiftsCap: null, requiredRecognitions: ['NATIONAL_SPECIALIZED_SME'], construction: null, fundingSplit: 'PROVINCE:1', combinationGroup: 'specialized-sme',
   interpretation: '‘工业和信息化部2024-2026年新认定的’ is read as recognised by MIIT in 2024, 2025 or 2026 (recognitions before the measures took effect count), ‘一次性’ as once per enterprise. The 小巨人 and the 单项冠军 awards are two items (groups specialized-sme and single-champion-enterprise): an enterprise holding both titles gets both.',
   amountNote: '一次性奖补 under the management rules of the 省级民营经济及中小微企业发展专项资金: no amount stated.'},
  {id: 'gd-biomanufacturing-measures-2026:single-champion-award', name: '国家级制造业单项冠军企业一次性奖补', nameEn: 'One-off award for a national manufacturing single champion enterprise newly recognised by MIIT in 2024-2026',
   clause: '（十三）', quote: '依法依规对工业和信息化部2024-2026年新认定的专精特新“小巨人”企业和国家级制造业单项冠军企业予以一次性奖补。',
   kind: 'RECOGNITION_AWARD', formula: 'IMPLEMENTING_RULES', base: null, rate: null, amount: null, minBase: null, minInclusive: null,
   cap: null, capScope: 'ENTERPRISE', enterpriseYearCap: null, tierThresholds: null, tierAmounts: null,
   upliftRate: null, upliftRecognition: null, upliftLiftsCap: null, requiredRecognitions: ['NATIONAL_SINGLE_CHAMPION_ENTERPRISE'], construction: null, fundingSplit: 'PROVINCE:1', combinationGroup: 'single-champion-enterprise',
   interpretation: '‘2024-2026年新认定的’ is read as governing both titles, so a single champion enterprise recognised by MIIT in 2024, 2025 or 2026, and ‘单项冠军企业’ as the enterprise title only (a single champion product is not named). ‘一次性’ is read as once per enterprise, a separate item from the 小巨人 award.',
   amountNote: '一次性奖补 under the management rules of the 省级民营经济及中小微企业发展专项资金: no amount stated.'}
] AS row
MATCH (d:Document {id: 'gd-biomanufacturing-measures-2026'})
MATCH (m:Measure {id: d.id + ':' + row.clause})
MERGE (r:IncentiveRule {id: row.id})
SET r = row, r.doc = d.id
MERGE (m)-[:HAS_RULE]->(r)
MERGE (r)-[c:CITED_IN {clause: row.clause}]->(d)
SET c.quote = row.quote;
