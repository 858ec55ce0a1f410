import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, resolveLimits } from '../../../src/io/limits';
import { zipKind } from '../../../src/io/zip-kind';
import { readZipDirectory, zipSizeProblem } from '../../../src/io/zip-size';
import { fixture } from './fixtures';
import { buildZip } from './zip-builder';
import { renderMessage } from '../../../src/domain/messages/render';
import type { Message } from '../../../src/domain/messages/types';

const en = (m: Message | null): string | null => (m ? renderMessage(m, 'en') : null);

function directory(bytes: Uint8Array) {
  const dir = readZipDirectory(bytes);
  if (!dir.ok) throw new Error(dir.problem);
  return dir;
}

describe('readZipDirectory', () => {
  it('sums the declared sizes of a zip written here', () => {
    const dir = directory(
      buildZip([
        { name: 'a.xml', data: 'x'.repeat(1000) },
        { name: 'b.xml', data: 'hei', method: 0 },
      ]),
    );
    expect(dir.entries.map((e) => [e.name, e.method, e.uncompressedSize])).toEqual([
      ['a.xml', 8, 1000],
      ['b.xml', 0, 3],
    ]);
    expect(dir.totalUncompressed).toBe(1003);
  });

  it('agrees with the sizes in the LibreOffice fixture (checked against `unzip -l`)', () => {
    const dir = directory(fixture('medlemsliste-tittel.xlsx'));
    expect(dir.entries.map((e) => e.name)).toContain('xl/workbook.xml');
    expect(dir.entries.map((e) => e.name)).toContain('xl/worksheets/sheet1.xml');
    expect(dir.totalUncompressed).toBe(UNZIP_TOTAL);
  });

  it('reads ZIP64 sizes from the extra field', () => {
    const dir = directory(buildZip([{ name: 'big.xml', data: 'x', zip64Size: 5 * 2 ** 30 }]));
    expect(dir.totalUncompressed).toBe(5 * 2 ** 30);
  });

  it.each([
    ['no end record (cut off)', fixture('medlemsliste-tittel.xlsx').subarray(0, 3000), /missing/],
    ['too few bytes', new Uint8Array([0x50, 0x4b, 3, 4]), /missing/],
  ])('refuses %s', (_label, bytes, problem) => {
    const dir = readZipDirectory(bytes);
    expect(dir.ok).toBe(false);
    if (!dir.ok) expect(dir.problem).toMatch(problem);
  });

  it('refuses a directory that claims more entries than it holds', () => {
    const bytes = buildZip([{ name: 'a.xml', data: 'x' }]);
    const patched = new Uint8Array(bytes);
    const view = new DataView(patched.buffer);
    const end = patched.length - 22;
    view.setUint16(end + 8, 500, true);
    view.setUint16(end + 10, 500, true);
    const dir = readZipDirectory(patched);
    expect(dir.ok).toBe(false);
    if (!dir.ok) expect(dir.problem).toMatch(/damaged/);
  });
});

describe('zipSizeProblem', () => {
  const limits = DEFAULT_LIMITS;
  it.each([
    ['a normal workbook', 40_000, 8_000, null],
    ['a small file with a high ratio (under the ratio floor)', 5 * 2 ** 20, 10_000, null],
    [
      'a genuine bomb by ratio',
      20 * 2 ** 20,
      20_000,
      /unpacks to 20 MB from 20 KB \(more than 100 times its size\); refused as a possible zip bomb/,
    ],
    [
      'over the unpacked cap',
      2.1 * 2 ** 30,
      40 * 1024,
      /unpacks to 2\.1 GB from 40 KB, more than the 300 MB allowed; refused as a possible zip bomb/,
    ],
    ['large but with a plain ratio', 200 * 2 ** 20, 20 * 2 ** 20, null],
  ])('%s', (_label, unpacked, fileBytes, expected) => {
    const problem = zipSizeProblem(unpacked, fileBytes, limits);
    if (expected === null) expect(problem).toBeNull();
    else expect(en(problem)).toMatch(expected);
  });

  it('follows the limits given', () => {
    expect(en(zipSizeProblem(2000, 100, resolveLimits({ maxUnpackedBytes: 1000 })))).toMatch(
      /zip bomb/,
    );
    expect(en(zipSizeProblem(2000, 100, resolveLimits({ maxUnpackedBytes: 3000 })))).toBeNull();
  });
});

describe('zipKind', () => {
  const kindOf = (bytes: Uint8Array) => zipKind(bytes, directory(bytes).entries);
  it.each([
    ['the XLSX fixture', fixture('medlemsliste-tittel.xlsx'), { kind: 'xlsx' }],
    ['the ODS fixture', fixture('medlemsliste-tittel.ods'), { kind: 'ods' }],
    ['an XLSB', buildZip([{ name: 'xl/workbook.bin', data: 'x' }]), { kind: 'xlsb' }],
    [
      'a Word file',
      buildZip([
        { name: '[Content_Types].xml', data: 'x' },
        { name: 'word/document.xml', data: 'x' },
      ]),
      { kind: 'other', what: 'docx' },
    ],
    [
      'an ODF text document',
      buildZip([
        { name: 'mimetype', data: 'application/vnd.oasis.opendocument.text', method: 0 },
        { name: 'content.xml', data: '<x/>' },
      ]),
      { kind: 'other', what: 'odt' },
    ],
    [
      'a zip of member lists',
      buildZip([
        { name: 'a.csv', data: 'x' },
        { name: 'b.xlsx', data: 'x' },
      ]),
      {
        kind: 'other',
        what: 'zip',
        lists: ['a.csv', 'b.xlsx'],
      },
    ],
    [
      'a zip of anything else',
      buildZip([{ name: 'bilde.png', data: 'x' }]),
      { kind: 'other', what: 'zip' },
    ],
  ])('%s', (_label, bytes, expected) => {
    expect(kindOf(bytes)).toEqual(expected);
  });
});

// Sum of the "Length" column of `unzip -l tests/fixtures/io/medlemsliste-tittel.xlsx`.
const UNZIP_TOTAL = 14429;

describe('a real deflated bomb', () => {
  it('is refused from its declared sizes', () => {
    const zeros = new Uint8Array(20 * 2 ** 20);
    const bytes = buildZip([{ name: 'xl/workbook.xml', data: zeros }]);
    expect(bytes.length).toBeLessThan(deflateRawSync(zeros).length + 200);
    const dir = directory(bytes);
    expect(en(zipSizeProblem(dir.totalUncompressed, bytes.length, DEFAULT_LIMITS))).toMatch(
      /zip bomb/,
    );
  });
});
