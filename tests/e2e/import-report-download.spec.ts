/**
 * "Last ned rapport (CSV)" downloads the import report made in the page: one line per row, the
 * reasons in bokmål, and names that a spreadsheet would run as formulas written as text ("'=...").
 */
import { readFile } from 'node:fs/promises';
import { DEFAULT_FACTS, expect, nb, test } from './fixtures';
import { openApp } from './helpers';
import { csv } from './import-files';

const LIST = csv('formler.csv', [
  ['Navn', 'Org.nr', 'Kommune'],
  ['=HYPERLINK("http://example.com";"klikk")', '', 'Oslo'],
  ['+47 Rådgivning AS', '', 'Bergen'],
  ['Vanlig Bedrift AS', '923609016', 'Oslo'],
  ['', '', 'Tromsø'],
]);

test('the report downloads as CSV with formula-looking names neutralised', async ({ page }) => {
  await openApp(page, DEFAULT_FACTS.clusters);
  await page.getByTestId('file-input').setInputFiles([LIST]);
  await expect(page.getByTestId('stat-organisations').locator('.stat-value')).toHaveText(nb(3));
  const report = page.getByTestId('import-report');
  await expect(page.getByTestId('report-balance')).toContainText(
    'Rader lest 4 = importert 3 + slått sammen 0 + avvist 1',
  );
  await report.getByRole('button', { name: 'Detaljer for formler.csv' }).click();
  await expect(report.getByTestId('report-rejections')).toContainText(
    'Rad 5: mangler navn og organisasjonsnummer',
  );

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    report.getByRole('button', { name: 'Last ned rapport (CSV)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('importrapport.csv');
  const text = await readFile((await download.path())!, 'utf8');
  const lines = text
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n');
  expect(text.startsWith('\uFEFF')).toBe(true);
  expect(lines[0]).toBe('Fil;Ark;Rad;Utfall;Organisasjon eller årsak;Merknad');
  expect(lines).toContain(
    `formler.csv;;2;importert;"'=HYPERLINK(""http://example.com"";""klikk"")";`,
  );
  expect(lines).toContain("formler.csv;;3;importert;'+47 Rådgivning AS;");
  expect(lines).toContain('formler.csv;;4;importert;Vanlig Bedrift AS;');
  expect(lines).toContain('formler.csv;;5;avvist;mangler navn og organisasjonsnummer;');
  expect(lines).toHaveLength(5);
});
