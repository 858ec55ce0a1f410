import { describe, expect, it } from 'vitest';
import { sniffDelimiter } from '../../../src/io/sniff-delimiter';

const lines = (...rows: string[]): string => rows.join('\r\n') + '\r\n';

describe('sniffDelimiter', () => {
  it.each([
    [
      'semicolon',
      lines('Navn;Orgnr;Kommune', 'Bjørnstad AS;923609016;Oslo', 'Ås Gård SA;982463718;Ås'),
      ';',
    ],
    [
      'semicolon with commas in every name',
      lines(
        'Navn;Orgnr',
        'Berg, Hansen & Co AS;923609016',
        'Lie, Dahl AS;982463718',
        'Moe, Moe ANS;943753709',
      ),
      ';',
    ],
    [
      'comma with semicolons in names',
      lines(
        'Name,Org number',
        '"Berg; Hansen AS",923609016',
        'Lie; Dahl AS,982463718',
        'Moe AS,943753709',
      ),
      ',',
    ],
    [
      'comma with a quoted comma',
      lines('Name,Org', '"Haugen, Berg AS",923609016', 'Moe AS,1'),
      ',',
    ],
    ['tab', lines('Navn\tOrgnr', 'Bjørnstad AS\t923609016', 'Moe, Lie AS\t1'), '\t'],
    ['pipe', lines('Navn|Orgnr|Fylke', 'Bjørnstad AS|923609016|Oslo'), '|'],
    [
      'semicolon below a title and above notes',
      lines(
        'Medlemsliste pr. 01.03.2022',
        '',
        'Navn;Orgnr',
        'A AS;1',
        'B AS;2',
        '',
        'Kilde: registeret',
      ),
      ';',
    ],
    ['one column of names', lines('Navn', 'Bjørnstad AS', 'Moe AS', 'Lie AS'), null],
    [
      'one column, some names with commas',
      lines('Medlemmer', 'Berg, Hansen & Co AS', 'Moe AS', 'Lie AS', 'Dahl AS'),
      null,
    ],
    [
      'a field spanning lines does not count as a short record',
      lines('Navn;Orgnr;Merknad', 'A AS;1;"første\r\nandre"', 'B AS;2;', 'C AS;3;'),
      ';',
    ],
  ])('%s', (_label, text, expected) => {
    expect(sniffDelimiter(text)).toBe(expected);
  });
});

describe('sniffDelimiter: ties', () => {
  it('prefers the delimiter that also splits the header (a ";" inside a name of a "," file)', () => {
    expect(sniffDelimiter('Navn,Kommune\r\na;a,Bergen\r\n')).toBe(',');
  });
});
