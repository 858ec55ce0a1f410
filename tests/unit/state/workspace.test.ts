/** The workspace's pure edits: files in and out (with their mappings), decisions, places, register. */
import { describe, expect, it } from 'vitest';
import type { ColumnMapping } from '../../../src/domain/membership/column-mapping';
import type { OrgId } from '../../../src/domain/membership/types';
import {
  emptyWorkspace,
  exampleWorkspace,
  withDecisions,
  withFiles,
  withMapping,
  withoutDecision,
  withoutFile,
  withoutPlacement,
  withPlacements,
  withRegisterEntries,
} from '../../../src/state/workspace';

const mapping: ColumnMapping = { shape: 'per-cluster', roles: ['name'], clusterName: 'X' };
const base = withFiles(emptyWorkspace('w', 1), [
  { name: 'a.csv', size: 1 },
  { name: 'b.xlsx', size: 2 },
  { name: 'b.xlsx2', size: 3 },
]);
const merge = (a: string, b: string) => ({ kind: 'merge' as const, a: a as OrgId, b: b as OrgId });

describe('files', () => {
  it('a new user workspace is empty and from files; the example is from the default data', () => {
    expect(emptyWorkspace('id', 5)).toMatchObject({
      id: 'id',
      source: 'files',
      files: [],
      created: 5,
    });
    expect(exampleWorkspace()).toMatchObject({ id: 'example', source: 'default' });
  });

  it('adds files at the end; a file of the same name replaces the old in place, dropping its mappings', () => {
    const mapped = withMapping(base, 'a.csv', mapping);
    const next = withFiles(mapped, [
      { name: 'c.csv', size: 4 },
      { name: 'a.csv', size: 9 },
    ]);
    expect(next.files).toEqual([
      { name: 'a.csv', size: 9 },
      { name: 'b.xlsx', size: 2 },
      { name: 'b.xlsx2', size: 3 },
      { name: 'c.csv', size: 4 },
    ]);
    expect(next.mappings).toEqual({});
  });

  it('removes a file with the mappings of its sheets, not those of a file whose name starts alike', () => {
    let w = withMapping(base, 'b.xlsx\u0000Ark1', mapping);
    w = withMapping(w, 'b.xlsx2', mapping, 'remembered');
    const next = withoutFile(w, 'b.xlsx');
    expect(next.files.map((f) => f.name)).toEqual(['a.csv', 'b.xlsx2']);
    expect(Object.keys(next.mappings)).toEqual(['b.xlsx2']);
    expect(next.mappingOrigins).toEqual({ 'b.xlsx2': 'remembered' });
  });
});

describe('decisions', () => {
  const three = withDecisions(base, [merge('a', 'b'), merge('c', 'd'), merge('e', 'f')]);

  it.each([
    ['the last by default', undefined, ['a', 'c']],
    ['the one at an index', 0, ['c', 'e']],
    ['nothing for an index out of range', 3, ['a', 'c', 'e']],
    ['nothing for a negative index', -1, ['a', 'c', 'e']],
  ])('undo removes %s', (_, index, left) => {
    const after = withoutDecision(three, index);
    expect(after.decisions.map((d) => (d.kind === 'merge' ? d.a : ''))).toEqual(left);
  });

  it('adding no decisions leaves the workspace as it was', () => {
    expect(withDecisions(base, [])).toBe(base);
    expect(withoutDecision(base)).toBe(base);
  });
});

describe('places and register', () => {
  it('places organisations in bulk and clears one', () => {
    const place = { kind: 'county' as const, county: '03' as const, via: 'manual' as const };
    const placed = withPlacements(base, ['o1', 'o2'], place);
    expect(placed.placements).toEqual({ o1: place, o2: place });
    expect(withoutPlacement(placed, 'o1').placements).toEqual({ o2: place });
    expect(withoutPlacement(placed, 'nope')).toBe(placed);
  });

  it('keeps register entries by organisation number, the newest winning', () => {
    const w = withRegisterEntries(base, [
      { orgNumber: '923609016', name: 'Gammel' },
      { orgNumber: '923609016', name: 'Ny' },
      { orgNumber: '982463718', name: 'Annen' },
    ]);
    expect(Object.keys(w.register)).toEqual(['923609016', '982463718']);
    expect(w.register['923609016']!.name).toBe('Ny');
  });
});
