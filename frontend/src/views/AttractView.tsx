import { useState } from 'preact/hooks';
import { graphql } from '../gql';
import type { ProjectInput, RuleFieldsFragment } from '../gql/graphql';
import { useQuery, Q, SampleBadge, Empty, Section, docTitle, ExportLinks } from '../components';
import { Pickers, usePicker } from './AreaPicker';
import { DEFAULT_AREA, DEFAULT_CHAIN } from './ChainView';
import { areaArgs } from '../lib/chain';
import { href } from '../lib/router';
import { nm, t } from '../lib/i18n';
import { signalLang } from '../lib/state';
import { formatYuan } from '../lib/format';
import { toProjectInput, type EstimateForm } from '../lib/estimate';
import { projectArgs } from '../lib/export';

export const RuleFields = graphql(`
  fragment RuleFields on RuleResult {
    rule {
      id
      name
      nameEn
      kind
      formula
      interpretation
      amountNote
      source {
        ...Src
      }
    }
    inForce
    eligible
    reasons
    amount
    upTo
    limit
    paid
    combinationNote
    items {
      name
      amount
      limit
    }
    funding {
      payer
      amount
    }
  }
`);

const AttractQuery = graphql(`
  query AttractView($chain: ID!, $region: ID, $cluster: ID) {
    chainGaps(chain: $chain, region: $region, cluster: $cluster) {
      minEnterprises
      gaps {
        localEnterprises
        link {
          id
          name
          nameEn
          stage
          position
        }
      }
    }
    attractionTargets(chain: $chain, region: $region, cluster: $cluster, first: 20) {
      edges {
        node {
          score
          enterprise {
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
          scoring {
            factor
            points
            detail
          }
          gapLinks {
            id
            name
            nameEn
          }
          incentive {
            project
            total
            maximum
            region {
              code
              name
              nameEn
            }
            rules {
              ...RuleFields
            }
          }
        }
      }
    }
  }
`);

const VocabularyQuery = graphql(`
  query Vocabulary {
    incentiveVocabulary {
      kinds
      recognitions
      bases
    }
    regions(first: 100) {
      edges {
        node {
          code
          name
          nameEn
          level
        }
      }
    }
  }
`);

const EstimateQuery = graphql(`
  query Estimate($project: ProjectInput!, $eligibleOnly: Boolean) {
    incentiveEstimate(project: $project) {
      region {
        code
        name
        nameEn
      }
      date
      total
      maximum
      totals {
        document {
          id
          title
          titleEn
        }
        inForce
        principle
        total
        maximum
      }
      results(eligibleOnly: $eligibleOnly) {
        ...RuleFields
      }
    }
  }
`);

