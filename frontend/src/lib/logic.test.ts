import { describe, expect, it } from 'vitest';
import { areaArgs, byStage } from './chain';
import { awardTimeline, formatYuan, tenantsPerYear } from './format';
import { toProjectInput } from './estimate';
import { nameIn, translate } from './i18n';

describe('chain layout', () => {
  it('orders links upstream to downstream, then by position, skipping empty stages', () => {
    const links = [
      { link: { stage: 'DOWNSTREAM', position: 4 } },
      { link: { stage: 'UPSTREAM', position: 2 } },
      { link: { stage: 'UPSTREAM', position: 1 } },
    ];
    const groups = byStage(links);
    expect(groups.map((g) => g.stage)).toEqual(['UPSTREAM', 'DOWNSTREAM']);
    expect(groups[0].links.map((l) => l.link.position)).toEqual([1, 2]);
  });

  it('asks by region for a GB/T 2260 code and by cluster otherwise', () => {
    expect(areaArgs('230100')).toEqual({ region: '230100' });
    expect(areaArgs('sui-ha-da-qi-biomanufacturing-cluster')).toEqual({ cluster: 'sui-ha-da-qi-biomanufacturing-cluster' });
  });
});

describe('formatting', () => {
  it('groups yuan, with 万元 in Chinese', () => {
    expect(formatYuan('6000000.00', 'en')).toBe('¥6,000,000');
    expect(formatYuan('6000000.00', 'zh')).toBe('6,000,000 元（600 万元）');
    expect(formatYuan('1250000.50', 'en')).toBe('¥1,250,000.5');
    expect(formatYuan(null, 'en')).toBe('—');
  });

  it('puts awards on a timeline, oldest first, undated last', () => {
    const g = awardTimeline([
      { id: 'c', year: null, awardedOn: null },
      { id: 'b', awardedOn: '2023-05-01' },
      { id: 'a', year: 2021 },
      { id: 'd', year: 2023 },
    ]);
    expect(g.map((x) => x.label)).toEqual(['2021', '2023', '?']);
    expect(g[1].awards.map((a) => a.id)).toEqual(['b', 'd']);
  });

  it('counts tenants present at each year end', () => {
    const series = tenantsPerYear(
      [
        { since: '2020-03-01', until: '2022-06-30' },
        { since: '2021-01-01', until: null },
        { since: null, until: null },
      ],
      2023,
    );
    expect(series).toEqual([
      { year: 2020, count: 1 },
      { year: 2021, count: 2 },
      { year: 2022, count: 1 },
      { year: 2023, count: 1 },
    ]);
    expect(tenantsPerYear([], 2023)).toEqual([]);
  });
});

describe('incentive form', () => {
  it('sends clean decimal strings and leaves out blank amounts and an unset construction', () => {
    const input = toProjectInput({
      region: '230100',
      date: '2026-06-01',
      kinds: ['NEW_INDUSTRIALIZATION_PROJECT'],
      construction: '',
      amounts: [
        { name: 'fixedAssetInvestment', value: '30,000,000' },
        { name: 'rdSpend', value: ' ' },
      ],
      recognitions: [],
    });
    expect(input).toEqual({
      region: '230100',
      date: '2026-06-01',
      kinds: ['NEW_INDUSTRIALIZATION_PROJECT'],
      amounts: [{ name: 'fixedAssetInvestment', value: '30000000' }],
      recognitions: [],
    });
  });
});

describe('languages', () => {
  it('has both languages and falls back to the Chinese name', () => {
    expect(translate('zh', 'sample')).toBe('示例数据');
    expect(translate('en', 'sample')).toBe('Sample data');
    expect(translate('en', 'parksApprox')).toBe('approximate: placed at region centre');
    expect(nameIn('en', { name: '哈尔滨市', nameEn: 'Harbin' })).toBe('Harbin');
    expect(nameIn('en', { name: '三精药业', nameEn: null })).toBe('三精药业');
    expect(nameIn('zh', { name: '哈尔滨市', nameEn: 'Harbin' })).toBe('哈尔滨市');
  });
});

describe('export links', () => {
  it('points at the list with its arguments, leaving empty ones out, Chinese headers in Chinese', async () => {
    const { exportHref } = await import('./export');
    expect(exportHref('region-parks', 'csv', { code: '230100' }, 'en')).toBe('export/region-parks.csv?code=230100');
    expect(exportHref('chain-candidates', 'xlsx', { chain: 'c', region: '230100', cluster: undefined, link: 'c:l' }, 'zh')).toBe(
      'export/chain-candidates.xlsx?chain=c&region=230100&link=c%3Al&lang=zh',
    );
    expect(exportHref('parks', 'csv')).toBe('export/parks.csv');
  });

  it('writes an estimate project as repeatable parameters', async () => {
    const { exportHref, projectArgs } = await import('./export');
    const project = toProjectInput({
      region: '230100',
      date: '2026-06-01',
      kinds: ['NEW_INDUSTRIALIZATION_PROJECT'],
      construction: 'NEW_BUILD',
      amounts: [{ name: 'fixedAssetInvestment', value: '30,000,000' }],
      recognitions: ['A', 'B'],
    });
    expect(exportHref('incentive-estimate', 'csv', projectArgs(project, true))).toBe(
      'export/incentive-estimate.csv?region=230100&date=2026-06-01&kind=NEW_INDUSTRIALIZATION_PROJECT&construction=NEW_BUILD' +
        '&amount=fixedAssetInvestment%3A30000000&recognition=A&recognition=B&eligibleOnly=true',
    );
  });
});
