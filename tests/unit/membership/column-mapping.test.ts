import { describe, expect, it } from 'vitest';
import { clusterNameFor, detectMapping } from '../../../src/domain/membership/column-mapping';
import { table } from './table-helpers';

describe('detectMapping', () => {
  it('reads a per-cluster list, the cluster named by the file', () => {
    const mapping = detectMapping(
      table('NF&TA.csv', ['Navn', 'Org.nr.', 'Kommunenr'], [['A', '', '0301']]),
    );
    expect(mapping.shape).toBe('per-cluster');
    expect(mapping.clusterName).toBe('NF&TA');
    expect(mapping.roles).toEqual(['name', 'orgNumber', 'municipalityNumber']);
  });

  it('reads the long format from a cluster column', () => {
    const mapping = detectMapping(table('alle.csv', ['Medlem', 'Klynge'], [['A', 'X']]));
    expect(mapping.shape).toBe('long');
    expect(mapping.roles).toEqual(['name', 'cluster']);
  });

  it('reads the wide format from columns of marks', () => {
    const t = table(
      'matrise.xlsx',
      ['Bedrift', 'Norway Health Tech', 'H2Cluster', 'Kommune'],
      [
        ['A', 'x', '', 'Oslo'],
        ['B', '', 'ja', 'Asker'],
      ],
    );
    const mapping = detectMapping(t);
    expect(mapping.shape).toBe('wide');
    expect(mapping.wideClusters).toEqual([
      { column: 1, cluster: 'Norway Health Tech' },
      { column: 2, cluster: 'H2Cluster' },
    ]);
  });

  it('takes the first unknown text column as the name when no header says so', () => {
    const mapping = detectMapping(table('x.csv', ['Foretak AS-navn', 'Org.nr.'], [['A', '']]));
    expect(mapping.roles[0]).toBe('name');
  });
});

describe('clusterNameFor', () => {
  it.each([
    [{ file: 'Construction City.xlsx', sheet: 'Ark1' }, 1, 'Construction City'],
    [{ file: 'klynger.xlsx', sheet: 'H2Cluster' }, 2, 'H2Cluster'],
    [{ file: 'klynger.xlsx', sheet: 'H2Cluster' }, 1, 'H2Cluster'],
    [{ file: 'medlemsliste_Oslo_Cancer_Cluster.csv' }, 1, 'Oslo Cancer Cluster'],
  ])('%j -> %s', (where, sheets, name) => {
    expect(clusterNameFor({ ...table(where.file, ['Navn'], []), ...where }, sheets)).toBe(name);
  });
});
