/**
 * The Enhetsregisteret panel wired to the store: the organisations of the loaded data in, found
 * entries out through actions.addRegisterEntries (which rebuilds the dataset, so organisations
 * the lists left unplaced get the register's county, and saves them with the workspace).
 */
import { actions, useAppState } from '../../state/store';
import { RegisterPanelView } from './RegisterPanelView';

export function RegisterPanel() {
  const organisations = useAppState((s) => s.data?.dataset.organisations);
  if (!organisations) return null;
  return <RegisterPanelView organisations={organisations} apply={actions.addRegisterEntries} />;
}
