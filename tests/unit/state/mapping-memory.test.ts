/** Remembered mappings: same headers (after normalising) get the mapping, but not another file's cluster name. */
import { describe, expect, it } from 'vitest';
import type { ColumnMapping } from '../../../src/domain/membership/column-mapping';
import { applyRemembered, headerSignature } from '../../../src/state/mapping-memory';
import { emptyWorkspace, withMapping } from '../../../src/state/workspace';
import type { TablePreview } from '../../../src/worker/types';

function table(key: string, header: string[], headerRow = 1): TablePreview {
  const detected: ColumnMapping = {
    shape: 'per-cluster',
    roles: header.map(() => 'other'),
    clusterName: key.replace('.csv', ''),
  };
  return {
    key,
    file: key,
    headerRow,
    header,
    rows: [],
    rowCount: 0,
    skipped: [],
    sheetsInFile: 1,
    mapping: detected,
    detected,
  };
}

const remembered: ColumnMapping = {
  shape: 'per-cluster',
  roles: ['name', 'postalCode', 'other'],
  clusterName: 'Gammel klynge',
};

describe('header signature', () => {
  it.each([
    [['Org.nr.', 'Navn'], ['org nr', 'NAVN'], true],
    [['Navn', 'Kommune'], ['Kommune', 'Navn'], false],
    [['Navn'], ['Navn', ''], false],
  ])('%j and %j match: %s', (a, b, same) => {
    expect(headerSignature(a) === headerSignature(b)).toBe(same);
  });
});

describe('applying remembered mappings', () => {
  const header = ['Bedrift', 'Postnr', 'Notat'];
  const memory = { [headerSignature(header)]: remembered };

  it('gives a new table with the same headers the roles, keeping its own cluster name', () => {
    const w = applyRemembered(
      emptyWorkspace('w'),
      [table('mars.csv', ['BEDRIFT', 'postnr.', 'notat'])],
      memory,
    );
    expect(w.mappings['mars.csv']).toEqual({ ...remembered, clusterName: 'mars' });
    expect(w.mappingOrigins).toEqual({ 'mars.csv': 'remembered' });
  });

  it('carries a long or wide mapping over whole', () => {
    const long: ColumnMapping = { shape: 'long', roles: ['name', 'cluster', 'other'] };
    const w = applyRemembered(emptyWorkspace('w'), [table('x.csv', header)], {
      [headerSignature(header)]: long,
    });
    expect(w.mappings['x.csv']).toEqual(long);
  });

  it.each([
    ['other headers', table('x.csv', ['Navn', 'Postnr', 'Notat'])],
    ['no header row (made-up column names)', table('x.csv', header, 0)],
  ])('leaves a table with %s alone', (_, t) => {
    const w = emptyWorkspace('w');
    expect(applyRemembered(w, [t], memory)).toBe(w);
  });

  it('never overrides a mapping the table already has', () => {
    const own: ColumnMapping = {
      shape: 'per-cluster',
      roles: ['name', 'other', 'other'],
      clusterName: 'Egen',
    };
    const w = withMapping(emptyWorkspace('w'), 'x.csv', own);
    expect(applyRemembered(w, [table('x.csv', header)], memory).mappings['x.csv']).toBe(own);
  });
});
