/** Organisations by the number of clusters they belong to (1, 2, 3, 4+), as small bars. */
import { useAppState } from '../../state/store';
import { ColumnChart } from '../../ui/ColumnChart';
import { formatInteger } from '../../ui/i18n/format';
import { useT } from '../../ui/i18n/I18nProvider';

const BUCKETS = ['1', '2', '3', '4+'] as const;

export function MembershipHistogram() {
  const t = useT();
  const histogram = useAppState((s) => s.data?.analysis.membershipHistogram);
  if (!histogram) return null;
  const title = t('overview.histogramTitle');
  const columns = BUCKETS.map((bucket) => ({
    label: bucket,
    value: histogram[bucket],
    valueText: formatInteger(histogram[bucket]),
    description: t('overview.histogramBar', { count: formatInteger(histogram[bucket]), bucket }),
  }));
  return (
    <figure className="histogram" data-testid="histogram">
      <figcaption>{title}</figcaption>
      <ColumnChart columns={columns} title={title} />
    </figure>
  );
}
