import { CFB } from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import type { FileRead, SourceTable } from '../../../src/domain/membership/table';
import { DEFAULT_LIMITS, readFile } from '../../../src/io/read-file';
import { fixture, fixtureOk } from './fixtures';
import { buildZip } from './zip-builder';
import { renderMessage } from '../../../src/domain/messages/render';

const utf8 = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'utf8'));
const only = (read: FileRead): SourceTable => {
  const ok = fixtureOk(read);
  expect(ok.tables).toHaveLength(1);
  return ok.tables[0]!;
};
const reasonOf = (read: FileRead): string => {
  if (read.ok) throw new Error(`expected a refusal, got ${JSON.stringify(read)}`);
  return `${read.file}: ${renderMessage(read.reason, 'en')}`;
};

describe('readFile: spreadsheets made by LibreOffice', () => {
  it.each(['medlemsliste-tittel.xlsx', 'medlemsliste-tittel.ods', 'medlemsliste-tittel.xls'])(
    '%s: title and blank row above the header, notes below, cached formula values',
    (name) => {
      const table = only(readFile(name, fixture(name)));
      expect(table).toMatchObject({ file: name, sheet: 'Medlemmer', headerRow: 3 });
      expect(table.encoding).toBeUndefined();
      expect(table.header).toEqual([
        'Navn',
        'Org.nr',
        'Postnr',
        'Poststed',
        'Innmeldt',
        'Kortnavn',
      ]);
      expect(table.rows).toEqual([
        {
          row: 4,
          cells: [
            'Bjørnstad Æsj AS',
            '923609016',
            '0150',
            'Oslo',
            '2021-05-17',
            'BJØRNSTAD ÆSJ AS',
          ],
        },
        {
          row: 5,
          cells: [
            'Ålesund Øl og Mat AS',
            '982463718',
            '6002',
            'Ålesund',
            '2019-11-02',
            'ÅLESUND ØL OG MAT AS',
          ],
        },
        {
          row: 6,
          cells: [
            'Kjøkkenhagen Økologiske SA',
            '943753709',
            '1606',
            'Fredrikstad',
            '2022-02-28',
            'KJØKKENHAGEN ØKOLOGISKE SA',
          ],
        },
      ]);
      expect(table.skipped).toEqual([
        { row: 1, reason: { code: 'skip.title' } },
        { row: 2, reason: { code: 'skip.blank' } },
        { row: 7, reason: { code: 'skip.blank' } },
        { row: 8, reason: { code: 'skip.note' } },
        { row: 9, reason: { code: 'skip.note' } },
      ]);
    },
  );

  it('to-klynger.xlsx: one table per sheet, merged cluster names applied to each row', () => {
    const read = fixtureOk(readFile('to-klynger.xlsx', fixture('to-klynger.xlsx')));
    expect(read.tables.map((t) => [t.sheet, t.header, t.rows.map((r) => r.cells)])).toEqual([
      [
        'Helse',
        ['Klynge', 'Bedrift', 'Orgnr'],
        [
          ['Norway Health Tech', 'Bjørnstad Æsj AS', '923 609 016'],
          ['Norway Health Tech', 'Ålesund Øl og Mat AS', '982463718'],
          ['Norway Health Tech', 'Universitetet i Oslo', '971035854'],
        ],
      ],
      [
        'Energi',
        ['Klynge', 'Bedrift', 'Orgnr'],
        [
          ['NCE Smart Energy Markets', 'Universitetet i Oslo', '971035854'],
          ['NCE Smart Energy Markets', 'Østfold Energi AS', '943753709'],
        ],
      ],
    ]);
    expect(read.notes).toEqual([{ code: 'note.sheet-empty', params: { sheet: 'Tom' } }]);
  });
});

