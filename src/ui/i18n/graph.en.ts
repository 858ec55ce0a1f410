/** English strings for the graph kit and the shared table (keys as graph.nb.ts). */
import type { GraphMessages } from './graph.nb';

export const graphEn: GraphMessages = {
  'graph.fit': 'Fit the view',
  'graph.reset': 'New layout',
  'graph.keys':
    'Arrow keys move between nodes, Enter or Space selects, Escape clears the selection, + and − zoom, 0 fits.',
  'graph.focused': '{label}, {size}',
  'graph.edgeTip': '{a} – {b}',
  'graph.layingOut': 'Arranging the graph … {pct} %',
  'table.empty': 'No rows.',
  'table.sortBy': 'Sort by {column}',
};
