/**
 * A graph as the exporters see it: nodes and edges with typed attributes, independent of
 * graphology, cytoscape and of the metric set (attributes are declared, not assumed). The same
 * spec feeds GEXF (Gephi), GraphML (NetworkX, Cytoscape desktop) and cytoscape JSON, so every
 * format carries the same attributes.
 */
export type AttrType = 'string' | 'integer' | 'double' | 'boolean';

export type AttrValue = string | number | boolean | null;

export interface AttrDef {
  /** Attribute name as written in the file, e.g. "members", "betweenness". */
  readonly id: string;
  readonly type: AttrType;
}

export interface SpecNode {
  readonly id: string;
  readonly label: string;
  /** Values by attribute id; null or a missing key writes nothing for that attribute. */
  readonly attrs: Readonly<Record<string, AttrValue>>;
}

export interface SpecEdge {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  /** Written as the format's edge weight (GEXF `weight`, a `weight` key in GraphML). */
  readonly weight?: number;
  readonly attrs: Readonly<Record<string, AttrValue>>;
}

export interface GraphSpec {
  /** A short title, written into the file's metadata. */
  readonly title: string;
  readonly nodeAttrs: readonly AttrDef[];
  readonly edgeAttrs: readonly AttrDef[];
  readonly nodes: readonly SpecNode[];
  readonly edges: readonly SpecEdge[];
}

/** A value fit for an attribute of this type, or null (non-finite numbers, wrong types). */
export function attrValue(type: AttrType, value: AttrValue | undefined): string | null {
  if (value === null || value === undefined) return null;
  switch (type) {
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value) ? String(value) : null;
    case 'double':
      return typeof value === 'number' && Number.isFinite(value) ? String(value) : null;
    case 'boolean':
      return typeof value === 'boolean' ? String(value) : null;
    case 'string':
      return String(value);
  }
}