describe('readFile: text files as programs write them', () => {
  it.each([
    [
      'excel-semikolon-cp1252.csv',
      'windows-1252',
      ';',
      ['Navn', 'Organisasjonsnummer', 'Kommune', 'Kommentar'],
      [
        { row: 2, cells: ['Bjørnstad Æsj AS', '923609016', 'Oslo', ''] },
        {
          row: 3,
          cells: ['Ås; Økologisk Gård SA', '982463718', 'Ås', 'Første linje\nandre linje'],
        },
        { row: 5, cells: ['ÆRLIG ÅPEN ØRRET AS', '943753709', 'Fredrikstad', ''] },
      ],
    ],
    [
      'csv-utf8-bom-komma.csv',
      'utf-8 (BOM)',
      ',',
      ['Name', 'Org number', 'City'],
      [
        { row: 2, cells: ['Haugen, Berg & Co AS', '923609016', 'Tromsø'] },
        { row: 3, cells: ['Øvre Årdal Næring AS', '982463718', 'Årdal'] },
      ],
    ],
    [
      'unicode-text-utf16le.txt',
      'utf-16le (BOM)',
      '\t',
      ['Klynge', 'Medlem', 'Org.nr.'],
      [
        { row: 2, cells: ['Solenergiklyngen', 'Bjørnstad Æsj AS', '923609016'] },
        { row: 3, cells: ['Solenergiklyngen', 'Ålesund Øl og Mat AS', '982463718'] },
      ],
    ],
    [
      'pipe-separert.txt',
      'utf-8',
      '|',
      ['Virksomhet', 'Orgnr', 'Fylke'],
      [
        { row: 2, cells: ['Bjørnstad Æsj AS', '923609016', 'Oslo'] },
        { row: 3, cells: ['Kjøkkenhagen Økologiske SA', '943753709', 'Østfold'] },
      ],
    ],
  ])('%s (%s, delimiter %j)', (name, encoding, delimiter, header, rows) => {
    const table = only(readFile(name, fixture(name)));
    expect(table).toMatchObject({
      file: name,
      encoding,
      delimiter,
      headerRow: 1,
      header,
      rows,
      skipped: [],
    });
    expect(table.sheet).toBeUndefined();
  });

  it('notes a table without a recognisable header', () => {
    const read = fixtureOk(readFile('data.csv', utf8('A AS;923609016\nB AS;982463718\n')));
    expect(read.tables[0]!.headerRow).toBe(0);
    expect(read.notes[0]).toEqual({ code: 'note.no-header' });
  });

  it('keeps only the file name of a path', () => {
    expect(readFile('C:\\Users\\ola\\medlemmer.csv', utf8('Navn\nA AS\n')).file).toBe(
      'medlemmer.csv',
    );
    expect(readFile('/home/ola/liste.csv', new Uint8Array()).file).toBe('liste.csv');
  });
});

describe('readFile: a name that does not match the content', () => {
  it('reads an XLSX named .csv as a workbook, with a note', () => {
    const read = fixtureOk(readFile('medlemmer.csv', fixture('medlemsliste-tittel.xlsx')));
    expect(read.tables[0]!.rows).toHaveLength(3);
    expect(read.notes).toContainEqual({
      code: 'note.really-workbook',
      params: { format: 'xlsx', ext: 'csv' },
    });
    expect(renderMessage(read.notes[0]!, 'en')).toBe(
      'the file is really an Excel workbook (XLSX) although its name ends in .csv; it was read as a workbook',
    );
  });

  it('reads CSV text named .xlsx as text, with a note', () => {
    const read = fixtureOk(readFile('medlemmer.xlsx', fixture('excel-semikolon-cp1252.csv')));
    expect(read.tables[0]!.encoding).toBe('windows-1252');
    expect(read.notes.map((n) => renderMessage(n, 'en'))).toContain(
      'the file is plain text (semicolon-separated), not a spreadsheet, although its name ends in .xlsx; it was read as text',
    );
  });

  it('refuses text named .xlsx that has no header row: a broken or wrong file, not a list', () => {
    const read = readFile('medlemmer.xlsx', utf8('this is not a spreadsheet\n'));
    expect(read).toEqual({
      file: 'medlemmer.xlsx',
      ok: false,
      reason: { code: 'file.text-not-spreadsheet', params: { ext: 'xlsx' } },
    });
  });

  it('reads an HTML table saved as .xls, with a note', () => {
    const html =
      '<html><body><table><tr><th>Navn</th><th>Postnr</th></tr><tr><td>Ås Gård</td><td>0150</td></tr></table></body></html>';
    const read = fixtureOk(readFile('eksport.xls', utf8(html)));
    expect(read.tables[0]!.header).toEqual(['Navn', 'Postnr']);
    expect(read.tables[0]!.rows).toEqual([{ row: 2, cells: ['Ås Gård', '0150'] }]);
    expect(read.notes[0]).toEqual({ code: 'note.html-table' });
  });

  it('reads an Excel 2003 XML spreadsheet saved as .xls, numbers and dates included', () => {
    const xml = [
      '<?xml version="1.0"?>',
      '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">',
      '<Styles><Style ss:ID="d"><NumberFormat ss:Format="Short Date"/></Style></Styles>',
      '<Worksheet ss:Name="Medlemmer"><Table>',
      '<Row><Cell><Data ss:Type="String">Navn</Data></Cell><Cell><Data ss:Type="String">Orgnr</Data></Cell><Cell><Data ss:Type="String">Innmeldt</Data></Cell></Row>',
      '<Row><Cell><Data ss:Type="String">Bjørnstad Æsj AS</Data></Cell><Cell><Data ss:Type="Number">923609016</Data></Cell>',
      '<Cell ss:StyleID="d"><Data ss:Type="DateTime">2021-05-17T00:00:00.000</Data></Cell></Row>',
      '</Table></Worksheet></Workbook>',
    ].join('\n');
    const table = only(readFile('eksport.xls', utf8(xml)));
    expect(table.sheet).toBe('Medlemmer');
    expect(table.rows).toEqual([
      { row: 2, cells: ['Bjørnstad Æsj AS', '923609016', '2021-05-17'] },
    ]);
  });
});

