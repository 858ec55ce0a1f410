/**
 * Where to go once files are loaded: to the import tab when anything was rejected (so the user
 * sees what and why), else to the map. Only a finished load of files decides; a rebuild after a
 * choice, or files that gave nothing usable (the previous data stays, the notice says why), leave
 * the user where they are. Pure.
 */
import type { LoadNotice } from '../../state/types';

export function tabAfterLoad(notice: LoadNotice | null): 'import' | 'kart' | null {
  if (notice?.kind !== 'loaded') return null;
  return notice.rejected > 0 ? 'import' : 'kart';
}
