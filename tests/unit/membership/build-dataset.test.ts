import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/domain/membership/build-dataset';
import type { FileRead } from '../../../src/domain/membership/table';
import { read, table } from './table-helpers';

function accountsForEveryRow(reads: FileRead[]) {
  const dataset = buildDataset(reads);
  const { report } = dataset;
  const rowRejections = report.rejected.filter((r) => r.row !== null).length;
  expect(report.imported + report.merged + rowRejections).toBe(report.rows);
  for (const f of report.files) expect(f.imported + f.merged + f.rejected).toBe(f.rowsRead);
  return dataset;
}

describe('buildDataset', () => {
  it('recognises one organisation by number and by name across lists', () => {
    const dataset = accountsForEveryRow([
      read(
        table(
          'A.csv',
          ['Navn', 'Org.nr.', 'Kommunenr'],
          [
            ['Sintef AS', '923 609 016', '5001'],
            ['Fjordvik Bygg AS', '', '0301'],
          ],
        ),
      ),
      read(
        table(
          'B.csv',
          ['Name', 'Organisation number'],
          [
            ['SINTEF', ''],
            ['Annet navn på samme', 'NO 923609016 MVA'],
            ['FJORDVIK BYGG', ''],
          ],
        ),
      ),
    ]);
    expect(dataset.organisations).toHaveLength(2);
    const sintef = dataset.organisations.find((o) => o.orgNumber === '923609016')!;
    expect(sintef.name).toBe('Sintef AS');
    expect(sintef.aliases).toEqual(['SINTEF', 'Annet navn på samme']);
    expect(sintef.sources).toHaveLength(3);
    expect(sintef.placement).toMatchObject({ kind: 'county', county: '50' });
    expect(dataset.clusters.map((c) => c.name)).toEqual(['A', 'B']);
    expect(dataset.memberships).toHaveLength(4);
    expect(dataset.report).toMatchObject({ rows: 5, imported: 2, merged: 3 });
    expect(dataset.report.merges.map((m) => m.by)).toEqual(['name', 'org-number', 'name']);
  });

  it('never merges two different numbers, even with one name', () => {
    const dataset = accountsForEveryRow([
      read(
        table(
          'A.csv',
          ['Navn', 'Orgnr'],
          [
            ['Nordlys AS', '923609016'],
            ['Nordlys AS', '982463718'],
            ['Nordlys', ''],
          ],
        ),
      ),
    ]);
    expect(dataset.organisations).toHaveLength(3);
    expect(dataset.report.warnings.some((w) => w.message.code === 'row.ambiguous-name')).toBe(true);
  });

  it('rejects rows without name or number, and keeps a bad number as a warning', () => {
    const dataset = accountsForEveryRow([
      read(
        table(
          'L.csv',
          ['Navn', 'Org.nr.', 'Klynge'],
          [
            ['', '', 'X'],
            ['Ok AS', '923609017', 'X'],
            ['Uten klynge AS', '', ''],
            ['', '923609017', 'X'],
          ],
        ),
      ),
    ]);
    expect(dataset.report.rejected).toEqual([
      { file: 'L.csv', row: 2, reason: { code: 'row.no-name-or-number' } },
      { file: 'L.csv', row: 4, reason: { code: 'row.no-cluster-named' } },
      {
        file: 'L.csv',
        row: 5,
        reason: { code: 'row.no-name-number-check-digit', params: { number: '923 609 017' } },
      },
    ]);
    expect(dataset.organisations[0]!.orgNumber).toBeUndefined();
    expect(dataset.report.warnings[0]!.message).toEqual({
      code: 'row.org-number-check-digit',
      params: { number: '923 609 017' },
    });
  });

  it('lists an unreadable file as one rejection without rows', () => {
    const dataset = accountsForEveryRow([
      { file: 'bad.xlsx', ok: false, reason: { code: 'file.other-kind', params: { what: 'zip' } } },
      read(table('A.csv', ['Navn'], [['X AS']])),
    ]);
    expect(dataset.report.rejected).toEqual([
      { file: 'bad.xlsx', row: null, reason: { code: 'file.other-kind', params: { what: 'zip' } } },
    ]);
    expect(dataset.report.rows).toBe(1);
  });

  it('reads long and wide shapes into the same memberships', () => {
    const long = accountsForEveryRow([
      read(
        table(
          'lang.csv',
          ['Medlem', 'Klynge'],
          [
            ['A AS', 'X'],
            ['A AS', 'Y'],
            ['B AS', 'Y'],
          ],
        ),
      ),
    ]);
    const wide = accountsForEveryRow([
      read(
        table(
          'bred.csv',
          ['Medlem', 'X', 'Y'],
          [
            ['A AS', 'x', 'x'],
            ['B AS', '', '1'],
          ],
        ),
      ),
    ]);
    const pairs = (d: typeof long) =>
      d.memberships
        .map(
          (m) =>
            `${d.organisations.find((o) => o.id === m.org)!.name}/${d.clusters.find((c) => c.id === m.cluster)!.name}`,
        )
        .sort();
    expect(pairs(long)).toEqual(pairs(wide));
    expect(pairs(long)).toEqual(['A AS/X', 'A AS/Y', 'B AS/Y']);
  });

  it('counts a repeated row in the same list as merged, once as a membership', () => {
    const dataset = accountsForEveryRow([read(table('A.csv', ['Navn'], [['X AS'], ['x as']]))]);
    expect(dataset.memberships).toHaveLength(1);
    expect(dataset.report).toMatchObject({ imported: 1, merged: 1 });
  });
});