describe('readFile: refusals with a reason', () => {
  const encryptedXlsx = (): Uint8Array => {
    const container = CFB.utils.cfb_new();
    CFB.utils.cfb_add(container, '/EncryptionInfo', new Uint8Array([4, 0, 4, 0, 0x40, 0, 0, 0]));
    CFB.utils.cfb_add(container, '/EncryptedPackage', new Uint8Array(4096));
    return new Uint8Array(CFB.write(container, { type: 'array' }) as ArrayLike<number>);
  };
  const zeros = new Uint8Array(20 * 2 ** 20);

  it.each<[string, string, () => Uint8Array, RegExp]>([
    ['empty', 'liste.csv', () => new Uint8Array(), /^liste\.csv: the file is empty \(0 bytes\)$/],
    [
      'whitespace only',
      'liste.csv',
      () => utf8(' \r\n\t\r\n  '),
      /^liste\.csv: the file is empty \(it holds only blank lines or spaces\)$/,
    ],
    [
      'only delimiters',
      'liste.csv',
      () => utf8(';;;\r\n;;;\r\n'),
      /^liste\.csv: the file has no filled cells$/,
    ],
    [
      'random bytes named .csv',
      'tilfeldige-bytes.csv',
      () => fixture('tilfeldige-bytes.csv'),
      /^tilfeldige-bytes\.csv: the file is binary data, not a spreadsheet or CSV file; export/,
    ],
    [
      'a PDF named .xlsx',
      'medlemmer.xlsx',
      () => utf8('%PDF-1.7\n%âãÏÓ\n'),
      /^medlemmer\.xlsx: the file is a PDF document, not a spreadsheet or CSV file/,
    ],
    [
      'a truncated XLSX',
      'avbrutt-nedlasting.xlsx',
      () => fixture('avbrutt-nedlasting.xlsx'),
      /^avbrutt-nedlasting\.xlsx: the file starts like a spreadsheet .* its zip directory is missing/,
    ],
    [
      'a Word file named .xlsx',
      'medlemmer.xlsx',
      () =>
        buildZip([
          { name: '[Content_Types].xml', data: '<x/>' },
          { name: 'word/document.xml', data: '<x/>' },
        ]),
      /^medlemmer\.xlsx: the file is a Word document \(\.docx\), not a spreadsheet$/,
    ],
    [
      'a deflated zip bomb',
      'x.xlsx',
      () =>
        buildZip([
          { name: '[Content_Types].xml', data: '<x/>' },
          { name: 'xl/workbook.xml', data: zeros },
        ]),
      /^x\.xlsx: the file unpacks to 20 MB from \d+ KB \(more than 100 times its size\); refused as a possible zip bomb$/,
    ],
    [
      'a zip that lies about its sizes',
      'x.xlsx',
      () =>
        buildZip([
          { name: '[Content_Types].xml', data: '<x/>' },
          { name: 'xl/workbook.xml', data: zeros, declaredSize: 4000 },
        ]),
      /^x\.xlsx: its part "xl\/workbook\.xml" unpacks to more than the size it declares; refused as a possible zip bomb$/,
    ],
    [
      'an XLSX with a damaged part',
      'skadet.xlsx',
      () => {
        const bytes = fixture('medlemsliste-tittel.xlsx');
        bytes[400] ^= 0xff;
        return bytes;
      },
      /^skadet\.xlsx: its part ".+" is (damaged|cut off).*; download it again, or open it in Excel or LibreOffice and save it again$/,
    ],
    [
      'a zip declaring 2.1 GB',
      'x.xlsx',
      () =>
        buildZip([
          { name: 'xl/workbook.xml', data: '<x/>', declaredSize: Math.round(2.1 * 2 ** 30) },
        ]),
      /^x\.xlsx: the file unpacks to 2\.1 GB from \d+ bytes, more than the 300 MB allowed; refused as a possible zip bomb$/,
    ],
    [
      'a password-protected XLSX',
      'hemmelig.xlsx',
      encryptedXlsx,
      /^hemmelig\.xlsx: the file is password-protected; open it in Excel, remove the password/,
    ],
    [
      'an unclosed quote',
      'liste.csv',
      () => utf8('Navn;Orgnr\r\n"A AS;1\r\nB AS;2\r\n'),
      /^liste\.csv: row 2: a quoted field starts here but its closing quote \(“|"\) is missing/,
    ],
    [
      'JSON',
      'liste.txt',
      () => utf8('[{"navn": "A AS"}]'),
      /^liste\.txt: the file is JSON data, not a table/,
    ],
    [
      'a web page without a table',
      'liste.xls',
      () => utf8('<!DOCTYPE html><html><body>Logg inn</body></html>'),
      /^liste\.xls: the file is a web page without a table, not a spreadsheet$/,
    ],
  ])('%s', (_label, name, bytes, reason) => {
    const read = readFile(name, bytes());
    expect(read.file).toBe(name);
    expect(reasonOf(read)).toMatch(reason);
  });
});

describe('readFile: limits', () => {
  it('exports sensible defaults', () => {
    expect(DEFAULT_LIMITS).toEqual({
      maxFileBytes: 50 * 2 ** 20,
      maxRows: 200_000,
      maxUnpackedBytes: 300 * 2 ** 20,
      maxZipRatio: 100,
      ratioCheckFromBytes: 10 * 2 ** 20,
    });
  });

  it.each<[string, string, Partial<typeof DEFAULT_LIMITS>, RegExp]>([
    [
      'file size',
      'to-klynger.xlsx',
      { maxFileBytes: 1000 },
      /^to-klynger\.xlsx: the file is 7\.0 KB, more than the 1000 bytes this app reads/,
    ],
    [
      'rows of a CSV',
      'excel-semikolon-cp1252.csv',
      { maxRows: 3 },
      /more than 3 rows, the most this app reads from one file; split it/,
    ],
    ['rows summed over sheets', 'to-klynger.xlsx', { maxRows: 6 }, /more than 6 rows/],
    [
      'unpacked size',
      'medlemsliste-tittel.xlsx',
      { maxUnpackedBytes: 10_000 },
      /unpacks to 14 KB from 5\.\d KB, more than the 9\.8 KB allowed; refused as a possible zip bomb/,
    ],
  ])('refuses a file over the %s cap', (_label, name, limits, reason) => {
    expect(reasonOf(readFile(name, fixture(name), limits))).toMatch(reason);
  });

  it('reads the same files under the default caps', () => {
    for (const name of [
      'to-klynger.xlsx',
      'excel-semikolon-cp1252.csv',
      'medlemsliste-tittel.xlsx',
    ]) {
      expect(readFile(name, fixture(name)).ok).toBe(true);
    }
    expect(readFile('to-klynger.xlsx', fixture('to-klynger.xlsx'), { maxRows: 7 }).ok).toBe(true);
  });
});
