import { describe, expect, it } from 'vitest';
import { findHeader } from '../../../src/io/find-header';
import type { RawRow } from '../../../src/io/raw-row';
import { SKIP, shapeTable } from '../../../src/io/shape-table';

/** Rows written as "a;b;c" strings, numbered from 1; '' is a blank row. */
const grid = (...lines: string[]): RawRow[] =>
  lines.map((line, i) => ({ row: i + 1, cells: line === '' ? [] : line.split(';') }));

describe('findHeader', () => {
  it.each([
    ['header on the first row', grid('Navn;Orgnr', 'A AS;1'), 0, 'vocabulary'],
    [
      'below a title and a blank row',
      grid('Medlemsliste pr. 01.03.2022', '', 'Navn;Org.nr;Postnr', 'A AS;1;2'),
      2,
      'vocabulary',
    ],
    [
      'two known columns without name/org',
      grid('Kommune;Fylke;Poststed', 'Oslo;Oslo;Oslo'),
      0,
      'vocabulary',
    ],
    [
      'a one-cell title that is a header word does not win over the wider header',
      grid('Medlemmer', 'Navn;Orgnr', 'A AS;923609016', 'B AS;982463718'),
      1,
      'vocabulary',
    ],
    [
      'a one-column list keeps its one-cell header',
      grid('Medlemmer', 'A AS', 'B AS'),
      0,
      'vocabulary',
    ],
    [
      'unknown labels above rows of the same width',
      grid('Liste', 'Foretak X;Nummer X;Sted X', 'A AS;923609016;Oslo', 'B AS;982463718;Ås'),
      1,
      'shape',
    ],
    [
      'data from the first row: no header',
      grid('A AS;923609016;Oslo', 'B AS;982463718;Ås'),
      -1,
      'none',
    ],
    [
      'text-only data that names companies: no header',
      grid('Berg AS;Oslo', 'Moe ASA;Ås'),
      -1,
      'none',
    ],
  ])('%s', (_label, rows, index, how) => {
    expect(findHeader(rows)).toEqual({ index, how });
  });

  it('finds a header below 35 title rows, and looks no further than 100 non-blank rows', () => {
    const titles = (n: number) => Array.from({ length: n }, (_, i) => `Tittel ${i + 1}`);
    expect(findHeader(grid(...titles(35), 'Navn;Orgnr', 'A AS;1')).index).toBe(35);
    expect(findHeader(grid(...titles(100), 'Navn;Orgnr', 'A AS;1')).index).toBe(-1);
    expect(findHeader(grid(...titles(99), 'Navn;Orgnr', 'A AS;1')).index).toBe(99);
  });
});

describe('shapeTable', () => {
  it('skips title, blank rows, repeated headers and notes; keeps data rows', () => {
    const t = shapeTable(
      grid(
        'Medlemsliste pr. 01.03.2022',
        '',
        'Navn;Orgnr;Kommune',
        'A AS;923609016;Oslo',
        '',
        'Navn;Orgnr;Kommune',
        'B AS;982463718;Ås',
        '',
        'Totalt;2',
        'Kilde: Brønnøysundregistrene',
      ),
    );
    expect(t.headerRow).toBe(3);
    expect(t.header).toEqual(['Navn', 'Orgnr', 'Kommune']);
    expect(t.rows).toEqual([
      { row: 4, cells: ['A AS', '923609016', 'Oslo'] },
      { row: 7, cells: ['B AS', '982463718', 'Ås'] },
    ]);
    expect(t.skipped).toEqual([
      { row: 1, reason: SKIP.title },
      { row: 2, reason: SKIP.blank },
      { row: 5, reason: SKIP.blank },
      { row: 6, reason: SKIP.repeatedHeader },
      { row: 8, reason: SKIP.blank },
      { row: 9, reason: SKIP.note },
      { row: 10, reason: SKIP.note },
    ]);
  });

  it.each([
    ['Sum;;87', true],
    ['Totalt 87 medlemmer', true],
    ['Antall medlemmer: 87', true],
    ['Antall;87', true],
    ['Kilde: medlemsregisteret', true],
    ['* Ikke betalt kontingent', true],
    ['Oppdatert 01.03.2022', true],
    ['NB: listen er ikke komplett', true],
    ['Listen er hentet fra medlemsregisteret og kan inneholde feil i mars', true],
    ['Total Sportshop AS', false],
    ['Summit Partners AS;923609016', false],
    ['C AS;943753709;Fredrikstad', false],
    ['Kildeskatt AS', false],
  ])('last row %j is a note: %s', (last, isNote) => {
    const t = shapeTable(grid('Navn;Orgnr;Kommune', 'A AS;923609016;Oslo', '', last));
    const reason = t.skipped.find((s) => s.row === 4)?.reason;
    expect(reason === SKIP.note).toBe(isNote);
    expect(t.rows.some((r) => r.row === 4)).toBe(!isNote);
  });

  it('reads notes only below the table, not between data rows', () => {
    const t = shapeTable(grid('Navn;Orgnr', 'A AS;1', 'Kilde: x', 'B AS;2'));
    expect(t.rows.map((r) => r.row)).toEqual([2, 3, 4]);
  });

  it('keeps a name-only last row of a one-column list after a blank row', () => {
    const t = shapeTable(
      grid(
        'Medlemmer',
        'A AS',
        '',
        'Norsk senter for sirkulær økonomi (NCCE) og andre partnere i Østfold',
      ),
    );
    expect(t.rows.map((r) => r.row)).toEqual([2, 4]);
  });

  it('pads short rows, names extra filled cells, drops empty columns', () => {
    const t = shapeTable(grid('Navn;;Orgnr;;', 'A AS;;1', 'B AS;;2;;ekstra', 'C AS'));
    expect(t.header).toEqual(['Navn', 'Orgnr', 'Column 5']);
    expect(t.rows.map((r) => r.cells)).toEqual([
      ['A AS', '1', ''],
      ['B AS', '2', 'ekstra'],
      ['C AS', '', ''],
    ]);
  });

  it('names an unnamed column that has data by its position', () => {
    const t = shapeTable(grid('Navn;;Orgnr', 'A AS;Oslo;1'));
    expect(t.header).toEqual(['Navn', 'Column 2', 'Orgnr']);
  });

  it('keeps a named column even when it has no data', () => {
    const t = shapeTable(grid('Navn;Kommentar', 'A AS'));
    expect(t.header).toEqual(['Navn', 'Kommentar']);
    expect(t.rows[0]!.cells).toEqual(['A AS', '']);
  });

  it('without a header, every row is data under generated column names', () => {
    const t = shapeTable(grid('A AS;923609016;Oslo', 'B AS;982463718'));
    expect(t.headerRow).toBe(0);
    expect(t.header).toEqual(['Column 1', 'Column 2', 'Column 3']);
    expect(t.rows.map((r) => r.row)).toEqual([1, 2]);
    expect(t.rows[1]!.cells).toEqual(['B AS', '982463718', '']);
  });

  it('treats a title merged across the columns like a one-cell note', () => {
    const t = shapeTable(grid('Navn;Orgnr', 'A AS;1', '', 'Kilde: register;Kilde: register'));
    expect(t.skipped.at(-1)).toEqual({ row: 4, reason: SKIP.note });
  });
});

describe('merged titles', () => {
  it('does not take a header word merged across the columns for the header', () => {
    const rows = grid('Medlemmer;Medlemmer;Medlemmer', 'Navn;Orgnr;Kommune', 'A AS;923609016;Oslo');
    expect(findHeader(rows).index).toBe(1);
  });
});
