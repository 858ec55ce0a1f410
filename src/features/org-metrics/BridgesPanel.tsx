/**
 * The bridges: organisations ranked by betweenness in the organisation–cluster graph, each with
 * the clusters it ties together, and for the top one the metric's meaning in words ("X connects
 * clusters that share no one else"). A click on a name selects the organisation everywhere.
 */
import { useMemo } from 'react';
import { useDisplayName } from '../../state/display-name';
import { actions, useAppState } from '../../state/store';
import { useLang, useT } from '../../ui/i18n/I18nProvider';
import { Panel } from '../../ui/Panel';
import { MetricMeaning } from '../shared/MetricMeaning';
import { formatMetric, formatNumber } from '../shared/metric-format';
import { bridges } from './org-metrics-model';
import { useOrgMetricErrors } from './use-org-metrics';

/** How many bridges are listed. */
const SHOWN = 10;

export function BridgesPanel() {
  const t = useT();
  const language = useLang();
  const model = useAppState((s) => s.data?.model);
  const selected = useAppState((s) => s.selection.organisations);
  const displayName = useDisplayName();
  const failed = useOrgMetricErrors().get('betweenness');
  const list = useMemo(() => (model ? bridges(model, SHOWN) : []), [model]);
  if (!model) return null;
  const top = list[0];

  return (
    <Panel title={t('bridges.title')} className="bridges-panel">
      <p className="muted">{t('bridges.caption')}</p>
      {failed ? (
        <p className="muted">{t('bridges.notComputed', { reason: failed })}</p>
      ) : list.length === 0 ? (
        <p className="muted">{t('bridges.none')}</p>
      ) : (
        <>
          {top ? (
            <MetricMeaning
              metric="betweenness"
              name={displayName('organisation', top.id)}
              high
              className="bridges-lead"
            />
          ) : null}
          <ol className="bridges" data-testid="bridges">
            {list.map((b, i) => (
              <li key={b.id} aria-current={selected.includes(b.id) ? 'true' : undefined}>
                <span className="bridges-rank">{formatNumber(i + 1, language)}.</span>{' '}
                <button
                  type="button"
                  className="link"
                  onClick={() => actions.select({ kind: 'organisation', id: b.id })}
                >
                  {displayName('organisation', b.id)}
                </button>{' '}
                <span className="bridges-value">{formatMetric(b.betweenness, language)}</span>
                <div className="bridges-ties">
                  {t('bridges.ties')}:{' '}
                  {b.clusters.map((c) => displayName('cluster', c)).join(' · ')}
                </div>
              </li>
            ))}
          </ol>
        </>
      )}
    </Panel>
  );
}
