// The six bio-industry domains: the plan's columns 1 to 6 (002 section 五), one domain each.
UNWIND [
  {id: 'biomedicine', column: 1, name: '生物医药', nameEn: 'Biomedicine', clause: '专栏1', quote: '专栏 1 生物医药产品创新与产业升级行动'},
  {id: 'biomanufacturing', column: 2, name: '生物制造', nameEn: 'Biomanufacturing', clause: '专栏2', quote: '专栏 2 生物制造产业发展升级行动'},
  {id: 'bioagriculture', column: 3, name: '生物农业', nameEn: 'Bio-agriculture', clause: '专栏3', quote: '专栏 3 生物农业产业发展升级行动'},
  {id: 'bioenergy', column: 4, name: '生物能源', nameEn: 'Bioenergy', clause: '专栏4', quote: '专栏 4 生物能源产业发展升级行动'},
  {id: 'bioenvironmental', column: 5, name: '生物环保', nameEn: 'Bio-environmental protection', clause: '专栏5', quote: '专栏 5 生物环保产业发展升级行动'},
  {id: 'biomedical-engineering', column: 6, name: '生物医学工程', nameEn: 'Biomedical engineering', clause: '专栏6', quote: '专栏 6 生物医学工程产业发展升级行动'}
] AS row
MERGE (d:Domain {id: row.id})
SET d.name = row.name, d.nameEn = row.nameEn, d.column = row.column
WITH d, row
MATCH (doc:Document {id: 'hlj-bioeconomy-plan-14th'})
MERGE (d)-[c:CITED_IN {clause: row.clause}]->(doc)
SET c.quote = row.quote;
