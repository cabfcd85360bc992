import { graphql } from '../gql';
import type { ChainViewQuery } from '../gql/graphql';
import { useQuery, Q, Sources, SampleBadge, Empty, Section, ExportLinks } from '../components';
import { Pickers, usePicker } from './AreaPicker';
import { areaArgs, byStage } from '../lib/chain';
import { href } from '../lib/router';
import { nm, t } from '../lib/i18n';

const ChainQuery = graphql(`
  query ChainView($chain: ID!, $region: ID, $cluster: ID) {
    chain(id: $chain) {
      id
      name
      nameEn
      description
      domain {
        id
        name
        nameEn
      }
      leaders {
        id
        name
        nameEn
        sample
      }
      sources {
        ...Src
      }
    }
    chainGaps(chain: $chain, region: $region, cluster: $cluster) {
      minEnterprises
      region {
        code
        name
        nameEn
      }
      cluster {
        id
        name
        nameEn
      }
      links {
        gap
        localEnterprises
        link {
          id
          name
          nameEn
          stage
          position
          sources {
            ...Src
          }
          enterprises(region: $region, cluster: $cluster, first: 20) {
            edges {
              node {
                id
                name
                nameEn
                sample
              }
            }
          }
        }
        candidates(first: 10) {
          edges {
            node {
              id
              name
              nameEn
              sample
              region {
                code
                name
                nameEn
              }
            }
          }
        }
      }
    }
  }
`);

export const DEFAULT_CHAIN = 'straw-cellulosic-ethanol-chain';
export const DEFAULT_AREA = '230000';

export function ChainView({ params }: { params: Record<string, string> }) {
  const chain = params.chain || DEFAULT_CHAIN;
  const area = params.area || DEFAULT_AREA;
  const picker = usePicker();
  const q = useQuery(ChainQuery, { chain, ...areaArgs(area) });
  const go = (next: Record<string, string | undefined>) => {
    location.hash = href('chain', undefined, { chain, area, link: params.link, ...next });
  };
  return (
    <div>
      <h1>{t('navChain')}</h1>
      <Q q={picker}>{(d) => <Pickers data={d} chain={chain} area={area} onChange={(n) => go({ ...n, link: undefined })} />}</Q>
      <Q q={q}>{(d) => <ChainBody data={d} area={area} selected={params.link} onSelect={(link) => go({ link })} />}</Q>
    </div>
  );
}

function ChainBody({ data, area, selected, onSelect }: { data: ChainViewQuery; area: string; selected?: string; onSelect: (id?: string) => void }) {
  const c = data.chain;
  if (!c) return <Empty>{t('notFound')}</Empty>;
  const report = data.chainGaps;
  const areaName = report.region ? nm(report.region) : report.cluster ? nm(report.cluster) : area;
  const open = report.links.find((l) => l.link.id === selected);
  return (
    <div>
      <h2>
        {nm(c)} <span class="muted">· {areaName}</span>
      </h2>
      {c.description && <p>{c.description}</p>}
      {c.leaders.length > 0 && (
        <p>
          {t('leaders')}:{' '}
          {c.leaders.map((l, i) => (
            <span key={l.id}>
              {i > 0 && '、'}
              <a href={href('enterprise', l.id)}>{nm(l)}</a>
            </span>
          ))}
        </p>
      )}
      {c.leaders.length > 0 && <ExportLinks list="chain-leaders" args={{ chain: c.id }} label={t('leaders')} />}
      <Sources sources={c.sources} />
      <div class="exports">
        <ExportLinks list="chain-links" args={{ chain: c.id, ...areaArgs(area) }} label={t('linkCoverage')} />
        <ExportLinks list="chain-link-enterprises" args={{ chain: c.id, ...areaArgs(area) }} label={t('localPerLink')} />
      </div>
      <p class="legend">
        <span class="pill gap">{t('gap')}</span> &lt; {report.minEnterprises} {t('localEnterprises')} · <span class="pill ok">{t('covered')}</span>
      </p>
      <ol class="chain-flow" aria-label={nm(c)}>
        {byStage(report.links).map((g) => (
          <li class="stage" key={g.stage}>
            <h3>{t(g.stage)}</h3>
            <ol>
              {g.links.map((l) => (
                <li key={l.link.id} class={'link-card ' + (l.gap ? 'is-gap' : 'is-ok') + (l.link.id === selected ? ' selected' : '')}>
                  <button
                    type="button"
                    class="link-btn"
                    aria-expanded={l.link.id === selected}
                    aria-controls="candidates"
                    onClick={() => onSelect(l.link.id === selected ? undefined : l.link.id)}
                  >
                    <span class="pos">{l.link.position}</span> {nm(l.link)}
                    <span class={'pill ' + (l.gap ? 'gap' : 'ok')}>
                      {l.gap ? t('gap') : t('covered')} · {l.localEnterprises}
                    </span>
                  </button>
                  {l.link.enterprises.edges.length > 0 && (
                    <ul class="local">
                      {l.link.enterprises.edges.map(({ node }) => (
                        <li key={node.id}>
                          <a href={href('enterprise', node.id)}>{nm(node)}</a> <SampleBadge sample={node.sample} />
                        </li>
                      ))}
                    </ul>
                  )}
                </li>
              ))}
            </ol>
          </li>
        ))}
      </ol>
      {open && (
        <div id="candidates">
          <Section
            title={`${t('candidates')}: ${nm(open.link)}`}
            exportAs={{ list: 'chain-candidates', args: { chain: c.id, ...areaArgs(area), link: open.link.id } }}
          >
            {open.candidates.edges.length === 0 ? (
              <Empty>{t('noCandidates')}</Empty>
            ) : (
              <ul class="list">
                {open.candidates.edges.map(({ node }) => (
                  <li key={node.id}>
                    <a href={href('enterprise', node.id)}>{nm(node)}</a> {node.region && <span class="muted">{nm(node.region)}</span>}{' '}
                    <SampleBadge sample={node.sample} />
                  </li>
                ))}
              </ul>
            )}
            <Sources sources={open.link.sources} />
            <p>
              <a class="button" href={href('attract', undefined, { chain: c.id, area })}>
                {t('openAttract')} →
              </a>
            </p>
          </Section>
        </div>
      )}
    </div>
  );
}
