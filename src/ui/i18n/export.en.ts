/** English strings for exports, the skip link and the online-lookup reload (keys as export.nb.ts). */
import type { ExportMessages } from './export.nb';

export const exportEn: ExportMessages = {
  'export.asSvg': '{what} as SVG',
  'export.asPng': '{what} as PNG',
  'export.busy': 'Making the file …',
  'export.failed': 'The file could not be made: {reason}',
  'export.sourceFiles': 'Source: {files}. Made {date} with klyngekart.',
  'export.sourceExample': 'Source: Example data (synthetic). Made {date} with klyngekart.',
  'export.map': 'Map',
  'export.mapFile': 'overlap-map',
  'export.graphs.title': 'Export the network',
  'export.graphs.help':
    'For Gephi (GEXF), NetworkX and Cytoscape (GraphML) and cytoscape.js (JSON), with every measure as an attribute. In anonymised mode the organisations get neutral names and no organisation numbers.',
  'export.overlap.gexf': 'Overlap network (GEXF)',
  'export.overlap.graphml': 'Overlap network (GraphML)',
  'export.overlap.cyjs': 'Overlap network (cytoscape JSON)',
  'export.overlap.file': 'overlap-network',
  'export.membership.gexf': 'Membership network (GEXF)',
  'export.membership.graphml': 'Membership network (GraphML)',
  'export.membership.cyjs': 'Membership network (cytoscape JSON)',
  'export.membership.file': 'membership-network',
  'export.metrics.csv': 'Network measures (CSV)',
  'export.metrics.xlsx': 'Network measures (XLSX)',
  'export.metrics.file': 'network-measures',
  'export.overlaps.csv': 'Overlaps (CSV)',
  'export.overlaps.xlsx': 'Overlaps (XLSX)',
  'export.overlaps.file': 'overlaps',
  'export.report.xlsx': 'Download the import report (XLSX)',
  'export.tables': 'Download the table',
  'skip.toContent': 'Skip to the content',
};
