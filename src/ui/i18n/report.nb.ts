/** Bokmål strings of the report view's controls (the report's own words: domain/report/words.ts). */
export const reportNb = {
  'nav.tab.rapport': 'Rapport',
  'report.controls': 'Rapport: verktøy',
  'report.print': 'Skriv ut rapporten',
  'report.printHint': 'Utskriften viser bare rapporten, med hver figur på egen side.',
  'report.selectHint':
    'Velg en klynge i en figur (Enter eller klikk; Ctrl for flere) for å velge den i de andre visningene.',
  'report.clearSelection': 'Fjern valget',
  'report.making': 'Lager rapporten …',
  'report.failed': 'Rapporten kunne ikke lages: {error}',
  'report.selected': 'Valgt: {names}',
};

export type ReportMessages = Record<keyof typeof reportNb, string>;
