/**
 * The import report as the UI shows it and as the CSV download writes it, from a real build: the
 * counts add up per file and in total, merges name the organisation they joined, rejections and
 * skipped lines keep their rows, a file refused whole is listed apart; the CSV translates reasons
 * only, never names, and neutralises a name that would run as a formula.
 */
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../src/domain/export/csv-cells';
import { buildDataset } from '../../../src/domain/membership/build-dataset';
import { localisedReport } from '../../../src/features/import/report-csv';
import { reportModel } from '../../../src/features/import/report-model';
import { readFile } from '../../../src/io/read-file';

const file = (name: string, lines: readonly string[]) =>
  readFile(name, new TextEncoder().encode(lines.join('\n')));

const dataset = buildDataset([
  file('a.csv', [
    'Medlemsliste 2024',
    '',
    'Navn;Org.nr;Kommune',
    'Alfa AS;923609016;Oslo',
    '=1+2 Konsult AS;;Oslo',
    ';;Oslo',
    'blank row;982463718;Bergen',
  ]),
  file('b.csv', ['Navn;Org.nr', 'Alfa;923609016', 'Beta AS;']),
  readFile('tom.csv', new Uint8Array()),
]);

describe('report model', () => {
  const model = reportModel(dataset);

  it('lists rows imported with a remark, and translates the remark in the CSV', () => {
    const flagged = buildDataset([file('c.csv', ['Navn;Org.nr', 'Gamma AS;923 609 017'])]);
    expect(reportModel(flagged).entries[0]!.warnings).toEqual([
      {
        row: 2,
        reason: { code: 'row.org-number-check-digit', params: { number: '923 609 017' } },
      },
    ]);
    const [, line] = localisedReport(flagged, 'nb');
    expect(line![5]).toBe(
      'organisasjonsnummer 923 609 017 har feil kontrollsiffer; koblet på navn i stedet',
    );
    const [, enLine] = localisedReport(flagged, 'en');
    expect(enLine![5]).toBe(
      'organisation number 923 609 017 fails its check digit; matched by name instead',
    );
  });

  it('puts each remark of a row in the CSV on its own, rendered whole', () => {
    const flagged = buildDataset([
      file('d.csv', ['Navn;Org.nr;Type', 'Delta AS;923 609 017;romvesen']),
    ]);
    const [, line] = localisedReport(flagged, 'nb');
    expect(line![5]!.toString().split('\n')).toEqual([
      'organisasjonsnummer 923 609 017 har feil kontrollsiffer; koblet på navn i stedet',
      'medlemstypen «romvesen» er ikke en av de fem typene',
    ]);
  });

  it('adds up per file and in total: rows read = imported + merged + rejected', () => {
    for (const e of model.entries) expect(e.rowsRead).toBe(e.imported + e.merged + e.rejected);
    const { totals } = model;
    expect(totals.rowsRead).toBe(dataset.report.rows);
    expect(totals.rowsRead).toBe(totals.imported + totals.merged + totals.rejected);
    expect(totals.imported).toBe(dataset.organisations.length);
  });

  it('names the organisation a merged row joined, and why', () => {
    const b = model.entries.find((e) => e.file === 'b.csv')!;
    expect(b.merges).toEqual([{ row: 2, into: 'Alfa AS', by: 'org-number' }]);
  });

  it('keeps the rows of rejections and skipped lines; a file refused whole is apart', () => {
    const a = model.entries.find((e) => e.file === 'a.csv')!;
    expect(a.rejections).toEqual([{ row: 6, reason: { code: 'row.no-name-or-number' } }]);
    expect(a.skipped.map((s) => s.row)).toEqual([1, 2]);
    expect(model.badFiles.map((f) => f.file)).toEqual(['tom.csv']);
    expect(model.totals.skipped).toBe(2);
  });
});

describe('report CSV', () => {
  it('translates reasons of rejected and skipped rows, never an organisation name', () => {
    const table = localisedReport(dataset, 'nb');
    const details = table.map((line) => line[4]);
    expect(details).toContain('mangler navn og organisasjonsnummer');
    expect(details).toContain('tittel over overskriften');
    // An organisation called "blank row" stays as written.
    expect(details).toContain('blank row');
    expect(details).not.toContain('no organisation name or organisation number');
    expect(localisedReport(dataset, 'en').map((line) => line[4])).toContain(
      'no organisation name or organisation number',
    );
  });

  it('writes a formula-looking name with a leading apostrophe', () => {
    const text = toCsv(localisedReport(dataset, 'nb'));
    expect(text).toContain(";'=1+2 Konsult AS");
    expect(text.split('\r\n')[0]).toBe('\ufeffFil;Ark;Rad;Utfall;Organisasjon eller årsak;Merknad');
  });
});
