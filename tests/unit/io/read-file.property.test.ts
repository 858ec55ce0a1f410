/**
 * Properties of readFile over inputs no one wrote by hand: random bytes, random text tables,
 * random workbooks and damaged copies of the fixtures. It must never throw, must always give a
 * reason or tables, and in tables every non-blank physical row is accounted for exactly once.
 */

import { utils, write } from '@e965/xlsx';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FileRead, SourceTable } from '../../../src/domain/membership/table';
import { readFile } from '../../../src/io/read-file';
import { fixture } from './fixtures';
import { isMessageCode, renderMessage } from '../../../src/domain/messages/render';

const RUNS = 200;

/** Row numbers a table mentions: header, data and skipped; each at most once. */
function accountedRows(table: SourceTable): Map<number, string> {
  const seen = new Map<number, string>();
  const add = (row: number, what: string): void => {
    expect(Number.isInteger(row) && row >= 1, `row ${row} is a 1-based number`).toBe(true);
    expect(seen.has(row), `row ${row} appears twice (${seen.get(row)} and ${what})`).toBe(false);
    seen.set(row, what);
  };
  if (table.headerRow > 0) add(table.headerRow, 'header');
  for (const r of table.rows) add(r.row, 'data');
  for (const s of table.skipped) add(s.row, s.reason.code);
  return seen;
}

function checkShape(name: string, read: FileRead): void {
  expect(read.file).toBe(name);
  if (!read.ok) {
    expect(isMessageCode(read.reason.code), read.reason.code).toBe(true);
    // The file is named beside the message, never inside it.
    expect(renderMessage(read.reason, 'en')).not.toContain(`${name}:`);
    expect(renderMessage(read.reason, 'en').length).toBeGreaterThan(10);
    return;
  }
  expect(read.tables.length).toBeGreaterThan(0);
  for (const table of read.tables) {
    accountedRows(table);
    for (const r of table.rows) {
      expect(r.cells).toHaveLength(table.header.length);
      expect(r.row).toBeGreaterThan(table.headerRow);
      for (const cell of r.cells) expect(cell).toBe(cell.trim());
    }
  }
}

/** Every row the oracle calls non-blank is accounted for; anything else mentioned is a blank row. */
function checkCoverage(table: SourceTable, nonBlank: ReadonlySet<number>): void {
  const seen = accountedRows(table);
  for (const row of nonBlank)
    expect(seen.has(row), `non-blank row ${row} is accounted for`).toBe(true);
  for (const [row, what] of seen) if (!nonBlank.has(row)) expect(what).toBe('skip.blank');
}

const names = fc.constantFrom(
  'liste.csv',
  'medlemmer.xlsx',
  'eksport.txt',
  'data',
  'liste.ods',
  'gammel.xls',
);

