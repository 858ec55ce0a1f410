/**
 * GraphML (NetworkX `read_graphml`, Cytoscape desktop, yEd): keys declared per attribute, the
 * label as a node key of its own, the weight as an edge key named "weight".
 */
import { attrValue, type AttrDef, type AttrType, type GraphSpec } from './graph-spec';
import { xmlText as x } from './xml-text';

const GRAPHML_TYPE: Record<AttrType, string> = {
  string: 'string',
  integer: 'long',
  double: 'double',
  boolean: 'boolean',
};

interface Key {
  readonly key: string;
  readonly def: AttrDef;
}

const keysFor = (prefix: string, defs: readonly AttrDef[]): Key[] =>
  defs.map((def, i) => ({ key: `${prefix}${i}`, def }));

function data(keys: readonly Key[], attrs: Readonly<Record<string, unknown>>): string {
  return keys
    .flatMap(({ key, def }) => {
      const v = attrValue(def.type, attrs[def.id] as never);
      return v === null ? [] : [`<data key="${key}">${x(v)}</data>`];
    })
    .join('');
}

export function toGraphml(spec: GraphSpec): string {
  const nodeKeys = keysFor('n', [{ id: 'label', type: 'string' }, ...spec.nodeAttrs]);
  const hasWeight = spec.edges.some((e) => e.weight !== undefined);
  const edgeKeys = keysFor('e', [
    ...(hasWeight ? [{ id: 'weight', type: 'double' as const }] : []),
    ...spec.edgeAttrs,
  ]);
  const declare = (scope: 'node' | 'edge', keys: readonly Key[]) =>
    keys.map(
      ({ key, def }) =>
        `  <key id="${key}" for="${scope}" attr.name="${x(def.id)}" attr.type="${GRAPHML_TYPE[def.type]}"/>`,
    );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...declare('node', nodeKeys),
    ...declare('edge', edgeKeys),
    `  <graph id="${x(spec.title)}" edgedefault="undirected">`,
    ...spec.nodes.map(
      (n) => `    <node id="${x(n.id)}">${data(nodeKeys, { ...n.attrs, label: n.label })}</node>`,
    ),
    ...spec.edges.map(
      (e) =>
        `    <edge id="${x(e.id)}" source="${x(e.source)}" target="${x(e.target)}">${data(edgeKeys, { ...e.attrs, weight: e.weight })}</edge>`,
    ),
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
}
