// The five source documents (sources/README.md). 000 is a press summary: kept for reference, never cited for a fact.
UNWIND [
  {id: 'hlj-biomanufacturing-measures-2026', file: '001_0e12c9fa2c30a093.txt',
   title: '黑龙江省支持生物制造产业高质量发展若干政策措施',
   titleEn: 'Heilongjiang measures to support high-quality development of the biomanufacturing industry (17 measures)',
   issuer: '黑龙江省人民政府办公厅', issuedOn: date('2026-02-13'), validFrom: date('2026-02-13'), validUntil: date('2028-12-31'),
   status: 'IN_FORCE', region: '230000', combination: 'HIGHEST_NOT_REPEATED'},
  {id: 'hlj-bioeconomy-plan-14th', file: '002_0ef105326ad14cee.txt',
   title: '黑龙江省“十四五”生物经济发展规划',
   titleEn: 'Heilongjiang 14th Five-Year Plan for the bioeconomy (abridged)',
   issuer: '黑龙江省人民政府', issuedOn: date('2022-03-22'), validFrom: date('2021-01-01'), validUntil: date('2025-12-31'),
   status: 'PLAN', region: '230000', combination: null},
  {id: 'gd-biomanufacturing-measures-2026', file: '003_bd66cc59cebdc80f.txt',
   title: '广东省推动生物制造赋能制造业的若干措施',
   titleEn: 'Guangdong measures to promote biomanufacturing empowering manufacturing (24 measures)',
   issuer: '广东省工业和信息化厅、广东省发展和改革委员会', issuedOn: date('2026-01-05'), validFrom: date('2026-01-10'), validUntil: date('2027-12-31'),
   status: 'IN_FORCE', region: '440000', combination: 'HIGHEST_NOT_REPEATED'},
  {id: 'liaocheng-biomedicine-measures-draft', file: '004_31bc14a372322c22.txt',
   title: '关于支持生物医药产业高质量发展的若干措施（征求意见稿）',
   titleEn: 'Liaocheng measures to support high-quality development of the biomedicine industry (draft for comment)',
   issuer: null, issuedOn: null, validFrom: null, validUntil: null,
   status: 'DRAFT', region: '371500', combination: null},
  {id: 'hlj-biomanufacturing-summary-en', file: '000_0c2b7d52013b2523.txt',
   title: 'Heilongjiang biomanufacturing measures: English press summary',
   titleEn: 'Heilongjiang biomanufacturing measures: English press summary',
   issuer: null, issuedOn: date('2026-02-15'), validFrom: null, validUntil: null,
   status: 'SUMMARY', region: '230000', combination: null}
] AS row
MERGE (d:Document {id: row.id})
SET d.file = row.file, d.title = row.title, d.titleEn = row.titleEn, d.issuer = row.issuer,
    d.issuedOn = row.issuedOn, d.validFrom = row.validFrom, d.validUntil = row.validUntil,
    d.status = row.status, d.regionCode = row.region, d.combination = row.combination;
