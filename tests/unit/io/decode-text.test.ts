import { describe, expect, it } from 'vitest';
import { decodeText, decodeWindows1252, guessBomlessUtf16 } from '../../../src/io/decode-text';
import { fixture } from './fixtures';

const NORWEGIAN = 'Bjørnstad Æsj AS; Ålesund Øl; Ærlig Åpen Ørret';
const cp1252 = (s: string): Uint8Array =>
  new Uint8Array([...s].map((c) => (c === '€' ? 0x80 : c.charCodeAt(0))));
const utf16be = (s: string): Uint8Array => {
  const le = Buffer.from(s, 'utf16le');
  return new Uint8Array(le.swap16());
};
const bytes = (...parts: (number[] | Uint8Array)[]): Uint8Array =>
  new Uint8Array(parts.flatMap((p) => [...p]));

describe('decodeText', () => {
  it.each([
    ['UTF-8 with BOM', bytes([0xef, 0xbb, 0xbf], Buffer.from(NORWEGIAN)), 'utf-8 (BOM)', NORWEGIAN],
    ['UTF-8 without BOM', new Uint8Array(Buffer.from(NORWEGIAN)), 'utf-8', NORWEGIAN],
    ['plain ASCII', new Uint8Array(Buffer.from('Navn;Orgnr')), 'utf-8', 'Navn;Orgnr'],
    [
      'UTF-16LE with BOM',
      bytes([0xff, 0xfe], Buffer.from(NORWEGIAN, 'utf16le')),
      'utf-16le (BOM)',
      NORWEGIAN,
    ],
    ['UTF-16BE with BOM', bytes([0xfe, 0xff], utf16be(NORWEGIAN)), 'utf-16be (BOM)', NORWEGIAN],
    [
      'UTF-16LE without BOM',
      new Uint8Array(Buffer.from(NORWEGIAN, 'utf16le')),
      'utf-16le',
      NORWEGIAN,
    ],
    ['UTF-16BE without BOM', utf16be(NORWEGIAN), 'utf-16be', NORWEGIAN],
    ['Windows-1252', cp1252(NORWEGIAN), 'windows-1252', NORWEGIAN],
  ])('%s', (_label, input, encoding, text) => {
    expect(decodeText(input)).toEqual({ encoding, text });
  });

  it('keeps the BOM out of the text', () => {
    expect(decodeText(bytes([0xef, 0xbb, 0xbf], Buffer.from('Navn'))).text).toBe('Navn');
    expect(decodeText(bytes([0xff, 0xfe], Buffer.from('Navn', 'utf16le'))).text).toBe('Navn');
  });

  it('reads each of æøåÆØÅ from its single Windows-1252 byte', () => {
    const decoded = decodeText(new Uint8Array([0xe6, 0xf8, 0xe5, 0xc6, 0xd8, 0xc5]));
    expect(decoded).toEqual({ text: 'æøåÆØÅ', encoding: 'windows-1252' });
  });

  it.each([
    [0x80, '€'],
    [0x8a, 'Š'],
    [0x92, '\u2019'],
    [0x96, '\u2013'],
    [0x9f, 'Ÿ'],
    [0xa0, '\u00a0'],
    [0xe6, 'æ'],
    [0xff, 'ÿ'],
  ])('maps Windows-1252 byte %i as the code page does', (byte, char) => {
    // Expected characters from Microsoft's cp1252 table. Node's own TextDecoder('windows-1252')
    // decodes 0x80-0x9F as Latin-1 controls, which is why decode-text.ts has its own table.
    expect(decodeWindows1252(new Uint8Array([byte]))).toBe(char);
  });

  it('agrees with Latin-1 outside 0x80-0x9F', () => {
    const bytes = [...Array(256).keys()].filter((b) => b < 0x80 || b > 0x9f);
    expect(decodeWindows1252(new Uint8Array(bytes))).toBe(Buffer.from(bytes).toString('latin1'));
    expect(decodeText(cp1252('Pris 100 €')).text).toBe('Pris 100 €');
  });

  it('decodes the Excel fixtures', () => {
    const semicolon = decodeText(fixture('excel-semikolon-cp1252.csv'));
    expect(semicolon.encoding).toBe('windows-1252');
    expect(semicolon.text).toContain('"Ås; Økologisk Gård SA"');
    const unicode = decodeText(fixture('unicode-text-utf16le.txt'));
    expect(unicode.encoding).toBe('utf-16le (BOM)');
    expect(unicode.text.split('\r\n')[0]).toBe('Klynge\tMedlem\tOrg.nr.');
  });
});

describe('guessBomlessUtf16', () => {
  it.each([
    ['ASCII as UTF-16LE', new Uint8Array(Buffer.from('Navn;Orgnr', 'utf16le')), 'utf-16le'],
    ['ASCII as UTF-16BE', utf16be('Navn;Orgnr'), 'utf-16be'],
    ['UTF-8 text', new Uint8Array(Buffer.from('Navn;Orgnr')), null],
    ['too short', new Uint8Array([0x41, 0]), null],
  ])('%s', (_label, input, expected) => {
    expect(guessBomlessUtf16(input)).toBe(expected);
  });
});
