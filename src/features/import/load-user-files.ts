/** Files the user picked or dropped -> the workspace (the store reads and analyses them). */
import { actions } from '../../state/store';

export function loadUserFiles(files: readonly File[]): Promise<void> {
  return actions.addFiles(files);
}
