/**
 * What a graph view hands the graph kit: its nodes and edges (plain data, no cytoscape), how they
 * look, how they are laid out, and how the page's selection maps onto its elements and back. The
 * overlap map and the member graph are both one `GraphView`; the kit's controllers do the rest.
 * Generic over the selection (`S`, what the page has selected) and the item a click gives (`I`),
 * so each view keeps its own selection model and the store integration stays outside the kit.
 */
import type { Core, StylesheetJson } from 'cytoscape';

export interface GraphNode<D = unknown> {
  readonly id: string;
  /** Text drawn on the canvas and read in the tooltip; never parsed as HTML. */
  readonly label: string;
  /** The value the node's area shows (e.g. members); the kit scales it to a diameter. */
  readonly size: number;
  readonly colour?: string;
  /** A class for the stylesheet, e.g. 'cluster' or 'organisation'. */
  readonly kind?: string;
  /** Hidden nodes stay in the graph (and the layout) but are not drawn. */
  readonly hidden?: boolean;
  readonly data: D;
}

export interface GraphEdge<D = unknown> {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  /** The value the edge's width shows (e.g. shared members); the kit scales it to pixels. */
  readonly width: number;
  /** Hidden edges (e.g. under a threshold) stay put, so filtering never moves the nodes. */
  readonly hidden?: boolean;
  readonly data: D;
}

export type LayoutChoice =
  /** ForceAtlas2 in a worker for large graphs; a synchronous cose for small ones. */
  | { readonly name: 'force' }
  | { readonly name: 'circle' }
  /** Rings by a numeric node attribute: the largest values in the middle. */
  | { readonly name: 'concentric'; readonly by: (node: GraphNode) => number }
  /**
   * A view's own layout, run synchronously on the instance (small graphs only); `reset` is true
   * when the user asked to lay out again (the canvas's reset button), so nothing kept may be reused.
   */
  | {
      readonly name: 'custom';
      readonly run: (cy: Core, how: { readonly reset: boolean }) => void;
    };

/** The ids a selection (or a hovered item) lights up. */
export interface ElementIds {
  readonly nodes: ReadonlySet<string>;
  readonly edges: ReadonlySet<string>;
}

export type GraphTarget<N = unknown, E = unknown> =
  | { readonly group: 'nodes'; readonly node: GraphNode<N> }
  | { readonly group: 'edges'; readonly edge: GraphEdge<E> };

export interface GraphScale {
  /** Diameter in model units of a node of this size, given the largest size in the view. */
  readonly nodeDiameter: (size: number, maxSize: number) => number;
  /** Drawn width in model units of an edge of this width, given the widest. */
  readonly edgeWidth: (width: number, maxWidth: number) => number;
}

export interface GraphView<N = unknown, E = unknown, S = unknown, I = unknown> {
  readonly nodes: readonly GraphNode<N>[];
  readonly edges: readonly GraphEdge<E>[];
  /** Builds the view's stylesheet on top of the kit's base (selection, hover, focus classes). */
  readonly stylesheet: (base: StylesheetJson) => StylesheetJson;
  readonly layout: LayoutChoice;
  /**
   * The layout runs again only when this changes (default: the set of node ids), so relabelling,
   * new widths or a threshold keep every position.
   */
  readonly layoutKey?: string;
  readonly scale?: Partial<GraphScale>;
  readonly selectionToElements: (selection: S) => ElementIds;
  readonly elementToItem: (target: GraphTarget<N, E>) => I | null;
  /** What a hovered item lights up; default: nothing beyond the element under the pointer. */
  readonly itemToElements?: (item: I) => ElementIds;
  /** Tooltip lines; default: node label and size, edge's two labels and width. */
  readonly tooltip?: (target: GraphTarget<N, E>, labelOf: (id: string) => string) => string[];
  /** Formats sizes and widths in the default tooltip. */
  readonly formatNumber?: (n: number) => string;
}
