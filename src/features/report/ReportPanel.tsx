/**
 * The report view's panel: a few controls (print, clear the selection) above the regenerated
 * chapter. Selecting a cluster in a figure selects it everywhere (by page id); a selection made
 * in another view is drawn in the figures. The controls are left out of the printout.
 */
import { useCallback } from 'react';
import type { ClusterId } from '../../domain/membership/types';
import { ReportDocument } from '../../report/ReportDocument';
import type { SelectMode } from '../../report/chart-kit';
import { actions, useAppState } from '../../state/store';
import { useT } from '../../ui/i18n/I18nProvider';
import { useReport, useSelectedClusters } from './use-report';
import './report.css';

export function ReportPanel() {
  const t = useT();
  const { report, busy, error } = useReport();
  const selected = useSelectedClusters();
  const model = useAppState((s) => s.data?.model ?? null);
  const onSelect = useCallback(
    (id: ClusterId, mode: SelectMode) => {
      const page = model?.clusterPageId.get(id);
      if (page) actions.select({ kind: 'cluster', id: page }, mode);
    },
    [model],
  );
  if (!report) {
    return (
      <p className="report-status" role="status" aria-live="polite">
        {error ? t('report.failed', { error }) : t('report.making')}
      </p>
    );
  }
  return (
    <div className="report-view" data-testid="report-view" aria-busy={busy}>
      <div className="report-controls" role="toolbar" aria-label={t('report.controls')}>
        <button type="button" onClick={() => window.print()} data-testid="report-print">
          {t('report.print')}
        </button>
        <button
          type="button"
          onClick={() => actions.clearSelection()}
          disabled={selected.size === 0}
        >
          {t('report.clearSelection')}
        </button>
        <p className="report-hint">
          {t('report.selectHint')} {t('report.printHint')}
        </p>
      </div>
      <ReportDocument report={report} selected={selected} onSelect={onSelect} />
    </div>
  );
}
