import type { Lang } from './i18n';

/** A decimal yuan string, grouped; in Chinese also in 万元 when large. */
export function formatYuan(value: string | null | undefined, lang: Lang): string {
  if (value == null || value === '') return '—';
  const n = Number(value);
  if (!Number.isFinite(n)) return value;
  const grouped = n.toLocaleString('en-US', { minimumFractionDigits: 0, maximumFractionDigits: 2 });
  if (lang === 'zh') {
    return Math.abs(n) >= 10000 ? `${grouped} 元（${(n / 10000).toLocaleString('en-US', { maximumFractionDigits: 2 })} 万元）` : `${grouped} 元`;
  }
  return `¥${grouped}`;
}

export interface AwardLike {
  id: string;
  awardedOn?: string | null;
  year?: number | null;
}

/** When an award was granted, for sorting: the date, else 1 July of its year, else never (last). */
export function awardTime(a: AwardLike): number {
  if (a.awardedOn) return Date.parse(a.awardedOn);
  if (a.year != null) return Date.UTC(a.year, 6, 1);
  return Number.POSITIVE_INFINITY;
}

/** Awards oldest first, undated last, grouped by year for the timeline. */
export function awardTimeline<A extends AwardLike>(awards: A[]): { label: string; awards: A[] }[] {
  const sorted = [...awards].sort((x, y) => awardTime(x) - awardTime(y) || x.id.localeCompare(y.id));
  const groups: { label: string; awards: A[] }[] = [];
  for (const a of sorted) {
    const label = a.awardedOn ? a.awardedOn.slice(0, 4) : a.year != null ? String(a.year) : '?';
    const last = groups[groups.length - 1];
    if (last && last.label === label) last.awards.push(a);
    else groups.push({ label, awards: [a] });
  }
  return groups;
}

export interface TenancyLike {
  since?: string | null;
  until?: string | null;
}

/** Tenants present at the end of each year from the first move-in to `thisYear`. */
export function tenantsPerYear(tenancies: TenancyLike[], thisYear: number): { year: number; count: number }[] {
  const years = tenancies.map((t) => (t.since ? Number(t.since.slice(0, 4)) : NaN)).filter((y) => Number.isFinite(y));
  if (years.length === 0) return [];
  const out: { year: number; count: number }[] = [];
  for (let y = Math.min(...years); y <= thisYear; y++) {
    const end = `${y}-12-31`;
    const count = tenancies.filter((t) => t.since && t.since <= end && (!t.until || t.until > end)).length;
    out.push({ year: y, count });
  }
  return out;
}
