/** Editing a mapping: roles, shape and cluster name stay consistent with each other. */
import { describe, expect, it } from 'vitest';
import type { ColumnMapping } from '../../../src/domain/membership/column-mapping';
import { sameMapping, setClusterName, setRole, setShape } from '../../../src/state/mapping-edit';

const header = ['Virksomhet', 'Postnr', 'Gruppe', 'Sol', 'Vind'];
const perCluster: ColumnMapping = {
  shape: 'per-cluster',
  roles: ['name', 'postalCode', 'other', 'other', 'other'],
  clusterName: 'crm-mars',
};

describe('setRole', () => {
  it('a cluster column makes a one-list-per-cluster table long', () => {
    const next = setRole(perCluster, header, 2, 'cluster', 'crm-mars');
    expect(next).toEqual({
      shape: 'long',
      roles: ['name', 'postalCode', 'cluster', 'other', 'other'],
    });
  });

  it('a long table without a cluster column goes back to one list per cluster', () => {
    const long = setRole(perCluster, header, 2, 'cluster', 'crm-mars');
    const back = setRole(long, header, 2, 'other', 'crm-mars');
    expect(back).toEqual({ ...perCluster });
  });

  it('keeps the cluster name of a one-list-per-cluster table when another role changes', () => {
    const named = { ...perCluster, clusterName: 'Solklyngen' };
    expect(setRole(named, header, 1, 'other', 'crm-mars')).toEqual({
      ...named,
      roles: ['name', 'other', 'other', 'other', 'other'],
    });
  });

  it('only one column holds the name: the one chosen last', () => {
    const next = setRole(perCluster, header, 2, 'name', 'crm-mars');
    expect(next.roles.slice(0, 3)).toEqual(['other', 'postalCode', 'name']);
  });

  it('a wide table names its clusters from the headers of its cluster columns', () => {
    const wide = setShape(setRole(perCluster, header, 3, 'cluster', 'x'), header, 'wide', 'x');
    const both = setRole(wide, header, 4, 'cluster', 'x');
    expect(both.wideClusters).toEqual([
      { column: 3, cluster: 'Sol' },
      { column: 4, cluster: 'Vind' },
    ]);
  });
});

describe('setShape and setClusterName', () => {
  it('one list per cluster drops cluster roles and takes the default name', () => {
    const long: ColumnMapping = {
      shape: 'long',
      roles: ['name', 'other', 'cluster', 'other', 'other'],
    };
    expect(setShape(long, header, 'per-cluster', 'crm-mars')).toEqual({
      shape: 'per-cluster',
      roles: ['name', 'other', 'other', 'other', 'other'],
      clusterName: 'crm-mars',
    });
    expect(setShape(long, header, 'long', 'x')).toBe(long);
  });

  it.each([
    ['  Sol   klyngen ', 'Sol klyngen'],
    ['   ', 'crm-mars'],
  ])('cluster name %j -> %j', (typed, expected) => {
    expect(setClusterName(perCluster, typed).clusterName).toBe(expected);
  });

  it('compares mappings by content, not key order', () => {
    const reordered = {
      clusterName: 'crm-mars',
      roles: [...perCluster.roles],
      shape: 'per-cluster',
    } as const;
    expect(sameMapping(perCluster, reordered)).toBe(true);
    expect(sameMapping(perCluster, setClusterName(perCluster, 'Annen'))).toBe(false);
  });
});
