/** English strings for failures and recovery; the same keys as robust.nb.ts. */
import type { RobustMessages } from './robust.nb';

export const robustEn: RobustMessages = {
  'boundary.title': 'The view “{view}” stopped because of an error.',
  'boundary.detail': 'The rest of the app works. The error: {message}',
  'boundary.toImport': 'To the import tab',
  'boundary.toExample': 'Back to the example data',
  'map.edgesCapped':
    'The map shows the {shown} strongest links; {hidden} weaker ones are hidden here but kept in the analysis.',
  'load.cancel': 'Cancel',
  'load.cancelled': 'The analysis was cancelled. The previous data is still shown.',
  'load.step.read': 'Reading {files} …',
  'load.step.build': 'Building the analysis …',
  'load.elapsed': '{seconds} s',
  'storage.missingFiles':
    'These files are listed in the workspace but were not stored in the browser, and are missing now: {names}. Add them again.',
  'storage.otherTab': 'The workspace was changed in another tab; its changes were brought in.',
  'storage.newer':
    'The workspace was saved by a newer version of the app (version {found}; this one knows {known}) and is not opened here. It is left unchanged.',
};
