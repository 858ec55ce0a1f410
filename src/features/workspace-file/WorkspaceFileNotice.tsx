/** What the last workspace-file import said: reading, opened, or refused with the reason. */
import { useMessage } from '../../ui/i18n/use-message';
import { useT } from '../../ui/i18n/I18nProvider';
import { setFileNotice, useFileNotice } from './file-notice';

export function WorkspaceFileNotice() {
  const t = useT();
  const render = useMessage();
  const notice = useFileNotice();
  if (!notice) return null;
  const text =
    notice.kind === 'reading'
      ? t('wsfile.reading')
      : notice.kind === 'opened'
        ? t('wsfile.opened', { file: notice.file })
        : t('wsfile.refused', { file: notice.file, reason: `${render(notice.reason)}.` });
  return (
    <div
      className={`notice ${notice.kind === 'refused' ? 'warning' : ''}`}
      role={notice.kind === 'refused' ? 'alert' : 'status'}
      data-testid="wsfile-notice"
    >
      <p>{text}</p>
      {notice.kind !== 'reading' ? (
        <button type="button" className="button subtle" onClick={() => setFileNotice(null)}>
          {t('wsfile.dismiss')}
        </button>
      ) : null}
    </div>
  );
}
