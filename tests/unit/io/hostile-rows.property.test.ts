/**
 * Files with known rows, written as programs write them (CSV in UTF-8 or Windows-1252 with ; , or
 * tab, quoted where needed; XLSX via SheetJS), read through the real readFile + buildDataset:
 * every row ends up imported, merged, rejected or skipped with a reason, the totals add up, and
 * the names of imported rows survive byte for byte.
 */
import { utils, write } from '@e965/xlsx';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/domain/membership/build-dataset';
import { isMessageCode } from '../../../src/domain/messages/render';
import { readFile } from '../../../src/io/read-file';

const CP1252_CHARS = 'abcXYZ æøåÆØÅé€"\';,=-.&/()0123456789';
const UTF8_EXTRA = 'ĀŁ中文🙂\t';

function nameArb(alphabet: string): fc.Arbitrary<string> {
  return fc
    .array(fc.constantFrom(...alphabet), { minLength: 1, maxLength: 24 })
    .map((chars) => chars.join(''))
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter((s) => /[\p{L}\p{N}]/u.test(s));
}

function csvField(value: string, delimiter: string): string {
  return /["\n\r]/.test(value) || value.includes(delimiter) || value !== value.trim()
    ? `"${value.replace(/"/g, '""')}"`
    : value;
}

function cp1252(text: string): Uint8Array {
  const high: Record<string, number> = { '€': 0x80 };
  return new Uint8Array([...text].map((c) => high[c] ?? c.charCodeAt(0)));
}

interface Case {
  readonly names: readonly string[];
  readonly format: 'utf-8' | 'windows-1252' | 'xlsx';
  readonly delimiter: ';' | ',' | '\t';
}

const caseArb: fc.Arbitrary<Case> = fc
  .record({
    format: fc.constantFrom('utf-8' as const, 'windows-1252' as const, 'xlsx' as const),
    delimiter: fc.constantFrom(';' as const, ',' as const, '\t' as const),
  })
  .chain(({ format, delimiter }) =>
    fc
      .array(nameArb(format === 'windows-1252' ? CP1252_CHARS : CP1252_CHARS + UTF8_EXTRA), {
        minLength: 1,
        maxLength: 20,
      })
      .map((names) => ({ names, format, delimiter })),
  );

function fileOf(c: Case): { name: string; bytes: Uint8Array } {
  const rows = [['Navn', 'Kommune'], ...c.names.map((n, i) => [n, i % 2 ? 'Oslo' : 'Bergen'])];
  if (c.format === 'xlsx') {
    const wb = utils.book_new();
    utils.book_append_sheet(wb, utils.aoa_to_sheet(rows), 'Medlemmer');
    const bytes = new Uint8Array(write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
    return { name: 'Klynge A.xlsx', bytes };
  }
  const text = `${rows.map((r) => r.map((v) => csvField(v, c.delimiter)).join(c.delimiter)).join('\r\n')}\r\n`;
  return {
    name: 'Klynge A.csv',
    bytes: c.format === 'utf-8' ? new TextEncoder().encode(text) : cp1252(text),
  };
}

describe('known rows through readFile and buildDataset', () => {
  it('accounts for every row and keeps every imported name as written', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const { name, bytes } = fileOf(c);
        const read = readFile(name, bytes);
        expect(read.ok, JSON.stringify(read.ok ? '' : read.reason)).toBe(true);
        const dataset = buildDataset([read]);
        const { report } = dataset;
        // Totals add up.
        expect(report.rows).toBe(report.imported + report.merged + report.rejected.length);
        // Every data row (2 .. n+1) is accounted for exactly once.
        const outcome = new Map<number, string>();
        const note = (row: number, what: string) => {
          expect(outcome.has(row), `row ${row} twice`).toBe(false);
          outcome.set(row, what);
        };
        const nameAt = new Map<number, string>();
        for (const org of dataset.organisations) {
          org.sources.forEach((s, i) => {
            note(s.row, 'member');
            nameAt.set(s.row, org.sourceNames?.[i] ?? '');
          });
        }
        for (const r of report.rejected) {
          expect(isMessageCode(r.reason.code)).toBe(true);
          note(r.row!, 'rejected');
        }
        for (const f of report.files) {
          for (const s of f.skipped) {
            expect(isMessageCode(s.reason.code)).toBe(true);
            if (s.row > 1) note(s.row, 'skipped');
          }
        }
        for (let row = 2; row <= c.names.length + 1; row++) {
          expect(outcome.has(row), `row ${row} accounted for`).toBe(true);
          if (outcome.get(row) === 'member') expect(nameAt.get(row)).toBe(c.names[row - 2]);
        }
      }),
      { numRuns: 60 },
    );
  });
});
