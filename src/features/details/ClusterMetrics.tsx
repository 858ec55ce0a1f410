/**
 * The selected cluster's network measures in the details panel: each registry metric of the
 * overlap graph with its value and a one-sentence meaning (MetricMeaning; the plain-language one
 * where the cluster stands out among all clusters).
 */
import { useMemo } from 'react';
import { METRICS } from '../../domain/metrics/registry';
import { metricWord } from '../../domain/metrics/words';
import type { PageClusterId } from '../../domain/page/ids';
import { useAppState } from '../../state/store';
import { useLang, useT } from '../../ui/i18n/I18nProvider';
import { formatMetric } from '../shared/metric-format';
import { MetricMeaning, standsOut } from '../shared/MetricMeaning';

const CLUSTER_METRICS = METRICS.filter((m) => m.graph !== 'organisations');

export function ClusterMetrics({ id, name }: { id: PageClusterId; name: string }) {
  const t = useT();
  const language = useLang();
  const model = useAppState((s) => s.data?.model);
  const columns = useMemo(() => {
    const out = new Map<string, Float64Array>();
    if (!model) return out;
    const all = [...model.metrics.clusters.values()];
    for (const m of CLUSTER_METRICS) {
      out.set(
        m.id,
        Float64Array.from(all, (v) => (typeof v[m.id] === 'number' ? v[m.id]! : NaN)),
      );
    }
    return out;
  }, [model]);
  const values = model?.metrics.clusters.get(id);
  if (!values) return null;
  return (
    <>
      <h4>{t('details.metrics')}</h4>
      <dl className="metric-list" data-testid="cluster-metrics">
        {CLUSTER_METRICS.map((m) => {
          const value = values[m.id];
          const numeric = typeof value === 'number' ? value : NaN;
          return (
            <div key={m.id} className="metric-item">
              <dt>{metricWord(m.id, 'label', language)}</dt>
              <dd>
                <span className="metric-value">{formatMetric(numeric, language)}</span>
                <MetricMeaning
                  metric={m.id}
                  name={name}
                  high={m.kind === 'number' && standsOut(numeric, columns.get(m.id) ?? [])}
                />
              </dd>
            </div>
          );
        })}
      </dl>
    </>
  );
}
