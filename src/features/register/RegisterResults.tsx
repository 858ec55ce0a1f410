/**
 * The organisations with an answer from Enhetsregisteret: the name in the lists beside the
 * registered name, form, NACE code, employees, municipality and the county they now have.
 * Those the register placed come first. Long lists show 50 rows at a time.
 */
import { useState } from 'react';
import { formatOrgNumber } from '../../domain/membership/org-number';
import { formatInteger } from '../../ui/i18n/format';
import { useT } from '../../ui/i18n/I18nProvider';
import { placeLabel } from '../shared/place-label';
import type { ResultRow } from './lookup-view';

const PAGE = 50;

export function RegisterResults({ rows }: { rows: readonly ResultRow[] }) {
  const t = useT();
  const [shown, setShown] = useState(PAGE);
  const title = t('register.results', { count: formatInteger(rows.length) });
  return (
    <div className="register-results">
      <h3>{title}</h3>
      <div className="scroll-x">
        <table className="table compact" aria-label={title} data-testid="register-results">
          <thead>
            <tr>
              <th scope="col">{t('register.col.listName')}</th>
              <th scope="col">{t('register.col.orgNumber')}</th>
              <th scope="col">{t('register.col.registeredName')}</th>
              <th scope="col">{t('register.col.orgForm')}</th>
              <th scope="col">{t('register.col.nace')}</th>
              <th scope="col">{t('register.col.employees')}</th>
              <th scope="col">{t('register.col.municipality')}</th>
              <th scope="col">{t('register.col.county')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, shown).map(({ org, entry, municipality }) => (
              <tr key={org.id} data-org-number={entry.orgNumber}>
                <td>{org.name}</td>
                <td className="num nowrap">{formatOrgNumber(entry.orgNumber)}</td>
                <td>{entry.name}</td>
                <td title={entry.orgFormText}>{entry.orgForm ?? ''}</td>
                <td title={entry.naceText}>
                  {entry.naceCode ? (
                    <>
                      <span className="nowrap">{entry.naceCode}</span>{' '}
                      <span className="muted">{entry.naceText ?? ''}</span>
                    </>
                  ) : null}
                </td>
                <td className="num">
                  {entry.employees === undefined ? '' : formatInteger(entry.employees)}
                </td>
                <td>{municipality}</td>
                <td>{placeLabel(org.placement, t)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length > shown ? (
        <button type="button" className="button subtle" onClick={() => setShown(shown + PAGE)}>
          {t('register.showMore', { count: formatInteger(Math.min(PAGE, rows.length - shown)) })}
        </button>
      ) : null}
    </div>
  );
}
