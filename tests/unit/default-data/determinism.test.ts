/**
 * The generator is deterministic: its pure core run twice with the seed gives the same bytes and
 * the same truth, and the committed files and truth are what it gives now (CSV and JSON byte for
 * byte; XLSX cell for cell, since zip bytes may change with a SheetJS upgrade). Another seed gives
 * other members but the same calibration, so the published figures do not hang on a lucky seed.
 */
import { read, utils } from '@e965/xlsx';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SEED, generateDefaultData } from '../../../scripts/default-data/generate';
import { formatJson } from '../../../scripts/default-data/truth';
import { loadCommittedFiles, TRUTH_PATH } from './load';

const first = generateDefaultData(DEFAULT_SEED);

function cells(bytes: Uint8Array): unknown {
  const book = read(bytes, { type: 'array' });
  return book.SheetNames.map((name) => [
    name,
    utils.sheet_to_json(book.Sheets[name]!, { header: 1, blankrows: true, defval: null }),
  ]);
}

describe('default data generator: determinism', () => {
  it('gives byte-identical files and an identical truth when run twice with the seed', () => {
    const second = generateDefaultData(DEFAULT_SEED);
    expect(second.files.map((f) => f.name)).toEqual(first.files.map((f) => f.name));
    first.files.forEach((f, i) =>
      expect(Buffer.from(second.files[i]!.bytes).equals(Buffer.from(f.bytes))).toBe(true),
    );
    expect(formatJson(second.truth)).toBe(formatJson(first.truth));
  });

  it('matches the committed files and truth', () => {
    const committed = loadCommittedFiles();
    expect(committed.map((f) => f.name)).toEqual(first.files.map((f) => f.name).sort());
    for (const file of first.files) {
      const bytes = committed.find((c) => c.name === file.name)!.bytes;
      if (file.name.endsWith('.xlsx')) expect(cells(bytes)).toEqual(cells(file.bytes));
      else expect(Buffer.from(bytes).equals(Buffer.from(file.bytes))).toBe(true);
    }
    expect(readFileSync(TRUTH_PATH, 'utf8')).toBe(`${formatJson(first.truth)}\n`);
  });

  it('gives other members but the same calibration with another seed', () => {
    const other = generateDefaultData(7);
    const names = (d: typeof first) => d.truth.organisations.map((o) => o.name).sort();
    expect(names(other)).not.toEqual(names(first));
    expect(other.truth.organisations).toHaveLength(1276);
    const count = (n: number) =>
      other.truth.organisations.filter((o) => o.clusters.length === n).length;
    expect([count(2), count(3), count(4) + count(5)]).toEqual([94, 24, 9]);
    const oslo = other.truth.organisations.filter((o) => o.county === '03').length;
    expect(Math.abs((100 * oslo) / 1276 - 47)).toBeLessThan(1);
  });
});
