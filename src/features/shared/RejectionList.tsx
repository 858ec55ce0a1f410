/** Rejected files and rows as a table: file, row (or "whole file") and the reason in words. */
import type { Rejection } from '../../domain/membership/types';
import { formatInteger } from '../../ui/i18n/format';
import { useT } from '../../ui/i18n/I18nProvider';
import { useMessage } from '../../ui/i18n/use-message';

type RejectedRow = Pick<Rejection, 'file' | 'row' | 'reason'> & { readonly sheet?: string };

/** Beyond this many rows the list is cut: a thousand refused rows say the same as two hundred. */
export const LIST_LIMIT = 200;

export function RejectionList({ rejected }: { rejected: readonly RejectedRow[] }) {
  const t = useT();
  const text = useMessage();
  if (rejected.length === 0) return null;
  const shown = rejected.slice(0, LIST_LIMIT);
  return (
    <table className="table compact rejections" data-testid="rejections">
      <thead>
        <tr>
          <th scope="col">{t('import.file')}</th>
          <th scope="col">{t('import.row')}</th>
          <th scope="col">{t('import.reason')}</th>
        </tr>
      </thead>
      <tbody>
        {shown.map((r, i) => (
          <tr key={i}>
            <td>{r.sheet ? `${r.file} (${r.sheet})` : r.file}</td>
            <td className="num">{r.row === null ? t('import.wholeFile') : formatInteger(r.row)}</td>
            <td>{text(r.reason)}</td>
          </tr>
        ))}
        {rejected.length > shown.length ? (
          <tr>
            <td colSpan={3} className="muted">
              {t('import.more', { count: formatInteger(rejected.length - shown.length) })}
            </td>
          </tr>
        ) : null}
      </tbody>
    </table>
  );
}
