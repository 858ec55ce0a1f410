/** English UI strings: the same keys as nb.ts (the type makes a missing or extra key an error). */
import type { Messages } from './nb';
import { centralityEn } from './centrality.en';
import { countyEn } from './county.en';
import { countyMapEn } from './countymap.en';
import { exportEn } from './export.en';
import { graphEn } from './graph.en';
import { importEn } from './import.en';
import { intersectionsEn } from './intersections.en';
import { organisationsEn } from './organisations.en';
import { navEn } from './nav.en';
import { overlapEn } from './overlap.en';
import { presentEn } from './present.en';
import { robustEn } from './robust.en';
import { placesEn } from './places.en';
import { registerEn } from './register.en';
import { reviewEn } from './review.en';
import { reportEn } from './report.en';

export const en: Messages = {
  ...importEn,
  ...graphEn,
  ...centralityEn,
  ...reviewEn,
  ...placesEn,
  ...registerEn,
  ...navEn,
  ...overlapEn,
  ...robustEn,
  ...countyEn,
  ...countyMapEn,
  ...intersectionsEn,
  ...organisationsEn,
  ...exportEn,
  ...reportEn,
  ...presentEn,
  'app.title': 'Cluster map',
  'app.subtitle': 'Shared members of business clusters',
  'app.loading': 'Reading and analysing the membership lists …',
  'app.viewLoading': 'Loading the view …',
  'app.empty':
    'No data yet. Load membership lists (CSV, XLSX or ODS), one file per cluster, or drop the files on the page.',
  'app.errorTitle': 'The analysis stopped',

  'defaultData.note': 'Example data: real cluster names and published totals, fictitious members',
  'defaultData.inferred': 'Four clusters are inferred (not named in the report): {names}.',
  'cluster.inferred': 'inferred',
  'cluster.inferredTitle': 'Inferred cluster: not named in the report, derived from other sources',

  'language.label': 'Language',

  'load.button': 'Load membership lists',
  'load.hint': 'CSV, XLSX or ODS: one file per cluster. You can also drop the files anywhere.',
  'load.drop': 'Drop the files to analyse them',
  'load.busy': 'Analysing {files} …',
  'load.failed': 'The files could not be analysed:',
  'load.nothingUsable':
    'No memberships could be read from the files. The previous dataset is still shown.',
  'load.nothingUsableEmpty': 'No memberships could be read from the files.',
  'load.loaded': 'Loaded {files}: {clusters} and {organisations}.',
  'load.withRejections': 'Rejected: {count} (rows or whole files), see the import report.',
  'load.dismiss': 'Dismiss',

  'count.files.one': '{n} file',
  'count.files.other': '{n} files',
  'count.clusters.one': '{n} cluster',
  'count.clusters.other': '{n} clusters',
  'count.organisations.one': '{n} organisation',
  'count.organisations.other': '{n} organisations',

  'overview.title': 'Overview',
  'overview.clusters': 'Clusters',
  'overview.organisations': 'Unique organisations',
  'overview.memberships': 'Memberships',
  'overview.multi': 'In two or more clusters',
  'overview.multiShare': '{share} of the organisations',
  'overview.histogramTitle': 'Organisations by the number of clusters they belong to',
  'overview.histogramBar': '{count} organisations in {bucket} clusters',

  'import.title': 'Import',
  'import.rows': 'Rows read',
  'import.imported': 'Imported',
  'import.merged': 'Merged',
  'import.rejected': 'Rejected',
  'import.rejectedList': 'Rejected rows and files ({count})',
  'import.file': 'File',
  'import.row': 'Row',
  'import.reason': 'Reason',
  'import.wholeFile': 'whole file',
  'import.files': 'Files ({count})',
  'import.rowsInFile': '{rows} rows',
  'import.more': '… and {count} more',
  'import.warnings': 'Remarks ({count})',

  'map.title': 'Overlap map',
  'map.legend': 'Click a cluster or a line for its members.',
  'map.minShared': 'Show links with at least {n} shared members',
  'map.ariaLabel':
    'Map of the clusters and their shared members. The network measures table lists the same clusters for keyboard use.',

  'details.title': 'Details',
  'details.empty':
    'Click a cluster or a link in the map, or a cluster in the table, to see its members.',
  'details.close': 'Clear selection',
  'details.members': 'Members',
  'details.counties': 'Members by county',
  'details.overlaps': 'Shared members with other clusters',
  'details.noOverlaps': 'No shared members with other clusters.',
  'details.shared': 'Shared members',
  'details.jaccard': 'Jaccard index',
  'details.overlapCoefficient': 'Overlap coefficient',
  'details.sharedMembers': 'Shared members',

  'members.search': 'Search by name, org. number or county',
  'members.showing': 'Showing {shown} of {total}',
  'members.name': 'Name',
  'members.orgNumber': 'Org. no.',
  'members.county': 'County',
  'members.none': 'No matches.',

  'place.abroad': 'Abroad',
  'place.unknown': 'Unknown',
  'place.ambiguous': '{candidates} (unclear)',

  'metrics.title': 'Network measures per cluster',
  'metrics.caption': 'Click a column heading to sort, a cluster to see its details.',
  'metrics.cluster': 'Cluster',
  'metrics.members': 'Members',
  'metrics.degree': 'Degree',
  'metrics.degreeHelp': 'Number of other clusters it shares at least one member with',
  'metrics.weightedDegree': 'Weighted degree',
  'metrics.weightedDegreeHelp': 'Sum of shared members with all other clusters',
  'metrics.betweenness': 'Betweenness',
  'metrics.betweennessHelp': 'How often the cluster lies on a shortest path between two others',
  'metrics.closeness': 'Closeness',
  'metrics.closenessHelp': 'How short its paths to all other clusters are on average',
  'metrics.eigenvector': 'Eigenvector',
  'metrics.eigenvectorHelp': 'Centrality that counts how central the neighbours are',
  'metrics.pagerank': 'PageRank',
  'metrics.pagerankHelp': "Centrality as in Google's PageRank, weighted by shared members",
};
