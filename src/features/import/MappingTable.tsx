/**
 * One table's column mapping: the detected shape (one list per cluster, long, wide), the cluster
 * name of a one-list-per-cluster table, and a preview of the first rows with a role dropdown per
 * column. Every change goes to the store, which remembers it for files with the same headers and
 * rebuilds.
 */
import { useState } from 'react';
import type { ColumnMapping, TableShape } from '../../domain/membership/column-mapping';
import type { ColumnRole } from '../../domain/membership/header-vocabulary';
import {
  ROLES,
  SHAPES,
  sameMapping,
  setClusterName,
  setRole,
  setShape,
} from '../../state/mapping-edit';
import { actions } from '../../state/store';
import type { MappingOrigin } from '../../state/types';
import { Badge } from '../../ui/Badge';
import { formatInteger } from '../../ui/i18n/format';
import { useT } from '../../ui/i18n/I18nProvider';
import type { TablePreview } from '../../worker/types';

const DELIMITER_SIGN: Readonly<Record<string, string>> = {
  '\t': 'tab',
  ';': ';',
  ',': ',',
  '|': '|',
};

function ClusterNameField({
  mapping,
  onChange,
}: {
  mapping: ColumnMapping;
  onChange: (name: string) => void;
}) {
  const t = useT();
  const current = mapping.clusterName ?? '';
  // Local until applied: a rebuild per keystroke would be wasted work.
  const [draft, setDraft] = useState(current);
  const [seen, setSeen] = useState(current);
  if (seen !== current) {
    setSeen(current);
    setDraft(current);
  }
  return (
    <form
      className="cluster-name"
      onSubmit={(e) => {
        e.preventDefault();
        onChange(draft);
      }}
    >
      <label>
        {t('mapping.clusterName')}{' '}
        <input
          type="text"
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={() => onChange(draft)}
        />
      </label>{' '}
      <button type="submit" className="button">
        {t('mapping.apply')}
      </button>
    </form>
  );
}

export function MappingTable({
  table,
  origin,
}: {
  table: TablePreview;
  origin: MappingOrigin | undefined;
}) {
  const t = useT();
  const { mapping, header } = table;
  const fallbackName = table.detected.clusterName ?? table.file.replace(/\.[^.]+$/, '');
  const change = (next: ColumnMapping) => {
    if (!sameMapping(next, mapping)) void actions.setMapping(table.key, next);
  };
  const facts = [
    table.headerRow > 0
      ? t('mapping.headerRow', { row: formatInteger(table.headerRow) })
      : t('mapping.noHeader'),
    table.encoding,
    table.delimiter
      ? t('mapping.delimiter', { delimiter: DELIMITER_SIGN[table.delimiter] ?? table.delimiter })
      : undefined,
    t('mapping.rows', { count: formatInteger(table.rowCount) }),
  ].filter((f): f is string => !!f);
  return (
    <div className="mapping-table" data-testid="mapping-table" data-key={table.key}>
      <div className="mapping-controls">
        <label>
          {t('mapping.shape')}{' '}
          <select
            value={mapping.shape}
            onChange={(e) =>
              change(setShape(mapping, header, e.target.value as TableShape, fallbackName))
            }
          >
            {SHAPES.map((shape) => (
              <option key={shape} value={shape}>
                {t(`mapping.shape.${shape}`)}
              </option>
            ))}
          </select>
        </label>
        {mapping.shape === 'per-cluster' ? (
          <ClusterNameField
            mapping={mapping}
            onChange={(name) => change(setClusterName(mapping, name))}
          />
        ) : null}
        {origin === 'remembered' ? <Badge text={t('mapping.remembered')} /> : null}
        {!sameMapping(mapping, table.detected) ? (
          <button type="button" className="button subtle" onClick={() => change(table.detected)}>
            {t('mapping.reset')}
          </button>
        ) : null}
      </div>
      <p className="muted">{facts.join(' · ')}</p>
      <div className="scroll-x">
        <table className="table compact preview">
          <caption className="visually-hidden">{t('mapping.firstRows')}</caption>
          <thead>
            <tr>
              {header.map((column, i) => (
                <th key={i} scope="col">
                  <div className="column-head">{column}</div>
                  <select
                    aria-label={t('mapping.roleFor', { column })}
                    value={mapping.roles[i] ?? 'other'}
                    onChange={(e) =>
                      change(
                        setRole(mapping, header, i, e.target.value as ColumnRole, fallbackName),
                      )
                    }
                  >
                    {ROLES.map((role) => (
                      <option key={role} value={role}>
                        {t(`role.${role}`)}
                      </option>
                    ))}
                  </select>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row) => (
              <tr key={row.row}>
                {header.map((_, i) => (
                  <td key={i}>{row.cells[i] ?? ''}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
