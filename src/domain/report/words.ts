/**
 * The report's words in bokmål and English: titles, figure captions, legends and the sentences
 * with their live numbers. Each sentence is a template over values already formatted for the
 * language (format.ts), so no number is ever written here; reportModel fills them in.
 */
import type { Language } from '../i18n/language';
import type { MemberType } from '../membership/types';

type TypeKey = MemberType | 'unknown';

export interface ReportWords {
  readonly title: string;
  readonly subtitle: string;
  readonly synthetic: string;
  readonly source: (files: string) => string;
  readonly sourceNoFiles: string;
  readonly generated: (date: string) => string;
  readonly rejectedFiles: (files: string) => string;
  readonly figure: Readonly<Record<'f1' | 'f2' | 'f3' | 'f4' | 'f5', string>>;
  readonly figureDesc: Readonly<Record<'f1' | 'f2' | 'f3' | 'f4' | 'f5', string>>;
  readonly section: Readonly<Record<'sizes' | 'types' | 'overlap' | 'geo' | 'links', string>>;
  readonly types: Readonly<Record<TypeKey, string>>;
  /** The types as they read inside a sentence. */
  readonly typesInText: Readonly<Record<TypeKey, string>>;
  readonly regions: Readonly<Record<'oslo' | 'viken' | 'rest' | 'unplaced', string>>;
  readonly members: (n: string, one: boolean) => string;
  readonly totals: (v: {
    clusters: string;
    organisations: string;
    in2: string;
    in3: string;
    in4: string;
    share: string;
  }) => string;
  readonly range: (v: { small: string; smallN: string; large: string; largeN: string }) => string;
  readonly onlyOne: (v: { name: string; n: string }) => string;
  readonly typeShares: (parts: string) => string;
  readonly typeShare: (share: string, type: string) => string;
  readonly allFive: (v: { n: string; of: string }) => string;
  readonly strongest: (pairs: string) => string;
  readonly pair: (a: string, b: string, n: string) => string;
  readonly noOverlap: string;
  readonly mostClusters: (orgs: string) => string;
  readonly orgClusters: (name: string, n: string) => string;
  readonly geoAll: (v: { oslo: string; viken: string; rest: string }) => string;
  readonly geoUnplaced: (n: string) => string;
  readonly geoExtremes: (v: {
    viken: string;
    vikenShare: string;
    oslo: string;
    osloShare: string;
    rest: string;
    restShare: string;
  }) => string;
  readonly linksRow: (v: { from: string; to: string }) => string;
  readonly linkTo: (county: string, value: string) => string;
  readonly linksNone: string;
  readonly linksMeaning: string;
  readonly edgesHidden: (shown: string, all: string) => string;
  readonly matrixRow: string;
}

