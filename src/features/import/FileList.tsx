/**
 * The files in the workspace: size, what was read (sheets, rows) or why the file was refused,
 * and a remove button for the user's own files.
 */
import { actions, useAppState } from '../../state/store';
import { formatInteger } from '../../ui/i18n/format';
import { useT } from '../../ui/i18n/I18nProvider';
import { useMessage } from '../../ui/i18n/use-message';

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${formatInteger(bytes)} B`;
  if (bytes < 1024 * 1024) return `${formatInteger(Math.round(bytes / 1024))} KB`;
  return `${formatInteger(Math.round(bytes / (1024 * 1024)))} MB`;
}

export function FileList() {
  const t = useT();
  const text = useMessage();
  const workspace = useAppState((s) => s.workspace);
  const reads = useAppState((s) => s.data?.reads);
  const previews = useAppState((s) => s.data?.previews);
  if (workspace.files.length === 0) return null;
  const removable = workspace.source === 'files';
  return (
    <ul className="file-list" data-testid="file-list">
      {workspace.files.map((file) => {
        const read = reads?.find((r) => r.file === file.name);
        const tables = previews?.filter((p) => p.file === file.name) ?? [];
        const rows = tables.reduce((n, p) => n + p.rowCount, 0);
        const status = !read
          ? ''
          : !read.ok
            ? t('files.refused', { reason: read.reason ? text(read.reason) : '' })
            : tables.length > 1
              ? t('files.sheets', {
                  sheets: formatInteger(tables.length),
                  rows: formatInteger(rows),
                })
              : t('files.tables', { rows: formatInteger(rows) });
        return (
          <li key={file.name} className={read && !read.ok ? 'refused' : undefined}>
            <span className="file-name">{file.name}</span>
            <span className="muted">{formatSize(file.size)}</span>
            <span className="file-status">{status}</span>
            {removable ? (
              <button
                type="button"
                className="button subtle"
                aria-label={t('files.removeLabel', { name: file.name })}
                onClick={() => void actions.removeFile(file.name)}
              >
                {t('files.remove')}
              </button>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
