import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import * as echarts from 'echarts/core';
import { MapChart, ScatterChart } from 'echarts/charts';
import { GeoComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import geo from '../map/heilongjiang.json';
import { graphql } from '../gql';
import type { MapDataQuery } from '../gql/graphql';
import { useQuery, Q, SampleBadge, Sources, Empty, ExportLinks } from '../components';
import { layersOf, placeParks, regionStyles, type Centroids, type Layer } from '../lib/map';
import { href } from '../lib/router';
import { nm, t } from '../lib/i18n';

echarts.use([MapChart, ScatterChart, GeoComponent, TooltipComponent, CanvasRenderer]);
// The prefecture outlines ship with the app (no tile server): see frontend/NOTICE.
echarts.registerMap('heilongjiang', geo as Parameters<typeof echarts.registerMap>[1]);

const centroids: Centroids = Object.fromEntries(
  geo.features.map((f) => [f.properties.code, f.properties.centroid as [number, number]]),
);

const MapQuery = graphql(`
  query MapData {
    regions(first: 100) {
      edges {
        node {
          code
          name
          nameEn
          level
          parent {
            code
          }
        }
      }
    }
    clusters(first: 100) {
      edges {
        node {
          id
          name
          nameEn
          kind
          members {
            region {
              code
              name
              nameEn
            }
            role
            basis
            source {
              ...Src
            }
          }
          sources {
            ...Src
          }
        }
      }
    }
    parks(first: 100) {
      edges {
        node {
          id
          name
          nameEn
          kind
          status
          sample
          region {
            code
            name
            nameEn
          }
        }
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`);

/** Default layers: the plan's pole, zones and belt, and the Sui-Ha-Da-Qi cluster. */
function defaultActive(layers: Layer[]) {
  return new Set(layers.filter((l) => l.kind !== 'CLUSTER' || l.id === 'sui-ha-da-qi-biomanufacturing-cluster').map((l) => l.id));
}

export function MapView() {
  const q = useQuery(MapQuery, {});
  return (
    <div>
      <h1>{t('overviewTitle')}</h1>
      <Q q={q}>{(d) => <MapBody data={d} />}</Q>
    </div>
  );
}


function MapBody({ data }: { data: MapDataQuery }) {
  const regions = data.regions.edges.map((e) => e.node);
  const clusters = data.clusters.edges.map((e) => e.node);
  const parks = data.parks.edges.map((e) => e.node);
  const parentOf = useMemo(() => Object.fromEntries(regions.map((r) => [r.code, r.parent?.code])), [data]);
  const byCode = useMemo(() => Object.fromEntries(regions.map((r) => [r.code, r])), [data]);
  const layers = useMemo(() => layersOf(clusters, centroids, parentOf), [data]);
  const clusterById = useMemo(() => Object.fromEntries(clusters.map((c) => [c.id, c])), [data]);
  const [active, setActive] = useState(() => defaultActive(layers));
  const [labels, setLabels] = useState(true);
  const { placed, unplaced } = useMemo(() => placeParks(parks, parentOf, centroids), [data]);
  const el = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    if (!el.current) return;
    const c = echarts.init(el.current, undefined, { renderer: 'canvas' });
    chart.current = c;
    // The end-to-end test clicks the canvas at a prefecture's centre: it needs the projection.
    (window as unknown as { __atlasMap?: echarts.ECharts }).__atlasMap = c;
    c.on('click', (p: any) => {
      if (p.seriesType === 'scatter' && p.data?.id) location.hash = href('park', p.data.id);
      else if (p.seriesType === 'map' && p.name) location.hash = href('region', p.name);
    });
    c.on('finished', () => {
      const w = window as unknown as { __atlasFirstRender?: number };
      if (w.__atlasFirstRender == null) w.__atlasFirstRender = Math.round(performance.now());
    });
    // A zero-sized container (unmounting, hidden) has no invertible view transform: skip it.
    const ro = new ResizeObserver(() => {
      if (el.current && el.current.clientWidth > 0 && el.current.clientHeight > 0 && !c.isDisposed()) c.resize();
    });
    ro.observe(el.current);
    return () => {
      ro.disconnect();
      c.dispose();
    };
  }, []);

  useEffect(() => {
    const styles = regionStyles(layers, active);
    const layerNames = (code: string) =>
      layers.filter((l) => active.has(l.id) && l.codes.includes(code)).map((l) => nm(clusterById[l.id]));
    chart.current?.setOption(
      {
        tooltip: { trigger: 'item', confine: true },
        geo: {
          map: 'heilongjiang',
          nameProperty: 'code',
          roam: true,
          layoutCenter: ['50%', '50%'],
          layoutSize: '95%',
          label: { show: labels, fontSize: 11, formatter: (p: any) => (byCode[p.name] ? nm(byCode[p.name]) : p.name) },
          itemStyle: { areaColor: '#f1f3f5', borderColor: '#868e96', borderWidth: 0.8 },
          emphasis: { itemStyle: { areaColor: '#ffe066' }, label: { show: true } },
          regions: Object.entries(styles).map(([code, s]) => ({
            name: code,
            itemStyle: {
              ...(s.fill ? { areaColor: s.fill, opacity: 0.55 } : {}),
              ...(s.border ? { borderColor: s.border, borderWidth: 3 } : {}),
            },
          })),
        },
        series: [
          {
            type: 'map',
            geoIndex: 0,
            data: Object.keys(centroids).map((code) => ({ name: code, value: 0 })),
            tooltip: {
              formatter: (p: any) => {
                const r = byCode[p.name];
                const names = layerNames(p.name);
                return `<b>${r ? nm(r) : p.name}</b> (${p.name})${names.length ? '<br>' + names.join('<br>') : ''}`;
              },
            },
          },
          {
            type: 'scatter',
            coordinateSystem: 'geo',
            symbolSize: 9,
            itemStyle: { color: '#212529', borderColor: '#fff', borderWidth: 1 },
            data: placed.map((p) => ({ id: p.park.id, name: nm(p.park), value: p.coord, sample: p.park.sample })),
            tooltip: {
              formatter: (p: any) => `<b>${p.data.name}</b>${p.data.sample ? ' [' + t('sample') + ']' : ''}<br>${t('parksApprox')}`,
            },
          },
        ],
      },
      { replaceMerge: ['series'] },
    );
  }, [active, labels, layers, placed]);

  const toggle = (id: string) => {
    const next = new Set(active);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setActive(next);
  };
  const prefectures = regions.filter((r) => centroids[r.code]);
  const parksOf = (code: string) => placed.filter((p) => p.featureCode === code).map((p) => p.park);

  return (
    <div class="map-layout">
      <div class="map-wrap">
        <div ref={el} class="map" role="img" aria-label={t('overviewTitle')} />
        <p class="note approx">● {t('parksApproxLong')}</p>
      </div>
      <aside class="map-side">
        <fieldset>
          <legend>{t('layers')}</legend>
          <ExportLinks list="clusters" label={t('layers')} />
          <label>
            <input type="checkbox" checked={labels} onChange={() => setLabels(!labels)} /> {t('prefectures')}
          </label>
          {layers.map((l) => {
            const c = clusterById[l.id];
            return (
              <div class="layer" key={l.id}>
                <label>
                  <input type="checkbox" checked={active.has(l.id)} onChange={() => toggle(l.id)} />{' '}
                  <span class={'swatch ' + (l.kind === 'CLUSTER' ? 'outline' : '')} style={{ '--c': l.color }} aria-hidden="true" /> {nm(c)}
                </label>{' '}
                <a href={href('cluster', l.id)} class="small">
                  {c.kind}
                </a>
              </div>
            );
          })}
        </fieldset>
        <h2>{t('prefectures')}</h2>
        <ExportLinks list="regions" args={{ level: 'PREFECTURE', parent: '230000' }} label={t('prefectures')} />
        <ExportLinks list="parks" label={t('parks')} />
        <ul class="list compact">
          {prefectures.map((r) => (
            <li key={r.code}>
              <a href={href('region', r.code)}>{nm(r)}</a> <span class="muted">{r.code}</span>
              {parksOf(r.code).length > 0 && (
                <ul>
                  {parksOf(r.code).map((p) => (
                    <li key={p.id}>
                      <a href={href('park', p.id)}>{nm(p)}</a> <SampleBadge sample={p.sample} />
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      </aside>
      <section class="card wide">
        <h2>{t('parksUnplaced')}</h2>
        {unplaced.length === 0 ? (
          <Empty />
        ) : (
          <ul class="chips">
            {unplaced.map((p) => (
              <li key={p.id}>
                <a href={href('park', p.id)}>{nm(p)}</a>
                {p.region && <span class="muted"> · {nm(p.region)}</span>} <SampleBadge sample={p.sample} />
              </li>
            ))}
          </ul>
        )}
        {data.parks.pageInfo.hasNextPage && <p class="muted">…</p>}
      </section>
      <section class="card wide">
        <h2>{t('sources')}</h2>
        {layers.map((l) => (
          <Sources key={l.id} label={nm(clusterById[l.id])} sources={clusterById[l.id].sources} />
        ))}
      </section>
    </div>
  );
}

