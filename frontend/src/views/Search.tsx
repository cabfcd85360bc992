import { useEffect, useState } from 'preact/hooks';
import { graphql } from '../gql';
import { useQuery, Q, SampleBadge, Empty, ExportLinks } from '../components';
import { hitHref, href } from '../lib/router';
import { nm, t } from '../lib/i18n';

const SearchQuery = graphql(`
  query Search($text: String!, $first: Int) {
    search(text: $text, first: $first) {
      edges {
        node {
          kind
          id
          name
          nameEn
          score
          sample
        }
      }
    }
  }
`);

type Hit = { kind: string; id: string; name: string; nameEn?: string | null; sample: boolean };

function HitLink({ hit, onPick }: { hit: Hit; onPick?: () => void }) {
  const to = hitHref(hit.kind, hit.id);
  const label = (
    <>
      <span class="kind">{hit.kind}</span> {nm(hit)} <SampleBadge sample={hit.sample} />
    </>
  );
  return to ? (
    <a href={to} onClick={onPick}>
      {label}
    </a>
  ) : (
    <span>{label}</span>
  );
}

/** The search box in the header: results as you type, Enter for the full list. */
export function SearchBox() {
  const [text, setText] = useState('');
  const [debounced, setDebounced] = useState('');
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const h = setTimeout(() => setDebounced(text.trim()), 250);
    return () => clearTimeout(h);
  }, [text]);
  useEffect(() => {
    const shut = () => setOpen(false);
    window.addEventListener('hashchange', shut);
    return () => window.removeEventListener('hashchange', shut);
  }, []);
  const q = useQuery(SearchQuery, { text: debounced, first: 8 }, debounced.length === 0);
  const close = () => {
    setOpen(false);
    setText('');
  };
  return (
    <form
      class="search"
      role="search"
      onSubmit={(e) => {
        e.preventDefault();
        if (text.trim()) {
          location.hash = href('search', undefined, { q: text.trim() });
          close();
        }
      }}
      onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}
    >
      <label class="sr-only" for="search-input">
        {t('search')}
      </label>
      <input
        id="search-input"
        type="search"
        value={text}
        placeholder={t('searchPlaceholder')}
        autocomplete="off"
        onInput={(e) => {
          setText((e.target as HTMLInputElement).value);
          setOpen(true);
        }}
      />
      <button type="submit">{t('search')}</button>
      {open && debounced && (
        <div class="search-results" aria-live="polite">
          <Q q={q}>
            {(d) =>
              d.search.edges.length === 0 ? (
                <Empty>{t('noResults')}</Empty>
              ) : (
                <ul>
                  {d.search.edges.map(({ node }) => (
                    <li key={node.kind + node.id}>
                      <HitLink hit={node} onPick={close} />
                    </li>
                  ))}
                </ul>
              )
            }
          </Q>
        </div>
      )}
    </form>
  );
}

export function SearchView({ text }: { text: string }) {
  const q = useQuery(SearchQuery, { text, first: 50 }, !text);
  return (
    <div>
      <h1>
        {t('results')}: “{text}”
      </h1>
      <Q q={q}>
        {(d) =>
          d.search.edges.length === 0 ? (
            <Empty>{t('noResults')}</Empty>
          ) : (
            <>
              <ExportLinks list="search" args={{ text }} label={t('results')} />
              <ul class="list">
                {d.search.edges.map(({ node }) => (
                  <li key={node.kind + node.id}>
                    <HitLink hit={node} />
                  </li>
                ))}
              </ul>
            </>
          )
        }
      </Q>
    </div>
  );
}
