/** Where members are (fig. 3-4): each cluster's members by unit of a scheme, asked of the worker. */
import { COUNTY_SCHEME_IDS, type CountySchemeId } from '../../domain/geo/schemes';
import { setCountyView, useCountyView } from '../../state/county-view';
import { useDisplayName } from '../../state/display-name';
import { useAppState } from '../../state/store';
import { useCountyQuery } from '../../state/use-county-query';
import { useLang, useT } from '../../ui/i18n/I18nProvider';
import { ExportButton } from '../shared/ExportButton';
import { whereChart } from './chart-model';
import './member-charts.css';
import { MemberChart } from './MemberChart';
import { ModeSwitch } from './ModeSwitch';

export function WhereMembers() {
  const t = useT();
  const language = useLang();
  const displayName = useDisplayName();
  const scheme = useCountyView((s) => s.whereScheme);
  const mode = useCountyView((s) => s.whereMode);
  const selected = useAppState((s) => s.selection.clusters);
  const { value, error, busy } = useCountyQuery(scheme, (q) => q.membersByUnit(scheme));
  const chart =
    value &&
    whereChart(
      value,
      { all: t('charts.all'), unplaced: t('charts.unplaced') },
      (i) =>
        displayName('county', value.units[i]!.id) ||
        (language === 'en' && value.units[i]!.nameEn) ||
        value.units[i]!.name,
      (id) => displayName('cluster', id),
      new Set(selected),
    );
  return (
    <section className="panel member-charts" aria-labelledby="where-title">
      <h2 id="where-title">{t('where.title')}</h2>
      <p>{t('where.intro')}</p>
      <div className="member-charts__controls">
        <label>
          {t('county.scheme')}{' '}
          <select
            value={scheme}
            data-testid="where-scheme"
            onChange={(e) => setCountyView({ whereScheme: e.target.value as CountySchemeId })}
          >
            {COUNTY_SCHEME_IDS.map((id) => (
              <option key={id} value={id}>
                {t(`county.scheme.${id}`)}
              </option>
            ))}
          </select>
        </label>
        <ModeSwitch
          mode={mode}
          name="where-mode"
          onChange={(m) => setCountyView({ whereMode: m })}
        />
      </div>
      {error && <p role="alert">{t('county.failed', { reason: error })}</p>}
      {!chart && !error && <p>{t('county.busy')}</p>}
      {chart && (
        // Kept while another scheme is asked for (an open table stays open); data-scheme says which.
        <div data-testid="where-scheme-shown" data-scheme={value.scheme} aria-busy={busy}>
          <MemberChart chart={chart} mode={mode} title={t('where.title')} testId="where-chart" />
        </div>
      )}
      <div className="county-view__exports">
        <ExportButton id="where-members-csv" />
        <ExportButton id="where-members-xlsx" />
      </div>
    </section>
  );
}
