import type { ComponentChildren } from 'preact';
import { useEffect, useState, useCallback } from 'preact/hooks';
import { graphql } from './gql';
import type { SrcFragment, TypedDocumentString } from './gql/graphql';
import { ApiError, gql } from './lib/api';
import { t } from './lib/i18n';
import { signalLang } from './lib/state';
import { exportHref, type ExportArgs } from './lib/export';

export const SrcFragmentDoc = graphql(`
  fragment Src on Source {
    clause
    quote
    role
    roleNote
    document {
      id
      title
      titleEn
      status
    }
  }
`);

export interface QueryState<R> {
  data?: R;
  error?: Error;
  loading: boolean;
  reload: () => void;
}

/** Runs a query when its variables change; a newer request cancels an older one. */
export function useQuery<R, V>(doc: TypedDocumentString<R, V>, variables: V, skip = false): QueryState<R> {
  const key = JSON.stringify(variables);
  const [tick, setTick] = useState(0);
  const [state, setState] = useState<{ data?: R; error?: Error; loading: boolean }>({ loading: !skip });
  useEffect(() => {
    if (skip) {
      setState({ loading: false });
      return;
    }
    const ctl = new AbortController();
    setState((s) => ({ data: s.data, loading: true }));
    gql(doc, variables, ctl.signal).then(
      (data) => setState({ data, loading: false }),
      (error: Error) => {
        if (!ctl.signal.aborted) setState({ error, loading: false });
      },
    );
    return () => ctl.abort();
  }, [key, tick, skip]);
  const reload = useCallback(() => setTick((n) => n + 1), []);
  return { ...state, reload };
}

export function Loading() {
  return (
    <p class="state loading" role="status" aria-live="polite">
      <span class="spinner" aria-hidden="true" /> {t('loading')}
    </p>
  );
}

export function ErrorBox({ error, reload }: { error: Error; reload?: () => void }) {
  if (error instanceof ApiError && error.classification === 'NOT_FOUND') {
    return (
      <p class="state error" role="alert">
        <strong>{t('notFound')}</strong>: {error.message}
      </p>
    );
  }
  return (
    <div class="state error" role="alert">
      <strong>{t('error')}</strong>: {error.message}{' '}
      {reload && (
        <button type="button" onClick={reload}>
          {t('retry')}
        </button>
      )}
    </div>
  );
}

export function Empty({ children }: { children?: ComponentChildren }) {
  return <p class="state empty">{children ?? t('empty')}</p>;
}

/** Loading, error or the content; `empty` decides when the data holds nothing. */
export function Q<R>({ q, children }: { q: QueryState<R>; children: (data: R) => ComponentChildren }) {
  if (q.error) return <ErrorBox error={q.error} reload={q.reload} />;
  if (!q.data) return <Loading />;
  return <>{children(q.data)}</>;
}

/** A stay from its start to its end (open while it lasts), e.g. a tenancy. */
export function Period({ since, until }: { since?: string | null; until?: string | null }) {
  return (
    <span class="muted">
      {since ?? t('unknownDate')} – {until ?? t('present')}
    </span>
  );
}

export function SampleBadge({ sample }: { sample?: boolean | null }) {
  if (!sample) return null;
  return (
    <span class="badge sample" title={t('sampleHint')}>
      {t('sample')}
    </span>
  );
}

export function docTitle(d: { title: string; titleEn?: string | null }) {
  return signalLang.value === 'en' && d.titleEn ? d.titleEn : d.title;
}

/** Every fact can show where it comes from: document, clause, verbatim quote. */
export function Sources({ sources, label }: { sources: (SrcFragment | null | undefined)[]; label?: string }) {
  const list = sources.filter((s): s is SrcFragment => !!s);
  if (list.length === 0) return null;
  return (
    <details class="sources">
      <summary>
        {label ?? t('sources')} ({list.length})
      </summary>
      <ul>
        {list.map((s, i) => (
          <li key={i}>
            <span class="doc">{docTitle(s.document)}</span>
            {s.document.status !== 'IN_FORCE' && <span class="badge">{s.document.status}</span>} · {t('clause')} {s.clause}
            {s.role && <span class="badge">{s.role}</span>}
            <blockquote lang="zh">{s.quote}</blockquote>
            {s.roleNote && <p class="muted">{s.roleNote}</p>}
          </li>
        ))}
      </ul>
    </details>
  );
}

/** What a list exports as: the list's name at /export and its arguments. */
export interface ExportOf {
  list: string;
  args?: ExportArgs;
}

/**
 * "Export: CSV · XLSX" for one list: plain download links, named after the list for
 * screen readers; the list's name shows too unless a heading right beside it says it.
 */
export function ExportLinks({ list, args, label, showLabel = true }: ExportOf & { label: string; showLabel?: boolean }) {
  const lang = signalLang.value;
  const name = (format: string) => `${t('export')} ${label}: ${format}`;
  return (
    <p class="export" data-export={list}>
      <span aria-hidden="true">{showLabel ? `${t('export')} ${label}` : t('export')}:</span>{' '}
      <a href={exportHref(list, 'csv', args, lang)} download aria-label={name('CSV')} title={t('exportCsvHint')}>
        CSV
      </a>{' '}
      ·{' '}
      <a href={exportHref(list, 'xlsx', args, lang)} download aria-label={name('XLSX')} title={t('exportXlsxHint')}>
        XLSX
      </a>
    </p>
  );
}

export function Section({ title, children, id, exportAs }: { title: string; children: ComponentChildren; id?: string; exportAs?: ExportOf }) {
  return (
    <section class="card" aria-labelledby={id}>
      <div class="card-head">
        <h2 id={id}>{title}</h2>
        {exportAs && <ExportLinks {...exportAs} label={title} showLabel={false} />}
      </div>
      {children}
    </section>
  );
}

export function List<T>({ items, render, empty }: { items: T[]; render: (item: T) => ComponentChildren; empty?: string }) {
  if (items.length === 0) return <Empty>{empty}</Empty>;
  return (
    <ul class="list">
      {items.map((it, i) => (
        <li key={i}>{render(it)}</li>
      ))}
    </ul>
  );
}
