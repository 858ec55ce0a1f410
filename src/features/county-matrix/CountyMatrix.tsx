/**
 * The county link matrix (the report's fig. 3-5) on the data shown: asked of the worker under the
 * view's scheme and through the clusters selected anywhere, drawn as a heatmap table with its
 * legend, the members without a place under it, and the selected cell's details beside it.
 */
import { useMemo } from 'react';
import type { PageCountyId } from '../../domain/page/ids';
import { selectionOf, selectionItems } from '../../domain/page/selection';
import { setCountyView, useCountyView } from '../../state/county-view';
import { useDisplayName } from '../../state/display-name';
import { actions, getAppState, useAppState } from '../../state/store';
import { useCountyQuery } from '../../state/use-county-query';
import { divergingColor, inkOn, liftSpread, sequentialColor } from '../../ui/charts/color-scale';
import { GradientLegend } from '../../ui/charts/Legend';
import { formatNumber } from '../../ui/charts/number-format';
import { useLang, useT } from '../../ui/i18n/I18nProvider';
import { ExportButton } from '../shared/ExportButton';
import { CellDetails } from './CellDetails';
import './county-matrix.css';
import { matrixLayout, unitLabel, valueAt } from './matrix-model';
import { MatrixControls } from './MatrixControls';
import { MatrixTable } from './MatrixTable';

export function CountyMatrix() {
  const t = useT();
  const language = useLang();
  const displayName = useDisplayName();
  const view = useCountyView((s) => s);
  const selection = useAppState((s) => s.selection);
  const clusters = selection.clusters;
  const key = `${view.scheme}|${clusters.join(',')}`;
  const {
    value: matrix,
    error,
    busy,
  } = useCountyQuery(key, (q) => q.countyLinks({ scheme: view.scheme, clusters }));

  const label = (i: number) =>
    matrix ? unitLabel(matrix.units[i]!, (id) => displayName('county', id), language) : '';

  const layout = useMemo(
    () =>
      matrix &&
      matrixLayout(matrix, view, (u) => unitLabel(u, (id) => displayName('county', id), language)),
    [matrix, view, displayName, language],
  );

  const scale = useMemo(() => {
    if (!matrix || !layout) return null;
    const values = layout.rows.flatMap((a) =>
      layout.columns.map((b) => valueAt(matrix, view.measure, a, b)),
    );
    if (view.measure === 'lift') {
      const spread = liftSpread(values);
      return {
        color: (v: number | null) => {
          if (v === null) return { background: 'transparent', color: 'inherit' };
          const bg = divergingColor(v, spread);
          return { background: bg, color: inkOn(bg) };
        },
        legend: {
          colors: [-1, -0.5, 0, 0.5, 1].map((x) =>
            divergingColor(Math.exp(x * Math.max(Math.log(2), spread)), spread),
          ),
          labels: [
            formatNumber(Math.exp(-Math.max(Math.log(2), spread)), 2, language),
            formatNumber(1, 2, language),
            formatNumber(Math.exp(Math.max(Math.log(2), spread)), 2, language),
          ],
        },
      };
    }
    const max = Math.max(0, ...values.map((v) => v ?? 0));
    const digits = view.measure === 'pairs' ? 0 : 1;
    return {
      color: (v: number | null) => {
        const bg = sequentialColor(v ?? 0, max);
        return { background: bg, color: inkOn(bg) };
      },
      legend: {
        colors: [0, 0.25, 0.5, 0.75, 1].map((x) => sequentialColor(x * max, max)),
        labels: [
          formatNumber(0, digits, language),
          formatNumber(max / 2, digits, language),
          formatNumber(max, digits, language),
        ],
      },
    };
  }, [matrix, layout, view.measure, language]);

  const focusPair =
    selection.focus?.kind === 'county-pair'
      ? selection.focus
      : selection.countyPairs[0]
        ? { from: selection.countyPairs[0][0], to: selection.countyPairs[0][1] }
        : null;

  /** Selects the pair and keeps the cluster filter (a cell is read through those clusters). */
  const selectPair = (from: PageCountyId, to: PageCountyId) => {
    const pair = { kind: 'county-pair', from, to } as const;
    const kept = selectionItems(getAppState().selection).filter((i) => i.kind === 'cluster');
    actions.setSelection(selectionOf([...kept, pair], pair));
  };

  const sortColumnName =
    matrix && view.rowSort.startsWith('col-')
      ? (() => {
          const i = matrix.units.findIndex((u) => u.id === view.rowSort.slice(4));
          return i >= 0 ? label(i) : null;
        })()
      : null;

  return (
    <section className="panel county-view" aria-labelledby="county-title" aria-busy={busy}>
      <h2 id="county-title">{t('county.title')}</h2>
      <p>{t('county.intro')}</p>
      <MatrixControls columnName={sortColumnName} />
      {clusters.length > 0 && (
        <p className="county-view__through" data-testid="county-through">
          {t('county.through', {
            names: clusters.map((c) => displayName('cluster', c)).join(', '),
          })}
        </p>
      )}
      {error && <p role="alert">{t('county.failed', { reason: error })}</p>}
      {!matrix && !error && <p>{t('county.busy')}</p>}
      {matrix && layout && scale && (
        <div className="county-view__body">
          <div>
            <GradientLegend
              title={t('county.legend', { measure: t(`county.measure.${view.measure}`) })}
              colors={scale.legend.colors}
              labels={scale.legend.labels}
              testId="county-legend"
            />
            <MatrixTable
              matrix={matrix}
              layout={layout}
              measure={view.measure}
              language={language}
              label={label}
              color={scale.color}
              selected={focusPair}
              onSelect={selectPair}
              onSortByColumn={(b) => setCountyView({ rowSort: `col-${matrix.units[b]!.id}` })}
              words={{
                caption: `${t(`county.measure.${view.measure}`)}, ${t(`county.scheme.${view.scheme}`)}`,
                from: t('county.from'),
                members: t('county.members'),
                cell: (from, to, value) => t('county.cell', { from, to, value }),
                sortBy: (name) => t('county.sortByColumn', { name }),
              }}
            />
            <div className="county-view__unplaced" data-testid="county-unplaced">
              <h3>
                {t('county.unplacedTitle', { n: formatNumber(matrix.unplaced.total, 0, language) })}
              </h3>
              <ul>
                {(['abroad', 'unknown', 'ambiguous'] as const).map((reason) => (
                  <li key={reason} data-reason={reason}>
                    {t(`county.unplaced.${reason}`)}:{' '}
                    {formatNumber(matrix.unplaced[reason], 0, language)}
                  </li>
                ))}
              </ul>
            </div>
            <div className="county-view__exports">
              <ExportButton id="county-matrix-csv" />
              <ExportButton id="county-matrix-xlsx" />
            </div>
          </div>
          <CellDetails matrix={matrix} pair={focusPair} label={label} />
        </div>
      )}
    </section>
  );
}
