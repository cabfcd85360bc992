import { graphql } from '../gql';
import type { MembershipFieldsFragment, AwardFieldsFragment } from '../gql/graphql';
import { Sources, SampleBadge, Empty } from '../components';
import { href } from '../lib/router';
import { nm, t } from '../lib/i18n';
import { awardTimeline } from '../lib/format';

export const MembershipFields = graphql(`
  fragment MembershipFields on Membership {
    cluster {
      id
      name
      nameEn
      kind
    }
    via
    region {
      code
      name
      nameEn
    }
    role
    source {
      ...Src
    }
  }
`);

export const AwardFields = graphql(`
  fragment AwardFields on Award {
    id
    title
    level
    issuingBody
    awardedOn
    year
    validUntil
    recognition
    sample
    supersedes
    supersededBy
    note
    sources {
      ...Src
    }
  }
`);

export function Memberships({ items }: { items: MembershipFieldsFragment[] }) {
  if (items.length === 0) return <Empty />;
  return (
    <ul class="list">
      {items.map((m, i) => (
        <li key={i}>
          <a href={href('cluster', m.cluster.id)}>{nm(m.cluster)}</a> <span class="badge">{m.cluster.kind}</span>{' '}
          <span class="muted">
            {m.via}
            {m.region && (
              <>
                {' '}
                · <a href={href('region', m.region.code)}>{nm(m.region)}</a>
              </>
            )}
          </span>
          {m.role && <div class="muted">{m.role}</div>}
          <Sources sources={[m.source]} />
        </li>
      ))}
    </ul>
  );
}

/** Award history as a timeline, oldest first. */
export function AwardTimeline({ awards }: { awards: AwardFieldsFragment[] }) {
  if (awards.length === 0) return <Empty />;
  return (
    <ol class="timeline">
      {awardTimeline(awards).map((g) => (
        <li key={g.label}>
          <span class="year">{g.label}</span>
          <ul>
            {g.awards.map((a) => (
              <li key={a.id} class={a.supersededBy ? 'superseded' : undefined}>
                <strong>{a.title}</strong> {a.level && <span class="badge">{a.level}</span>} <SampleBadge sample={a.sample} />
                {a.supersededBy && <span class="badge">{t('superseded')}</span>}
                {a.supersedes && <span class="badge">{t('correction')}</span>}
                {a.note && <div class="muted">{a.note}</div>}
                <div class="muted">
                  {[a.issuingBody, a.awardedOn, a.validUntil && `${t('until')} ${a.validUntil}`, a.recognition].filter(Boolean).join(' · ')}
                </div>
                <Sources sources={a.sources} />
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}

export function FocusList({ items }: { items: { kind: string; id: string; name: string; source?: Parameters<typeof Sources>[0]['sources'][number] }[] }) {
  if (items.length === 0) return <Empty />;
  return (
    <ul class="list">
      {items.map((f, i) => (
        <li key={i}>
          <span class="badge">{f.kind}</span>{' '}
          {f.kind === 'CHAIN' || f.kind === 'CHAIN_LINK' ? (
            <a href={href('chain', undefined, { chain: f.id.split(':')[0] })}>{f.name}</a>
          ) : (
            f.name
          )}
          <Sources sources={[f.source]} />
        </li>
      ))}
    </ul>
  );
}
