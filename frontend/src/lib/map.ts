// Pure helpers of the overview map: which prefecture a region falls in, where parks are
// drawn (their prefecture's centre: the graph holds no park coordinates), and layers.

export type Centroids = Record<string, [number, number]>;

export interface RegionRef {
  code: string;
  parent?: { code: string } | null;
}

/** The prefecture (a map feature) a region lies in: itself or its nearest ancestor that has a feature. */
export function featureCodeOf(code: string | null | undefined, parentOf: Record<string, string | undefined>, centroids: Centroids): string | null {
  let c: string | undefined = code ?? undefined;
  const seen = new Set<string>();
  while (c && !seen.has(c)) {
    if (centroids[c]) return c;
    seen.add(c);
    c = parentOf[c];
  }
  return null;
}

export interface ParkLike {
  id: string;
  region?: { code: string } | null;
}

export interface PlacedPark<P> {
  park: P;
  featureCode: string;
  /** Where the marker is drawn: around the prefecture centre, never a real site. */
  coord: [number, number];
  approximate: true;
}

/**
 * Places each park at the centre of its prefecture. Parks of one prefecture are fanned out
 * on a small circle around that centre only so that each stays clickable; the position
 * is approximate by construction and marked so. Parks with no region, or a region off
 * the map, are returned as unplaced.
 */
export function placeParks<P extends ParkLike>(
  parks: P[],
  parentOf: Record<string, string | undefined>,
  centroids: Centroids,
  radius = 0.18,
): { placed: PlacedPark<P>[]; unplaced: P[] } {
  const byFeature = new Map<string, P[]>();
  const unplaced: P[] = [];
  for (const park of parks) {
    const f = featureCodeOf(park.region?.code, parentOf, centroids);
    if (!f) {
      unplaced.push(park);
      continue;
    }
    const list = byFeature.get(f) ?? [];
    list.push(park);
    byFeature.set(f, list);
  }
  const placed: PlacedPark<P>[] = [];
  for (const [f, list] of byFeature) {
    const [cx, cy] = centroids[f];
    list.forEach((park, i) => {
      const coord: [number, number] =
        list.length === 1
          ? [cx, cy]
          : [
              round(cx + radius * Math.cos((2 * Math.PI * i) / list.length)),
              round(cy + radius * 0.7 * Math.sin((2 * Math.PI * i) / list.length)),
            ];
      placed.push({ park, featureCode: f, coord, approximate: true });
    });
  }
  return { placed, unplaced };
}

function round(v: number) {
  return Math.round(v * 1000) / 1000;
}

export interface ClusterLike {
  id: string;
  kind: string;
  members: { region: { code: string } }[];
}

export interface Layer {
  id: string;
  kind: string;
  color: string;
  codes: string[];
}

/** The plan's layers over Heilongjiang: the pole, the zones, the belt, and the clusters, in that order. */
export const LAYER_ORDER = ['POLE', 'ZONE', 'BELT', 'CLUSTER'];
const PALETTE: Record<string, string[]> = {
  POLE: ['#d9480f'],
  ZONE: ['#2b8a3e', '#1971c2', '#5f3dc4'],
  BELT: ['#0b7285'],
  CLUSTER: ['#c2255c', '#e67700', '#862e9c', '#364fc7', '#087f5b'],
};

export function layersOf(clusters: ClusterLike[], centroids: Centroids, parentOf: Record<string, string | undefined>): Layer[] {
  const used: Record<string, number> = {};
  return clusters
    .map((c) => ({
      c,
      codes: [...new Set(c.members.map((m) => featureCodeOf(m.region.code, parentOf, centroids)).filter((x): x is string => !!x))],
    }))
    .filter(({ codes }) => codes.length > 0)
    .sort((a, b) => LAYER_ORDER.indexOf(a.c.kind) - LAYER_ORDER.indexOf(b.c.kind) || a.c.id.localeCompare(b.c.id))
    .map(({ c, codes }) => {
      const colors = PALETTE[c.kind] ?? ['#495057'];
      const n = used[c.kind] ?? 0;
      used[c.kind] = n + 1;
      return { id: c.id, kind: c.kind, color: colors[n % colors.length], codes };
    });
}

export interface RegionStyle {
  fill?: string;
  border?: string;
}

/**
 * How each prefecture is drawn: the pole, zones and belt fill it (they do not overlap),
 * clusters outline it, so a city in a zone and a cluster shows both.
 */
export function regionStyles(layers: Layer[], active: Set<string>): Record<string, RegionStyle> {
  const out: Record<string, RegionStyle> = {};
  for (const l of layers) {
    if (!active.has(l.id)) continue;
    for (const code of l.codes) {
      const s = (out[code] ??= {});
      if (l.kind === 'CLUSTER') s.border = l.color;
      else s.fill = l.color;
    }
  }
  return out;
}
