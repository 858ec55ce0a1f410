/**
 * Nothing leaves the browser: a whole session (load, a batch import, mapping changes, map and
 * table clicks, the report download, a new workspace, back to the example data, a reload) makes
 * requests only to the app's own origin. Every request of the context is recorded, and any to
 * another origin is also caught (and refused) by a route, which sees the worker's requests too.
 */
import type { Page } from '@playwright/test';
import { DEFAULT_FACTS, expect, nb, test } from './fixtures';
import { nodePoint, openApp, openTab } from './helpers';
import { BATCH, csv } from './import-files';
import { savedCurrent } from './workspace-storage';

async function session(page: Page): Promise<void> {
  await openApp(page, DEFAULT_FACTS.clusters);
  await page.getByTestId('file-input').setInputFiles([
    BATCH.excelCsv,
    BATCH.titleXlsx,
    BATCH.broken,
    csv('crm.csv', [
      ['Virksomhet', 'Gruppe'],
      ['Nordic Robotics AS', 'Robotikk'],
    ]),
  ]);
  await expect(page.getByTestId('stat-clusters').locator('.stat-value')).toHaveText(nb(3));
  await openTab(page, 'Import');
  const crm = page
    .getByTestId('mapping-section')
    .filter({ has: page.locator('[data-key="crm.csv"]') });
  await crm.getByRole('combobox', { name: 'Rolle for kolonnen Gruppe' }).selectOption('cluster');
  await openTab(page, 'Kart');
  await expect(
    page.getByTestId('metrics-table').getByRole('button', { name: 'Robotikk' }),
  ).toBeVisible();
  await page.waitForFunction(() => window.__klyngekart?.cy.nodes().length === 3);
  const node = await nodePoint(page, 'tittel');
  await page.mouse.click(node.x, node.y);
  await expect(page.getByTestId('cluster-details').locator('h3')).toHaveText('tittel');
  await openTab(page, 'Import');
  const report = page.getByTestId('import-report');
  await report.getByRole('button', { name: /Detaljer for medlemsliste-tittel/ }).click();
  await Promise.all([
    page.waitForEvent('download'),
    report.getByRole('button', { name: 'Last ned rapport (CSV)' }).click(),
  ]);
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await page.getByRole('button', { name: 'New workspace' }).click();
  await page.getByRole('button', { name: 'Back to the example data' }).click();
  await expect(page.getByTestId('stat-clusters').locator('.stat-value')).toHaveText(
    nb(DEFAULT_FACTS.clusters),
  );
  await expect.poll(() => savedCurrent(page)).toBe('example');
  await page.reload();
  await openApp(page, DEFAULT_FACTS.clusters);
}

test('a whole session sends requests to the app’s own origin only', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const originOf = (url: string) => new URL(url.startsWith('blob:') ? url.slice(5) : url).origin;
  const requests: string[] = [];
  const refused: string[] = [];
  const context = page.context();
  context.on('request', (request) => requests.push(request.url()));
  await context.route(
    (url) => !['data:'].includes(url.protocol) && originOf(url.href) !== origin,
    async (route) => {
      refused.push(route.request().url());
      await route.abort();
    },
  );

  await session(page);

  expect(refused).toEqual([]);
  const elsewhere = requests.filter((url) => !url.startsWith('data:') && originOf(url) !== origin);
  expect(elsewhere).toEqual([]);
  // The recording worked: the app's own files (page, scripts, worker, example data) were seen.
  expect(requests.some((url) => url.includes('.worker'))).toBe(true);
  expect(requests.filter((url) => /\.(csv|xlsx)(\?|$)/.test(url)).length).toBeGreaterThanOrEqual(
    DEFAULT_FACTS.clusters,
  );
});
