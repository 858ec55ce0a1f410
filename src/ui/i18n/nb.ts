/**
 * Bokmål UI strings: the source of every message key. en.ts must have exactly the same keys (a
 * missing or extra key is a type error there). `{name}` marks a value filled in by `t()`.
 */
import { centralityNb } from './centrality.nb';
import { countyNb } from './county.nb';
import { countyMapNb } from './countymap.nb';
import { exportNb } from './export.nb';
import { graphNb } from './graph.nb';
import { importNb } from './import.nb';
import { intersectionsNb } from './intersections.nb';
import { organisationsNb } from './organisations.nb';
import { navNb } from './nav.nb';
import { overlapNb } from './overlap.nb';
import { presentNb } from './present.nb';
import { robustNb } from './robust.nb';
import { placesNb } from './places.nb';
import { registerNb } from './register.nb';
import { reviewNb } from './review.nb';
import { reportNb } from './report.nb';

export const nb = {
  ...importNb,
  ...graphNb,
  ...centralityNb,
  ...reviewNb,
  ...placesNb,
  ...registerNb,
  ...navNb,
  ...overlapNb,
  ...robustNb,
  ...countyNb,
  ...countyMapNb,
  ...intersectionsNb,
  ...organisationsNb,
  ...exportNb,
  ...reportNb,
  ...presentNb,
  'app.title': 'Klyngekart',
  'app.subtitle': 'Felles medlemmer i næringsklynger',
  'app.loading': 'Leser og analyserer medlemslistene …',
  'app.viewLoading': 'Laster visningen …',
  'app.empty':
    'Ingen data ennå. Last inn medlemslister (CSV, XLSX eller ODS), én fil per klynge, eller slipp filene på siden.',
  'app.errorTitle': 'Analysen stoppet',

  'defaultData.note': 'Eksempeldata: ekte klyngenavn og publiserte totaltall, fiktive medlemmer',
  'defaultData.inferred': 'Fire klynger er antatt (ikke navngitt i rapporten): {names}.',
  'cluster.inferred': 'antatt',
  'cluster.inferredTitle': 'Antatt klynge: ikke navngitt i rapporten, utledet fra andre kilder',

  'language.label': 'Språk',

  'load.button': 'Last inn medlemslister',
  'load.hint': 'CSV, XLSX eller ODS: én fil per klynge. Du kan også slippe filene hvor som helst.',
  'load.drop': 'Slipp filene for å analysere dem',
  'load.busy': 'Analyserer {files} …',
  'load.failed': 'Filene kunne ikke analyseres:',
  'load.nothingUsable': 'Ingen medlemskap kunne leses fra filene. Forrige datasett vises fortsatt.',
  'load.nothingUsableEmpty': 'Ingen medlemskap kunne leses fra filene.',
  'load.loaded': 'Lastet inn {files}: {clusters} og {organisations}.',
  'load.withRejections': 'Avvist: {count} (rader eller hele filer), se importrapporten.',
  'load.dismiss': 'Lukk',

  'count.files.one': '{n} fil',
  'count.files.other': '{n} filer',
  'count.clusters.one': '{n} klynge',
  'count.clusters.other': '{n} klynger',
  'count.organisations.one': '{n} organisasjon',
  'count.organisations.other': '{n} organisasjoner',

  'overview.title': 'Oversikt',
  'overview.clusters': 'Klynger',
  'overview.organisations': 'Unike organisasjoner',
  'overview.memberships': 'Medlemskap',
  'overview.multi': 'I to eller flere klynger',
  'overview.multiShare': '{share} av organisasjonene',
  'overview.histogramTitle': 'Organisasjoner etter antall klynger de er med i',
  'overview.histogramBar': '{count} organisasjoner i {bucket} klynger',

  'import.title': 'Import',
  'import.rows': 'Rader lest',
  'import.imported': 'Importert',
  'import.merged': 'Slått sammen',
  'import.rejected': 'Avvist',
  'import.rejectedList': 'Avviste rader og filer ({count})',
  'import.file': 'Fil',
  'import.row': 'Rad',
  'import.reason': 'Årsak',
  'import.wholeFile': 'hele filen',
  'import.files': 'Filer ({count})',
  'import.rowsInFile': '{rows} rader',
  'import.more': '… og {count} til',
  'import.warnings': 'Merknader ({count})',

  'map.title': 'Overlappskart',
  'map.legend': 'Klikk på en klynge eller en strek for medlemmene.',
  'map.minShared': 'Vis koblinger med minst {n} felles medlemmer',
  'map.ariaLabel':
    'Kart over klyngene og deres felles medlemmer. Tabellen over nettverksmål gir de samme klyngene med tastatur.',

  'details.title': 'Detaljer',
  'details.empty':
    'Klikk på en klynge eller en kobling i kartet, eller på en klynge i tabellen, for å se medlemmene.',
  'details.close': 'Fjern valget',
  'details.members': 'Medlemmer',
  'details.counties': 'Medlemmer etter fylke',
  'details.overlaps': 'Felles medlemmer med andre klynger',
  'details.noOverlaps': 'Ingen felles medlemmer med andre klynger.',
  'details.shared': 'Felles medlemmer',
  'details.jaccard': 'Jaccard-indeks',
  'details.overlapCoefficient': 'Overlappskoeffisient',
  'details.sharedMembers': 'Felles medlemmer',

  'members.search': 'Søk etter navn, org.nr. eller fylke',
  'members.showing': 'Viser {shown} av {total}',
  'members.name': 'Navn',
  'members.orgNumber': 'Org.nr.',
  'members.county': 'Fylke',
  'members.none': 'Ingen treff.',

  'place.abroad': 'Utlandet',
  'place.unknown': 'Ukjent',
  'place.ambiguous': '{candidates} (uklart)',

  'metrics.title': 'Nettverksmål per klynge',
  'metrics.caption': 'Klikk på en kolonneoverskrift for å sortere, på en klynge for å se detaljer.',
  'metrics.cluster': 'Klynge',
  'metrics.members': 'Medlemmer',
  'metrics.degree': 'Grad',
  'metrics.degreeHelp': 'Antall andre klynger den deler minst ett medlem med',
  'metrics.weightedDegree': 'Vektet grad',
  'metrics.weightedDegreeHelp': 'Sum av felles medlemmer med alle andre klynger',
  'metrics.betweenness': 'Mellomhet',
  'metrics.betweennessHelp': 'Hvor ofte klyngen ligger på korteste vei mellom to andre klynger',
  'metrics.closeness': 'Nærhet',
  'metrics.closenessHelp': 'Hvor kort vei klyngen i snitt har til alle andre',
  'metrics.eigenvector': 'Egenvektor',
  'metrics.eigenvectorHelp': 'Sentralitet som teller hvor sentrale naboene er',
  'metrics.pagerank': 'PageRank',
  'metrics.pagerankHelp': 'Sentralitet som i Googles PageRank, vektet med felles medlemmer',
} as const;

export type MessageKey = keyof typeof nb;

/** A full set of UI strings: every key, any text. */
export type Messages = { readonly [K in MessageKey]: string };
