/**
 * What a metric is, as data: an id, words for people, the parameters it takes (so the UI can
 * build its controls from them, as Gephi Lite does) and a pure compute function returning one
 * number per node. Writing results onto a graph, should a view need it, is a separate step.
 */
import type { AbstractGraph, Attributes } from 'graphology-types';

import type { MetricValues } from '../analysis/types';

export type MetricId = keyof MetricValues;

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
  readonly label: string;
  readonly description: string;
  readonly params: S;
  /** Pure: reads the graph, returns a value for every node, changes nothing. */
  compute(graph: MetricGraph, params?: Partial<ParamValues<S>>): NodeValues;
}
