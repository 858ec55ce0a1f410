/**
 * Draws the page's selection on the canvas and turns clicks into selection items. The view's
 * adapter says which ids a selection lights; selected elements get `selected`, a selected node's
 * edges `neighbour` (its neighbours stay bright), everything else `faded`. When edges are
 * selected, only they and their ends stay bright. A click picks by the kit's rule (pick.ts), so it
 * selects what the hover showed; the background clears (onSelect(null)). Renders nothing.
 *
 * Only elements whose classes change are touched: every restyle of a cytoscape element costs, and
 * on a graph of 27 000 elements touching all of them is a task of seconds, and each chunk of them
 * a full redraw. So big graphs (big-graph.ts) do not fade the rest: what is selected is marked,
 * nothing else changes. When many change, they change in chunks (chunks.ts), lit ones first.
 */
import type { Collection, Core, EventObject, SingularElementArgument } from 'cytoscape';
import { useEffect, useRef } from 'react';
import { BIG_GRAPH_ELEMENTS } from '../big-graph';
import { inChunks } from '../chunks';
import { useCy } from '../cy-context';
import { pickAt, type Picked } from '../pick';
import type { ElementIds } from '../types';

/** Elements restyled per task. */
export const CLASS_CHUNK = 1000;

interface Props {
  readonly lit: ElementIds;
  /** Changes when elements change, so new elements get their classes. */
  readonly elementsVersion: unknown;
  readonly onPick: (picked: Picked) => void;
}

export function SelectionController({ lit, elementsVersion, onPick }: Props) {
  const cy = useCy();
  const pick = useRef(onPick);
  useEffect(() => {
    pick.current = onPick;
  });

  useEffect(() => {
    const onTap = (event: EventObject) => pick.current(pickAt(cy, event));
    cy.on('tap', onTap);
    return () => {
      cy.off('tap', onTap);
    };
  }, [cy]);

  useEffect(() => drawSelection(cy, lit), [cy, lit, elementsVersion]);

  return null;
}

interface Wanted {
  readonly selected: ReadonlySet<string>;
  readonly neighbour: ReadonlySet<string>;
  /** What stays bright; null when nothing is selected (nothing fades). */
  readonly kept: ReadonlySet<string> | null;
}

function wantedOf(cy: Core, lit: ElementIds): Wanted {
  let chosen = cy.collection();
  for (const id of lit.nodes) chosen = chosen.union(cy.getElementById(id));
  for (const id of lit.edges) chosen = chosen.union(cy.getElementById(id));
  if (chosen.empty()) return { selected: new Set(), neighbour: new Set(), kept: null };
  const edges = chosen.edges();
  const kept = edges.nonempty()
    ? chosen.union(edges.connectedNodes())
    : chosen.nodes().closedNeighborhood();
  const ids = (c: Collection) => new Set(c.map((e) => e.id()));
  return {
    selected: ids(chosen),
    neighbour: edges.empty() ? new Set(kept.edges().map((e) => e.id())) : new Set<string>(),
    kept: cy.elements().length >= BIG_GRAPH_ELEMENTS ? null : ids(kept),
  };
}

/**
 * Brings every element's selection classes to what `lit` asks, changing only those that differ;
 * returns a function that stops the chunks still to come (the next call picks up from there).
 */
export function drawSelection(cy: Core, lit: ElementIds): () => void {
  const want = wantedOf(cy, lit);
  const first: SingularElementArgument[] = [];
  const rest: SingularElementArgument[] = [];
  cy.elements().forEach((ele) => {
    const id = ele.id();
    const selected = want.selected.has(id);
    const neighbour = want.neighbour.has(id);
    const faded = want.kept !== null && !want.kept.has(id);
    if (
      ele.hasClass('selected') === selected &&
      ele.hasClass('neighbour') === neighbour &&
      ele.hasClass('faded') === faded
    )
      return;
    (faded && !ele.hasClass('selected') && !ele.hasClass('neighbour') ? rest : first).push(ele);
  });
  const changes = [...first, ...rest];
  return inChunks(changes.length, CLASS_CHUNK, (from, to) => {
    if (cy.destroyed()) return;
    cy.batch(() => {
      for (const ele of changes.slice(from, to)) {
        const id = ele.id();
        ele.toggleClass('selected', want.selected.has(id));
        ele.toggleClass('neighbour', want.neighbour.has(id));
        ele.toggleClass('faded', want.kept !== null && !want.kept.has(id));
      }
    });
  });
}
