/**
 * Says that a rebuild's second phase is still running (worker/build.ts): the counts and lists
 * shown are this build's, the organisation metrics (and the merge proposals) follow. Polite, so a
 * screen reader hears it without losing its place; over the page, so nothing moves when it goes.
 */
import { useAppState } from '../../state/store';
import { formatPercent } from '../../ui/i18n/format';
import { useT } from '../../ui/i18n/I18nProvider';
import './metrics-pending.css';

export function MetricsPendingNotice() {
  const t = useT();
  const metrics = useAppState((s) => s.data?.metricsPending ?? false);
  const proposals = useAppState((s) => s.data?.proposalsPending ?? false);
  const share = useAppState((s) => {
    const p = s.data?.metricsProgress;
    return p ? p.done / p.total : null;
  });
  if (!metrics && !proposals) return null;
  return (
    <div
      className="notice busy metrics-pending"
      role="status"
      aria-live="polite"
      data-testid="metrics-pending"
    >
      {t(proposals ? 'load.proposalsPending' : 'load.metricsPending')}
      {!proposals && share !== null ? ` (${formatPercent(share)})` : ''}
    </div>
  );
}
