/**
 * Loading the user's own lists through the file input: a good file replaces the example data; a
 * broken one is refused with its reason while the app keeps working on what it had.
 */
import { DEFAULT_FACTS, expect, nb, test } from './fixtures';
import { memberNames, openApp, openTab, tab } from './helpers';

/** Long format: one row per membership; Beta AS is in both clusters. Valid org numbers. */
const SMALL_CSV = [
  'Navn;Org.nr.;Kommune;Klynge',
  'Testbedrift Alfa AS;923 609 016;Oslo;Testklynge A',
  'Testbedrift Beta AS;982 463 718;Bergen;Testklynge A',
  'Testbedrift Beta AS;982 463 718;Bergen;Testklynge B',
  'Testbedrift Gamma AS;943 753 709;Trondheim;Testklynge B',
].join('\n');

const smallCsv = { name: 'testklynger.csv', mimeType: 'text/csv', buffer: Buffer.from(SMALL_CSV) };
/** Starts like an XLSX (a zip) but stops after a few bytes, like a broken download. */
const brokenXlsx = {
  name: 'ødelagt.xlsx',
  mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  buffer: Buffer.concat([
    Buffer.from([0x50, 0x4b, 0x03, 0x04]),
    Buffer.from('not the rest of a zip file'),
  ]),
};

test('loading a small CSV replaces the example data', async ({ page }) => {
  await openApp(page, DEFAULT_FACTS.clusters);
  await page.getByTestId('file-input').setInputFiles([smallCsv]);

  await expect(page.getByTestId('stat-clusters').locator('.stat-value')).toHaveText(nb(2));
  await expect(page.getByTestId('stat-organisations').locator('.stat-value')).toHaveText(nb(3));
  await expect(page.getByTestId('stat-multi').locator('.stat-value')).toHaveText(nb(1));
  await expect(page.getByTestId('metrics-table').locator('tbody tr')).toHaveCount(2);
  await expect(page.getByTestId('default-data-note')).toHaveCount(0);
  await expect(page.getByTestId('load-notice')).toContainText('1 fil');
  await page.waitForFunction(() => window.__klyngekart?.cy.nodes().length === 2);
  expect(await page.evaluate(() => window.__klyngekart!.cy.edges().length)).toBe(1);

  await page.getByTestId('metrics-table').getByRole('button', { name: 'Testklynge B' }).click();
  await expect(page.getByTestId('member-list').locator('tbody tr')).toHaveCount(2);
  expect(await memberNames(page.getByTestId('member-list'))).toEqual([
    'Testbedrift Beta AS',
    'Testbedrift Gamma AS',
  ]);
});

test('a broken file is refused with its reason and the app stays usable', async ({ page }) => {
  await openApp(page, DEFAULT_FACTS.clusters);
  await page.getByTestId('file-input').setInputFiles([brokenXlsx]);

  const notice = page.getByTestId('load-notice');
  await expect(notice).toContainText('Ingen medlemskap kunne leses fra filene');
  await expect(notice.getByTestId('rejections')).toContainText('ødelagt.xlsx');
  await expect(notice.getByTestId('rejections')).toContainText(/skadet|ufullstendig/);

  // Still the example data, and still working.
  await expect(page.getByTestId('stat-clusters').locator('.stat-value')).toHaveText(
    nb(DEFAULT_FACTS.clusters),
  );
  await page.getByTestId('metrics-table').getByRole('button', { name: 'DECOM' }).click();
  await expect(page.getByTestId('cluster-details').locator('h3')).toHaveText('DECOM');

  // And a good file afterwards still loads.
  await page.getByTestId('file-input').setInputFiles([smallCsv]);
  await expect(page.getByTestId('stat-clusters').locator('.stat-value')).toHaveText(nb(2));
});

test('a good and a broken file together: the good one loads, the broken one is listed', async ({
  page,
}) => {
  await openApp(page, DEFAULT_FACTS.clusters);
  await page.getByTestId('file-input').setInputFiles([smallCsv, brokenXlsx]);

  await expect(page.getByTestId('stat-clusters').locator('.stat-value')).toHaveText(nb(2));
  await expect(page.getByTestId('load-notice')).toContainText('2 filer');
  // One file was refused: the import tab opened by itself; the summary is on the map tab.
  await expect(page.getByRole('tab', { selected: true })).toHaveText(/^Import/);
  await openTab(page, 'Kart');
  const summary = page.getByTestId('import-summary');
  await expect(summary.getByTestId('rejections')).toContainText('ødelagt.xlsx');
  await expect(summary.getByTestId('rejections')).toContainText('hele filen');
});

test('dropping files anywhere on the page loads them', async ({ page }) => {
  await openApp(page, DEFAULT_FACTS.clusters);
  const dataTransfer = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'sluppet.csv', { type: 'text/csv' }));
    return transfer;
  }, SMALL_CSV);
  await page.dispatchEvent('.drop-zone', 'dragenter', { dataTransfer });
  await expect(page.getByText('Slipp filene for å analysere dem')).toBeVisible();
  await page.dispatchEvent('.drop-zone', 'drop', { dataTransfer });

  await expect(page.getByText('Slipp filene for å analysere dem')).toHaveCount(0);
  await expect(page.getByTestId('stat-clusters').locator('.stat-value')).toHaveText(nb(2));
  await page.getByTestId('import-summary').getByText('Filer (1)').click();
  await expect(page.getByTestId('import-summary')).toContainText('sluppet.csv');
});

test('a hidden tab keeps what it showed while new data comes in, and shows the new data when opened', async ({
  page,
}) => {
  await openApp(page, DEFAULT_FACTS.clusters);
  await tab(page, 'Organisasjoner').click();
  const count = page.getByTestId('orgs-count');
  const total = `av ${DEFAULT_FACTS.organisations.toLocaleString('nb-NO')}`;
  await expect(count).toContainText(total);
  await openTab(page, 'Kart');

  await page.getByTestId('file-input').setInputFiles([smallCsv]);
  await expect(page.getByTestId('stat-organisations').locator('.stat-value')).toHaveText(nb(3));
  await page.waitForFunction(() => window.__klyngekart?.cy.nodes().length === 2);
  // Not re-rendered while hidden: the table still reads as it did (only the open view works).
  await expect(count).toContainText(total);

  await tab(page, 'Organisasjoner').click();
  await expect(count).toContainText('av 3 organisasjoner');
  await expect(page.getByTestId('org-row')).toHaveCount(3);
});
