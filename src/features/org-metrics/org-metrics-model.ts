/**
 * The organisation metrics table's model: the columns come from the metric registry (every
 * metric on the organisation graph, so a new one gets its column with nothing else to change),
 * and sorting is an index over the model's typed columns (aligned with orgOrder), never an array
 * of row objects: at 100 000 organisations a sort is one sort of positions with a numeric
 * comparator over the column (40–100 ms on a shared machine). Values not computed are NaN and
 * sort last in either direction; ties keep name order.
 */
import { METRICS } from '../../domain/metrics/registry';
import type { MetricDescriptor } from '../../domain/metrics/types';
import type { PageClusterId, PageOrgId } from '../../domain/page/ids';
import type { PageModel } from '../../domain/page/model';
import type { SortDirection, SortState } from '../../ui/table/sort';

/** The metrics of the organisation graph, in registry order. */
export const ORG_METRICS: readonly MetricDescriptor[] = METRICS.filter(
  (m) => m.graph !== 'clusters',
);

export const NAME_COLUMN = 'name';
export const DEFAULT_ORG_SORT: SortState = { columnId: NAME_COLUMN, direction: 'asc' };

/** "betweenness.desc" -> the sort; an unknown column falls back to name order. */
export function parseOrgSort(text: string, known: readonly string[]): SortState {
  const at = text.lastIndexOf('.');
  const columnId = text.slice(0, at);
  const direction = text.slice(at + 1);
  if ((direction !== 'asc' && direction !== 'desc') || !known.includes(columnId)) {
    return DEFAULT_ORG_SORT;
  }
  return { columnId, direction };
}

export const orgSortText = (sort: SortState): string => `${sort.columnId}.${sort.direction}`;

/** Positions 0..n-1 in name order, or reversed. */
export function nameOrder(count: number, direction: SortDirection): Uint32Array {
  const out = new Uint32Array(count);
  for (let i = 0; i < count; i++) out[i] = direction === 'asc' ? i : count - 1 - i;
  return out;
}

/** Positions sorted by a column's value; NaN (not computed) last either way, ties by position. */
export function sortByColumn(column: Float64Array, direction: SortDirection): Uint32Array {
  // A plain array of positions: V8 sorts it with a JS comparator faster than a typed array.
  const positions: number[] = new Array<number>(column.length);
  for (let i = 0; i < column.length; i++) positions[i] = i;
  const sign = direction === 'asc' ? 1 : -1;
  positions.sort((a, b) => {
    const x = column[a]!;
    const y = column[b]!;
    const xMissing = x !== x;
    const yMissing = y !== y;
    if (xMissing || yMissing) return xMissing === yMissing ? a - b : xMissing ? 1 : -1;
    return sign * (x - y) || a - b;
  });
  return Uint32Array.from(positions);
}

/**
 * The rows in the order a sort asks for (positions into orgOrder), kept to `only` if given.
 * Anonymised, the name order is that of the shown labels ("Organisasjon 17": dataset order),
 * so the order of rows says nothing about the hidden names.
 */
export function orderedRows(
  model: PageModel,
  sort: SortState,
  only: ReadonlySet<number> | null = null,
  anonymised = false,
): number[] {
  const column = model.metrics.organisations[sort.columnId];
  const order =
    sort.columnId !== NAME_COLUMN && column
      ? sortByColumn(column, sort.direction)
      : anonymised
        ? sortByColumn(
            Float64Array.from(model.orgOrder, (id) => model.organisations.get(id)!.index),
            sort.direction,
          )
        : nameOrder(model.orgOrder.length, sort.direction);
  const rows: number[] = [];
  for (let i = 0; i < order.length; i++) {
    const at = order[i]!;
    if (only === null || only.has(at)) rows.push(at);
  }
  return rows;
}

/** Whether every computed value of a column is a whole number (counts show no decimals). */
export function wholeColumn(column: Float64Array): boolean {
  for (let i = 0; i < column.length; i++) {
    const v = column[i]!;
    if (v === v && !Number.isInteger(v)) return false;
  }
  return true;
}

/** Positions of the members of the clusters selected elsewhere (null: no cluster selected). */
export function memberPositions(
  model: PageModel,
  clusters: readonly PageClusterId[],
): Set<number> | null {
  if (clusters.length === 0) return null;
  const position = positionsOf(model);
  const out = new Set<number>();
  for (const c of clusters) {
    for (const org of model.membersOf.get(c) ?? []) out.add(position.get(org)!);
  }
  return out;
}

const positions = new WeakMap<PageModel, Map<PageOrgId, number>>();

/** Position in orgOrder by id, built once per model. */
export function positionsOf(model: PageModel): ReadonlyMap<PageOrgId, number> {
  let found = positions.get(model);
  if (!found) {
    found = new Map(model.orgOrder.map((id, at) => [id, at]));
    positions.set(model, found);
  }
  return found;
}

export interface Bridge {
  readonly id: PageOrgId;
  readonly betweenness: number;
  /** The clusters it ties together, in cluster name order. */
  readonly clusters: readonly PageClusterId[];
}

/**
 * The bridges: organisations ranked by betweenness in the organisation–cluster graph, highest
 * first, those above 0 only (a member of one cluster lies on no one's shortest path), at most
 * `limit`. Ties keep name order. Empty when betweenness was not computed.
 */
export function bridges(model: PageModel, limit: number): Bridge[] {
  const column = model.metrics.organisations['betweenness'];
  if (!column) return [];
  const out: Bridge[] = [];
  const order = sortByColumn(column, 'desc');
  for (let i = 0; i < order.length && out.length < limit; i++) {
    const at = order[i]!;
    const value = column[at]!;
    if (!(value > 0)) break;
    const id = model.orgOrder[at]!;
    out.push({ id, betweenness: value, clusters: model.clustersOf.get(id) ?? [] });
  }
  return out;
}