const nb: ReportWords = {
  title: 'Klynger og geografiske koblinger',
  subtitle: 'Regenerert fra medlemslistene som er lastet inn',
  synthetic:
    'Eksempeldata: ekte klyngenavn og publiserte totaltall, men fiktive medlemmer. Fire klynger er antatt (ikke navngitt i rapporten). Tallene under er regnet ut fra disse listene og beskriver ikke virkelige virksomheter.',
  source: (files) => `Datakilde: medlemslistene ${files}.`,
  sourceNoFiles: 'Datakilde: ingen filer lest.',
  generated: (date) => `Laget ${date} med klyngekart.`,
  rejectedFiles: (files) => `Ikke lest (se importrapporten): ${files}.`,
  figure: {
    f1: 'Figur 3-1: Antall medlemmer i klyngene',
    f2: 'Figur 3-2: Medlemmer etter aktørtype (femfaktormodellen)',
    f3: 'Figur 3-3: Overlappende medlemmer mellom klyngene',
    f4: 'Figur 3-4: Geografisk fordeling blant medlemmene i klyngene',
    f5: 'Figur 3-5: Gjennomsnittlig antall fylkeskoblinger per medlem',
  },
  figureDesc: {
    f1: 'Stolpediagram: antall medlemmer per klynge.',
    f2: 'Stablede stolper: medlemmer per aktørtype i hver klynge.',
    f3: 'Nettverk: sirkelens størrelse viser antall medlemmer, strekens tykkelse antall felles medlemmer.',
    f4: 'Stablede stolper: andel medlemmer i Oslo, Viken og andre steder i hver klynge.',
    f5: 'Tabell: for medlemmer i Akershus, Buskerud og Østfold, gjennomsnittlig antall andre medlemmer i hvert fylke de deler en klynge med.',
  },
  section: {
    sizes: 'Klyngene og medlemmene',
    types: 'Aktørtyper',
    overlap: 'Overlapp mellom klyngene',
    geo: 'Hvor medlemmene holder til',
    links: 'Fylkeskoblinger',
  },
  types: {
    startup: 'Oppstartsbedrifter',
    established: 'Etablerte bedrifter',
    public: 'Offentlig sektor',
    research: 'FoU/akademia',
    investor: 'Investorer',
    unknown: 'Ukjent type',
  },
  typesInText: {
    startup: 'oppstartsbedrifter',
    established: 'etablerte bedrifter',
    public: 'offentlig sektor',
    research: 'FoU/akademia',
    investor: 'investorer',
    unknown: 'av ukjent type',
  },
  regions: { oslo: 'Oslo', viken: 'Viken', rest: 'Andre steder', unplaced: 'Ukjent/utlandet' },
  members: (n, one) => `${n} ${one ? 'medlem' : 'medlemmer'}`,
  totals: (v) =>
    `Det er til sammen ${v.organisations} organisasjoner i de ${v.clusters} klyngene, hvorav ${v.in2} er med i to klynger, ${v.in3} i tre og ${v.in4} i fire eller flere. Det vil si at ${v.share} er medlem i to eller flere klynger.`,
  range: (v) =>
    `Antallet medlemmer spenner fra ${v.smallN} i ${v.small} til ${v.largeN} i ${v.large}.`,
  onlyOne: (v) => `Den ene klyngen, ${v.name}, har ${v.n}.`,
  typeShares: (parts) => `Av medlemmene er ${parts}.`,
  typeShare: (share, type) => `${share} ${type}`,
  allFive: (v) => `Alle de fem aktørtypene finnes i ${v.n} av ${v.of} klynger.`,
  strongest: (pairs) => `Størst overlapp i medlemsmassen er det mellom ${pairs}.`,
  pair: (a, b, n) => `${a} og ${b} (${n} felles)`,
  noOverlap: 'Ingen klynger har felles medlemmer.',
  mostClusters: (orgs) => `Med i flest klynger er ${orgs}.`,
  orgClusters: (name, n) => `${name} (${n} klynger)`,
  geoAll: (v) =>
    `Ser man alle medlemmene under ett, er ${v.oslo} lokalisert i Oslo, ${v.viken} i Viken (Østfold, Akershus og Buskerud) og ${v.rest} andre steder.`,
  geoUnplaced: (n) => ` For ${n} er stedet ukjent eller i utlandet.`,
  geoExtremes: (v) =>
    `Størst andel i Viken har ${v.viken} (${v.vikenShare}), størst andel i Oslo har ${v.oslo} (${v.osloShare}), og ${v.rest} har den største andelen andre steder enn Oslo og Viken (${v.restShare}).`,
  linksRow: (v) => `Medlemmene i ${v.from} har flest koblinger til ${v.to}.`,
  linkTo: (county, value) => `${county} (${value})`,
  linksNone: 'Ingen medlemmer i Akershus, Buskerud eller Østfold deler klynge med andre medlemmer.',
  linksMeaning:
    'Et tall på 100 mot Oslo betyr at det gjennomsnittlige medlemmet i fylket på raden deler minst én klynge med 100 medlemmer i Oslo.',
  edgesHidden: (shown, all) => `De ${shown} sterkeste av ${all} koblinger er tegnet.`,
  matrixRow: 'Fra \\ til',
};

