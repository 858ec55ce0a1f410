/**
 * The batch in one go: a Windows-1252 semicolon CSV as Norwegian Excel writes it, an XLSX
 * with a title row made by LibreOffice, and a broken download. The first two import with æøå
 * intact, the third is listed with its reason, the title row is reported as skipped, the report
 * adds up, and the app stays usable (a file can be removed, the map still works).
 */
import type { Page } from '@playwright/test';
import { DEFAULT_FACTS, expect, nb, test } from './fixtures';
import { memberNames, openApp, openTab } from './helpers';
import { BATCH } from './import-files';

/** Names as written in excel-semikolon-cp1252.csv (Windows-1252 bytes, checked by the io tests). */
const CSV_NAMES = ['Bjørnstad Æsj AS', 'Ås; Økologisk Gård SA', 'ÆRLIG ÅPEN ØRRET AS'];

const reportRow = (page: Page, file: string) =>
  page.getByTestId('import-report').getByTestId('report-row').filter({ hasText: file });
const cell = (page: Page, file: string, column: string) =>
  reportRow(page, file).locator(`td[data-column="${column}"]`);

test('three files in one batch: æøå intact, the broken one listed with its reason, the title row skipped', async ({
  page,
}) => {
  await openApp(page, DEFAULT_FACTS.clusters);
  await page
    .getByTestId('file-input')
    .setInputFiles([BATCH.excelCsv, BATCH.titleXlsx, BATCH.broken]);

  // A new workspace with the three files; two clusters, one per readable file.
  await expect(page.getByTestId('workspace-summary')).toContainText('Dine filer (3 filer)');
  await expect(page.getByTestId('stat-clusters').locator('.stat-value')).toHaveText(nb(2));
  await expect(page.getByTestId('stat-organisations').locator('.stat-value')).toHaveText(nb(3));
  await expect(page.getByTestId('load-notice')).toContainText('Lastet inn 3 filer');
  // A file was refused, so the import tab opened by itself.
  await expect(page.getByRole('tab', { selected: true })).toHaveText(/^Import/);

  // The members of the CSV's cluster, spelled exactly as in the file.
  await openTab(page, 'Kart');
  await page
    .getByTestId('metrics-table')
    .getByRole('button', { name: 'excel-semikolon-cp1252' })
    .click();
  const list = page.getByTestId('cluster-details').getByTestId('member-list');
  await expect(list.locator('tbody tr')).toHaveCount(3);
  expect((await memberNames(list)).sort()).toEqual([...CSV_NAMES].sort());

  // The report: encoding, counts per file, the merges by number, the skipped title row.
  await openTab(page, 'Import');
  const report = page.getByTestId('import-report');
  await expect(reportRow(page, 'excel-semikolon-cp1252.csv')).toContainText('windows-1252');
  await expect(cell(page, 'excel-semikolon-cp1252.csv', 'rowsRead')).toHaveText('3');
  await expect(cell(page, 'excel-semikolon-cp1252.csv', 'imported')).toHaveText('3');
  await expect(cell(page, 'medlemsliste-tittel.xlsx', 'rowsRead')).toHaveText('3');
  await expect(cell(page, 'medlemsliste-tittel.xlsx', 'merged')).toHaveText('3');
  await expect(cell(page, 'medlemsliste-tittel.xlsx', 'skipped')).toHaveText('5');
  await expect(page.getByTestId('report-balance')).toContainText(
    'Rader lest 6 = importert 3 + slått sammen 3 + avvist 0',
  );
  await report
    .getByRole('button', { name: 'Detaljer for medlemsliste-tittel.xlsx (Medlemmer)' })
    .click();
  await expect(report.getByTestId('report-skipped')).toContainText(
    'Rad 1: tittel over overskriften',
  );
  await expect(report.getByTestId('report-skipped')).toContainText('Rad 8: merknad under tabellen');
  await expect(report.getByTestId('report-merges')).toContainText(
    'Rad 5 slått sammen med Ås; Økologisk Gård SA (samme org.nr.)',
  );

  // The broken file: listed with its reason, in the report and in the file list.
  await expect(page.getByTestId('bad-files')).toContainText('avbrutt-nedlasting.xlsx');
  await expect(page.getByTestId('bad-files')).toContainText('zip-katalogen mangler');
  const files = page.getByTestId('file-list').locator('li');
  await expect(files).toHaveCount(3);
  await expect(files.filter({ hasText: 'avbrutt-nedlasting.xlsx' })).toContainText(
    'Kunne ikke leses',
  );

  // Still usable: remove the broken file, the data stays.
  await page.getByRole('button', { name: 'Fjern avbrutt-nedlasting.xlsx' }).click();
  await expect(files).toHaveCount(2);
  await expect(page.getByTestId('bad-files')).toHaveCount(0);
  await expect(page.getByTestId('stat-clusters').locator('.stat-value')).toHaveText(nb(2));
  await openTab(page, 'Kart');
  await page.getByTestId('metrics-table').getByRole('button', { name: 'tittel' }).click();
  await expect(page.getByTestId('cluster-details').locator('h3')).toHaveText('tittel');
});
