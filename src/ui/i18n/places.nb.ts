/**
 * Bokmål strings for the list of unplaced organisations and placing them by hand. Spread into
 * nb.ts; places.en.ts has the same keys (its type makes a missing or extra key an error).
 */
export const placesNb = {
  'places.title': 'Uplasserte',
  'places.intro':
    'Organisasjoner listene ikke plasserer i ett fylke. Velg dem og et fylke for å plassere dem for hånd.',
  'places.none': 'Alle organisasjoner er plassert i et fylke eller i utlandet.',
  'places.count.one': '{n} organisasjon uten fylke',
  'places.count.other': '{n} organisasjoner uten fylke',
  'places.selectAll': 'Velg alle',
  'places.select': 'Velg {name}',
  'places.name': 'Navn',
  'places.orgNumber': 'Org.nr.',
  'places.clusters': 'Klynger',
  'places.why': 'Hvorfor uplassert',
  'places.showMore': 'Vis {count} til',
  'places.search': 'Søk etter navn eller org.nr.',
  'places.chooser': 'Plasser i',
  'places.choose': 'Velg fylke …',
  'places.suggested': 'Mulige fylker',
  'places.allCounties': 'Alle fylker',
  'places.abroad': 'Utlandet',
  'places.place.one': 'Plasser {n} organisasjon',
  'places.place.other': 'Plasser {n} organisasjoner',
  'places.selected': '{n} valgt',
  'places.or': 'eller',
  'places.and': 'og',
  'places.manual.title': 'Plassert for hånd ({count})',
  'places.manual.none': 'Ingen organisasjoner er plassert for hånd.',
  'places.manual.remove': 'Fjern',
  'places.manual.removeLabel': 'Fjern plasseringen av {name}',
  'places.manual.in': '{name} → {place}',
} as const;

export type PlacesMessages = { readonly [K in keyof typeof placesNb]: string };
