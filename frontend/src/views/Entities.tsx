import { graphql } from '../gql';
import { useQuery, Q, Sources, Section, List, SampleBadge, Empty, Period } from '../components';
import { Memberships, AwardTimeline, FocusList } from './shared';
import { href } from '../lib/router';
import { nm, t } from '../lib/i18n';

const EnterpriseQuery = graphql(`
  query EnterpriseView($id: ID!) {
    enterprise(id: $id) {
      id
      name
      nameEn
      aliases
      uscc
      sample
      region {
        code
        name
        nameEn
      }
      tenancies {
        since
        until
        sample
        park {
          id
          name
          nameEn
        }
        source {
          ...Src
        }
      }
      memberships {
        ...MembershipFields
      }
      chainLinks {
        id
        name
        nameEn
        stage
        chain {
          id
          name
          nameEn
        }
        sources {
          ...Src
        }
      }
      leads {
        id
        name
        nameEn
      }
      awards {
        ...AwardFields
      }
      sources {
        ...Src
      }
    }
  }
`);

export function EnterpriseView({ id }: { id: string }) {
  const q = useQuery(EnterpriseQuery, { id });
  return (
    <Q q={q}>
      {({ enterprise: e }) =>
        !e ? (
          <Empty>{t('notFound')}</Empty>
        ) : (
          <div>
            <h1>
              {nm(e)} <SampleBadge sample={e.sample} />
            </h1>
            <p class="muted">
              {[e.name !== nm(e) ? e.name : null, ...e.aliases, e.uscc].filter(Boolean).join(' · ')}
              {e.region && (
                <>
                  {' '}
                  {t('region')}: <a href={href('region', e.region.code)}>{nm(e.region)}</a>
                </>
              )}
            </p>
            <Sources sources={e.sources} />
            <div class="grid">
              <Section title={t('memberships')} exportAs={{ list: 'enterprise-memberships', args: { id: e.id } }}>
                <Memberships items={e.memberships} />
              </Section>
              <Section title={t('tenancies')} exportAs={{ list: 'enterprise-tenancies', args: { id: e.id } }}>
                <List
                  items={e.tenancies}
                  render={(tn) => (
                    <>
                      <a href={href('park', tn.park.id)}>{nm(tn.park)}</a> <SampleBadge sample={tn.sample} />{' '}
                      <Period since={tn.since} until={tn.until} />
                      <Sources sources={[tn.source]} />
                    </>
                  )}
                />
              </Section>
              <Section title={t('chainLinks')} exportAs={{ list: 'enterprise-chain-links', args: { id: e.id } }}>
                <List
                  items={e.chainLinks}
                  render={(l) => (
                    <>
                      <a href={href('chain', undefined, { chain: l.chain.id, link: l.id })}>{nm(l.chain)}</a> → {nm(l)} <span class="badge">{t(l.stage)}</span>
                      <Sources sources={l.sources} />
                    </>
                  )}
                />
              </Section>
              {e.leads.length > 0 && (
                <Section title={t('leads')} exportAs={{ list: 'enterprise-leads', args: { id: e.id } }}>
                  <List items={e.leads} render={(c) => <a href={href('chain', undefined, { chain: c.id })}>{nm(c)}</a>} />
                </Section>
              )}
              <Section title={t('awards')} exportAs={{ list: 'enterprise-awards', args: { id: e.id } }}>
                <AwardTimeline awards={e.awards} />
              </Section>
            </div>
          </div>
        )
      }
    </Q>
  );
}

const PlatformQuery = graphql(`
  query PlatformView($id: ID!) {
    platform(id: $id) {
      id
      name
      nameEn
      kind
      level
      status
      sample
      region {
        code
        name
        nameEn
      }
      hostInstitution {
        id
        name
        nameEn
      }
      hostEnterprise {
        id
        name
        nameEn
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
      awards {
        ...AwardFields
      }
      sources {
        ...Src
      }
    }
  }
`);

export function PlatformView({ id }: { id: string }) {
  const q = useQuery(PlatformQuery, { id });
  return (
    <Q q={q}>
      {({ platform: p }) =>
        !p ? (
          <Empty>{t('notFound')}</Empty>
        ) : (
          <div>
            <h1>
              {nm(p)} <SampleBadge sample={p.sample} /> {p.kind && <span class="badge">{p.kind}</span>}{' '}
              {p.level && <span class="badge">{p.level}</span>}{' '}
              {p.status && <span class="badge">{p.status}</span>}
            </h1>
            <p class="muted">
              {p.region && (
                <>
                  {t('region')}: <a href={href('region', p.region.code)}>{nm(p.region)}</a>{' '}
                </>
              )}
              {p.hostInstitution && (
                <>
                  {t('host')}: {nm(p.hostInstitution)}{' '}
                </>
              )}
              {p.hostEnterprise && (
                <>
                  {t('host')}: <a href={href('enterprise', p.hostEnterprise.id)}>{nm(p.hostEnterprise)}</a>
                </>
              )}
            </p>
            <Sources sources={p.sources} />
            <div class="grid">
              <Section title={t('memberships')} exportAs={{ list: 'platform-memberships', args: { id: p.id } }}>
                <Memberships items={p.memberships} />
              </Section>
              <Section title={t('chainLinks')} exportAs={{ list: 'platform-supports', args: { id: p.id } }}>
                <FocusList items={p.supports} />
              </Section>
              <Section title={t('awards')} exportAs={{ list: 'platform-awards', args: { id: p.id } }}>
                <AwardTimeline awards={p.awards} />
              </Section>
            </div>
          </div>
        )
      }
    </Q>
  );
}
