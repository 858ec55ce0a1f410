/* Property: whatever tables come in, buildDataset never throws and every data row is counted once. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/domain/membership/build-dataset';
import type { FileRead, SourceTable } from '../../../src/domain/membership/table';

const cell = fc.oneof(
  fc.constantFrom(
    '',
    'x',
    'ja',
    'Sintef AS',
    'SINTEF',
    '923 609 016',
    '923609017',
    'Viken',
    '0301',
    '3006',
    'Oslo',
    'Herøy',
    '=1+1',
    'NO 982463718 MVA',
  ),
  fc.string({ maxLength: 12 }),
);
const headerWord = fc.constantFrom(
  'Navn',
  'Org.nr.',
  'Klynge',
  'Kommunenr',
  'Fylke',
  'Kommune',
  'X',
  'Y',
  'Type',
  'E-post',
  '',
);

const tableArb = fc
  .tuple(
    fc.array(headerWord, { minLength: 1, maxLength: 6 }),
    fc.integer({ min: 0, max: 25 }),
    fc.constantFrom('a.csv', 'b.xlsx', 'Klynge X.csv'),
  )
  .chain(([header, n, file]) =>
    fc
      .array(fc.array(cell, { minLength: header.length, maxLength: header.length }), {
        minLength: n,
        maxLength: n,
      })
      .map((rows): SourceTable => ({
        file,
        headerRow: 1,
        header,
        rows: rows.map((cells, i) => ({ row: i + 2, cells })),
        skipped: [],
      })),
  );

const readArb: fc.Arbitrary<FileRead> = fc.oneof(
  fc
    .array(tableArb, { minLength: 1, maxLength: 3 })
    .map((tables) => ({ file: tables[0]!.file, ok: true as const, tables, notes: [] })),
  fc.constant({
    file: 'bad.bin',
    ok: false as const,
    reason: { code: 'file.binary', params: { what: 'binary' } },
  }),
);

describe('buildDataset accounting', () => {
  it('counts every row as imported, merged or rejected', () => {
    fc.assert(
      fc.property(fc.array(readArb, { maxLength: 4 }), (generated) => {
        // Files in one batch have distinct names (the app and CLI make them so).
        const reads = generated.map((r, i): FileRead =>
          r.ok
            ? {
                ...r,
                file: `${i}-${r.file}`,
                tables: r.tables.map((t, j) => ({
                  ...t,
                  file: `${i}-${t.file}`,
                  sheet: `Ark${j}`,
                })),
              }
            : { ...r, file: `${i}-${r.file}` },
        );
        const { report, organisations, memberships } = buildDataset(reads);
        const rowRejections = report.rejected.filter((r) => r.row !== null).length;
        expect(report.imported + report.merged + rowRejections).toBe(report.rows);
        expect(report.imported).toBe(organisations.length);
        const sources = organisations.flatMap((o) =>
          o.sources.map((s) => `${s.file}/${s.sheet}/${s.row}`),
        );
        expect(new Set(sources).size).toBe(sources.length);
        for (const m of memberships) expect(organisations.some((o) => o.id === m.org)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
