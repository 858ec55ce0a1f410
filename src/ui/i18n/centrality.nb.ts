/**
 * Bokmål strings for the organisation metrics, the bridges, the communities line and the partner
 * finder (features/org-metrics, features/partners, features/metrics). Spread into nb.ts;
 * centrality.en.ts has the same keys. Metric names and meanings come from domain/metrics/words.ts.
 */
export const centralityNb = {
  'nav.tab.aktorer': 'Aktører',
  'nav.tab.partnere': 'Partnere',
  'orgMetrics.title': 'Nettverksmål per aktør',
  'orgMetrics.caption':
    'Alle aktører med nettverksmålene i medlemsgrafen (aktør–klynge). Klikk på en overskrift for å sortere, på en rad for å velge aktøren.',
  'orgMetrics.name': 'Aktør',
  'orgMetrics.notComputed': 'Ikke beregnet: {reason}',
  'orgMetrics.filtered': 'Viser medlemmene av {names} ({n} aktører)',
  'orgMetrics.showAll': 'Vis alle',
  'orgMetrics.selected': 'Valgt aktør',
  'orgMetrics.pickHint': 'Velg en aktør i tabellen for å se hva målene betyr for den.',
  'orgMetrics.clusters': 'Klynger: {names}',
  'bridges.title': 'Brobyggere',
  'bridges.caption':
    'Aktører rangert etter mellomhet i medlemsgrafen: de som binder sammen klynger som ellers ikke deler medlemmer.',
  'bridges.none': 'Ingen aktør er med i mer enn én klynge, så ingen binder klynger sammen.',
  'bridges.notComputed': 'Mellomhet ble ikke beregnet: {reason}',
  'bridges.rank': 'Nr.',
  'bridges.ties': 'Binder sammen',
  'communities.line': '{count} fellesskap, modularitet {modularity}',
  'communities.notComputed': 'Fellesskap ble ikke beregnet.',
  'details.metrics': 'Nettverksmål',
  'partners.title': 'Partnerfinner',
  'partners.pickCluster': 'Klynge',
  'partners.pickPrompt': 'Velg en klynge …',
  'partners.mode': 'Hva slags partner',
  'partners.mode.similar': 'Lignende',
  'partners.mode.complementary': 'Utfyllende',
  'partners.forCluster': 'Partnere for {name}',
  'partners.forOrganisation': 'Klynger {name} kan bli med i',
  'partners.hint':
    'Velg en klynge her, eller en klynge eller aktør i en annen visning, for å se hvem den kan samarbeide med.',
  'partners.computing': 'Beregner …',
  'partners.noBuild':
    'Analysen må kjøres på nytt før partnerfinneren kan svare (last inn dataene igjen).',
  'partners.failed': 'Partnerfinneren stoppet: {reason}',
  'partners.rank': 'Nr.',
  'partners.candidate': 'Klynge',
  'partners.score': 'Poeng',
  'partners.shared': 'Felles medlemmer',
  'partners.lift': 'Løft',
  'partners.overlap': 'Felles medlemskap',
  'partners.introducers': 'Kan introdusere',
  'partners.coMembers': 'Kjente der',
  'partners.reasons': 'Begrunnelse',
  'partners.more': 'og {n} til',
  'partners.none': 'Ingen andre klynger å foreslå.',
  'partners.export.csv': 'Last ned partnere (CSV)',
  'partners.export.xlsx': 'Last ned partnere (XLSX)',
  'partners.export.file': 'partnere',
  'partners.export.sheet': 'Partnere',
  'partners.export.nothing': 'Velg en klynge eller aktør først.',
} as const;

export type CentralityMessages = { readonly [K in keyof typeof centralityNb]: string };
