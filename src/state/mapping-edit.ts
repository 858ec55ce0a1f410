/**
 * Editing a column mapping the way the mapping view offers it: a column's role, the table's shape,
 * the cluster name. Each edit keeps the mapping consistent with its shape: a cluster column makes
 * a one-list-per-cluster table long; a wide table's cluster columns are the columns marked
 * 'cluster', each naming the cluster in its header.
 */
import type { ColumnMapping, TableShape } from '../domain/membership/column-mapping';
import type { ColumnRole } from '../domain/membership/header-vocabulary';

/** The roles a user can pick, in the order the dropdown shows them ('other' = ignore). */
export const ROLES: readonly ColumnRole[] = [
  'name',
  'orgNumber',
  'cluster',
  'municipalityNumber',
  'municipalityName',
  'postalCode',
  'postalPlace',
  'county',
  'country',
  'type',
  'other',
];

export const SHAPES: readonly TableShape[] = ['per-cluster', 'long', 'wide'];

function wideClustersOf(roles: readonly ColumnRole[], header: readonly string[]) {
  return roles.flatMap((role, column) =>
    role === 'cluster'
      ? [{ column, cluster: header[column]?.trim() || `Column ${column + 1}` }]
      : [],
  );
}

/** A mapping of `shape` with these roles, filled in from the header and the default cluster name. */
function shaped(
  shape: TableShape,
  roles: readonly ColumnRole[],
  header: readonly string[],
  clusterName: string,
): ColumnMapping {
  switch (shape) {
    case 'per-cluster':
      return {
        shape,
        roles: roles.map((r) => (r === 'cluster' ? 'other' : r)),
        clusterName,
      };
    case 'long':
      return { shape, roles };
    case 'wide':
      return { shape, roles, wideClusters: wideClustersOf(roles, header) };
  }
}

export function setRole(
  mapping: ColumnMapping,
  header: readonly string[],
  column: number,
  role: ColumnRole,
  defaultClusterName: string,
): ColumnMapping {
  const roles = header.map((_, i) => (i === column ? role : (mapping.roles[i] ?? 'other')));
  // Only one column can hold the name or the number; the one chosen last wins.
  if (role === 'name' || role === 'orgNumber') {
    roles.forEach((r, i) => {
      if (i !== column && r === role) roles[i] = 'other';
    });
  }
  const hasCluster = roles.includes('cluster');
  if (mapping.shape === 'per-cluster' && role === 'cluster') {
    return shaped('long', roles, header, defaultClusterName);
  }
  if (mapping.shape === 'long' && !hasCluster) {
    return shaped('per-cluster', roles, header, mapping.clusterName ?? defaultClusterName);
  }
  if (mapping.shape === 'per-cluster') {
    return {
      ...shaped('per-cluster', roles, header, defaultClusterName),
      clusterName: mapping.clusterName ?? defaultClusterName,
    };
  }
  return shaped(mapping.shape, roles, header, defaultClusterName);
}

export function setShape(
  mapping: ColumnMapping,
  header: readonly string[],
  shape: TableShape,
  defaultClusterName: string,
): ColumnMapping {
  if (shape === mapping.shape) return mapping;
  return shaped(shape, mapping.roles, header, mapping.clusterName ?? defaultClusterName);
}

/** Sets the cluster of a one-list-per-cluster table; a blank name changes nothing. */
export function setClusterName(mapping: ColumnMapping, name: string): ColumnMapping {
  const clusterName = name.trim().replace(/\s+/g, ' ');
  if (mapping.shape !== 'per-cluster' || clusterName === '' || clusterName === mapping.clusterName)
    return mapping;
  return { ...mapping, clusterName };
}

export function sameMapping(a: ColumnMapping, b: ColumnMapping): boolean {
  const key = (m: ColumnMapping) =>
    JSON.stringify([
      m.shape,
      m.roles,
      m.shape === 'per-cluster' ? (m.clusterName ?? '') : '',
      m.shape === 'wide' ? (m.wideClusters ?? []).map((w) => [w.column, w.cluster]) : [],
    ]);
  return key(a) === key(b);
}
