/**
 * The selected cell: the clusters that carry its links (linked pairs through each) and the
 * organisations behind them in A and in B, asked of the worker; exportable.
 */
import type { PageCountyId } from '../../domain/page/ids';
import { actions } from '../../state/store';
import { useDisplayName } from '../../state/display-name';
import { useAppState } from '../../state/store';
import { useCountyQuery } from '../../state/use-county-query';
import { formatNumber } from '../../ui/charts/number-format';
import { useLang, useT } from '../../ui/i18n/I18nProvider';
import type { PageCountyMatrix } from '../../worker/county-api';
import { ExportButton } from '../shared/ExportButton';

const SHOWN = 200;

export function CellDetails({
  matrix,
  pair,
  label,
}: {
  matrix: PageCountyMatrix;
  pair: { from: PageCountyId; to: PageCountyId } | null;
  label: (unit: number) => string;
}) {
  const t = useT();
  const language = useLang();
  const displayName = useDisplayName();
  const clusters = useAppState((s) => s.selection.clusters);
  const a = pair ? matrix.units.findIndex((u) => u.id === pair.from) : -1;
  const b = pair ? matrix.units.findIndex((u) => u.id === pair.to) : -1;
  const inScheme = a >= 0 && b >= 0;
  const key = inScheme ? `${matrix.scheme}|${clusters.join(',')}|${pair!.from}|${pair!.to}` : '-';
  const { value: cell } = useCountyQuery(key, (q) =>
    inScheme
      ? q.countyCell({ scheme: matrix.scheme, clusters, from: pair!.from, to: pair!.to })
      : Promise.resolve(null),
  );

  if (!inScheme) {
    return (
      <aside className="county-cell" data-testid="county-cell">
        <p>{t('county.pickCell')}</p>
      </aside>
    );
  }
  const orgList = (unit: number, ids: readonly string[]) => (
    <div>
      <h4>{t('county.orgsIn', { name: label(unit), n: formatNumber(ids.length, 0, language) })}</h4>
      <ul className="county-cell__orgs">
        {ids.slice(0, SHOWN).map((id) => (
          <li key={id}>
            <button
              type="button"
              className="link-button"
              onClick={() => actions.select({ kind: 'organisation', id: id as never })}
            >
              {displayName('organisation', id as never)}
            </button>
          </li>
        ))}
        {ids.length > SHOWN && <li>… {formatNumber(ids.length - SHOWN, 0, language)}</li>}
      </ul>
    </div>
  );
  return (
    <aside className="county-cell" data-testid="county-cell" aria-live="polite">
      <h3>{t('county.cellTitle', { from: label(a), to: label(b) })}</h3>
      {cell && cell.from === pair!.from && cell.to === pair!.to ? (
        <>
          <h4>{t('county.carriers')}</h4>
          {cell.carriers.length === 0 ? (
            <p>{t('county.noCarriers')}</p>
          ) : (
            <table className="county-cell__carriers" data-testid="county-carriers">
              <thead>
                <tr>
                  <th scope="col">{t('county.cluster')}</th>
                  <th scope="col">{t('county.carrierPairs')}</th>
                </tr>
              </thead>
              <tbody>
                {cell.carriers.map((c) => (
                  <tr key={c.cluster}>
                    <th scope="row">{displayName('cluster', c.cluster)}</th>
                    <td>{formatNumber(c.pairs, 0, language)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {orgList(a, cell.organisations.from)}
          {a !== b && orgList(b, cell.organisations.to)}
          <div className="county-view__exports">
            <ExportButton id="county-pair-csv" />
            <ExportButton id="county-pair-xlsx" />
          </div>
        </>
      ) : (
        <p>{t('county.busy')}</p>
      )}
    </aside>
  );
}
