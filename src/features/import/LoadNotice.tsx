/**
 * What the last load has to say: busy while the worker runs (with the step it is at, the seconds
 * it has taken and a Cancel button), the error if it failed, the files refused when nothing
 * usable came out, that it was cancelled, or a short summary of what was loaded. Above it, what
 * opening the saved workspace had to tell (SavedWorkNotice).
 */
import { useEffect } from 'react';
import { actions, useAppState } from '../../state/store';
import { count } from '../../ui/i18n/count';
import { formatInteger } from '../../ui/i18n/format';
import { useT } from '../../ui/i18n/I18nProvider';
import { BusyNotice } from './BusyNotice';
import { MetricsPendingNotice } from './MetricsPendingNotice';
import { SavedWorkNotice } from './SavedWorkNotice';
import { openTab } from '../shared/current-tab';
import { RejectionList } from '../shared/RejectionList';

/** Opens the import tab and moves the focus there. */
const showImport = () => openTab('import', { focusPanel: true });

export function LoadNotice() {
  return (
    <>
      <SavedWorkNotice />
      <LoadStatus />
      <MetricsPendingNotice />
    </>
  );
}

function LoadStatus() {
  const t = useT();
  const status = useAppState((s) => s.status);
  const pendingFiles = useAppState((s) => s.pendingFiles);
  const error = useAppState((s) => s.error);
  const notice = useAppState((s) => s.notice);
  const analysis = useAppState((s) => s.data?.analysis);
  const ownFiles = useAppState((s) => s.workspace.source === 'files');
  const hasData = analysis !== undefined;

  // A workspace that failed to build has nothing to show on the other tabs: it opens on the
  // import tab, with the error above its files (which can be removed there), never a dead page.
  useEffect(() => {
    if (status === 'error' && error && !hasData) openTab('import');
  }, [status, error, hasData]);

  const dismiss = (
    <button type="button" className="button subtle" onClick={actions.dismissNotice}>
      {t('load.dismiss')}
    </button>
  );

  if (status === 'loading') {
    // Without data yet, the page says it is loading; a user's own (maybe heavy) workspace still
    // gets the notice, so its first build can be cancelled.
    return hasData || ownFiles ? (
      <BusyNotice
        label={
          pendingFiles > 0
            ? t('load.busy', { files: count(t, 'files', pendingFiles) })
            : t('load.updating')
        }
      />
    ) : null;
  }
  if (status === 'error' && error) {
    return (
      <div className="notice error" role="alert" data-testid="load-notice">
        <p>
          <strong>{t('load.failed')}</strong> {error}
        </p>
        {dismiss}
      </div>
    );
  }
  if (notice?.kind === 'nothing-usable') {
    return (
      <div className="notice error" role="alert" data-testid="load-notice">
        <p>
          <strong>{hasData ? t('load.nothingUsable') : t('load.nothingUsableEmpty')}</strong>
        </p>
        <RejectionList rejected={notice.rejected} />
        {dismiss}
      </div>
    );
  }
  if (notice?.kind === 'cancelled') {
    return (
      <div className="notice" role="status" data-testid="load-notice">
        <p>{t('load.cancelled')}</p>
        {dismiss}
      </div>
    );
  }
  if (notice?.kind === 'loaded' && analysis) {
    return (
      <div className="notice ok" role="status" data-testid="load-notice">
        <p>
          {t('load.loaded', {
            files: count(t, 'files', notice.files),
            clusters: count(t, 'clusters', analysis.clusters.length),
            organisations: count(t, 'organisations', analysis.organisations),
          })}
          {notice.rejected > 0
            ? ` ${t('load.withRejections', { count: formatInteger(notice.rejected) })}`
            : ''}
        </p>
        <button type="button" className="button subtle" onClick={showImport}>
          {t('load.seeReport')}
        </button>
        {dismiss}
      </div>
    );
  }
  return null;
}
