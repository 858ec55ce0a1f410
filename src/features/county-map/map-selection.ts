/**
 * The shared selection as the county map reads and changes it, pure. The map shows one unit's
 * links (the focused county, or the `from` of a focused county pair) and one pair's details;
 * ids not in the scheme shown (a 2024 county under 2020-23) select nothing here. Selecting on
 * the map keeps the selected clusters, since they are the map's filter ("through these
 * clusters"), and replaces any county or pair.
 */
import type { PageCountyId } from '../../domain/page/ids';
import { selectionOf } from '../../domain/page/selection';
import type { Selection, SelectionItem } from '../../domain/page/selection-types';
import type { SchemeUnit } from '../../domain/geo/schemes';

export interface MapFocus {
  /** The unit whose links are ranked (-1: none). */
  readonly unit: number;
  /** The ordered pair whose details show. */
  readonly pair: readonly [number, number] | null;
}

export function mapFocus(selection: Selection, units: readonly SchemeUnit[]): MapFocus {
  const at = (id: string) => units.findIndex((u) => u.id === id);
  const focus = selection.focus;
  if (focus?.kind === 'county-pair') {
    const from = at(focus.from);
    const to = at(focus.to);
    if (from >= 0 && to >= 0) return { unit: from, pair: [from, to] };
  }
  if (focus?.kind === 'county') return { unit: at(focus.id), pair: null };
  for (const id of [...selection.counties].reverse()) {
    const unit = at(id);
    if (unit >= 0) return { unit, pair: null };
  }
  return { unit: -1, pair: null };
}

const clusterItems = (selection: Selection): SelectionItem[] =>
  selection.clusters.map((id) => ({ kind: 'cluster', id }));

/** Selects a unit (or, when it is the one shown, goes back to none), keeping the clusters. */
export function selectUnit(
  selection: Selection,
  units: readonly SchemeUnit[],
  id: string,
): Selection {
  const current = mapFocus(selection, units);
  const clusters = clusterItems(selection);
  if (current.pair === null && current.unit >= 0 && units[current.unit]!.id === id)
    return selectionOf(clusters, null);
  const item: SelectionItem = { kind: 'county', id: id as PageCountyId };
  return selectionOf([...clusters, item], item);
}

/** Selects the pair from `from` to `to` (unit ids), with `from` as the county, keeping the clusters. */
export function selectPair(selection: Selection, from: string, to: string): Selection {
  const county: SelectionItem = { kind: 'county', id: from as PageCountyId };
  const pair: SelectionItem = {
    kind: 'county-pair',
    from: from as PageCountyId,
    to: to as PageCountyId,
  };
  return selectionOf([...clusterItems(selection), county, pair], pair);
}

/** Leaves the pair, back to its `from` county. */
export function leavePair(selection: Selection, from: string): Selection {
  const county: SelectionItem = { kind: 'county', id: from as PageCountyId };
  return selectionOf([...clusterItems(selection), county], county);
}
