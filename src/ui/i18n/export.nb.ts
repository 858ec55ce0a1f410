/**
 * Bokmål strings for exports (images of charts and maps, graph files, tables), the skip link and
 * the online-lookup reload. Spread into nb.ts; export.en.ts has the same keys.
 */
export const exportNb = {
  'export.asSvg': '{what} som SVG',
  'export.asPng': '{what} som PNG',
  'export.busy': 'Lager filen …',
  'export.failed': 'Filen kunne ikke lages: {reason}',
  'export.sourceFiles': 'Kilde: {files}. Laget {date} med klyngekart.',
  'export.sourceExample': 'Kilde: Eksempeldata (syntetisk). Laget {date} med klyngekart.',
  'export.chart': 'Diagram',
  'export.histogramFile': 'medlemskap-per-organisasjon',
  'export.map': 'Kart',
  'export.mapFile': 'overlappskart',
  'export.graphs.title': 'Eksporter nettverket',
  'export.graphs.help':
    'For Gephi (GEXF), NetworkX og Cytoscape (GraphML) og cytoscape.js (JSON), med alle mål som attributter. I anonymisert modus får organisasjonene nøytrale navn og ingen organisasjonsnumre.',
  'export.overlap.gexf': 'Overlappsnettverk (GEXF)',
  'export.overlap.graphml': 'Overlappsnettverk (GraphML)',
  'export.overlap.cyjs': 'Overlappsnettverk (cytoscape JSON)',
  'export.overlap.file': 'overlappsnettverk',
  'export.membership.gexf': 'Medlemsnettverk (GEXF)',
  'export.membership.graphml': 'Medlemsnettverk (GraphML)',
  'export.membership.cyjs': 'Medlemsnettverk (cytoscape JSON)',
  'export.membership.file': 'medlemsnettverk',
  'export.metrics.csv': 'Nettverksmål (CSV)',
  'export.metrics.xlsx': 'Nettverksmål (XLSX)',
  'export.metrics.file': 'nettverksmaal',
  'export.overlaps.csv': 'Overlapp (CSV)',
  'export.overlaps.xlsx': 'Overlapp (XLSX)',
  'export.overlaps.file': 'overlapp',
  'export.report.xlsx': 'Last ned importrapporten (XLSX)',
  'export.tables': 'Last ned tabellen',
  'skip.toContent': 'Hopp til innholdet',
} as const;

export type ExportMessages = Readonly<Record<keyof typeof exportNb, string>>;
