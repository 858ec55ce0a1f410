/**
 * What a metric is, as data: an id, words for people, the parameters it takes (so the UI can
 * build its controls from them, as Gephi Lite does) and a pure compute function returning one
 * number per node. Writing results onto a graph, should a view need it, is a separate step.
 */
import type { AbstractGraph, Attributes } from 'graphology-types';

import type { Message } from '../messages/types';
import type { ParallelOptions } from './parallel';

/**
 * A metric's id: open, so adding a metric is one file and one registry line. Words for it come
 * from words.ts under the keys metric.<id>.label / .description / .meaning.
 */
export type MetricId = string;

/** Which graph a metric is reported for: the overlap graph, the bipartite graph, or both. */
export type MetricGraphKind = 'clusters' | 'organisations' | 'both';

/** 'number' for a score; 'category' for a label such as a community number. */
export type MetricKind = 'number' | 'category';

/** Any graph a metric runs on: the bipartite graph or the overlap graph. */
export type MetricGraph = AbstractGraph<Attributes, Attributes>;

/** One value per node key. */
export type NodeValues = Record<string, number>;

export interface NumberParamSpec {
  readonly kind: 'number';
  readonly label: string;
  readonly description: string;
  readonly default: number;
  readonly min: number;
  readonly max: number;
  /** Whole numbers only (iteration counts). */
  readonly integer?: boolean;
}

/** The edge attribute read as weight; null reads every edge as weight 1. */
export interface WeightParamSpec {
  readonly kind: 'edge-weight';
  readonly label: string;
  readonly description: string;
  readonly default: string | null;
}

export type ParamSpec = NumberParamSpec | WeightParamSpec;

export type ParamSpecs = Readonly<Record<string, ParamSpec>>;

/** The value a parameter takes; distributes over a union, so any ParamSpec gives all three. */
export type ParamValue<P extends ParamSpec> = P extends NumberParamSpec ? number : string | null;

export type ParamValues<S extends ParamSpecs> = { readonly [K in keyof S]: ParamValue<S[K]> };

export interface MetricDescriptor<S extends ParamSpecs = ParamSpecs> {
  readonly id: MetricId;
  readonly graph: MetricGraphKind;
  readonly kind: MetricKind;
  /** English fallback words; the UI and CLI render from words.ts. */
  readonly label: string;
  readonly description: string;
  readonly params: S;
  /**
   * Pure: reads the graph, returns a value for every node, changes nothing. Throws a
   * MetricFailure (with a message code) when the metric cannot be computed on this graph.
   */
  compute(graph: MetricGraph, params?: Partial<ParamValues<S>>): NodeValues;
  /** compute's values (to rounding), the work shared with other threads (parallel.ts). */
  computeInParallel?(
    graph: MetricGraph,
    options: ParallelOptions,
    params?: Partial<ParamValues<S>>,
  ): Promise<NodeValues>;
}

/** One metric on one graph: values for every node, or why there are none. */
export type MetricOutcome =
  | { readonly ok: true; readonly values: NodeValues }
  | { readonly ok: false; readonly reason: Message };

/** Thrown by a compute function that cannot give values; runMetric turns it into an outcome. */
export class MetricFailure extends Error {
  constructor(
    readonly reason: Message,
    englishText: string,
    options?: ErrorOptions,
  ) {
    super(englishText, options);
    this.name = 'MetricFailure';
  }
}
