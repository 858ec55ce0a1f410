import { utils, write, type WorkBook, type WorkSheet } from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { readWorkbook } from '../../../src/io/read-spreadsheet';
import { fixture, fixtureOk } from './fixtures';

function xlsx(sheets: Record<string, WorkSheet>, props?: WorkBook['Workbook']): Uint8Array {
  const wb = utils.book_new();
  for (const [name, ws] of Object.entries(sheets)) utils.book_append_sheet(wb, ws, name);
  if (props) wb.Workbook = props;
  return new Uint8Array(write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

const read = (bytes: Uint8Array | string, maxRows = 1000) => readWorkbook(bytes, maxRows);

describe('readWorkbook on the LibreOffice fixtures', () => {
  it.each(['medlemsliste-tittel.xlsx', 'medlemsliste-tittel.ods', 'medlemsliste-tittel.xls'])(
    '%s: numbers, dates and formula results as text, row numbers as in the sheet',
    (name) => {
      const book = fixtureOk(read(fixture(name)));
      expect(book.sheets.map((s) => s.name)).toEqual(['Medlemmer']);
      const rows = book.sheets[0]!.rows;
      expect(rows.map((r) => r.row)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
      expect(rows[1]!.cells.every((c) => c === '')).toBe(true);
      // Org number and 0000-formatted postal code stored as numbers; date stored as a serial;
      // UPPER() and COUNTA() cached by LibreOffice when it wrote the file.
      expect(rows[3]!.cells).toEqual([
        'Bjørnstad Æsj AS',
        '923609016',
        '0150',
        'Oslo',
        '2021-05-17',
        'BJØRNSTAD ÆSJ AS',
      ]);
      expect(rows[7]!.cells).toEqual(['Totalt', '3']);
    },
  );

  it('fills a merged cluster name into every row it covers, sheet by sheet', () => {
    const book = fixtureOk(read(fixture('to-klynger.xlsx')));
    expect(book.sheets.map((s) => s.name)).toEqual(['Helse', 'Energi']);
    expect(book.sheets[0]!.rows.map((r) => r.cells[0])).toEqual([
      'Klynge',
      'Norway Health Tech',
      'Norway Health Tech',
      'Norway Health Tech',
    ]);
    expect(book.sheets[1]!.rows.map((r) => r.cells[0])).toEqual([
      'Klynge',
      'NCE Smart Energy Markets',
      'NCE Smart Energy Markets',
    ]);
    expect(book.notes).toEqual([{ code: 'note.sheet-empty', params: { sheet: 'Tom' } }]);
  });
});

describe('readWorkbook on workbooks written for the test', () => {
  it('hands hidden sheets on, marked hidden (read-file.ts decides whether they hold a table)', () => {
    const bytes = xlsx(
      {
        Medlemmer: utils.aoa_to_sheet([['Navn'], ['A AS']]),
        Lister: utils.aoa_to_sheet([['Oslo'], ['Ås']]),
      },
      { Sheets: [{ Hidden: 0 }, { Hidden: 1 }] },
    );
    const book = fixtureOk(read(bytes));
    expect(book.sheets.map((s) => [s.name, s.hidden])).toEqual([
      ['Medlemmer', false],
      ['Lister', true],
    ]);
  });

  it('marks the rows of formulas that have no saved result', () => {
    const ws = utils.aoa_to_sheet([['Navn', 'Antall'], ['A AS'], ['B AS', 2]]);
    ws['B2'] = { t: 'n', f: 'SUM(1,1)' };
    const book = fixtureOk(read(xlsx({ Ark1: ws })));
    expect(book.sheets[0]!.rows[1]!.cells).toEqual(['A AS', '']);
    expect(book.sheets[0]!.formulaRows).toEqual([2]);
  });

  it('does not let a merge reaching below the table create rows', () => {
    const ws = utils.aoa_to_sheet([
      ['Klynge', 'Navn'],
      ['H2Cluster', 'A AS'],
      ['', 'B AS'],
    ]);
    ws['!merges'] = [utils.decode_range('A2:A10')];
    const book = fixtureOk(read(xlsx({ Ark1: ws })));
    expect(book.sheets[0]!.rows.map((r) => r.cells)).toEqual([
      ['Klynge', 'Navn'],
      ['H2Cluster', 'A AS'],
      ['H2Cluster', 'B AS'],
    ]);
  });

  it('reads dates of a 1904 workbook', () => {
    const ws = utils.aoa_to_sheet([['Innmeldt'], [42871]]);
    ws['A2']!.z = 'yyyy-mm-dd';
    const book = fixtureOk(read(xlsx({ Ark1: ws }, { WBProps: { date1904: true } })));
    expect(book.sheets[0]!.rows[1]!.cells).toEqual(['2021-05-17']);
  });

  it.each([
    ['one sheet over the cap', { A: 6 }, 5, false],
    ['one sheet at the cap', { A: 5 }, 5, true],
    ['two sheets together over the cap', { A: 3, B: 3 }, 5, false],
  ])('row cap: %s', (_label, sizes, maxRows, accepted) => {
    const sheets = Object.fromEntries(
      Object.entries(sizes).map(([name, n]) => [
        name,
        utils.aoa_to_sheet(Array.from({ length: n }, (_, i) => [`r${i}`])),
      ]),
    );
    const result = read(xlsx(sheets), maxRows);
    expect(result.ok).toBe(accepted);
    if (!result.ok)
      expect(result.reason).toEqual({ code: 'file.too-many-rows', params: { max: 5 } });
  });

  it.each([
    ['one sheet over the cap', { A: 4 }, false],
    ['at the cap', { A: 3 }, true],
    ['two sheets together over the cap', { A: 2, B: 2 }, false],
  ])('cells cap (3 rows of 2 cells): %s', (_label, sizes, accepted) => {
    const sheets = Object.fromEntries(
      Object.entries(sizes).map(([name, n]) => [
        name,
        utils.aoa_to_sheet(Array.from({ length: n }, (_, i) => [`r${i}`, i])),
      ]),
    );
    const caps = { maxColumns: 1000, maxCellChars: 10_000, maxCells: 6 };
    const result = readWorkbook(xlsx(sheets), 1000, caps);
    expect(result.ok).toBe(accepted);
    if (!result.ok)
      expect(result.reason).toEqual({ code: 'file.too-many-cells', params: { max: 6 } });
  });

  it('reads an HTML table with its text as written (leading zeros kept)', () => {
    const html =
      '<html><body><table><tr><td>Navn</td><td>Postnr</td></tr><tr><td>Ås Gård</td><td>0150</td></tr></table></body></html>';
    const book = fixtureOk(read(html));
    expect(book.sheets[0]!.rows.map((r) => r.cells)).toEqual([
      ['Navn', 'Postnr'],
      ['Ås Gård', '0150'],
    ]);
  });

  it('reports a workbook with only empty sheets', () => {
    const result = read(xlsx({ Tom: utils.aoa_to_sheet([]) }));
    expect(result).toEqual({
      ok: false,
      reason: { code: 'file.no-data-sheet' },
    });
  });

  it('turns a SheetJS failure into a reason', () => {
    const ole = new Uint8Array(1024);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const result = read(ole);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatchObject({ code: 'file.unreadable' });
  });
});
