import { describe, expect, it } from 'vitest';
import { lineAt, lineStarts, readDelimited } from '../../../src/io/read-csv';

function ok(text: string, maxRows = 1000) {
  const read = readDelimited(text, maxRows);
  if (!read.ok) throw new Error(read.reason.code);
  return read;
}

describe('line numbers', () => {
  it.each([
    ['a\r\nb\r\nc', [0, 3, 6]],
    ['a\nb\nc\n', [0, 2, 4, 6]],
    ['a\rb\rc', [0, 2, 4]],
    ['a\r\n\r\nb', [0, 3, 5]],
  ])('%j starts lines at %j', (text, starts) => {
    expect(lineStarts(text)).toEqual(starts);
  });

  it('finds the line of an offset', () => {
    const starts = lineStarts('ab\ncd\nef');
    expect([0, 1, 2, 3, 5, 6, 7].map((o) => lineAt(starts, o))).toEqual([1, 1, 1, 2, 2, 3, 3]);
  });
});

describe('readDelimited', () => {
  it('numbers a record by the line it starts on when a quoted field spans lines', () => {
    const text = 'Navn;Merknad\r\n"A AS";"linje 1\r\nlinje 2\r\nlinje 3"\r\nB AS;x\r\n';
    const read = ok(text);
    expect(read.delimiter).toBe(';');
    expect(read.rows).toEqual([
      { row: 1, cells: ['Navn', 'Merknad'] },
      { row: 2, cells: ['A AS', 'linje 1\nlinje 2\nlinje 3'] },
      { row: 5, cells: ['B AS', 'x'] },
    ]);
  });

  it('keeps embedded delimiters and escaped quotes, trims cells', () => {
    const read = ok('Navn,Orgnr\n"  Berg, ""Beste"" AS ",  923609016 \n');
    expect(read.rows[1]!.cells).toEqual(['Berg, "Beste" AS', '923609016']);
  });

  it('keeps blank lines as blank rows but drops the final line breaks', () => {
    const read = ok('Navn;Orgnr\n\nA AS;1\n\n\n');
    expect(read.rows.map((r) => r.row)).toEqual([1, 2, 3]);
    expect(read.rows[1]!.cells.every((c) => c === '')).toBe(true);
  });

  it('reads a one-column list without splitting names at commas', () => {
    const read = ok('Medlemmer\nBerg, Hansen & Co AS\nMoe AS\nLie AS\nDahl AS\n');
    expect(read.delimiter).toBeNull();
    expect(read.rows.map((r) => r.cells)).toEqual([
      ['Medlemmer'],
      ['Berg, Hansen & Co AS'],
      ['Moe AS'],
      ['Lie AS'],
      ['Dahl AS'],
    ]);
  });

  it('refuses an unclosed quote with the row it starts on', () => {
    const read = readDelimited('Navn;Orgnr\nA AS;1\n"B AS;2\nC AS;3\n', 100);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.reason).toEqual({ code: 'file.unclosed-quote', params: { row: 3 } });
  });

  it.each([
    ['exactly the cap', 'h;x\n1;a\n2;b\n', 3, true],
    ['the cap and a final line break', 'h;x\n1;a\n2;b\n\n\n', 3, true],
    ['one row over the cap', 'h;x\n1;a\n2;b\n3;c\n', 3, false],
  ])('row cap: %s', (_label, text, maxRows, accepted) => {
    const read = readDelimited(text, maxRows);
    expect(read.ok).toBe(accepted);
    if (!read.ok) expect(read.reason).toEqual({ code: 'file.too-many-rows', params: { max: 3 } });
  });
});

describe('readDelimited with awkward line breaks', () => {
  it.each([
    ['a CRLF file cut after a CR', 'Klynge\tMedlem\r\nSol\tA AS\r', [1, 2]],
    ['old Mac CR line breaks', 'Navn;Orgnr\rA AS;1\rB AS;2\r', [1, 2, 3]],
    ['mixed CRLF, LF and CR', 'Navn;Orgnr\r\nA AS;1\nB AS;2\rC AS;3', [1, 2, 3, 4]],
  ])('%s', (_label, text, rows) => {
    const read = ok(text);
    expect(read.rows.map((r) => r.row)).toEqual(rows);
    expect(
      read.rows.every((r) => r.cells.every((c) => !c.includes('\r') && !c.startsWith('\n'))),
    ).toBe(true);
  });
});

describe('cells cap', () => {
  it('refuses a file with more cells than the cap, and reads one at the cap', () => {
    const text = 'Navn;Orgnr\nA AS;1\nB AS;2\n';
    expect(readDelimited(text, 100, 6).ok).toBe(true);
    const over = readDelimited(text, 100, 5);
    expect(over.ok).toBe(false);
    if (!over.ok) expect(over.reason).toEqual({ code: 'file.too-many-cells', params: { max: 5 } });
  });
});
