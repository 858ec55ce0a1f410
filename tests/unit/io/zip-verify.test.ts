import { describe, expect, it } from 'vitest';
import { crc32Update } from '../../../src/io/crc32';
import { DEFAULT_LIMITS } from '../../../src/io/limits';
import { readZipDirectory, zipSizeProblem, type ZipEntry } from '../../../src/io/zip-size';
import { zipContentProblem } from '../../../src/io/zip-verify';
import { fixture } from './fixtures';
import { buildZip, crc32 } from './zip-builder';
import { renderMessage } from '../../../src/domain/messages/render';
import type { Message } from '../../../src/domain/messages/types';

const en = (m: Message | null): string | null => (m ? renderMessage(m, 'en') : null);

function entriesOf(bytes: Uint8Array): readonly ZipEntry[] {
  const dir = readZipDirectory(bytes);
  if (!dir.ok) throw new Error(dir.problem);
  return dir.entries;
}

describe('crc32Update', () => {
  it('matches the test helper and the standard check value, in one piece or several', () => {
    const text = new TextEncoder().encode('123456789');
    expect(crc32Update(0, text)).toBe(0xcbf43926);
    expect(crc32Update(crc32Update(0, text.subarray(0, 4)), text.subarray(4))).toBe(0xcbf43926);
    const xml = new TextEncoder().encode('<sheetData>Bjørnstad Æsj AS</sheetData>');
    expect(crc32Update(0, xml)).toBe(crc32(xml));
  });
});

describe('zipContentProblem', () => {
  it.each(['medlemsliste-tittel.xlsx', 'medlemsliste-tittel.ods', 'to-klynger.xlsx'])(
    'finds nothing wrong with %s',
    (name) => {
      const bytes = fixture(name);
      expect(en(zipContentProblem(bytes, entriesOf(bytes)))).toBeNull();
    },
  );

  it('catches a zip that declares small sizes but unpacks to far more', () => {
    const bytes = buildZip([
      { name: 'xl/workbook.xml', data: '<workbook/>' },
      { name: 'xl/worksheets/sheet1.xml', data: new Uint8Array(8 * 2 ** 20), declaredSize: 1000 },
    ]);
    const entries = entriesOf(bytes);
    // The declared sizes pass the size check: only unpacking shows the lie.
    expect(en(zipSizeProblem(1011, bytes.length, DEFAULT_LIMITS))).toBeNull();
    expect(en(zipContentProblem(bytes, entries))).toBe(
      'its part "xl/worksheets/sheet1.xml" unpacks to more than the size it declares; refused as a possible zip bomb',
    );
  });

  it('counts a size declared only in the local header, as SheetJS uses it', () => {
    const bytes = buildZip([{ name: 'xl/workbook.xml', data: '<x/>', localSize: 0xf0000000 }]);
    const dir = readZipDirectory(bytes);
    expect(dir.ok && dir.totalUncompressed).toBe(0xf0000000);
  });

  it('calls a changed byte a damaged part (checksum)', () => {
    const stored = buildZip([
      { name: 'mimetype', data: 'application/vnd.oasis.opendocument.spreadsheet', method: 0 },
    ]);
    const entry = entriesOf(stored)[0]!;
    const damaged = new Uint8Array(stored);
    damaged[entry.dataStart + 3]! ^= 0x20;
    expect(en(zipContentProblem(damaged, entriesOf(damaged)))).toMatch(
      /^its part "mimetype" is damaged \(checksum mismatch\); download it again, or open it in Excel/,
    );
  });

  it('calls deflate data that stops early cut off or damaged', () => {
    const bytes = buildZip([{ name: 'xl/workbook.xml', data: 'Bjørnstad Æsj AS '.repeat(200) }]);
    const entry = entriesOf(bytes)[0]!;
    const cut = { ...entry, compressedSize: entry.compressedSize - 4 };
    expect(en(zipContentProblem(bytes, [cut]))).toMatch(
      /^its part "xl\/workbook\.xml" (is cut off|is damaged \(.+\)); download it again/,
    );
  });

  it('names a compression method it cannot read', () => {
    const bytes = buildZip([{ name: 'xl/workbook.xml', data: '<x/>' }]);
    const entry = { ...entriesOf(bytes)[0]!, method: 14 };
    expect(en(zipContentProblem(bytes, [entry]))).toMatch(
      /uses a compression method \(14\) this app cannot read/,
    );
  });
});
