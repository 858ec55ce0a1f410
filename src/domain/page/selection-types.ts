/**
 * What the user selected, shared by every view: a focus (the item last acted on, whose details
 * show) plus sets of ids by kind. Hover and emphasis are apart from it. Each view adapts this to
 * its own elements (the overlap map lights nodes and edges, a table filters its rows).
 * Pairs and intersections are stored in canonical order (sorted ids), so equal items compare equal.
 */
import type { PageClusterId, PageCountyId, PageOrgId } from './ids';

export type SelectionItem =
  | { readonly kind: 'organisation'; readonly id: PageOrgId }
  | { readonly kind: 'cluster'; readonly id: PageClusterId }
  | { readonly kind: 'cluster-pair'; readonly a: PageClusterId; readonly b: PageClusterId }
  | { readonly kind: 'county'; readonly id: PageCountyId }
  /** Ordered: links from `from` to `to` (the matrix is read row -> column). */
  | { readonly kind: 'county-pair'; readonly from: PageCountyId; readonly to: PageCountyId }
  /** An exclusive intersection: exactly these clusters (sorted ids). */
  | { readonly kind: 'intersection'; readonly clusters: readonly PageClusterId[] };

export type SelectionKind = SelectionItem['kind'];

export interface Selection {
  readonly focus: SelectionItem | null;
  readonly organisations: readonly PageOrgId[];
  readonly clusters: readonly PageClusterId[];
  readonly clusterPairs: readonly (readonly [PageClusterId, PageClusterId])[];
  readonly counties: readonly PageCountyId[];
  readonly countyPairs: readonly (readonly [PageCountyId, PageCountyId])[];
  readonly intersections: readonly (readonly PageClusterId[])[];
}

export const EMPTY_SELECTION: Selection = {
  focus: null,
  organisations: [],
  clusters: [],
  clusterPairs: [],
  counties: [],
  countyPairs: [],
  intersections: [],
};
