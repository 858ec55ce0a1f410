import { describe, expect, it } from 'vitest';
import { sniffBytes, sniffText } from '../../../src/io/sniff-format';

const b = (...values: number[]): Uint8Array => new Uint8Array(values);
const text = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'utf8'));

describe('sniffBytes', () => {
  it.each([
    ['nothing', b(), { kind: 'empty' }],
    ['a zip (XLSX/ODS)', b(0x50, 0x4b, 0x03, 0x04, 0x14, 0), { kind: 'zip' }],
    ['an empty zip', b(0x50, 0x4b, 0x05, 0x06, 0, 0), { kind: 'zip' }],
    ['an OLE file (XLS)', b(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0), { kind: 'ole' }],
    ['a PDF', text('%PDF-1.7\n'), { kind: 'binary', what: 'pdf' }],
    ['a PNG', b(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a), { kind: 'binary', what: 'png' }],
    ['a JPEG', b(0xff, 0xd8, 0xff, 0xe0), { kind: 'binary', what: 'jpeg' }],
    ['a gzip', b(0x1f, 0x8b, 8, 0), { kind: 'binary', what: 'gzip' }],
    ['text with a NUL', text('Navn;Orgnr\u0000\n'), { kind: 'binary', what: 'binary' }],
    [
      'text full of control bytes',
      text('ab\u0001\u0002\u0003cd'),
      { kind: 'binary', what: 'binary' },
    ],
    ['CSV text', text('Navn;Orgnr\r\nBjørnstad AS;923609016\r\n'), { kind: 'text' }],
    ['Windows-1252 text', b(0x4e, 0x61, 0x76, 0x6e, 0x3b, 0xe6, 0xf8, 0xe5), { kind: 'text' }],
  ])('%s', (_label, bytes, expected) => {
    expect(sniffBytes(bytes, false)).toEqual(expected);
  });

  it('lets UTF-16 through despite its zero bytes', () => {
    const utf16 = new Uint8Array(Buffer.from('Navn\tOrgnr', 'utf16le'));
    expect(sniffBytes(utf16, false).kind).toBe('binary');
    expect(sniffBytes(utf16, true).kind).toBe('text');
  });
});

describe('sniffText', () => {
  it.each([
    ['', 'blank'],
    [' \r\n\t \n', 'blank'],
    ['Navn;Orgnr\n', 'delimited'],
    ['<html><body><table><tr><td>Navn</td></tr></table></body></html>', 'html-table'],
    ['<!DOCTYPE html><html><body><p>Ingen tabell</p></body></html>', 'html'],
    [
      '<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">',
      'xml-spreadsheet',
    ],
    ['<?xml version="1.0"?><office:document xmlns:office="x">', 'xml-spreadsheet'],
    ['<?xml version="1.0"?><root/>', 'xml'],
    ['[{"navn": "Bjørnstad AS"}]', 'json'],
    ['[Medlemmer]\nNavn;Orgnr', 'delimited'],
  ])('%j is %s', (input, expected) => {
    expect(sniffText(input)).toBe(expected);
  });
});
