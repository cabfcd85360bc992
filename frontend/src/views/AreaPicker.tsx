import { graphql } from '../gql';
import type { PickerDataQuery } from '../gql/graphql';
import { useQuery } from '../components';
import { nm, t } from '../lib/i18n';

export const PickerQuery = graphql(`
  query PickerData {
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
    clusters(first: 100) {
      edges {
        node {
          id
          name
          nameEn
          kind
        }
      }
    }
    chains(first: 100) {
      edges {
        node {
          id
          name
          nameEn
        }
      }
    }
  }
`);

export function usePicker() {
  return useQuery(PickerQuery, {});
}

export function Pickers({
  data,
  chain,
  area,
  onChange,
}: {
  data: PickerDataQuery;
  chain: string;
  area: string;
  onChange: (next: { chain: string; area: string }) => void;
}) {
  const regions = data.regions.edges.map((e) => e.node).filter((r) => r.level !== 'COUNTY');
  return (
    <div class="pickers">
      <label>
        {t('chain')}{' '}
        <select value={chain} onChange={(e) => onChange({ chain: (e.target as HTMLSelectElement).value, area })}>
          {data.chains.edges.map(({ node }) => (
            <option key={node.id} value={node.id}>
              {nm(node)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('area')}{' '}
        <select value={area} onChange={(e) => onChange({ chain, area: (e.target as HTMLSelectElement).value })}>
          <optgroup label={t('regions')}>
            {regions.map((r) => (
              <option key={r.code} value={r.code}>
                {r.level === 'PREFECTURE' ? '\u00a0\u00a0' : ''}
                {nm(r)} ({r.code})
              </option>
            ))}
          </optgroup>
          <optgroup label={t('cluster')}>
            {data.clusters.edges.map(({ node }) => (
              <option key={node.id} value={node.id}>
                {nm(node)} [{node.kind}]
              </option>
            ))}
          </optgroup>
        </select>
      </label>
    </div>
  );
}