export function AttractView({ params }: { params: Record<string, string> }) {
  const chain = params.chain || DEFAULT_CHAIN;
  const area = params.area || DEFAULT_AREA;
  const picker = usePicker();
  const q = useQuery(AttractQuery, { chain, ...areaArgs(area) });
  const lang = signalLang.value;
  return (
    <div>
      <h1>{t('navAttract')}</h1>
      <Q q={picker}>{(d) => <Pickers data={d} chain={chain} area={area} onChange={(n) => (location.hash = href('attract', undefined, n))} />}</Q>
      <p>
        <a href={href('chain', undefined, { chain, area })}>← {t('navChain')}</a>
      </p>
      <Q q={q}>
        {(d) => (
          <div class="grid">
            <Section title={`${t('gaps')} (${d.chainGaps.gaps.length})`} exportAs={{ list: 'chain-gaps', args: { chain, ...areaArgs(area) } }}>
              {d.chainGaps.gaps.length === 0 ? (
                <Empty>{t('noGaps')}</Empty>
              ) : (
                <ul class="list">
                  {d.chainGaps.gaps.map((g) => (
                    <li key={g.link.id}>
                      <a href={href('chain', undefined, { chain, area, link: g.link.id })}>{nm(g.link)}</a> <span class="badge">{t(g.link.stage)}</span>{' '}
                      <span class="pill gap">
                        {g.localEnterprises} {t('localEnterprises')}
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </Section>
            <Section title={t('targets')} exportAs={{ list: 'attraction-targets', args: { chain, ...areaArgs(area) } }}>
              {d.attractionTargets.edges.length === 0 ? (
                <Empty />
              ) : (
                <ol class="targets">
                  {d.attractionTargets.edges.map(({ node: n }) => (
                    <li key={n.enterprise.id} class="target">
                      <div>
                        <a href={href('enterprise', n.enterprise.id)}>
                          <strong>{nm(n.enterprise)}</strong>
                        </a>{' '}
                        {n.enterprise.region && <span class="muted">{nm(n.enterprise.region)}</span>} <SampleBadge sample={n.enterprise.sample} />
                        <span class="score">
                          {t('score')} {n.score}
                        </span>
                      </div>
                      <table class="scoring">
                        <tbody>
                          {n.scoring.map((s, i) => (
                            <tr key={i}>
                              <td>{s.factor}</td>
                              <td class="num">+{s.points}</td>
                              <td>{s.detail}</td>
                            </tr>
                          ))}
                        </tbody>
                      </table>
                      <div>
                        {t('gaps')}: {n.gapLinks.map((l) => nm(l)).join('、')}
                      </div>
                      <details>
                        <summary>
                          {t('typicalIncentive')} ({nm(n.incentive.region)}): {formatYuan(n.incentive.total, lang)}
                        </summary>
                        <p class="muted">{n.incentive.project}</p>
                        <RuleTable rows={n.incentive.rules} />
                      </details>
                    </li>
                  ))}
                </ol>
              )}
            </Section>
          </div>
        )}
      </Q>
      <EstimateSection defaultRegion={/^\d{6}$/.test(area) && area !== '230000' ? area : '230100'} />
    </div>
  );
}

function RuleTable({ rows }: { rows: RuleFieldsFragment[] }) {
  const lang = signalLang.value;
  if (rows.length === 0) return <Empty />;
  return (
    <ul class="rules">
      {rows.map((r, i) => (
        <li key={i} class={r.paid ? 'paid' : r.eligible ? 'eligible' : 'ineligible'}>
          <div class="rule-head">
            <span class="doc">{docTitle(r.rule.source.document)}</span> · {t('clause')} <strong>{r.rule.source.clause}</strong> · {nm(r.rule)}
          </div>
          <div>
            <span class={'pill ' + (r.eligible ? 'ok' : 'gap')}>{r.eligible ? t('eligible') : t('notEligible')}</span>{' '}
            {!r.inForce && <span class="pill">{t('notInForce')}</span>} {r.paid && <span class="pill ok">{t('paid')}</span>} {t('amount')}:{' '}
            <strong>
              {r.upTo ? '≤ ' : ''}
              {formatYuan(r.amount, lang)}
            </strong>
            {r.limit && (
              <span class="muted">
                {' '}
                · {t('limit')}: {r.limit}
              </span>
            )}
          </div>
          <blockquote lang="zh">{r.rule.source.quote}</blockquote>
          {r.reasons.length > 0 && (
            <ul class="reasons" aria-label={t('reasons')}>
              {r.reasons.map((x, j) => (
                <li key={j}>{x}</li>
              ))}
            </ul>
          )}
          {r.items.length > 0 && (
            <div class="muted">
              {t('items')}: {r.items.map((it) => `${it.name} ${formatYuan(it.amount, lang)}`).join('; ')}
            </div>
          )}
          {r.funding.length > 0 && (
            <div class="muted">
              {t('funding')}: {r.funding.map((f) => `${f.payer} ${formatYuan(f.amount, lang)}`).join('; ')}
            </div>
          )}
          {r.rule.interpretation && (
            <div class="note">
              {t('interpretation')}: {r.rule.interpretation}
            </div>
          )}
          {r.combinationNote && <div class="muted">{r.combinationNote}</div>}
        </li>
      ))}
    </ul>
  );
}

const initialForm = (region: string): EstimateForm => ({
  region,
  date: new Date().toISOString().slice(0, 10),
  kinds: ['NEW_INDUSTRIALIZATION_PROJECT'],
  construction: 'NEW_BUILD',
  amounts: [{ name: 'fixedAssetInvestment', value: '30000000' }],
  recognitions: [],
});

function EstimateSection({ defaultRegion }: { defaultRegion: string }) {
  const vocab = useQuery(VocabularyQuery, {});
  const [form, setForm] = useState<EstimateForm>(() => initialForm(defaultRegion));
  const [submitted, setSubmitted] = useState<ProjectInput | null>(null);
  const [eligibleOnly, setEligibleOnly] = useState(false);
  const est = useQuery(EstimateQuery, { project: submitted as ProjectInput, eligibleOnly }, submitted == null);
  const lang = signalLang.value;
  const multi = (e: Event) => [...(e.target as HTMLSelectElement).selectedOptions].map((o) => o.value);
  return (
    <Section title={t('estimate')} id="estimate">
      <Q q={vocab}>
        {(v) => (
          <form
            class="estimate-form"
            onSubmit={(e) => {
              e.preventDefault();
              setSubmitted(toProjectInput(form));
            }}
          >
            <label>
              {t('cityRegion')}
              <select value={form.region} onChange={(e) => setForm({ ...form, region: (e.target as HTMLSelectElement).value })}>
                {v.regions.edges.map(({ node }) => (
                  <option key={node.code} value={node.code}>
                    {nm(node)} ({node.code})
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('date')}
              <input type="date" required value={form.date} onInput={(e) => setForm({ ...form, date: (e.target as HTMLInputElement).value })} />
            </label>
            <label>
              {t('kinds')}
              <select multiple size={5} onChange={(e) => setForm({ ...form, kinds: multi(e) })}>
                {v.incentiveVocabulary.kinds.map((k) => (
                  <option key={k} value={k} selected={form.kinds.includes(k)}>
                    {k}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('construction')}
              <select value={form.construction} onChange={(e) => setForm({ ...form, construction: (e.target as HTMLSelectElement).value })}>
                <option value="">{t('any')}</option>
                {['NEW_BUILD', 'EXPANSION', 'RENOVATION', 'TECH_UPGRADE'].map((c) => (
                  <option key={c} value={c}>
                    {c}
                  </option>
                ))}
              </select>
            </label>
            <fieldset>
              <legend>{t('amounts')}</legend>
              {form.amounts.map((a, i) => (
                <div class="amount-row" key={i}>
                  <select
                    aria-label={`${t('amounts')} ${i + 1}`}
                    value={a.name}
                    onChange={(e) => setForm({ ...form, amounts: form.amounts.map((x, j) => (j === i ? { ...x, name: (e.target as HTMLSelectElement).value } : x)) })}
                  >
                    {v.incentiveVocabulary.bases.map((b) => (
                      <option key={b} value={b}>
                        {b}
                      </option>
                    ))}
                  </select>
                  <input
                    inputMode="decimal"
                    aria-label={`${a.name} (yuan)`}
                    value={a.value}
                    onInput={(e) => setForm({ ...form, amounts: form.amounts.map((x, j) => (j === i ? { ...x, value: (e.target as HTMLInputElement).value } : x)) })}
                  />
                  <button type="button" onClick={() => setForm({ ...form, amounts: form.amounts.filter((_, j) => j !== i) })}>
                    {t('remove')}
                  </button>
                </div>
              ))}
              <button type="button" onClick={() => setForm({ ...form, amounts: [...form.amounts, { name: v.incentiveVocabulary.bases[0], value: '' }] })}>
                {t('addAmount')}
              </button>
            </fieldset>
            <label>
              {t('recognitions')}
              <select multiple size={5} onChange={(e) => setForm({ ...form, recognitions: multi(e) })}>
                {v.incentiveVocabulary.recognitions.map((k) => (
                  <option key={k} value={k} selected={form.recognitions.includes(k)}>
                    {k}
                  </option>
                ))}
              </select>
            </label>
            <label class="inline">
              <input type="checkbox" checked={eligibleOnly} onChange={() => setEligibleOnly(!eligibleOnly)} /> {t('onlyEligible')}
            </label>
            <button type="submit" class="primary">
              {t('submitEstimate')}
            </button>
          </form>
        )}
      </Q>
      {submitted && (
        <div class="estimate-result" aria-live="polite">
          <Q q={est}>
            {({ incentiveEstimate: r }) => (
              <div>
                <p class="total">
                  {nm(r.region)} · {r.date} · {t('total')}: <strong data-testid="estimate-total">{formatYuan(r.total, lang)}</strong> · {t('maximum')}:{' '}
                  {formatYuan(r.maximum, lang)}
                </p>
                <ExportLinks list="incentive-estimate" args={projectArgs(submitted, eligibleOnly)} label={t('estimate')} />
                <h3>{t('perDocument')}</h3>
                <ExportLinks list="incentive-estimate-totals" args={projectArgs(submitted)} label={t('perDocument')} />
                <ul class="list">
                  {r.totals.map((d) => (
                    <li key={d.document.id}>
                      {docTitle(d.document)} {!d.inForce && <span class="pill">{t('notInForce')}</span>} {d.principle && <span class="badge">{d.principle}</span>}:{' '}
                      {formatYuan(d.total, lang)} ({t('maximum')} {formatYuan(d.maximum, lang)})
                    </li>
                  ))}
                </ul>
                <RuleTable rows={r.results} />
              </div>
            )}
          </Q>
        </div>
      )}
    </Section>
  );
}
