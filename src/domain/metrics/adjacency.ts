/**
 * A graph as compact adjacency arrays (CSR: node i's neighbours are
 * neighbours[starts[i] .. starts[i + 1])), for the metrics that run a breadth-first search from
 * every node. Plain typed arrays keep those O(nodes x edges) loops free of allocation, which is
 * what makes them fast enough for 20 000 organisations.
 */
import type { MetricGraph } from './types';

export interface Adjacency {
  readonly nodes: readonly string[];
  readonly starts: Int32Array;
  readonly neighbours: Int32Array;
}

/** Neighbours of every node, each once (parallel edges and self-loops are not followed). */
export function adjacencyOf(graph: MetricGraph): Adjacency {
  const nodes = graph.nodes();
  const position = new Map<string, number>(nodes.map((node, i) => [node, i]));
  const starts = new Int32Array(nodes.length + 1);
  const list: number[] = [];
  nodes.forEach((node, i) => {
    starts[i] = list.length;
    graph.forEachNeighbor(node, (neighbour) => {
      if (neighbour !== node) list.push(position.get(neighbour)!);
    });
  });
  starts[nodes.length] = list.length;
  return { nodes, starts, neighbours: Int32Array.from(list) };
}

/**
 * Leaves that a breadth-first search from every node may skip: a node of degree 1 whose one
 * neighbour has degree > 1 sees the graph exactly as that neighbour does, one step further away.
 * In a membership graph most organisations are such leaves (in one cluster only), so skipping
 * them cuts the searches about tenfold. The two nodes of an isolated edge are not leaves here:
 * one of them must still be searched from.
 */
export function leavesOf(adjacency: Adjacency): {
  readonly isLeaf: Uint8Array;
  readonly leafCount: Int32Array;
} {
  const { starts, neighbours } = adjacency;
  const n = adjacency.nodes.length;
  const degree = (i: number): number => starts[i + 1]! - starts[i]!;
  const isLeaf = new Uint8Array(n);
  const leafCount = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    if (degree(i) !== 1) continue;
    const parent = neighbours[starts[i]!]!;
    if (degree(parent) > 1) {
      isLeaf[i] = 1;
      leafCount[parent]!++;
    }
  }
  return { isLeaf, leafCount };
}

export function collect(nodes: readonly string[], values: Float64Array): Record<string, number> {
  const out: Record<string, number> = {};
  nodes.forEach((node, i) => {
    out[node] = values[i]!;
  });
  return out;
}
