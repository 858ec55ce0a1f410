/** What members are (fig. 3-2): each cluster's members by five-factor type, asked of the worker. */
import { setCountyView, useCountyView } from '../../state/county-view';
import { useDisplayName } from '../../state/display-name';
import { useAppState } from '../../state/store';
import { useCountyQuery } from '../../state/use-county-query';
import { useT } from '../../ui/i18n/I18nProvider';
import { ExportButton } from '../shared/ExportButton';
import { typeChart } from './chart-model';
import './member-charts.css';
import { MemberChart } from './MemberChart';
import { ModeSwitch } from './ModeSwitch';

/** "Unknown" in grey, apart from the five types. */
const typeColor = (i: number, id: string) =>
  id === 'unknown' ? '#999999' : ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9'][i]!;

export function WhatMembers() {
  const t = useT();
  const displayName = useDisplayName();
  const mode = useCountyView((s) => s.typeMode);
  const selected = useAppState((s) => s.selection.clusters);
  const { value, error } = useCountyQuery('types', (q) => q.membersByType());
  const chart =
    value &&
    typeChart(
      value,
      { all: t('charts.all') },
      (type) => t(`what.type.${type}`),
      (id) => displayName('cluster', id),
      new Set(selected),
    );
  return (
    <section className="panel member-charts" aria-labelledby="what-title">
      <h2 id="what-title">{t('what.title')}</h2>
      <p>{t('what.intro')}</p>
      <div className="member-charts__controls">
        <ModeSwitch mode={mode} name="what-mode" onChange={(m) => setCountyView({ typeMode: m })} />
      </div>
      {error && <p role="alert">{t('county.failed', { reason: error })}</p>}
      {!chart && !error && <p>{t('county.busy')}</p>}
      {chart && (
        <MemberChart
          chart={chart}
          mode={mode}
          title={t('what.title')}
          testId="what-chart"
          colors={typeColor}
        />
      )}
      <div className="county-view__exports">
        <ExportButton id="what-members-csv" />
        <ExportButton id="what-members-xlsx" />
      </div>
    </section>
  );
}
