/**
 * Bokmål strings for the app's sections (tabs) and the counts on them. Spread into nb.ts;
 * nav.en.ts has the same keys (its type makes a missing or extra key an error).
 */
export const navNb = {
  'nav.label': 'Visninger',
  'nav.tab.kart': 'Kart',
  'nav.tab.import': 'Import',
  'nav.tab.duplikater': 'Duplikater',
  'nav.tab.medlemsgraf': 'Medlemsgraf',
  'nav.tab.plassering': 'Plassering',
  'nav.badge.import.one': '{n} rad eller fil avvist',
  'nav.badge.import.other': '{n} rader eller filer avvist',
  'nav.badge.duplikater.one': '{n} mulig duplikat å vurdere',
  'nav.badge.duplikater.other': '{n} mulige duplikater å vurdere',
  'nav.badge.plassering.one': '{n} organisasjon uten fylke',
  'nav.badge.plassering.other': '{n} organisasjoner uten fylke',
  'nav.url.stale': 'Lenken gjelder et annet arbeidsområde: valg og filtre i den er ikke brukt.',
  'nav.url.unknown': 'Lenken inneholdt ukjente deler eller ukjente valg; de er hoppet over.',
  'nav.url.dismiss': 'Lukk',
} as const;

export type NavMessages = { readonly [K in keyof typeof navNb]: string };
