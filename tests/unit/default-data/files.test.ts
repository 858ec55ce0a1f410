/**
 * The committed files in data/default against the ground truth, read without the app's io layer:
 * every truth row points at a row whose name folds to the organisation's key, whose number (when
 * written) is the organisation's, whose municipality and type are its own; every data row is in
 * the truth; headers are words the importer knows; and the files differ the way real exports do.
 */
import { describe, expect, it } from 'vitest';
import { municipalitiesFromNumber } from '../../../src/domain/geo/municipalities';
import { roleOfHeader, type ColumnRole } from '../../../src/domain/membership/header-vocabulary';
import { readMemberType } from '../../../src/domain/membership/member-type';
import { normaliseName } from '../../../src/domain/membership/names';
import { readOrgNumber } from '../../../src/domain/membership/org-number';
import { encodeWindows1252 } from '../../../scripts/default-data/encode';
import { loadCommittedFiles, loadTruth, looksUtf8, readPlain, type CommittedFile } from './load';

const truth = loadTruth();
const files = loadCommittedFiles();
const orgByKey = new Map(truth.organisations.map((o) => [o.orgKey, o]));

interface Parsed {
  readonly file: CommittedFile;
  readonly sheet?: string;
  readonly rows: readonly (readonly string[])[];
  /** 0-based index into rows. */
  readonly headerIndex: number;
  readonly roles: readonly (ColumnRole | null)[];
}

function parse(file: CommittedFile): Parsed {
  const { sheet, rows } = readPlain(file);
  const headerIndex = rows.findIndex((r) => r.some((c) => roleOfHeader(c) === 'name'));
  const roles = rows[headerIndex]!.map((h) => roleOfHeader(h));
  return { file, rows, headerIndex, roles, ...(sheet ? { sheet } : {}) };
}

const parsed = files.map(parse);
const text = (f: CommittedFile) =>
  new TextDecoder(looksUtf8(f.bytes) ? 'utf-8' : 'windows-1252').decode(f.bytes);

describe('default data files: one per cluster', () => {
  it('has exactly the files the truth names, one per cluster', () => {
    expect(files.map((f) => f.name).sort()).toEqual(truth.clusters.map((c) => c.file).sort());
    for (const c of truth.clusters) expect(c.file.replace(/\.(csv|xlsx)$/, '')).toBe(c.name);
  });

  it.each(parsed.map((p) => [p.file.name, p] as const))(
    '%s: headers are known words, with name, number, municipality and type',
    (_name, p) => {
      expect(p.roles.every((r) => r !== null)).toBe(true);
      for (const role of ['name', 'orgNumber', 'municipalityNumber', 'type'] as const)
        expect(p.roles.filter((r) => r === role)).toHaveLength(1);
    },
  );
});

describe('default data files: every row is the organisation the truth says', () => {
  it.each(parsed.map((p) => [p.file.name, p] as const))('%s', (name, p) => {
    const col = (role: ColumnRole) => p.roles.indexOf(role);
    const truthRows = truth.rows.filter((r) => r.file === name);
    const dataRows = p.rows.slice(p.headerIndex + 1);
    expect(truthRows).toHaveLength(dataRows.length);
    expect(truthRows.map((r) => r.row)).toEqual(dataRows.map((_, i) => p.headerIndex + 2 + i));
    const cluster = truth.clusters.find((c) => c.file === name)!.name;
    for (const r of truthRows) {
      expect(r.sheet).toBe(p.sheet);
      const org = orgByKey.get(r.orgKey)!;
      expect(org.clusters).toContain(cluster);
      const cells = p.rows[r.row - 1]!;
      expect(normaliseName(cells[col('name')]!)).toBe(org.nameKey);
      const number = readOrgNumber(cells[col('orgNumber')]);
      expect(
        number.kind === 'absent' || (number.kind === 'valid' && number.value === org.orgNumber),
      ).toBe(true);
      const places = municipalitiesFromNumber(cells[col('municipalityNumber')]!);
      expect(places.map((m) => m.number)).toEqual([org.municipality]);
      expect(readMemberType(cells[col('type')]!)).toBe(org.type);
    }
  });

  it('leaves the org number out of 10-15 % of rows, and writes some names in other spellings', () => {
    let empty = 0;
    let respelled = 0;
    let rows = 0;
    for (const p of parsed) {
      const nameCol = p.roles.indexOf('name');
      const numberCol = p.roles.indexOf('orgNumber');
      for (const r of truth.rows.filter((t) => t.file === p.file.name)) {
        rows++;
        const cells = p.rows[r.row - 1]!;
        if (readOrgNumber(cells[numberCol]).kind === 'absent') empty++;
        if (cells[nameCol] !== orgByKey.get(r.orgKey)!.name) respelled++;
      }
    }
    expect(empty / rows).toBeGreaterThanOrEqual(0.1);
    expect(empty / rows).toBeLessThanOrEqual(0.15);
    expect(respelled).toBeGreaterThan(20);
  });
});

