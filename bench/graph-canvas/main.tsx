/**
 * Bench page for the graph kit (bench/graph-canvas.ts drives it): a synthetic member graph,
 * organisation–cluster bipartite, of the size given in the URL (?orgs=&clusters=&edges=), seeded
 * with mulberry32, on a GraphCanvas with the force layout. Not part of the app.
 */
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { mulberry32 } from '../../src/domain/random/mulberry32';
import { GraphCanvas } from '../../src/ui/graph/GraphCanvas';
import type { GraphEdge, GraphNode, GraphView } from '../../src/ui/graph/types';

type Item = { readonly id: string };

const params = new URLSearchParams(location.search);
const orgs = Number(params.get('orgs') ?? 12_800);
const clusters = Number(params.get('clusters') ?? 200);
const edgeCount = Number(params.get('edges') ?? 30_000);

function memberGraph(): GraphView<null, null, Item | null, Item> {
  const random = mulberry32(42);
  const nodes: GraphNode<null>[] = [];
  const degree = new Map<string, number>();
  for (let c = 0; c < clusters; c++)
    nodes.push({ id: `c${c}`, label: `Klynge ${c}`, size: 1, kind: 'cluster', data: null });
  for (let o = 0; o < orgs; o++)
    nodes.push({ id: `o${o}`, label: `Org ${o}`, size: 1, kind: 'organisation', data: null });
  const edges: GraphEdge<null>[] = [];
  const seen = new Set<string>();
  // Every organisation in one cluster, the rest spread; cluster popularity skewed (squared).
  for (let i = 0; edges.length < edgeCount && i < edgeCount * 4; i++) {
    const o = i < orgs ? i : Math.floor(random() * orgs);
    const c = Math.floor(random() ** 2 * clusters);
    const id = `o${o}-c${c}`;
    if (seen.has(id)) continue;
    seen.add(id);
    edges.push({ id, source: `o${o}`, target: `c${c}`, width: 1, data: null });
    degree.set(`c${c}`, (degree.get(`c${c}`) ?? 0) + 1);
  }
  const sized = nodes.map((n) =>
    n.kind === 'cluster' ? { ...n, size: degree.get(n.id) ?? 1 } : n,
  );
  return {
    nodes: sized,
    edges,
    stylesheet: (base) => [...base, { selector: 'node.organisation', style: { label: '' } }],
    layout: { name: 'force' },
    selectionToElements: (s) =>
      s ? { nodes: new Set([s.id]), edges: new Set() } : { nodes: new Set(), edges: new Set() },
    elementToItem: (t) => ({ id: t.group === 'nodes' ? t.node.id : t.edge.id }),
  };
}

const view = memberGraph();

function Bench() {
  const [selected, setSelected] = useState<Item | null>(null);
  const [hovered, setHovered] = useState<Item | null>(null);
  return (
    <GraphCanvas
      view={view}
      selected={selected}
      onSelect={setSelected}
      hovered={hovered}
      onHover={setHovered}
      ariaLabel="bench"
      name="bench"
      testId="bench-graph"
    />
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Bench />
  </StrictMode>,
);