describe('readFile properties', () => {
  it('never throws on random bytes', () => {
    fc.assert(
      fc.property(names, fc.uint8Array({ maxLength: 2048 }), (name, bytes) => {
        checkShape(name, readFile(name, bytes));
      }),
      { numRuns: RUNS },
    );
  });

  it('accounts for every non-blank line of a random quote-free text table', () => {
    const cell = fc.stringMatching(/^[ a-zA-ZæøåÆØÅ0-9.:*-]{0,12}$/);
    const row = fc.array(cell, { minLength: 0, maxLength: 6 });
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 1, maxLength: 25 }),
        fc.constantFrom(';', ',', '\t', '|'),
        fc.constantFrom('\r\n', '\n'),
        fc.constantFrom('utf-8', 'utf-16le', 'windows-1252'),
        fc.boolean(),
        (rows, delimiter, newline, encoding, finalBreak) => {
          const text =
            rows.map((r) => r.join(delimiter)).join(newline) + (finalBreak ? newline : '');
          const bytes =
            encoding === 'utf-16le'
              ? new Uint8Array(Buffer.from('\ufeff' + text, 'utf16le'))
              : encoding === 'windows-1252'
                ? new Uint8Array(Buffer.from(text, 'latin1'))
                : new Uint8Array(Buffer.from(text, 'utf8'));
          const read = readFile('liste.csv', bytes);
          checkShape('liste.csv', read);
          if (!read.ok) {
            // Only a table without a single filled cell may be refused.
            expect(rows.every((r) => r.every((c) => c.trim() === ''))).toBe(true);
            return;
          }
          const table = read.tables[0]!;
          const split = table.delimiter ?? '\u0000';
          const lines = text.split(newline);
          const nonBlank = new Set<number>();
          lines.forEach((line, i) => {
            if (line.split(split).some((c) => c.trim() !== '')) nonBlank.add(i + 1);
          });
          checkCoverage(table, nonBlank);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('accounts for every non-blank row of a random workbook', () => {
    const value = fc.oneof(
      fc.constant(''),
      fc.constant('   '),
      fc.stringMatching(/^[a-zA-ZæøåÆØÅ ]{1,10}$/),
      fc.integer({ min: 0, max: 999_999_999 }),
    );
    const sheet = fc.array(fc.array(value, { maxLength: 5 }), { minLength: 1, maxLength: 20 });
    fc.assert(
      fc.property(fc.array(sheet, { minLength: 1, maxLength: 3 }), (sheets) => {
        const wb = utils.book_new();
        sheets.forEach((aoa, i) =>
          utils.book_append_sheet(wb, utils.aoa_to_sheet(aoa), `Ark${i + 1}`),
        );
        const bytes = new Uint8Array(write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
        const read = readFile('bok.xlsx', bytes);
        checkShape('bok.xlsx', read);
        const filled = (aoa: (string | number)[][]) =>
          new Set(aoa.flatMap((r, i) => (r.some((v) => String(v).trim() !== '') ? [i + 1] : [])));
        if (!read.ok) {
          expect(sheets.every((aoa) => filled(aoa).size === 0)).toBe(true);
          return;
        }
        const withData = sheets
          .map((aoa, i) => [`Ark${i + 1}`, aoa] as const)
          .filter(([, aoa]) => filled(aoa).size > 0);
        expect(read.tables.map((t) => t.sheet)).toEqual(withData.map(([name]) => name));
        read.tables.forEach((table, i) => checkCoverage(table, filled(withData[i]![1])));
      }),
      { numRuns: 100 },
    );
  });

  it('never throws on damaged copies of the fixtures', () => {
    const files = [
      'medlemsliste-tittel.xlsx',
      'medlemsliste-tittel.ods',
      // Not the .xls: SheetJS's BIFF formula parser can loop forever on a damaged formula record
      // (parse_Rgce never meets its end offset), which no check before it can rule out cheaply.
      'to-klynger.xlsx',
      'excel-semikolon-cp1252.csv',
      'csv-utf8-bom-komma.csv',
      'unicode-text-utf16le.txt',
      'pipe-separert.txt',
    ].map((name) => [name, fixture(name)] as const);
    const damage = fc.oneof(
      fc.record({
        kind: fc.constant('flip' as const),
        at: fc.array(fc.nat(), { minLength: 1, maxLength: 8 }),
        byte: fc.integer({ min: 0, max: 255 }),
      }),
      fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
      fc.record({
        kind: fc.constant('insert' as const),
        at: fc.nat(),
        bytes: fc.uint8Array({ minLength: 1, maxLength: 64 }),
      }),
    );
    fc.assert(
      fc.property(fc.constantFrom(...files), damage, ([name, original], d) => {
        let bytes = new Uint8Array(original);
        if (d.kind === 'flip') for (const at of d.at) bytes[at % bytes.length] = d.byte;
        else if (d.kind === 'cut') bytes = bytes.slice(0, d.at % bytes.length);
        else {
          const at = d.at % bytes.length;
          bytes = new Uint8Array([...bytes.subarray(0, at), ...d.bytes, ...bytes.subarray(at)]);
        }
        checkShape(name, readFile(name, bytes));
      }),
      { numRuns: RUNS },
    );
  });
});
