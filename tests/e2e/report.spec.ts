/**
 * The report view as an adviser uses it: open it on the example data, read the live sentence,
 * select a cluster in a figure (by keyboard) and find it selected in the map view, switch to
 * English and read English numbers, and print: only the report, no controls, header or tabs.
 */
import { DEFAULT_FACTS, expect, test } from './fixtures';
import { openApp, openTab, tab } from './helpers';

async function openReport(page: import('@playwright/test').Page, label = 'Rapport') {
  await tab(page, label).click();
  await expect(tab(page, label)).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('report-document')).toBeVisible();
}

test('the report reads the loaded data, in bokmål and English, and prints without controls', async ({
  page,
}) => {
  await openApp(page, DEFAULT_FACTS.clusters);
  const headline = await page.getByTestId('stat-organisations').locator('.stat-value').innerText();
  await openReport(page);

  const totals = page.getByTestId('report-sentence-sizes-0');
  // The same count as the map view's headline, and the histogram in words.
  await expect(totals).toContainText(`${headline} organisasjoner`);
  await expect(totals).toHaveText(
    /1\s276 organisasjoner i de 16 klyngene, hvorav 94 er med i to klynger, 24 i tre og 9 i fire eller flere.*10,0\s%/,
  );
  await expect(page.getByTestId('report-sentence-sizes-1')).toContainText(
    'fra 10 i Kongsbergklyngen til 270 i Norway Health Tech',
  );
  await expect(page.getByTestId('report-synthetic')).toContainText('Eksempeldata');
  for (const figure of ['3-1', '3-2', '3-3', '3-4', '3-5']) {
    await expect(page.locator(`svg[data-figure="${figure}"]`)).toBeVisible();
  }

  // Select a cluster by keyboard in fig. 3-1; the map view shows it selected.
  const bar = page
    .locator('svg[data-figure="3-1"]')
    .getByRole('button', { name: /^Kongsbergklyngen[\s:,]/ });
  await bar.focus();
  await page.keyboard.press('Enter');
  await expect(bar).toHaveAttribute('aria-pressed', 'true');
  await expect(
    page.locator('svg[data-figure="3-3"]').getByRole('button', { name: /^Kongsbergklyngen[\s:,]/ }),
  ).toHaveAttribute('aria-pressed', 'true');
  await openTab(page, 'Kart');
  await expect(page.locator('.details-panel')).toContainText('Kongsbergklyngen');
  await openReport(page);

  await page.getByRole('button', { name: 'English', exact: true }).click();
  await openReport(page, 'Report');
  await expect(totals).toHaveText(
    /1,276 organisations in all, of which 94 are members of two clusters, 24 of three and 9 of four or more: 10\.0% /,
  );
  await expect(page.getByTestId('report-synthetic')).toContainText('Example data');

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('report-document')).toBeVisible();
  await expect(page.getByTestId('report-print')).toBeHidden();
  await expect(page.getByRole('tablist')).toBeHidden();
  await expect(page.locator('.app-header')).toBeHidden();
  await expect(page.getByTestId('default-data-note')).toBeHidden();
  const background = await page
    .getByTestId('report-document')
    .evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(background).toBe('rgb(255, 255, 255)');
  await page.emulateMedia({ media: 'screen' });
  await expect(page.getByTestId('report-print')).toBeVisible();
});