const en: ReportWords = {
  title: 'Clusters and geographic links',
  subtitle: 'Regenerated from the membership lists loaded',
  synthetic:
    'Example data: real cluster names and published totals, but fictional members. Four clusters are inferred (not named in the report). The numbers below are computed from these lists and describe no real organisations.',
  source: (files) => `Data source: the membership lists ${files}.`,
  sourceNoFiles: 'Data source: no files read.',
  generated: (date) => `Made ${date} with klyngekart.`,
  rejectedFiles: (files) => `Not read (see the import report): ${files}.`,
  figure: {
    f1: 'Figure 3-1: Members per cluster',
    f2: 'Figure 3-2: Members by type (five-factor model)',
    f3: 'Figure 3-3: Shared members between the clusters',
    f4: 'Figure 3-4: Where the members of each cluster are',
    f5: 'Figure 3-5: Average number of county links per member',
  },
  figureDesc: {
    f1: 'Bar chart: members per cluster.',
    f2: 'Stacked bars: members of each cluster by type.',
    f3: 'Network: circle size shows members, line width shared members.',
    f4: 'Stacked bars: share of each cluster’s members in Oslo, Viken and elsewhere.',
    f5: 'Table: for members in Akershus, Buskerud and Østfold, the average number of other members in each county they share a cluster with.',
  },
  section: {
    sizes: 'The clusters and their members',
    types: 'Member types',
    overlap: 'Overlap between the clusters',
    geo: 'Where the members are',
    links: 'County links',
  },
  types: {
    startup: 'Startups',
    established: 'Established firms',
    public: 'Public sector',
    research: 'R&D/academia',
    investor: 'Investors',
    unknown: 'Type unknown',
  },
  typesInText: {
    startup: 'startups',
    established: 'established firms',
    public: 'public sector',
    research: 'R&D/academia',
    investor: 'investors',
    unknown: 'of unknown type',
  },
  regions: { oslo: 'Oslo', viken: 'Viken', rest: 'Elsewhere', unplaced: 'Unknown/abroad' },
  members: (n, one) => `${n} ${one ? 'member' : 'members'}`,
  totals: (v) =>
    `The ${v.clusters} clusters have ${v.organisations} organisations in all, of which ${v.in2} are members of two clusters, ${v.in3} of three and ${v.in4} of four or more: ${v.share} are members of two or more clusters.`,
  range: (v) => `Membership ranges from ${v.smallN} in ${v.small} to ${v.largeN} in ${v.large}.`,
  onlyOne: (v) => `The one cluster, ${v.name}, has ${v.n}.`,
  typeShares: (parts) => `Of the members, ${parts}.`,
  typeShare: (share, type) => `${share} are ${type}`,
  allFive: (v) => `All five types are present in ${v.n} of ${v.of} clusters.`,
  strongest: (pairs) => `The largest overlaps are between ${pairs}.`,
  pair: (a, b, n) => `${a} and ${b} (${n} shared)`,
  noOverlap: 'No clusters share members.',
  mostClusters: (orgs) => `In the most clusters are ${orgs}.`,
  orgClusters: (name, n) => `${name} (${n} clusters)`,
  geoAll: (v) =>
    `Taking all members together, ${v.oslo} are in Oslo, ${v.viken} in Viken (Østfold, Akershus and Buskerud) and ${v.rest} elsewhere.`,
  geoUnplaced: (n) => ` For ${n} the place is unknown or abroad.`,
  geoExtremes: (v) =>
    `The largest share in Viken is ${v.viken}’s (${v.vikenShare}), the largest share in Oslo ${v.oslo}’s (${v.osloShare}), and ${v.rest} has the largest share outside Oslo and Viken (${v.restShare}).`,
  linksRow: (v) => `Members in ${v.from} have the most links to ${v.to}.`,
  linkTo: (county, value) => `${county} (${value})`,
  linksNone: 'No members in Akershus, Buskerud or Østfold share a cluster with other members.',
  linksMeaning:
    'A value of 100 towards Oslo means that the average member in the row’s county shares at least one cluster with 100 members in Oslo.',
  edgesHidden: (shown, all) => `The ${shown} strongest of ${all} links are drawn.`,
  matrixRow: 'From \\ to',
};

export const REPORT_WORDS: Readonly<Record<Language, ReportWords>> = { nb, en };
