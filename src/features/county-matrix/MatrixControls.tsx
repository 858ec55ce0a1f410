/** The matrix's switches: measure (with its explanation), scheme, sorts and the report's cut. */
import { COUNTY_SCHEME_IDS, type CountySchemeId } from '../../domain/geo/schemes';
import {
  COUNTY_MEASURES,
  type ColumnSort,
  type CountyMeasure,
  type RowSort,
  setCountyView,
  useCountyView,
} from '../../state/county-view';
import { useT } from '../../ui/i18n/I18nProvider';

export function MatrixControls({
  columnName,
}: {
  /** The name of the column the rows may be sorted by (the rowSort's column), if any. */
  columnName: string | null;
}) {
  const t = useT();
  const view = useCountyView((s) => s);
  return (
    <div className="county-controls">
      <fieldset className="county-controls__measure">
        <legend>{t('county.measure')}</legend>
        {COUNTY_MEASURES.map((m) => (
          <label key={m}>
            <input
              type="radio"
              name="county-measure"
              value={m}
              checked={view.measure === m}
              onChange={() => setCountyView({ measure: m as CountyMeasure })}
            />
            {t(`county.measure.${m}`)}
          </label>
        ))}
        <p className="county-controls__explain" data-testid="measure-explanation">
          {t(`county.explain.${view.measure}`)}
        </p>
      </fieldset>
      <label>
        {t('county.scheme')}{' '}
        <select
          value={view.scheme}
          data-testid="county-scheme"
          onChange={(e) => setCountyView({ scheme: e.target.value as CountySchemeId })}
        >
          {COUNTY_SCHEME_IDS.map((id) => (
            <option key={id} value={id}>
              {t(`county.scheme.${id}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('county.rowSort')}{' '}
        <select
          value={view.rowSort}
          data-testid="county-row-sort"
          onChange={(e) => setCountyView({ rowSort: e.target.value as RowSort })}
        >
          <option value="order">{t('county.sort.order')}</option>
          <option value="name">{t('county.sort.name')}</option>
          <option value="total">{t('county.sort.total')}</option>
          {columnName !== null && view.rowSort.startsWith('col-') && (
            <option value={view.rowSort}>{t('county.sort.column', { name: columnName })}</option>
          )}
        </select>
      </label>
      <label>
        {t('county.columnSort')}{' '}
        <select
          value={view.columnSort}
          data-testid="county-column-sort"
          onChange={(e) => setCountyView({ columnSort: e.target.value as ColumnSort })}
        >
          <option value="order">{t('county.sort.order')}</option>
          <option value="name">{t('county.sort.name')}</option>
          <option value="total">{t('county.sort.total')}</option>
        </select>
      </label>
      {view.rows === 'report' && view.scheme === 'report' ? (
        <button type="button" className="button" onClick={() => setCountyView({ rows: 'all' })}>
          {t('county.allRows')}
        </button>
      ) : (
        <button
          type="button"
          className="button"
          title={t('county.reportCutHint')}
          data-testid="report-cut"
          onClick={() =>
            setCountyView({
              scheme: 'report',
              rows: 'report',
              measure: 'perMember',
              rowSort: 'order',
              columnSort: 'order',
            })
          }
        >
          {t('county.reportCut')}
        </button>
      )}
    </div>
  );
}
