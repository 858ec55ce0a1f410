/**
 * The unplaced organisations as a table with a checkbox per row and "select all" (of the rows
 * shown) in the header: name, number, clusters and why the lists did not place it.
 */
import { useEffect, useRef } from 'react';
import { formatOrgNumber } from '../../domain/membership/org-number';
import type { OrgId } from '../../domain/membership/types';
import { useT } from '../../ui/i18n/I18nProvider';
import { useMessage } from '../../ui/i18n/use-message';
import type { UnplacedRow } from './unplaced';

export function UnplacedTable(props: {
  rows: readonly UnplacedRow[];
  selected: ReadonlySet<OrgId>;
  onToggle: (id: OrgId, on: boolean) => void;
  onToggleAll: (on: boolean) => void;
}) {
  const t = useT();
  const text = useMessage();
  const all = useRef<HTMLInputElement>(null);
  const chosen = props.rows.filter((r) => props.selected.has(r.org.id)).length;
  const every = props.rows.length > 0 && chosen === props.rows.length;
  useEffect(() => {
    if (all.current) all.current.indeterminate = chosen > 0 && !every;
  }, [chosen, every]);
  return (
    <div className="scroll">
      <table className="table compact unplaced-table" data-testid="unplaced-table">
        <thead>
          <tr>
            <th scope="col">
              <input
                ref={all}
                type="checkbox"
                aria-label={t('places.selectAll')}
                checked={every}
                onChange={(e) => props.onToggleAll(e.target.checked)}
              />
            </th>
            <th scope="col">{t('places.name')}</th>
            <th scope="col">{t('places.orgNumber')}</th>
            <th scope="col">{t('places.clusters')}</th>
            <th scope="col">{t('places.why')}</th>
          </tr>
        </thead>
        <tbody>
          {props.rows.map(({ org, placement, clusters }) => (
            <tr key={org.id} data-testid="unplaced-row">
              <td>
                <input
                  type="checkbox"
                  aria-label={t('places.select', { name: org.name })}
                  checked={props.selected.has(org.id)}
                  onChange={(e) => props.onToggle(org.id, e.target.checked)}
                />
              </td>
              <td>{org.name}</td>
              <td className="nowrap">{org.orgNumber ? formatOrgNumber(org.orgNumber) : ''}</td>
              <td>{clusters.join(', ')}</td>
              <td className="unplaced-reason">{text(placement.reason)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
