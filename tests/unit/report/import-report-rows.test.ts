import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/domain/membership/build-dataset';
import { importReportRows, importReportTable } from '../../../src/domain/report/import-report-rows';
import { read, table } from '../membership/table-helpers';

describe('importReportRows', () => {
  const first = {
    ...table(
      'A.csv',
      ['Navn', 'Org.nr.'],
      [
        ['Sintef AS', '923609016'],
        ['', ''],
      ],
    ),
    skipped: [{ row: 1, reason: { code: 'skip.title' } }],
  };
  const dataset = buildDataset([
    read(first),
    read(table('B.csv', ['Navn'], [['SINTEF'], ['=cmd|calc']])),
    { file: 'C.xlsx', ok: false, reason: { code: 'file.binary', params: { what: 'pdf' } } },
  ]);

  it('has one line per data row, per skipped line and per unreadable file', () => {
    const rows = importReportRows(dataset);
    expect(rows.map((r) => [r.file, r.row, r.outcome])).toEqual([
      ['A.csv', 1, 'skipped'],
      ['A.csv', 2, 'imported'],
      ['A.csv', 3, 'rejected'],
      ['B.csv', 2, 'merged'],
      ['B.csv', 3, 'imported'],
      ['C.xlsx', null, 'rejected'],
    ]);
    const dataRows = rows.filter((r) => r.outcome !== 'skipped' && r.row !== null).length;
    expect(dataRows).toBe(dataset.report.rows);
  });

  it('notes a number that failed its check digit on the row that was still imported', () => {
    const flagged = buildDataset([
      read(table('D.csv', ['Navn', 'Org.nr.'], [['Nordlys AS', '923 609 017']])),
    ]);
    expect(importReportRows(flagged)).toEqual([
      {
        file: 'D.csv',
        sheet: '',
        row: 2,
        outcome: 'imported',
        detail: 'Nordlys AS',
        notes: [{ code: 'row.org-number-check-digit', params: { number: '923 609 017' } }],
      },
    ]);
  });

  it('translates the table and keeps names as given', () => {
    const nb = importReportTable(dataset, 'nb');
    expect(nb[0]).toEqual(['Fil', 'Ark', 'Rad', 'Utfall', 'Organisasjon eller årsak', 'Merknad']);
    expect(nb).toContainEqual(['B.csv', '', 2, 'slått sammen', 'Sintef AS', '']);
    expect(nb).toContainEqual(['B.csv', '', 3, 'importert', '=cmd|calc', '']);
    expect(importReportTable(dataset, 'en')[0]![3]).toBe('Outcome');
  });
});
