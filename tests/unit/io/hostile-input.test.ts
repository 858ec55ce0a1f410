/**
 * Hostile and heavy input, one real fixture each (tests/fixtures/io/hostile/, the XLSX ones made
 * by scripts/make-hostile-fixtures.py as non-computing writers lay them out): every input row
 * ends up imported, rejected with its row and reason, or skipped for a reason the user can check.
 */
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/domain/membership/build-dataset';
import { readFile } from '../../../src/io/read-file';
import { shapeTable } from '../../../src/io/shape-table';
import { fixture, fixtureOk } from './fixtures';

const readHostile = (name: string) => readFile(name, fixture(`hostile/${name}`));

describe('hostile input', () => {
  it('a quote closed mid-cell keeps one row per line, with a remark on that row', () => {
    const read = fixtureOk(readHostile('sitat-midt-i-celle.csv'));
    const table = read.tables[0]!;
    expect(table.rows.map((r) => [r.row, r.cells[0]])).toEqual([
      [2, 'Nordlys AS'],
      [3, '"Berg" Hansen AS'],
      [4, 'Fjord AS'],
      [5, 'Åsen AS'],
    ]);
    const dataset = buildDataset([read]);
    expect(dataset.report.imported).toBe(4);
    expect(dataset.report.warnings).toContainEqual({
      source: { file: 'sitat-midt-i-celle.csv', row: 3 },
      message: { code: 'row.unusual-quote' },
    });
  });

  it('a formula cell without a saved value rejects its row, never skips it as blank', () => {
    const read = fixtureOk(readHostile('formler-uten-verdi.xlsx'));
    const dataset = buildDataset([read]);
    expect(dataset.report.rejected).toEqual([
      {
        file: 'formler-uten-verdi.xlsx',
        sheet: 'Medlemmer',
        row: 3,
        reason: { code: 'row.formula-without-value' },
      },
    ]);
    expect(dataset.report.files[0]!.skipped).toEqual([]);
    expect(dataset.report.rows).toBe(3);
    expect(dataset.report.imported).toBe(2);
  });

  it('a veryHidden member sheet behind a visible cover is read; a hidden lookup list is not', () => {
    const read = fixtureOk(readHostile('skjult-medlemsark.xlsx'));
    const data = read.tables.find((t) => t.sheet === 'Data');
    expect(data?.rows.map((r) => r.cells[0])).toEqual(['Nordlys AS', 'Fjord AS']);
    expect(read.tables.some((t) => t.sheet === 'Kommuner')).toBe(false);
    expect(read.notes).toContainEqual({
      code: 'note.sheet-hidden-read',
      params: { sheet: 'Data' },
    });
    expect(read.notes).toContainEqual({
      code: 'note.sheet-hidden-skipped',
      params: { sheet: 'Kommuner' },
    });
  });

  it('a declared range of A1:XFD1048576 over five rows is read, not refused as too long', () => {
    const read = fixtureOk(readHostile('stort-omraade.xlsx'));
    expect(read.tables[0]!.rows).toHaveLength(4);
  });

  it('a header word in a data cell ("Medlem" in Rolle) does not become the header', () => {
    const table = fixtureOk(readHostile('rolle-medlem.csv')).tables[0]!;
    expect(table.headerRow).toBe(1);
    expect(table.rows).toHaveLength(3);
  });

  it.each(['Printed Electronics AS', 'Hentet Fisk AS', 'Oppdatert Regnskap AS', 'Antall Tech AS'])(
    'a last member named "%s" is a member, not a note',
    (name) => {
      const raw = [
        ['Navn', 'Kommune'],
        ['Nordlys AS', 'Oslo'],
        [name, ''],
      ].map((cells, i) => ({
        row: i + 1,
        cells,
      }));
      expect(shapeTable(raw).rows.map((r) => r.cells[0])).toEqual(['Nordlys AS', name]);
    },
  );

  it.each(['Hentet 01.03.2022', 'Printed: 2024-05-01', 'Oppdatert pr. 1. mars'])(
    '"%s" below the table is still a note',
    (note) => {
      const raw = [['Navn', 'Kommune'], ['Nordlys AS', 'Oslo'], [note]].map((cells, i) => ({
        row: i + 1,
        cells,
      }));
      expect(shapeTable(raw).skipped).toEqual([{ row: 3, reason: { code: 'skip.note' } }]);
    },
  );

  it('35 title rows above the header are skipped as titles, not read as organisations', () => {
    const lines = [
      ...Array.from({ length: 35 }, (_, i) => `Medlemsliste del ${i + 1}`),
      'Navn;Org.nr.',
      'Nordlys AS;923609016',
    ];
    const read = fixtureOk(readFile('titler.csv', new TextEncoder().encode(lines.join('\n'))));
    expect(read.tables[0]!.headerRow).toBe(36);
    expect(read.tables[0]!.rows).toHaveLength(1);
  });

  it('rows of different widths (trailing empty cells dropped) keep the delimiter and the header', () => {
    const table = fixtureOk(readHostile('ulike-bredder.csv')).tables[0]!;
    expect(table.delimiter).toBe(';');
    expect(table.header).toEqual(['Navn', 'Org.nr.', 'Kommune', 'Telefon', 'E-post']);
    expect(table.rows.map((r) => r.cells[0])).toEqual([
      'Nordlys AS',
      'Fjord AS',
      'Berg AS',
      'Åsen AS',
      'Lie AS',
    ]);
  });

  it('one Windows-1252 byte in a UTF-8 file: UTF-8 kept, the byte read as 1252, its row marked', () => {
    const read = fixtureOk(readHostile('blandet-koding.csv'));
    const table = read.tables[0]!;
    expect(table.encoding).toBe('utf-8 + windows-1252');
    expect(table.rows.map((r) => r.cells[0])).toEqual([
      'Nordlys Ås AS',
      'Bjørnstad AS',
      'Østfold Energi AS',
    ]);
    expect(table.remarks).toEqual([{ row: 3, reason: { code: 'row.encoding-guess' } }]);
    expect(read.notes).toContainEqual({ code: 'note.mixed-encoding', params: { count: 1 } });
  });

  it.each(['.csv', '___.csv'])(
    'a file named "%s" is a cluster named by the file as written, with a note',
    (name) => {
      const read = readFile(name, fixture('hostile/rolle-medlem.csv'));
      expect(read.ok && read.notes).toContainEqual({
        code: 'note.cluster-from-file',
        params: { cluster: name },
      });
      const dataset = buildDataset([read]);
      expect(dataset.report.rejected).toEqual([]);
      expect(dataset.clusters.map((c) => c.name)).toEqual([name]);
      expect(dataset.report.imported).toBe(3);
    },
  );

  it('an ODS with one filled cell repeated over a million columns is refused before SheetJS', () => {
    const read = readHostile('million-kolonner.ods');
    expect(read).toEqual({
      file: 'million-kolonner.ods',
      ok: false,
      reason: { code: 'file.too-many-columns', params: { max: 1000 } },
    });
  });

  it('an ODS padded with empty repeated cells and rows (as LibreOffice writes) is read', () => {
    const read = fixtureOk(readHostile('tomme-kolonner.ods'));
    expect(read.tables[0]!.header).toEqual(['Navn']);
    expect(read.tables[0]!.rows.map((r) => r.cells)).toEqual([['Nordlys AS']]);
  });

  it.each([
    ['too many columns', `Navn${';x'.repeat(1500)}\nA AS\n`, 'file.too-many-columns'],
    ['a cell too long', `Navn;Org.nr.\n${'A'.repeat(20_000)} AS;923609016\n`, 'file.cell-too-long'],
  ])('a CSV with %s is refused with the cap', (_label, text, code) => {
    const read = readFile('stor.csv', new TextEncoder().encode(text));
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.reason.code).toBe(code);
  });

  it('a README dropped with the lists is refused whole as not a membership list', () => {
    const read = readHostile('README.md');
    expect(read).toEqual({ file: 'README.md', ok: false, reason: { code: 'file.not-a-list' } });
  });
});
