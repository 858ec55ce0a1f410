/** The headline numbers: clusters, unique organisations, memberships, and how many sit in 2+. */
import { useAppState } from '../../state/store';
import { formatInteger, formatPercent } from '../../ui/i18n/format';
import { useT } from '../../ui/i18n/I18nProvider';
import { Stat } from '../../ui/Stat';

export function Headline() {
  const t = useT();
  const analysis = useAppState((s) => s.data?.analysis);
  if (!analysis) return null;
  const h = analysis.membershipHistogram;
  const multi = h['2'] + h['3'] + h['4+'];
  const share = analysis.organisations === 0 ? 0 : multi / analysis.organisations;
  return (
    <dl className="headline">
      <Stat
        testId="stat-clusters"
        label={t('overview.clusters')}
        value={formatInteger(analysis.clusters.length)}
      />
      <Stat
        testId="stat-organisations"
        label={t('overview.organisations')}
        value={formatInteger(analysis.organisations)}
      />
      <Stat
        testId="stat-memberships"
        label={t('overview.memberships')}
        value={formatInteger(analysis.memberships)}
      />
      <Stat
        testId="stat-multi"
        label={t('overview.multi')}
        value={formatInteger(multi)}
        note={t('overview.multiShare', { share: formatPercent(share) })}
      />
    </dl>
  );
}
