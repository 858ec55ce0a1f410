/** Organisations by the number of clusters they belong to (1, 2, 3, 4+), as small bars. */
import { useCallback, useRef } from 'react';
import { useAppState } from '../../state/store';
import { ColumnChart } from '../../ui/ColumnChart';
import { formatInteger } from '../../ui/i18n/format';
import { useT } from '../../ui/i18n/I18nProvider';
import { ChartExportButtons } from '../shared/ChartExportButtons';

const BUCKETS = ['1', '2', '3', '4+'] as const;

export function MembershipHistogram() {
  const t = useT();
  const histogram = useAppState((s) => s.data?.analysis.membershipHistogram);
  const figure = useRef<HTMLElement>(null);
  const target = useCallback(() => {
    const element = figure.current?.querySelector('svg');
    return element ? { kind: 'svg' as const, element } : null;
  }, []);
  if (!histogram) return null;
  const title = t('overview.histogramTitle');
  const columns = BUCKETS.map((bucket) => ({
    label: bucket,
    value: histogram[bucket],
    valueText: formatInteger(histogram[bucket]),
    description: t('overview.histogramBar', { count: formatInteger(histogram[bucket]), bucket }),
  }));
  return (
    <figure className="histogram" data-testid="histogram" ref={figure}>
      <figcaption>{title}</figcaption>
      <ColumnChart columns={columns} title={title} />
      <ChartExportButtons
        id="histogram"
        target={target}
        title={title}
        legend={[]}
        what={t('export.chart')}
        fileBase={t('export.histogramFile')}
      />
    </figure>
  );
}
