/**
 * Bokmål strings for reviewing possible duplicates, the list of changes (merges, keep-aparts,
 * splits) and splitting rows out of an organisation. Spread into nb.ts; review.en.ts has the same
 * keys (its type makes a missing or extra key an error).
 */
export const reviewNb = {
  'review.title': 'Mulige duplikater',
  'review.intro':
    'Organisasjoner med like navn som ikke ble slått sammen automatisk. Ingenting slås sammen før du velger det.',
  'review.none': 'Ingen mulige duplikater.',
  'review.noneShown': 'Ingen forslag med likhet på minst {score}.',
  'review.showing': 'Viser {shown} av {total} forslag',
  'review.showMore': 'Vis {count} til',
  'review.minScore': 'Vis forslag med likhet minst',
  'review.sort': 'Sorter',
  'review.sort.score-desc': 'Mest like først',
  'review.sort.score-asc': 'Minst like først',
  'review.sort.name': 'Navn A–Å',
  'review.search': 'Søk i forslagene',
  'review.score': 'Likhet {score}',
  'review.reason.typo': 'Nesten likt navn (skrivefeil?)',
  'review.reason.abbreviation': 'Forkortet navn',
  'review.reason.initials': 'Initialer',
  'review.reason.extra-word': 'Ekstra ord i navnet',
  'review.reason.same-name': 'Samme navn',
  'review.reason.same-name-other-number': 'Samme navn, ulike org.nr.',
  'review.noNumber': 'uten org.nr.',
  'review.clusters': 'Klynger: {clusters}',
  'review.merge': 'Slå sammen',
  'review.keepApart': 'Hold adskilt',
  'review.pairLabel': '«{a}» og «{b}»',
  'review.bulk.title': 'Slå sammen alle over',
  'review.bulk.threshold': 'Likhet minst',
  'review.bulk.count.one': '{n} forslag har likhet {score} eller høyere.',
  'review.bulk.count.other': '{n} forslag har likhet {score} eller høyere.',
  'review.bulk.button': 'Slå sammen alle {n}',
  'review.bulk.confirm':
    'Slå sammen {n} par? Hver sammenslåing står under Endringer og kan angres der.',
  'review.bulk.yes': 'Ja, slå sammen',
  'review.bulk.cancel': 'Avbryt',

  'changes.title': 'Endringer',
  'changes.empty':
    'Ingen endringer ennå. Sammenslåinger, «hold adskilt» og utskilte rader vises her og kan angres.',
  'changes.undo': 'Angre',
  'changes.undoLast': 'Angre siste',
  'changes.undoLastTitle': 'Angre siste endring (Ctrl+Z)',
  'changes.merge': 'Slo sammen «{a}» og «{b}»',
  'changes.keepApart': 'Holdt «{a}» og «{b}» adskilt',
  'changes.split': 'Skilte ut rad {row} i {file} («{name}»)',
  'changes.orgNumber': 'org.nr. {number}',

  'split.column': 'Rader',
  'split.rows': '{n} rader',
  'split.row': 'Rad',
  'split.button': 'Skill ut',
  'split.buttonLabel': 'Skill ut rad {row} i {file} som egen organisasjon',
  'split.noName': '(uten navn)',
} as const;

export type ReviewMessages = { readonly [K in keyof typeof reviewNb]: string };
