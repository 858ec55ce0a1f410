/** English strings of the report view's controls; the same keys as report.nb.ts. */
import type { ReportMessages } from './report.nb';

export const reportEn: ReportMessages = {
  'nav.tab.rapport': 'Report',
  'report.controls': 'Report: tools',
  'report.print': 'Print the report',
  'report.printHint': 'The printout shows the report only, each figure on a page of its own.',
  'report.selectHint':
    'Select a cluster in a figure (Enter or click; Ctrl for several) to select it in the other views.',
  'report.clearSelection': 'Clear the selection',
  'report.making': 'Making the report …',
  'report.failed': 'The report could not be made: {error}',
  'report.selected': 'Selected: {names}',
};
