/**
 * Cytoscape JSON (cytoscape.js `cy.json()` elements, Cytoscape desktop, NetworkX
 * `cytoscape_graph`): `data` per element with id, name and every attribute.
 */
import { attrValue, type AttrDef, type GraphSpec } from './graph-spec';

function typed(defs: readonly AttrDef[], attrs: Readonly<Record<string, unknown>>) {
  const out: Record<string, string | number | boolean> = {};
  for (const def of defs) {
    const text = attrValue(def.type, attrs[def.id] as never);
    if (text === null) continue;
    out[def.id] =
      def.type === 'string' ? text : def.type === 'boolean' ? text === 'true' : Number(text);
  }
  return out;
}

export function toCytoscapeJson(spec: GraphSpec): string {
  const doc = {
    data: { name: spec.title },
    directed: false,
    multigraph: false,
    elements: {
      nodes: spec.nodes.map((n) => ({
        data: { ...typed(spec.nodeAttrs, n.attrs), id: n.id, value: n.id, name: n.label },
      })),
      edges: spec.edges.map((e) => ({
        data: {
          ...typed(spec.edgeAttrs, e.attrs),
          ...(e.weight !== undefined ? { weight: e.weight } : {}),
          id: e.id,
          source: e.source,
          target: e.target,
        },
      })),
    },
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
