/**
 * GEXF 1.2 (Gephi's format; NetworkX `read_gexf` reads it): one undirected static graph with
 * declared node and edge attributes. Every text goes through xmlText, so names stay text.
 */
import { attrValue, type AttrDef, type GraphSpec } from './graph-spec';
import { xmlText as x } from './xml-text';

const GEXF_TYPE = { string: 'string', integer: 'integer', double: 'double', boolean: 'boolean' };

function attributes(kind: 'node' | 'edge', defs: readonly AttrDef[]): string[] {
  if (defs.length === 0) return [];
  return [
    `    <attributes class="${kind}">`,
    ...defs.map(
      (d, i) => `      <attribute id="${i}" title="${x(d.id)}" type="${GEXF_TYPE[d.type]}"/>`,
    ),
    '    </attributes>',
  ];
}

function attvalues(defs: readonly AttrDef[], attrs: GraphSpec['nodes'][number]['attrs']): string {
  const values = defs.flatMap((d, i) => {
    const v = attrValue(d.type, attrs[d.id]);
    return v === null ? [] : [`<attvalue for="${i}" value="${x(v)}"/>`];
  });
  return values.length ? `<attvalues>${values.join('')}</attvalues>` : '';
}

export function toGexf(spec: GraphSpec, date: Date = new Date()): string {
  const day = date.toISOString().slice(0, 10);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">',
    `  <meta lastmodifieddate="${day}">`,
    '    <creator>klyngekart</creator>',
    `    <description>${x(spec.title)}</description>`,
    '  </meta>',
    '  <graph mode="static" defaultedgetype="undirected">',
    ...attributes('node', spec.nodeAttrs),
    ...attributes('edge', spec.edgeAttrs),
    '    <nodes>',
    ...spec.nodes.map(
      (n) =>
        `      <node id="${x(n.id)}" label="${x(n.label)}">${attvalues(spec.nodeAttrs, n.attrs)}</node>`,
    ),
    '    </nodes>',
    '    <edges>',
    ...spec.edges.map((e) => {
      const weight =
        e.weight !== undefined && Number.isFinite(e.weight) ? ` weight="${e.weight}"` : '';
      return `      <edge id="${x(e.id)}" source="${x(e.source)}" target="${x(e.target)}"${weight}>${attvalues(spec.edgeAttrs, e.attrs)}</edge>`;
    }),
    '    </edges>',
    '  </graph>',
    '</gexf>',
    '',
  ].join('\n');
}
