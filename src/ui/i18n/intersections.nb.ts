/**
 * Bokmål strings for the intersections view (UpSet). Spread into nb.ts; intersections.en.ts has
 * the same keys (its type makes a missing or extra key an error).
 */
export const intersectionsNb = {
  'nav.tab.snitt': 'Snitt',
  'upset.title': 'Snitt mellom klynger',
  'upset.intro':
    'Hver søyle teller organisasjonene som er med i nøyaktig klyngene med fylte prikker under den, og ingen andre.',
  'upset.sort': 'Sorter',
  'upset.sort.size': 'Etter størrelse',
  'upset.sort.degree': 'Etter antall klynger',
  'upset.clusters': 'Klynger som inngår',
  'upset.addCluster': 'Legg til klynge …',
  'upset.removeCluster': 'Fjern {name} fra filteret',
  'upset.match': 'Kombinasjoner med',
  'upset.match.any': 'minst én av dem',
  'upset.match.all': 'alle',
  'upset.minSize': 'Minste antall organisasjoner',
  'upset.count': 'Viser {shown} av {total} kombinasjoner',
  'upset.showMore': 'Vis {n} flere',
  'upset.none': 'Ingen kombinasjoner passer filteret.',
  'upset.chart': 'Snittdiagram: søyler for kombinasjoner, prikker for klyngene i hver',
  'upset.bar.one': '{clusters}: {n} organisasjon',
  'upset.bar.other': '{clusters}: {n} organisasjoner',
  'upset.setSize': '{name}: {n} medlemmer i alt',
  'upset.members': 'Organisasjoner i nøyaktig: {clusters}',
  'upset.members.count.one': '{n} organisasjon',
  'upset.members.count.other': '{n} organisasjoner',
  'upset.members.hint': 'Velg en søyle (klikk, eller Enter) for å se organisasjonene.',
  'upset.col.name': 'Navn',
  'upset.col.county': 'Fylke',
  'upset.col.type': 'Medlemstype',
  'upset.col.clusters': 'Klynger',
  'upset.col.degree': 'Antall klynger',
  'upset.col.size': 'Organisasjoner',
  'upset.export.csv': 'Last ned snitt (CSV)',
  'upset.export.xlsx': 'Last ned snitt (XLSX)',
  'upset.fileBase': 'snitt',
  'upset.sheet': 'Snitt',
};

export type IntersectionsMessages = Record<keyof typeof intersectionsNb, string>;
