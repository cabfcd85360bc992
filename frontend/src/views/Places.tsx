import { graphql } from '../gql';
import { useQuery, Q, Sources, Section, List, SampleBadge, Empty } from '../components';
import { Memberships } from './shared';
import { href } from '../lib/router';
import { nm, t } from '../lib/i18n';

const RegionQuery = graphql(`
  query RegionView($code: ID!) {
    region(code: $code) {
      code
      name
      nameEn
      level
      parent {
        code
        name
        nameEn
      }
      children {
        code
        name
        nameEn
      }
      clusters {
        ...MembershipFields
      }
      parks(first: 100) {
        edges {
          node {
            id
            name
            nameEn
            kind
            status
            sample
          }
        }
      }
      enterprises(first: 100) {
        edges {
          node {
            id
            name
            nameEn
            sample
          }
        }
      }
      platforms(first: 100) {
        edges {
          node {
            id
            name
            nameEn
            level
            sample
          }
        }
      }
      sources {
        ...Src
      }
    }
  }
`);

export function RegionView({ code }: { code: string }) {
  const q = useQuery(RegionQuery, { code });
  return (
    <Q q={q}>
      {({ region: r }) =>
        !r ? (
          <Empty>{t('notFound')}</Empty>
        ) : (
          <div>
            <h1>
              {nm(r)} <span class="muted">{r.code}</span> <span class="badge">{r.level}</span>
            </h1>
            {r.parent && (
              <p>
                {t('parent')}: <a href={href('region', r.parent.code)}>{nm(r.parent)}</a>
              </p>
            )}
            <p class="actions">
              <a class="button" href={href('chain', undefined, { area: r.code })}>
                {t('navChain')}
              </a>{' '}
              <a class="button" href={href('attract', undefined, { area: r.code })}>
                {t('navAttract')}
              </a>
            </p>
            <Sources sources={r.sources} />
            <div class="grid">
              <Section title={t('memberships')} exportAs={{ list: 'region-memberships', args: { code: r.code } }}>
                <Memberships items={r.clusters} />
              </Section>
              {r.children.length > 0 && (
                <Section title={t('children')} exportAs={{ list: 'region-children', args: { code: r.code } }}>
                  <List items={r.children} render={(c) => <a href={href('region', c.code)}>{nm(c)}</a>} />
                </Section>
              )}
              <Section title={t('parks')} exportAs={{ list: 'region-parks', args: { code: r.code } }}>
                <List
                  items={r.parks.edges.map((e) => e.node)}
                  render={(p) => (
                    <>
                      <a href={href('park', p.id)}>{nm(p)}</a> <span class="badge">{p.status}</span> <SampleBadge sample={p.sample} />
                    </>
                  )}
                />
              </Section>
              <EnterprisesAndPlatforms area={r} kind="region" args={{ code: r.code }} />
            </div>
          </div>
        )
      }
    </Q>
  );
}

const ClusterQuery = graphql(`
  query ClusterView($id: ID!) {
    cluster(id: $id) {
      id
      name
      nameEn
      kind
      description
      members {
        region {
          code
          name
          nameEn
        }
        role
        basis
        source {
          ...Src
        }
      }
      parks(first: 100) {
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
      enterprises(first: 100) {
        edges {
          node {
            id
            name
            nameEn
            sample
          }
        }
      }
      platforms(first: 100) {
        edges {
          node {
            id
            name
            nameEn
            sample
          }
        }
      }
      sources {
        ...Src
      }
    }
  }
`);

export function ClusterView({ id }: { id: string }) {
  const q = useQuery(ClusterQuery, { id });
  return (
    <Q q={q}>
      {({ cluster: c }) =>
        !c ? (
          <Empty>{t('notFound')}</Empty>
        ) : (
          <div>
            <h1>
              {nm(c)} <span class="badge">{c.kind}</span>
            </h1>
            {c.description && <p>{c.description}</p>}
            <p class="actions">
              <a class="button" href={href('chain', undefined, { area: c.id })}>
                {t('navChain')}
              </a>{' '}
              <a class="button" href={href('attract', undefined, { area: c.id })}>
                {t('navAttract')}
              </a>
            </p>
            <Sources sources={c.sources} />
            <div class="grid">
              <Section title={t('members')} exportAs={{ list: 'cluster-members', args: { id: c.id } }}>
                <List
                  items={c.members}
                  render={(m) => (
                    <>
                      <a href={href('region', m.region.code)}>{nm(m.region)}</a>
                      {m.role && <div>{m.role}</div>}
                      {m.basis && (
                        <div class="note">
                          {t('basis')}: {m.basis}
                        </div>
                      )}
                      <Sources sources={[m.source]} />
                    </>
                  )}
                />
              </Section>
              <Section title={t('parks')} exportAs={{ list: 'cluster-parks', args: { id: c.id } }}>
                <List
                  items={c.parks.edges.map((e) => e.node)}
                  render={(p) => (
                    <>
                      <a href={href('park', p.id)}>{nm(p)}</a> {p.region && <span class="muted">{nm(p.region)}</span>} <SampleBadge sample={p.sample} />
                    </>
                  )}
                />
              </Section>
              <EnterprisesAndPlatforms area={c} kind="cluster" args={{ id: c.id }} />
            </div>
          </div>
        )
      }
    </Q>
  );
}

type Named = { id: string; name: string; nameEn?: string | null; sample?: boolean | null };

/** The enterprises and platforms of a region or a cluster (the first page of each; the exports hold all). */
function EnterprisesAndPlatforms({
  area,
  kind,
  args,
}: {
  area: { enterprises: { edges: { node: Named }[] }; platforms: { edges: { node: Named }[] } };
  kind: 'region' | 'cluster';
  args: Record<string, string>;
}) {
  return (
    <>
      <Section title={t('enterprises')} exportAs={{ list: `${kind}-enterprises`, args }}>
        <List
          items={area.enterprises.edges.map((e) => e.node)}
          render={(p) => (
            <>
              <a href={href('enterprise', p.id)}>{nm(p)}</a> <SampleBadge sample={p.sample} />
            </>
          )}
        />
      </Section>
      <Section title={t('platforms')} exportAs={{ list: `${kind}-platforms`, args }}>
        <List
          items={area.platforms.edges.map((e) => e.node)}
          render={(p) => (
            <>
              <a href={href('platform', p.id)}>{nm(p)}</a> <SampleBadge sample={p.sample} />
            </>
          )}
        />
      </Section>
    </>
  );
}
