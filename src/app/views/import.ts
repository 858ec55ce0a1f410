/** The import view: the workspace, the files, the import report and the column mappings. */
import { lazy } from 'react';
import type { ViewDescriptor } from '../../features/shared/view-types';
import { rejectedCount } from '../../features/navigation/tab-counts';

export const importView: ViewDescriptor = {
  id: 'import',
  labelKey: 'nav.tab.import',
  component: lazy(() => import('../pages/import')),
  // The files, the workspace and what each load did: what loading from any tab changes.
  liveWhileHidden: true,
  badge: {
    kind: 'problem',
    one: 'nav.badge.import.one',
    other: 'nav.badge.import.other',
    count: (s) => (s.data ? rejectedCount(s.data) : null),
  },
  exports: ['import-report-csv', 'import-report-xlsx'],
};
