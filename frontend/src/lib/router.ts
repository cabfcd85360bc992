// Hash routing: deep links work on the static files Spring Boot serves, with no server route.
export type Route =
  | { view: 'map' }
  | { view: 'region'; id: string }
  | { view: 'cluster'; id: string }
  | { view: 'park'; id: string }
  | { view: 'enterprise'; id: string }
  | { view: 'platform'; id: string }
  | { view: 'chain'; params: Record<string, string> }
  | { view: 'attract'; params: Record<string, string> }
  | { view: 'search'; params: Record<string, string> }
  | { view: 'notFound'; path: string };

const ENTITY = ['region', 'cluster', 'park', 'enterprise', 'platform'] as const;
const WITH_PARAMS = ['chain', 'attract', 'search'] as const;

export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#/, '');
  const [path, query = ''] = raw.split('?', 2);
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  const params = Object.fromEntries(new URLSearchParams(query));
  if (parts.length === 0) return { view: 'map' };
  const [head, id] = parts;
  if ((ENTITY as readonly string[]).includes(head) && id && parts.length === 2) {
    return { view: head as (typeof ENTITY)[number], id };
  }
  if ((WITH_PARAMS as readonly string[]).includes(head) && parts.length === 1) {
    return { view: head as (typeof WITH_PARAMS)[number], params };
  }
  return { view: 'notFound', path: raw };
}

export function href(view: string, id?: string, params?: Record<string, string | undefined | null>): string {
  let out = '#/' + view + (id ? '/' + encodeURIComponent(id) : '');
  const clean = Object.entries(params ?? {}).filter(([, v]) => v != null && v !== '') as [string, string][];
  if (clean.length) out += '?' + new URLSearchParams(clean).toString();
  return out;
}

/** Where a search hit of the given kind opens; null for kinds without a page. */
export function hitHref(kind: string, id: string): string | null {
  switch (kind) {
    case 'REGION':
      return href('region', id);
    case 'CLUSTER':
      return href('cluster', id);
    case 'PARK':
      return href('park', id);
    case 'ENTERPRISE':
      return href('enterprise', id);
    case 'PLATFORM':
      return href('platform', id);
    case 'CHAIN':
      return href('chain', undefined, { chain: id });
    case 'CHAIN_LINK':
      return href('chain', undefined, { chain: id.split(':')[0], link: id });
    default:
      return null;
  }
}
