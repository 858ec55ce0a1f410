/** English strings for the app's sections (tabs) and their counts (keys as nav.nb.ts). */
import type { NavMessages } from './nav.nb';

export const navEn: NavMessages = {
  'nav.label': 'Views',
  'nav.tab.kart': 'Map',
  'nav.tab.import': 'Import',
  'nav.tab.duplikater': 'Duplicates',
  'nav.tab.medlemsgraf': 'Member graph',
  'nav.tab.plassering': 'Placement',
  'nav.badge.import.one': '{n} row or file rejected',
  'nav.badge.import.other': '{n} rows or files rejected',
  'nav.badge.duplikater.one': '{n} possible duplicate to review',
  'nav.badge.duplikater.other': '{n} possible duplicates to review',
  'nav.badge.plassering.one': '{n} organisation without a county',
  'nav.badge.plassering.other': '{n} organisations without a county',
  'nav.url.stale': 'The link is for another workspace: its selection and filters were not used.',
  'nav.url.unknown': 'The link held unknown parts or unknown selections; they were skipped.',
  'nav.url.dismiss': 'Close',
};
