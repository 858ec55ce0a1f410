/**
 * Bokmål strings for the graph kit (src/ui/graph/) and the shared table (src/ui/table/): canvas
 * buttons, keyboard help, announcements, sorting. Spread into nb.ts; graph.en.ts has the same keys.
 */
export const graphNb = {
  'graph.fit': 'Tilpass visningen',
  'graph.reset': 'Nytt oppsett',
  'graph.keys':
    'Piltastene flytter mellom nodene, Enter eller mellomrom velger, Escape fjerner valget, + og − zoomer, 0 tilpasser.',
  'graph.focused': '{label}, {size}',
  'graph.edgeTip': '{a} – {b}',
  'graph.layingOut': 'Ordner grafen … {pct} %',
  'table.empty': 'Ingen rader.',
  'table.sortBy': 'Sorter etter {column}',
} as const;

export type GraphMessages = { readonly [K in keyof typeof graphNb]: string };
