/**
 * Pure changes to the shared selection (selection-types.ts): select an item (replacing the
 * selection, or toggling it in its set), clear, test membership. Items are canonicalised
 * (pairs and intersections sorted) so that the same pair picked from either end is one item.
 */
import type { PageClusterId, PageCountyId, PageOrgId } from './ids';
import { EMPTY_SELECTION, type Selection, type SelectionItem } from './selection-types';

export type SelectMode = 'replace' | 'toggle';

const sorted2 = <T extends string>(a: T, b: T): readonly [T, T] => (a <= b ? [a, b] : [b, a]);

/** The item in canonical form: cluster pairs sorted, intersections sorted and deduplicated. */
export function canonicalItem(item: SelectionItem): SelectionItem {
  switch (item.kind) {
    case 'cluster-pair': {
      const [a, b] = sorted2(item.a, item.b);
      return { kind: 'cluster-pair', a, b };
    }
    case 'intersection':
      return { kind: 'intersection', clusters: [...new Set(item.clusters)].sort() };
    default:
      return item;
  }
}

/** A stable string for an item, e.g. "cluster-pair:c1|c2" (for keys, sets and the URL). */
export function itemKey(item: SelectionItem): string {
  const c = canonicalItem(item);
  switch (c.kind) {
    case 'organisation':
    case 'cluster':
    case 'county':
      return `${c.kind}:${c.id}`;
    case 'cluster-pair':
      return `${c.kind}:${c.a}|${c.b}`;
    case 'county-pair':
      return `${c.kind}:${c.from}|${c.to}`;
    case 'intersection':
      return `${c.kind}:${c.clusters.join('|')}`;
  }
}

/** Every item of a selection, focus excluded, in kind order. */
export function selectionItems(selection: Selection): SelectionItem[] {
  return [
    ...selection.organisations.map((id): SelectionItem => ({ kind: 'organisation', id })),
    ...selection.clusters.map((id): SelectionItem => ({ kind: 'cluster', id })),
    ...selection.clusterPairs.map(([a, b]): SelectionItem => ({ kind: 'cluster-pair', a, b })),
    ...selection.counties.map((id): SelectionItem => ({ kind: 'county', id })),
    ...selection.countyPairs.map(([from, to]): SelectionItem => ({
      kind: 'county-pair',
      from,
      to,
    })),
    ...selection.intersections.map((clusters): SelectionItem => ({
      kind: 'intersection',
      clusters,
    })),
  ];
}

/** A selection holding exactly these items; the focus is the last one (or `focus` if given). */
export function selectionOf(
  items: readonly SelectionItem[],
  focus: SelectionItem | null = items.at(-1) ?? null,
): Selection {
  const seen = new Set<string>();
  const organisations: PageOrgId[] = [];
  const clusters: PageClusterId[] = [];
  const clusterPairs: (readonly [PageClusterId, PageClusterId])[] = [];
  const counties: PageCountyId[] = [];
  const countyPairs: (readonly [PageCountyId, PageCountyId])[] = [];
  const intersections: (readonly PageClusterId[])[] = [];
  for (const raw of items) {
    const item = canonicalItem(raw);
    const key = itemKey(item);
    if (seen.has(key)) continue;
    seen.add(key);
    switch (item.kind) {
      case 'organisation':
        organisations.push(item.id);
        break;
      case 'cluster':
        clusters.push(item.id);
        break;
      case 'cluster-pair':
        clusterPairs.push([item.a, item.b]);
        break;
      case 'county':
        counties.push(item.id);
        break;
      case 'county-pair':
        countyPairs.push([item.from, item.to]);
        break;
      case 'intersection':
        intersections.push(item.clusters);
        break;
    }
  }
  const canonicalFocus = focus === null ? null : canonicalItem(focus);
  return {
    focus: canonicalFocus !== null && seen.has(itemKey(canonicalFocus)) ? canonicalFocus : null,
    organisations,
    clusters,
    clusterPairs,
    counties,
    countyPairs,
    intersections,
  };
}

export function isSelected(selection: Selection, item: SelectionItem): boolean {
  const key = itemKey(item);
  return selectionItems(selection).some((i) => itemKey(i) === key);
}

/**
 * `replace`: the item alone, focused. `toggle`: added (and focused) when absent, removed when
 * present (the focus moves to the last remaining item).
 */
export function selectItem(
  selection: Selection,
  item: SelectionItem,
  mode: SelectMode = 'replace',
): Selection {
  if (mode === 'replace') return selectionOf([item]);
  const key = itemKey(item);
  const items = selectionItems(selection);
  if (items.some((i) => itemKey(i) === key)) {
    const rest = items.filter((i) => itemKey(i) !== key);
    const focus =
      selection.focus && itemKey(selection.focus) !== key ? selection.focus : (rest.at(-1) ?? null);
    return selectionOf(rest, focus);
  }
  return selectionOf([...items, item], item);
}

/** Drops items whose ids no longer exist (after a rebuild or from a stale URL). */
export function keepKnown(
  selection: Selection,
  known: (item: SelectionItem) => boolean,
): Selection {
  const items = selectionItems(selection).filter(known);
  return selectionOf(items, selection.focus && known(selection.focus) ? selection.focus : null);
}

export const clearSelection = (): Selection => EMPTY_SELECTION;

export const isEmptySelection = (selection: Selection): boolean =>
  selectionItems(selection).length === 0;
