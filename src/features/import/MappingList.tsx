/**
 * The column mapping of every table in the workspace, each in a collapsible section headed by the
 * file (and sheet), its shape and whether the mapping was remembered. Few tables start open.
 */
import { useAppState } from '../../state/store';
import { Badge } from '../../ui/Badge';
import { useT } from '../../ui/i18n/I18nProvider';
import { MappingTable } from './MappingTable';

/** Up to this many tables, every mapping shows open. */
const OPEN_UP_TO = 4;

export function MappingList() {
  const t = useT();
  const previews = useAppState((s) => s.data?.previews);
  const origins = useAppState((s) => s.workspace.mappingOrigins);
  if (!previews || previews.length === 0) return null;
  return (
    <section className="mapping-list" data-testid="mapping-list" aria-labelledby="mapping-title">
      <h3 id="mapping-title">{t('mapping.title')}</h3>
      <p className="muted">{t('mapping.intro')}</p>
      {previews.map((table) => {
        const origin = origins?.[table.key];
        const name = table.sheet ? `${table.file} (${table.sheet})` : table.file;
        return (
          <details
            key={table.key}
            open={previews.length <= OPEN_UP_TO}
            data-testid="mapping-section"
          >
            <summary>
              <span className="file-name">{name}</span> ·{' '}
              {t(`mapping.shape.${table.mapping.shape}`)}
              {table.mapping.shape === 'per-cluster' && table.mapping.clusterName
                ? `: ${table.mapping.clusterName}`
                : ''}{' '}
              {origin === 'remembered' ? <Badge text={t('mapping.remembered')} /> : null}
              {origin === 'user' ? <Badge text={t('mapping.changed')} /> : null}
            </summary>
            <MappingTable table={table} origin={origin} />
          </details>
        );
      })}
    </section>
  );
}
