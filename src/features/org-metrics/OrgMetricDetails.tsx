/**
 * The organisation in focus (selected here or in any view): its clusters and each metric value
 * with a one-sentence meaning (MetricMeaning), the plain-language one where the value stands out.
 */
import { metricWord } from '../../domain/metrics/words';
import { useDisplayName } from '../../state/display-name';
import { useAppState } from '../../state/store';
import { useLang, useT } from '../../ui/i18n/I18nProvider';
import { Panel } from '../../ui/Panel';
import { MetricMeaning, standsOut } from '../shared/MetricMeaning';
import { formatMetric } from '../shared/metric-format';
import { ORG_METRICS, positionsOf } from './org-metrics-model';

export function OrgMetricDetails() {
  const t = useT();
  const language = useLang();
  const model = useAppState((s) => s.data?.model);
  const focus = useAppState((s) => s.selection.focus);
  const displayName = useDisplayName();
  if (!model) return null;
  const id = focus?.kind === 'organisation' ? focus.id : null;
  const at = id === null ? undefined : positionsOf(model).get(id);

  return (
    <Panel title={t('orgMetrics.selected')} className="org-metric-details">
      {id === null || at === undefined ? (
        <p className="muted">{t('orgMetrics.pickHint')}</p>
      ) : (
        <div data-testid="org-metric-details">
          <h3 className="details-title">{displayName('organisation', id)}</h3>
          <p className="muted">
            {t('orgMetrics.clusters', {
              names: (model.clustersOf.get(id) ?? [])
                .map((c) => displayName('cluster', c))
                .join(', '),
            })}
          </p>
          <dl className="metric-list">
            {ORG_METRICS.map((metric) => {
              const column = model.metrics.organisations[metric.id];
              const value = column?.[at] ?? Number.NaN;
              return (
                <div key={metric.id} className="metric-item">
                  <dt>{metricWord(metric.id, 'label', language)}</dt>
                  <dd>
                    <span className="metric-value">{formatMetric(value, language)}</span>
                    <MetricMeaning
                      metric={metric.id}
                      name={displayName('organisation', id)}
                      high={column !== undefined && standsOut(value, column)}
                    />
                  </dd>
                </div>
              );
            })}
          </dl>
        </div>
      )}
    </Panel>
  );
}
