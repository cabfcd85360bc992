// Administrative regions named by the texts, with their administrative parents.
// Key: GB/T 2260 six-digit code (string). Codes and the PART_OF hierarchy come from GB/T 2260, not from the texts.
// Parents are merged before their children: provinces, then prefectures, then counties, then the citations.
// Not included (not a GB/T 2260 division, or not named as a place): 哈尔滨新区, 利民 (开发区), 拉哈 (a town),
// 黑瞎子岛, 聊城高新区, 横琴粤澳深度合作区, 粤港澳大湾区, 京津冀, 长三角, 松嫩平原, 三江平原, 俄远东地区,
// and places that occur only inside an organisation's name (中科院天津工业生物所, 中国科学院上海药物研究所).

// 1. Provinces.
UNWIND [
  {code: '230000', name: '黑龙江省', nameEn: 'Heilongjiang'},
  {code: '440000', name: '广东省', nameEn: 'Guangdong'},
  {code: '370000', name: '山东省', nameEn: 'Shandong', basis: 'administrative parent of a region named in the texts'}
] AS row
MERGE (r:Region {code: row.code})
SET r.name = row.name, r.nameEn = row.nameEn, r.level = 'PROVINCE',
    r.codeSource = 'GB/T 2260', r.basis = row.basis, r.codeUncertain = row.codeUncertain;

// 2. Prefecture-level divisions: all 13 of Heilongjiang, and the Guangdong and Shandong cities named in 003 and 004.
UNWIND [
  {code: '230100', name: '哈尔滨市', nameEn: 'Harbin', parent: '230000'},
  {code: '230200', name: '齐齐哈尔市', nameEn: 'Qiqihar', parent: '230000'},
  {code: '230300', name: '鸡西市', nameEn: 'Jixi', parent: '230000'},
  {code: '230400', name: '鹤岗市', nameEn: 'Hegang', parent: '230000'},
  {code: '230500', name: '双鸭山市', nameEn: 'Shuangyashan', parent: '230000'},
  {code: '230600', name: '大庆市', nameEn: 'Daqing', parent: '230000'},
  {code: '230700', name: '伊春市', nameEn: 'Yichun', parent: '230000'},
  {code: '230800', name: '佳木斯市', nameEn: 'Jiamusi', parent: '230000'},
  {code: '230900', name: '七台河市', nameEn: 'Qitaihe', parent: '230000'},
  {code: '231000', name: '牡丹江市', nameEn: 'Mudanjiang', parent: '230000'},
  {code: '231100', name: '黑河市', nameEn: 'Heihe', parent: '230000'},
  {code: '231200', name: '绥化市', nameEn: 'Suihua', parent: '230000'},
  {code: '232700', name: '大兴安岭地区', nameEn: 'Da Hinggan Ling Prefecture', parent: '230000'},
  {code: '440100', name: '广州市', nameEn: 'Guangzhou', parent: '440000'},
  {code: '440300', name: '深圳市', nameEn: 'Shenzhen', parent: '440000'},
  {code: '371500', name: '聊城市', nameEn: 'Liaocheng', parent: '370000'}
] AS row
MERGE (r:Region {code: row.code})
SET r.name = row.name, r.nameEn = row.nameEn, r.level = 'PREFECTURE',
    r.codeSource = 'GB/T 2260', r.basis = row.basis, r.codeUncertain = row.codeUncertain
WITH r, row
MATCH (p:Region {code: row.parent})
MERGE (r)-[po:PART_OF]->(p)
SET po.basis = 'GB/T 2260';

// 3. County-level divisions (counties, county-level cities) named in 002 and 004.
UNWIND [
  {code: '230126', name: '巴彦县', nameEn: 'Bayan County', parent: '230100'},
  {code: '230227', name: '富裕县', nameEn: 'Fuyu County', parent: '230200'},
  {code: '230281', name: '讷河市', nameEn: 'Nehe', parent: '230200'},
  {code: '230321', name: '鸡东县', nameEn: 'Jidong County', parent: '230300'},
  {code: '230882', name: '富锦市', nameEn: 'Fujin', parent: '230800'},
  {code: '231081', name: '绥芬河市', nameEn: 'Suifenhe', parent: '231000'},
  {code: '231181', name: '北安市', nameEn: "Bei'an", parent: '231100'},
  {code: '231282', name: '肇东市', nameEn: 'Zhaodong', parent: '231200'},
  {code: '231283', name: '海伦市', nameEn: 'Hailun', parent: '231200'},
  {code: '371524', name: '东阿县', nameEn: "Dong'e County", parent: '371500'},
  {code: '371525', name: '冠县', nameEn: 'Guan County', parent: '371500'}
] AS row
MERGE (r:Region {code: row.code})
SET r.name = row.name, r.nameEn = row.nameEn, r.level = 'COUNTY',
    r.codeSource = 'GB/T 2260', r.basis = row.basis, r.codeUncertain = row.codeUncertain