describe('default data files: they differ as real exports do', () => {
  const csv = files.filter((f) => f.name.endsWith('.csv'));
  const cp1252 = csv.filter((f) => !looksUtf8(f.bytes));

  it('has Windows-1252 semicolon CSV with CRLF and Norwegian letters as single bytes', () => {
    expect(cp1252.length).toBeGreaterThanOrEqual(3);
    for (const f of cp1252) {
      const t = text(f);
      expect(t.split('\r\n')[0]).toContain(';');
      expect(t.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
      expect(f.bytes.includes(0xc3)).toBe(false);
    }
    expect(cp1252.some((f) => f.bytes.includes(0xf8))).toBe(true); // ø
    expect(cp1252.some((f) => f.bytes.includes(0xe6))).toBe(true); // æ
  });

  it('encodes Windows-1252 byte-exact', () => {
    expect([...encodeWindows1252('Ærø på café – 5 €')]).toEqual([
      0xc6, 0x72, 0xf8, 0x20, 0x70, 0xe5, 0x20, 0x63, 0x61, 0x66, 0xe9, 0x20, 0x96, 0x20, 0x35,
      0x20, 0x80,
    ]);
    expect(() => encodeWindows1252('Ő')).toThrow(/Windows-1252/);
  });

  it('has UTF-8 comma CSV with English headers, and a UTF-8 file with a byte-order mark', () => {
    const english = csv.filter(
      (f) => looksUtf8(f.bytes) && /^(\ufeff)?[A-Z][a-z]+( [a-z]+)?,/.test(text(f)),
    );
    expect(english.length).toBeGreaterThanOrEqual(2);
    expect(csv.some((f) => f.bytes[0] === 0xef && f.bytes[1] === 0xbb && f.bytes[2] === 0xbf)).toBe(
      true,
    );
  });

  it('has at least two XLSX, one with a title row and a blank row above the header', () => {
    const xlsx = parsed.filter((p) => p.file.name.endsWith('.xlsx'));
    expect(xlsx.length).toBeGreaterThanOrEqual(2);
    const titled = xlsx.filter((p) => p.headerIndex === 2);
    expect(titled).toHaveLength(1);
    expect(titled[0]!.rows[0]![0]).toMatch(/^Medlemsliste pr\. \d\d\.\d\d\.\d{4}$/);
    expect(titled[0]!.rows[1]!.every((c) => c === '')).toBe(true);
  });

  it('writes org numbers several ways: spaced, plain, dotted, "NO ... MVA"', () => {
    const numbers = parsed.flatMap((p) =>
      p.rows.slice(p.headerIndex + 1).map((r) => r[p.roles.indexOf('orgNumber')]!),
    );
    expect(numbers.some((n) => /^1\d\d \d{3} \d{3}$/.test(n))).toBe(true);
    expect(numbers.some((n) => /^1\d{8}$/.test(n))).toBe(true);
    expect(numbers.some((n) => /^1\d\d\.\d{3}\.\d{3}$/.test(n))).toBe(true);
    expect(numbers.some((n) => /^NO 1\d{8} MVA$/.test(n))).toBe(true);
  });

  it('has older lists with 2020-23 municipality numbers and the county "Viken"', () => {
    const old = parsed.filter((p) => {
      const county = p.roles.indexOf('county');
      return county >= 0 && p.rows.some((r) => r[county] === 'Viken');
    });
    expect(old.length).toBeGreaterThanOrEqual(1);
    expect(old.length).toBeLessThanOrEqual(2);
    const kb = old.find((p) => p.file.name === 'Kongsbergklyngen.csv');
    expect(kb).toBeDefined();
    const knr = kb!.roles.indexOf('municipalityNumber');
    expect(kb!.rows.some((r) => r[knr] === '3006')).toBe(true);
  });
});
