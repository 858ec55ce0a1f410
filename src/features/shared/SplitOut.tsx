/** SplitRows wired to the store: one line in a member list gives an organisation its split view. */
import type { Organisation } from '../../domain/membership/types';
import { actions, useAppState } from '../../state/store';
import { SplitRows } from './SplitRows';

export function SplitOut({ org }: { org: Organisation }) {
  const busy = useAppState((s) => s.status === 'loading');
  if (org.sources.length < 2) return null;
  return <SplitRows org={org} busy={busy} onSplit={(d) => void actions.addDecision(d)} />;
}