WITH r, row
MATCH (p:Region {code: row.parent})
MERGE (r)-[po:PART_OF]->(p)
SET po.basis = 'GB/T 2260';

// 4. Citations: where each region is named (at most two clauses per region and document).
// 001 names Heilongjiang only in its title (no numbering there, so clause '标题')
// the cities behind the cluster name 绥哈大齐 in 001（九） are left to the cluster file.
UNWIND [
  {code: '230000', doc: 'hlj-biomanufacturing-measures-2026', clause: '标题', quote: '黑龙江省支持生物制造产业高质量发展若干政策措施'},
  {code: '230000', doc: 'hlj-bioeconomy-plan-14th', clause: '四', quote: '依据黑龙江资源禀赋、产业基础和区域特色，着力构建“一极、两区、一带”产业新格局'},
  {code: '230000', doc: 'hlj-bioeconomy-plan-14th', clause: '五（三）', quote: '实施大豆提升工程，建设黑龙江国家级大豆种子基地。'},
  {code: '230100', doc: 'hlj-bioeconomy-plan-14th', clause: '一（一）', quote: '哈尔滨市生物医药产业入选国家级战略性新兴产业集群。'},
  {code: '230100', doc: 'hlj-bioeconomy-plan-14th', clause: '四（一）', quote: '“一极”——打造哈尔滨生物产业引领极。'},
  {code: '230200', doc: 'hlj-bioeconomy-plan-14th', clause: '四（二）', quote: '推动齐齐哈尔市生物医药、生物制造产业加快发展，打造原料药和氨基酸集中生产基地。'},
  {code: '230200', doc: 'hlj-bioeconomy-plan-14th', clause: '五（二）', quote: '加强齐齐哈尔、绥化等地产业布局'},
  {code: '230300', doc: 'hlj-bioeconomy-plan-14th', clause: '四（二）', quote: '支持鸡西市生物医药产业加快发展，打造百亿级生物医药产业集群，建设省级生物医药制造基地。'},
  {code: '230400', doc: 'hlj-bioeconomy-plan-14th', clause: '四（二）', quote: '推进鹤岗市发展北药种植基地，打造北药集散地。'},
  {code: '230500', doc: 'hlj-bioeconomy-plan-14th', clause: '四（二）', quote: '推动双鸭山市生物能源加快发展，打造全省最大的生物能源基地。'},
  {code: '230600', doc: 'hlj-bioeconomy-plan-14th', clause: '四（二）', quote: '支持大庆市延伸发展生物基材料产业链，打造生物基材料产业创新发展基地，实现生物基与化学基材料创新融合发展。'},
  {code: '230700', doc: 'hlj-bioeconomy-plan-14th', clause: '四（三）', quote: '推动伊春市发展生物医药、生物食品产业，打造中国伊春林都北药、寒地食品产业园。'},
  {code: '230800', doc: 'hlj-bioeconomy-plan-14th', clause: '四（二）', quote: '促进佳木斯市生物农业产业加快发展，打造生物育种智能化数字化发展样板区，建设生物制造新型产业基地。'},
  {code: '230900', doc: 'hlj-bioeconomy-plan-14th', clause: '四（二）', quote: '促进七台河市生物医药产业加快发展，建成原料药基地和中医药生产基地。'},
  {code: '231000', doc: 'hlj-bioeconomy-plan-14th', clause: '四（二）', quote: '推动牡丹江市生物医药、生物食品产业加快发展，延展中药材加工跨境产业链，打造符合口岸特色的中药材和生物食品加工产业集群。'},
  {code: '231100', doc: 'hlj-bioeconomy-plan-14th', clause: '四（三）', quote: '鼓励黑河市发展生物医药产业，打造对俄进口中药材原料和生物食品进口加工基地。'},
  {code: '231100', doc: 'hlj-bioeconomy-plan-14th', clause: '五（一）', quote: '依法依规推动哈尔滨、黑河、绥芬河自贸区内发展汉麻提取物终端产品和实业投资'},
  {code: '231200', doc: 'hlj-bioeconomy-plan-14th', clause: '四（二）', quote: '推动绥化市生物医药、生物制造和生物发酵三大主导产业延长链条、壮大规模，实现高质量发展，建设秸秆生物质产业协同创新试验区和生物发酵产业基地。'},
  {code: '231200', doc: 'hlj-bioeconomy-plan-14th', clause: '五（二）', quote: '支持绥化市、中科院天津工业生物所、省科学院、象屿集团创新合作模式，创建政研企协同的北方合成生物产业研究院'},
  {code: '232700', doc: 'hlj-bioeconomy-plan-14th', clause: '四（三）', quote: '支持大兴安岭地区发展寒地中药材和生物食品，建成寒地生物产业基地。'},
  {code: '230126', doc: 'hlj-bioeconomy-plan-14th', clause: '五（四）', quote: '推动鸡东国投、巴彦鸿展等燃料乙醇生产企业达产达效'},
  {code: '230227', doc: 'hlj-bioeconomy-plan-14th', clause: '四（二）', quote: '建设国家合成生物技术创新中心、秸秆产业技术研究院、富裕生物医药产业园'},
  {code: '230227', doc: 'hlj-bioeconomy-plan-14th', clause: '六（三）', quote: '益海嘉里（富裕）农业产业园'},
  {code: '230281', doc: 'hlj-bioeconomy-plan-14th', clause: '五（一）', quote: '加快建设联顺绿色生物医药产业基地、讷河拉哈生物制药产业园、多维生物药产业园'},
  {code: '230281', doc: 'hlj-bioeconomy-plan-14th', clause: '六（三）', quote: '讷河拉哈生物技术和化学制药园'},
  {code: '230321', doc: 'hlj-bioeconomy-plan-14th', clause: '五（四）', quote: '推动鸡东国投、巴彦鸿展等燃料乙醇生产企业达产达效'},
  {code: '230882', doc: 'hlj-bioeconomy-plan-14th', clause: '五（四）', quote: '稳妥推进北安、富锦等燃料乙醇项目建设'},
  {code: '231081', doc: 'hlj-bioeconomy-plan-14th', clause: '五（一）', quote: '依法依规推动哈尔滨、黑河、绥芬河自贸区内发展汉麻提取物终端产品和实业投资'},
  {code: '231181', doc: 'hlj-bioeconomy-plan-14th', clause: '五（四）', quote: '稳妥推进北安、富锦等燃料乙醇项目建设'},
  {code: '231282', doc: 'hlj-bioeconomy-plan-14th', clause: '五（二）', quote: '推动阜丰生物产业园、新和成生物发酵产业园、肇东星湖生物发酵产业园等项目创新扩量升级'},
  {code: '231283', doc: 'hlj-bioeconomy-plan-14th', clause: '五（四）', quote: '加快海伦国投生物纤维素燃料乙醇示范项目建设'},
  {code: '440000', doc: 'hlj-bioeconomy-plan-14th', clause: '一（一）', quote: '我省与广东是对口合作省份'},
  {code: '440000', doc: 'hlj-bioeconomy-plan-14th', clause: '七（二）', quote: '深入推进龙粤合作，充分利用广东省资金、管理、技术优势和我省资源、产业、空间优势，推进一批生物产业项目落地实施。'},
  {code: '440300', doc: 'hlj-bioeconomy-plan-14th', clause: '一（一）', quote: '深圳（哈尔滨）产业园区已成为两省深化开放合作的重要载体'},
  {code: '440000', doc: 'gd-biomanufacturing-measures-2026', clause: '（十三）', quote: '培育发展一批合成生物和食品、医药、医疗美容、化工等下游应用领域的广东省制造业单项冠军和专精特新企业。'},
  {code: '440000', doc: 'gd-biomanufacturing-measures-2026', clause: '（十九）', quote: '推动更多成果在粤转化落地。'},
  {code: '440100', doc: 'gd-biomanufacturing-measures-2026', clause: '（八）', quote: '支持广州、深圳发挥“双核驱动”辐射带动效应,加快打造粤港澳大湾区生物制造科技创新策源地。'},
  {code: '440300', doc: 'gd-biomanufacturing-measures-2026', clause: '（八）', quote: '支持广州、深圳发挥“双核驱动”辐射带动效应,加快打造粤港澳大湾区生物制造科技创新策源地。'},
  {code: '371500', doc: 'liaocheng-biomedicine-measures-draft', clause: '二（三）8', quote: '支持和鼓励全球标杆生物医药企业在聊城设立地区总部、研发中心、生产基地等。'},
  {code: '371524', doc: 'liaocheng-biomedicine-measures-draft', clause: '二（二）4', quote: '重点推进东阿县、冠县、高新区等区县阿胶、灵芝、医疗器械产业集群培育'},
  {code: '371525', doc: 'liaocheng-biomedicine-measures-draft', clause: '二（二）4', quote: '重点推进东阿县、冠县、高新区等区县阿胶、灵芝、医疗器械产业集群培育'}
] AS row
MATCH (r:Region {code: row.code})
MATCH (doc:Document {id: row.doc})
MERGE (r)-[c:CITED_IN {clause: row.clause}]->(doc)
SET c.quote = row.quote;
