import type { ProjectInput } from '../gql/graphql';
import type { Lang } from './i18n';

/** Query parameters of an export: repeatable ones as arrays; empty values are left out. */
export type ExportArgs = Record<string, string | number | boolean | (string | number)[] | null | undefined>;

/**
 * The URL of a list's export (`GET /export/<list>.csv|xlsx`, relative to the app), with
 * the list's arguments; Chinese column headers when the UI is in Chinese.
 */
export function exportHref(list: string, format: 'csv' | 'xlsx', args: ExportArgs = {}, lang: Lang = 'en'): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(args)) {
    for (const v of Array.isArray(value) ? value : [value]) {
      if (v != null && v !== '') query.append(name, String(v));
    }
  }
  if (lang === 'zh') query.append('lang', 'zh');
  const qs = query.toString();
  return `export/${encodeURIComponent(list)}.${format}${qs ? '?' + qs : ''}`;
}

/** The export arguments of an incentive estimate: its project, as the form submitted it. */
export function projectArgs(project: ProjectInput, eligibleOnly?: boolean): ExportArgs {
  const kinds = Array.isArray(project.kinds) ? project.kinds : [project.kinds];
  const list = <T,>(v: T | T[] | null | undefined): T[] => (v == null ? [] : Array.isArray(v) ? v : [v]);
  return {
    region: project.region,
    date: project.date,
    kind: kinds,
    construction: project.construction,
    amount: list(project.amounts).map((a) => `${a.name}:${a.value}`),
    product: list(project.products).map((p) => `${p.name}:${p.sales}`),
    recognition: list(project.recognitions),
    ...(eligibleOnly ? { eligibleOnly: true } : {}),
  };
}
