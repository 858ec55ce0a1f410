/**
 * The XLSX writer read back by openpyxl (Debian's python3-openpyxl, installed by .ci/run):
 * formula-like names are string cells, numbers are numbers, sheet names are valid and unique.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sheetName, tablesToXlsx } from '../../../src/io/write-xlsx';

const PYTHON = process.env.PYTHON_OPENPYXL ?? '/usr/bin/python3';
const READER = join(__dirname, '../../support/read_xlsx.py');

type Sheets = Record<string, { v: unknown; t: string }[][]>;

function readBack(bytes: Uint8Array): Sheets {
  const path = join(mkdtempSync(join(tmpdir(), 'klyngekart-xlsx-')), 'book.xlsx');
  writeFileSync(path, bytes);
  return JSON.parse(execFileSync(PYTHON, [READER, path], { encoding: 'utf8' })) as Sheets;
}

describe('tablesToXlsx', () => {
  const hostile = ['=HYPERLINK("http://x","y")', '+47 22 00 00 00', '-1+2', '@SUM(A1)', '\tTab'];
  const sheets = readBack(
    tablesToXlsx([
      {
        id: 'organisations',
        title: 'Organisasjoner',
        header: ['Navn', 'Klynger'],
        rows: [...hostile.map((name, i) => [name, i + 1]), ['Tom', null]],
      },
      { id: 'organisations', title: 'again', header: ['x'], rows: [[1.5]] },
      { id: 'a/b[c]:*?', title: 'odd', header: ['y'], rows: [] },
    ]),
  );

  it('writes formula-like names as string cells, never formulas', () => {
    const rows = sheets.organisations!;
    expect(rows[0]!.map((c) => c.v)).toEqual(['Navn', 'Klynger']);
    hostile.forEach((name, i) => {
      expect(rows[i + 1]![0]).toEqual({ v: name, t: 's' });
      expect(rows[i + 1]![1]).toEqual({ v: i + 1, t: 'n' });
    });
    expect(rows.flat().some((c) => c.t === 'f')).toBe(false);
  });

  it('gives every table a valid, unique sheet', () => {
    expect(Object.keys(sheets)).toEqual(['organisations', 'organisations (2)', 'a b c']);
    expect(sheets['organisations (2)']![1]![0]).toEqual({ v: 1.5, t: 'n' });
  });

  it.each([
    ['x'.repeat(40), 'x'.repeat(31)],
    ['', 'Ark'],
    ['Ark', 'Ark (2)'],
  ])('sheetName(%j)', (wanted, expected) => {
    expect(sheetName(wanted, new Set(['ark']))).toBe(expected === 'Ark' ? 'Ark (2)' : expected);
  });
});
