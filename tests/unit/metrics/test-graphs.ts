/**
 * Small graphs of every shape the metrics' fast paths treat apart (fast-paths.test.ts,
 * parallel.test.ts): bipartite, not bipartite, disconnected, with twins and leaves, single
 * nodes, isolated edges, and a path too long for the hubs' one-byte distances.
 */
import Graph from 'graphology';

function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function graphOf(nodes: number, edges: readonly (readonly [number, number])[]): Graph {
  const g = new Graph({ type: 'undirected' });
  for (let i = 0; i < nodes; i++) g.addNode(`n${i}`);
  for (const [a, b] of edges)
    if (a !== b && !g.hasEdge(`n${a}`, `n${b}`)) g.addEdge(`n${a}`, `n${b}`);
  return g;
}

export function bipartite(orgs: number, clusters: number, seed: number): Graph {
  const rnd = random(seed);
  const edges: [number, number][] = [];
  for (let o = 0; o < orgs; o++) {
    const k = 1 + Math.floor(rnd() * rnd() * 4);
    for (let j = 0; j < k; j++) edges.push([o, orgs + Math.floor(rnd() * clusters)]);
  }
  return graphOf(orgs + clusters, edges);
}

function sparse(nodes: number, edges: number, seed: number): Graph {
  const rnd = random(seed);
  return graphOf(
    nodes,
    Array.from({ length: edges }, () => [Math.floor(rnd() * nodes), Math.floor(rnd() * nodes)]),
  );
}

export const GRAPHS: readonly (readonly [string, Graph])[] = [
  ['bipartite', bipartite(120, 12, 1)],
  [
    'bipartite, two parts',
    (() => {
      const g = bipartite(60, 6, 2);
      const h = bipartite(40, 5, 3);
      h.forEachNode((n) => g.addNode(`b${n}`));
      h.forEachEdge((_e, _a, s, t) => g.addEdge(`b${s}`, `b${t}`));
      return g;
    })(),
  ],
  ['not bipartite', sparse(80, 140, 4)],
  ['sparse, disconnected', sparse(90, 70, 5)],
  [
    'twins and leaves',
    graphOf(9, [
      [0, 2],
      [0, 3],
      [1, 2],
      [1, 3],
      [2, 4],
      [3, 5],
      [4, 6],
      [4, 7],
      [8, 8],
    ]),
  ],
  [
    'star',
    graphOf(6, [
      [0, 1],
      [0, 2],
      [0, 3],
      [0, 4],
      [0, 5],
    ]),
  ],
  [
    'isolated edges and nodes',
    graphOf(7, [
      [0, 1],
      [2, 3],
      [4, 5],
    ]),
  ],
  ['single node', graphOf(1, [])],
  ['two nodes', graphOf(2, [[0, 1]])],
  [
    'long path with a cycle',
    graphOf(301, [
      ...Array.from({ length: 299 }, (_, i) => [i, i + 1] as const),
      [299, 300],
      [300, 298],
    ]),
  ],
];
