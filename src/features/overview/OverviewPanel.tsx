/** The overview column: headline numbers, the memberships histogram and the import summary. */
import { useT } from '../../ui/i18n/I18nProvider';
import { Panel } from '../../ui/Panel';
import { Headline } from './Headline';
import { ImportSummary } from './ImportSummary';
import { MembershipHistogram } from './MembershipHistogram';
import './overview.css';

export function OverviewPanel() {
  const t = useT();
  return (
    <Panel title={t('overview.title')} className="overview-panel">
      <Headline />
      <MembershipHistogram />
      <ImportSummary />
    </Panel>
  );
}
