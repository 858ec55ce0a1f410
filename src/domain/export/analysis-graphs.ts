/**
 * The two graphs klyngekart exports, as GraphSpecs built from a dataset and its analysis: the
 * overlap graph (clusters; edges carry `shared` and every other overlap measure the analysis
 * has) and the membership graph (organisations and clusters; an edge per membership). Every
 * metric in the analysis becomes an attribute, whatever the registry holds, so a new metric is
 * exported without a change here. Node ids are short and neutral (c1, o1); names are labels.
 */
import { placeLabel } from '../analysis/place-label';
import type { Analysis } from '../analysis/types';
import { uniqueNames } from '../analysis/unique-names';
import { indexMemberships } from '../graph/membership-index';
import { formatOrgNumber } from '../membership/org-number';
import type { Dataset } from '../membership/types';
import type { AttrDef, AttrValue, GraphSpec, SpecEdge, SpecNode } from './graph-spec';

type Row = Readonly<Record<string, unknown>>;

/** The value under a user-text key, only if it is the record's own (never a prototype's). */
function own(record: object, key: string): Row | undefined {
  return Object.hasOwn(record, key)
    ? ((record as Record<string, Row>)[key] ?? undefined)
    : undefined;
}

/** Attribute definitions for every numeric (or null) key seen in the rows, typed by their values. */
function numericAttrs(rows: Iterable<Row>, skip: ReadonlySet<string> = new Set()): AttrDef[] {
  const kinds = new Map<string, 'integer' | 'double'>();
  for (const row of rows) {
    for (const [key, value] of Object.entries(row)) {
      if (skip.has(key) || (typeof value !== 'number' && value !== null)) continue;
      const integer = value === null || Number.isInteger(value);
      kinds.set(key, kinds.get(key) === 'double' || !integer ? 'double' : 'integer');
    }
  }
  return [...kinds].map(([id, type]) => ({ id, type }));
}

const numbersOf = (row: Row | undefined): Record<string, AttrValue> => {
  const out: Record<string, AttrValue> = {};
  for (const [key, value] of Object.entries(row ?? {})) {
    if (typeof value === 'number' || value === null) out[key] = value;
  }
  return out;
};

export function overlapGraphSpec(analysis: Analysis): GraphSpec {
  const ids = new Map(analysis.clusters.map((c, i) => [c.name, `c${i + 1}`]));
  const metricRows = analysis.clusters.map((c) => own(analysis.metrics.clusters, c.name) ?? {});
  const metricAttrs = numericAttrs(metricRows, new Set(['members']));
  const nodes: SpecNode[] = analysis.clusters.map((c, i) => ({
    id: ids.get(c.name)!,
    label: c.name,
    attrs: { members: c.members, ...numbersOf(metricRows[i]) },
  }));
  const overlapRows: readonly Row[] = analysis.overlaps.map((o) => ({ ...o }));
  const edgeAttrs = numericAttrs(overlapRows);
  const edges: SpecEdge[] = analysis.overlaps.map((o, i) => ({
    id: `e${i + 1}`,
    source: ids.get(o.a)!,
    target: ids.get(o.b)!,
    weight: o.shared,
    attrs: numbersOf(overlapRows[i]),
  }));
  return {
    title: 'klyngekart overlap graph',
    nodeAttrs: [{ id: 'members', type: 'integer' }, ...metricAttrs],
    edgeAttrs,
    nodes,
    edges,
  };
}

export function membershipGraphSpec(dataset: Dataset, analysis: Analysis): GraphSpec {
  const index = indexMemberships(dataset);
  const orgNames = uniqueNames(index.organisations.values());
  const clusterNames = uniqueNames(index.clusters.values());
  const clusterId = new Map([...index.clusters.keys()].map((id, i) => [id, `c${i + 1}`]));
  const orgId = new Map([...index.organisations.keys()].map((id, i) => [id, `o${i + 1}`]));
  const metricAttrs = numericAttrs(
    [...orgNames.values()].map((name) => own(analysis.metrics.organisations, name) ?? {}),
    new Set(['clusters']),
  );

  const nodes: SpecNode[] = [
    ...[...index.clusters.keys()].map((id) => ({
      id: clusterId.get(id)!,
      label: clusterNames.get(id)!,
      attrs: { kind: 'cluster', members: index.membersOf.get(id)!.length },
    })),
    ...[...index.organisations.values()].map((org) => {
      const name = orgNames.get(org.id)!;
      return {
        id: orgId.get(org.id)!,
        label: name,
        attrs: {
          kind: 'organisation',
          orgNumber: org.orgNumber ? formatOrgNumber(org.orgNumber) : null,
          county: placeLabel(org.placement),
          memberType: org.type ?? null,
          clusters: index.clustersOf.get(org.id)!.length,
          ...numbersOf(own(analysis.metrics.organisations, name)),
        },
      };
    }),
  ];
  let n = 0;
  const edges: SpecEdge[] = [];
  for (const [org, clusters] of index.clustersOf) {
    for (const cluster of clusters) {
      edges.push({
        id: `m${++n}`,
        source: orgId.get(org)!,
        target: clusterId.get(cluster)!,
        attrs: {},
      });
    }
  }
  return {
    title: 'klyngekart membership graph',
    nodeAttrs: [
      { id: 'kind', type: 'string' },
      { id: 'members', type: 'integer' },
      { id: 'orgNumber', type: 'string' },
      { id: 'county', type: 'string' },
      { id: 'memberType', type: 'string' },
      { id: 'clusters', type: 'integer' },
      ...metricAttrs,
    ],
    edgeAttrs: [],
    nodes,
    edges,
  };
}
