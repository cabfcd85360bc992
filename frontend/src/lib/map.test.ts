import { describe, expect, it } from 'vitest';
import geo from '../map/heilongjiang.json';
import { featureCodeOf, layersOf, placeParks, regionStyles, type Centroids } from './map';

const centroids: Centroids = Object.fromEntries(geo.features.map((f) => [f.properties.code, f.properties.centroid as [number, number]]));
const parentOf: Record<string, string | undefined> = { '230100': '230000', '230227': '230200', '230200': '230000', '371500': '370000' };

describe('the shipped boundaries', () => {
  it('hold every Heilongjiang prefecture under its GB/T 2260 code, with a centre inside the province', () => {
    const codes = geo.features.map((f) => f.properties.code).sort();
    expect(codes).toEqual(['230100', '230200', '230300', '230400', '230500', '230600', '230700', '230800', '230900', '231000', '231100', '231200', '232700']);
    const byCode = Object.fromEntries(geo.features.map((f) => [f.properties.code, f.properties.name]));
    expect(byCode['230100']).toBe('哈尔滨市');
    expect(byCode['230600']).toBe('大庆市');
    expect(byCode['231200']).toBe('绥化市');
    for (const [x, y] of Object.values(centroids)) {
      expect(x).toBeGreaterThan(121);
      expect(x).toBeLessThan(135.5);
      expect(y).toBeGreaterThan(43);
      expect(y).toBeLessThan(53.6);
    }
  });
});

describe('park placement', () => {
  it('climbs from a county to its prefecture, and gives up off the map', () => {
    expect(featureCodeOf('230227', parentOf, centroids)).toBe('230200');
    expect(featureCodeOf('230100', parentOf, centroids)).toBe('230100');
    expect(featureCodeOf('371500', parentOf, centroids)).toBeNull();
    expect(featureCodeOf(null, parentOf, centroids)).toBeNull();
  });

  it('draws parks around their prefecture centre, marked approximate, never elsewhere', () => {
    const parks = [
      { id: 'a', region: { code: '230100' } },
      { id: 'b', region: { code: '230100' } },
      { id: 'c', region: { code: '230227' } },
      { id: 'd', region: null },
      { id: 'e', region: { code: '371500' } },
    ];
    const { placed, unplaced } = placeParks(parks, parentOf, centroids, 0.2);
    expect(unplaced.map((p) => p.id)).toEqual(['d', 'e']);
    const c = placed.find((p) => p.park.id === 'c')!;
    expect(c.coord).toEqual(centroids['230200']);
    expect(c.approximate).toBe(true);
    const harbin = placed.filter((p) => p.featureCode === '230100');
    expect(harbin).toHaveLength(2);
    expect(harbin[0].coord).not.toEqual(harbin[1].coord);
    for (const p of harbin) {
      const [dx, dy] = [p.coord[0] - centroids['230100'][0], p.coord[1] - centroids['230100'][1]];
      expect(Math.hypot(dx, dy)).toBeLessThanOrEqual(0.2 + 1e-9);
    }
  });
});

describe('layers', () => {
  const clusters = [
    { id: 'sui-ha-da-qi-biomanufacturing-cluster', kind: 'CLUSTER', members: ['230100', '230200', '230600', '231200'].map((code) => ({ region: { code } })) },
    { id: 'harbin-bio-industry-pole', kind: 'POLE', members: [{ region: { code: '230100' } }] },
    { id: 'songnen-plain-core-zone', kind: 'ZONE', members: ['230200', '230600', '231200'].map((code) => ({ region: { code } })) },
    { id: 'gba', kind: 'ZONE', members: [{ region: { code: '440100' } }] },
  ];

  it('keeps only groupings on the map, pole first, clusters last', () => {
    const layers = layersOf(clusters, centroids, parentOf);
    expect(layers.map((l) => l.id)).toEqual(['harbin-bio-industry-pole', 'songnen-plain-core-zone', 'sui-ha-da-qi-biomanufacturing-cluster']);
  });

  it('fills with the plan layers and outlines with clusters, only for active layers', () => {
    const layers = layersOf(clusters, centroids, parentOf);
    const all = regionStyles(layers, new Set(layers.map((l) => l.id)));
    expect(all['230100'].fill).toBe(layers[0].color);
    expect(all['230100'].border).toBe(layers[2].color);
    expect(all['230600']).toEqual({ fill: layers[1].color, border: layers[2].color });
    expect(all['230300']).toBeUndefined();
    const onlyCluster = regionStyles(layers, new Set(['sui-ha-da-qi-biomanufacturing-cluster']));
    expect(onlyCluster['230100']).toEqual({ border: layers[2].color });
  });
});
