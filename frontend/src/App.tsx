import { useEffect, useState } from 'preact/hooks';
import type { FunctionComponent } from 'preact';
import { Loading, ErrorBox } from './components';
import { parseHash, href, type Route } from './lib/router';
import { t } from './lib/i18n';
import { signalLang, setLang } from './lib/state';
import { SearchBox, SearchView } from './views/Search';
import { RegionView, ClusterView } from './views/Places';
import { ParkView } from './views/ParkView';
import { EnterpriseView, PlatformView } from './views/Entities';
import { ChainView } from './views/ChainView';
import { AttractView } from './views/AttractView';

/** The map (ECharts and the boundaries) is its own chunk: other deep links load without it. */
function LazyMap() {
  const [state, setState] = useState<{ C?: FunctionComponent; error?: Error }>({});
  useEffect(() => {
    import('./views/MapView').then(
      (m) => setState({ C: m.MapView }),
      (error: Error) => setState({ error }),
    );
  }, []);
  if (state.error) return <ErrorBox error={state.error} />;
  return state.C ? <state.C /> : <Loading />;
}

function View({ route }: { route: Route }) {
  switch (route.view) {
    case 'map':
      return <LazyMap />;
    case 'region':
      return <RegionView code={route.id} />;
    case 'cluster':
      return <ClusterView id={route.id} />;
    case 'park':
      return <ParkView id={route.id} />;
    case 'enterprise':
      return <EnterpriseView id={route.id} />;
    case 'platform':
      return <PlatformView id={route.id} />;
    case 'chain':
      return <ChainView params={route.params} />;
    case 'attract':
      return <AttractView params={route.params} />;
    case 'search':
      return <SearchView text={route.params.q ?? ''} />;
    default:
      return (
        <p class="state error" role="alert">
          {t('notFound')}: {route.path}
        </p>
      );
  }
}

export function App() {
  const [route, setRoute] = useState(() => parseHash(location.hash));
  const [lang, setLangState] = useState(signalLang.value);
  useEffect(() => {
    const on = () => {
      setRoute(parseHash(location.hash));
      document.getElementById('main')?.focus({ preventScroll: true });
      window.scrollTo(0, 0);
    };
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = t('appName');
  }, [lang]);
  const nav = (to: string, view: string, label: string) => (
    <a href={to} aria-current={route.view === view ? 'page' : undefined}>
      {label}
    </a>
  );
  return (
    <div key={lang}>
      <a class="skip" href="#main" onClick={(e) => (e.preventDefault(), document.getElementById('main')?.focus())}>
        Skip to content
      </a>
      <header class="top">
        <a class="brand" href="#/">
          {t('appName')}
        </a>
        <nav aria-label="main">
          {nav('#/', 'map', t('navMap'))}
          {nav(href('chain'), 'chain', t('navChain'))}
          {nav(href('attract'), 'attract', t('navAttract'))}
        </nav>
        <SearchBox />
        <button
          type="button"
          class="lang"
          aria-label={t('languageLabel')}
          onClick={() => {
            const next = lang === 'zh' ? 'en' : 'zh';
            setLang(next);
            setLangState(next);
          }}
        >
          {t('language')}
        </button>
      </header>
      <main id="main" tabIndex={-1}>
        <View route={route} />
      </main>
    </div>
  );
}
