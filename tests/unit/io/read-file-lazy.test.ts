import { describe, expect, it, vi } from 'vitest';
import { looksLikeWorkbook, readFileLazily } from '../../../src/io/read-file-lazy';
import { fixture } from './fixtures';

// Counts how often the SheetJS side is loaded, while still loading the real one.
const loads = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../../src/io/spreadsheet-reader', async (importOriginal) => {
  loads.count++;
  return importOriginal();
});

const utf8 = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'utf8'));
/** The eager reader, imported only once the lazy one has loaded SheetJS (it loads it too). */
const eager = async () => (await import('../../../src/io/read-file')).readFile;

describe('readFileLazily: SheetJS only for spreadsheets', () => {
  it('tells workbook bytes (ZIP, OLE) from text by their first bytes', () => {
    expect(looksLikeWorkbook(fixture('medlemsliste-tittel.xlsx'))).toBe(true);
    expect(looksLikeWorkbook(fixture('medlemsliste-tittel.xls'))).toBe(true);
    expect(looksLikeWorkbook(fixture('excel-semikolon-cp1252.csv'))).toBe(false);
  });

  // In order: the loader is module state, loaded at most once.
  it('reads a CSV without loading the spreadsheet reader, as readFile does', async () => {
    const bytes = fixture('excel-semikolon-cp1252.csv');
    const read = await readFileLazily('liste.csv', bytes);
    expect(loads.count).toBe(0);
    if (!read.ok) throw new Error(`expected a read, got ${JSON.stringify(read)}`);
    expect(read.tables[0]!.encoding).toBe('windows-1252');
    expect(read.tables[0]!.rows.length).toBeGreaterThan(0);
    expect(read).toEqual((await eager())('liste.csv', bytes));
  });

  it('reads spreadsheet text only known once decoded (an HTML table) as readFile does', async () => {
    const html =
      '<table><tr><td>Navn</td><td>Klynge</td></tr><tr><td>Alfa AS</td><td>K</td></tr></table>';
    const read = await readFileLazily('liste.html', utf8(html));
    expect(loads.count).toBe(1);
    expect(read).toEqual((await eager())('liste.html', utf8(html)));
  });

  it.each(['medlemsliste-tittel.xlsx', 'medlemsliste-tittel.ods', 'medlemsliste-tittel.xls'])(
    'reads %s as readFile does, loading the reader no more than once',
    async (name) => {
      const read = await readFileLazily(name, fixture(name));
      expect(read.ok).toBe(true);
      expect(read).toEqual((await eager())(name, fixture(name)));
      expect(loads.count).toBe(1);
    },
  );
});
