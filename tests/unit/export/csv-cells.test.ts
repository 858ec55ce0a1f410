import { describe, expect, it } from 'vitest';
import { csvCell, neutraliseFormula, toCsv } from '../../../src/domain/export/csv-cells';

describe('CSV cells', () => {
  it.each([
    ['=HYPERLINK("http://x","klikk")', `"'=HYPERLINK(""http://x"",""klikk"")"`],
    ['+47 22 00 00 00', "'+47 22 00 00 00"],
    ['-1+1', "'-1+1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tTab', "'\tTab"],
    ['Sintef AS', 'Sintef AS'],
    ['Hansen; Co', '"Hansen; Co"'],
    ['Linje\nto', '"Linje\nto"'],
    ['Æøå «sitat»', 'Æøå «sitat»'],
  ])('%j is written as %j', (value, written) => {
    expect(csvCell(value)).toBe(written);
  });

  it('leaves numbers as numbers and empty as empty', () => {
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(null)).toBe('');
    expect(neutraliseFormula('a=b')).toBe('a=b');
  });

  it('writes a BOM, semicolons and CRLF', () => {
    expect(
      toCsv([
        ['a', 'b'],
        ['c', 1],
      ]),
    ).toBe('\ufeffa;b\r\nc;1\r\n');
  });
});
