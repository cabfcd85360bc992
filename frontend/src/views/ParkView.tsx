import { graphql } from '../gql';
import { useQuery, Q, Sources, Section, List, SampleBadge, Empty, Period } from '../components';
import { Memberships, AwardTimeline, FocusList } from './shared';
import { href } from '../lib/router';
import { nm, t } from '../lib/i18n';
import { tenantsPerYear } from '../lib/format';

const ParkQuery = graphql(`
  query ParkView($id: ID!) {
    park(id: $id) {
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
      tenants(first: 100) {
        edges {
          node {
            since
            sample
            source {
              ...Src
            }
            enterprise {
              id
              name
              nameEn
              sample
              awards {
                ...AwardFields
              }
            }
          }
        }
      }
      tenancyHistory(first: 100) {
        edges {
          node {
            since
            until
            sample
            enterprise {
              id
              name
              nameEn
            }
            source {
              ...Src
            }
          }
        }
      }
      tenantsByDomain {
        domain {
          id
          name
          nameEn
        }
        count
      }
      platforms {
        id
        name
        nameEn
        kind
        level
        status
      }
      memberships {
        ...MembershipFields
      }
      supports {
        kind
        id
        name
        source {
          ...Src
        }
      }
      sources {
        ...Src
      }
    }
  }
`);

export function ParkView({ id }: { id: string }) {
  const q = useQuery(ParkQuery, { id });
  return (
    <Q q={q}>
      {({ park: p }) => {
        if (!p) return <Empty>{t('notFound')}</Empty>;
        const tenants = p.tenants.edges.map((e) => e.node);
        const history = p.tenancyHistory.edges.map((e) => e.node);
        const perYear = tenantsPerYear(history, new Date().getFullYear());
        const maxYear = Math.max(1, ...perYear.map((y) => y.count));
        const maxDomain = Math.max(1, ...p.tenantsByDomain.map((d) => d.count));
        const awards = tenants.flatMap((tn) => tn.enterprise.awards.map((a) => ({ ...a, title: `${a.title} — ${nm(tn.enterprise)}` })));
        return (
          <div>
            <h1>
              {nm(p)} {p.kind && <span class="badge">{p.kind}</span>} {p.status && <span class="badge">{p.status}</span>} <SampleBadge sample={p.sample} />
            </h1>
            {p.region && (
              <p>
                {t('region')}: <a href={href('region', p.region.code)}>{nm(p.region)}</a>
              </p>
            )}
            <Sources sources={p.sources} />
            <div class="grid">
              <Section title={`${t('tenantsNow')} (${tenants.length})`} exportAs={{ list: 'park-tenants', args: { id: p.id } }}>
                <List
                  items={tenants}
                  render={(tn) => (
                    <>
                      <a href={href('enterprise', tn.enterprise.id)}>{nm(tn.enterprise)}</a> <SampleBadge sample={tn.sample || tn.enterprise.sample} />{' '}
                      {tn.since && (
                        <span class="muted">
                          {t('since')} {tn.since}
                        </span>
                      )}
                      <Sources sources={[tn.source]} />
                    </>
                  )}
                />
              </Section>
              <Section title={t('tenancyHistory')} exportAs={{ list: 'park-tenancy-history', args: { id: p.id } }}>
                {perYear.length > 0 && (
                  <div class="bars" role="table" aria-label={t('tenancyHistory')}>
                    {perYear.map((y) => (
                      <div class="bar-row" role="row" key={y.year}>
                        <span role="cell">{y.year}</span>
                        <span role="cell" class="bar" style={{ width: `${(100 * y.count) / maxYear}%` }} />
                        <span role="cell">{y.count}</span>
                      </div>
                    ))}
                  </div>
                )}
                <List
                  items={history}
                  render={(h) => (
                    <>
                      <a href={href('enterprise', h.enterprise.id)}>{nm(h.enterprise)}</a> <SampleBadge sample={h.sample} />{' '}
                      <Period since={h.since} until={h.until} />
                      <Sources sources={[h.source]} />
                    </>
                  )}
                />
              </Section>
              <Section title={t('tenantsByDomain')} exportAs={{ list: 'park-tenants-by-domain', args: { id: p.id } }}>
                {p.tenantsByDomain.length === 0 ? (
                  <Empty />
                ) : (
                  <div class="bars">
                    {p.tenantsByDomain.map((d, i) => (
                      <div class="bar-row" key={i}>
                        <span>{d.domain ? nm(d.domain) : '—'}</span>
                        <span class="bar" style={{ width: `${(100 * d.count) / maxDomain}%` }} />
                        <span>{d.count}</span>
                      </div>
                    ))}
                  </div>
                )}
              </Section>
              <Section title={t('platforms')} exportAs={{ list: 'park-platforms', args: { id: p.id } }}>
                <List
                  items={p.platforms}
                  render={(pl) => (
                    <>
                      <a href={href('platform', pl.id)}>{nm(pl)}</a> {pl.kind && <span class="badge">{pl.kind}</span>}{' '}
                      {pl.level && <span class="badge">{pl.level}</span>}
                    </>
                  )}
                />
              </Section>
              <Section title={t('tenantAwards')} exportAs={{ list: 'park-tenant-awards', args: { id: p.id } }}>
                <AwardTimeline awards={awards} />
              </Section>
              <Section title={t('memberships')} exportAs={{ list: 'park-memberships', args: { id: p.id } }}>
                <Memberships items={p.memberships} />
              </Section>
              <Section title={t('supports')} exportAs={{ list: 'park-supports', args: { id: p.id } }}>
                <FocusList items={p.supports} />
              </Section>
            </div>
          </div>
        );
      }}
    </Q>
  );
}
