/**
 * The workspace lives in the browser's real IndexedDB: files, a renamed cluster and a removed
 * file are all back after a reload; going back to the example data is remembered too, and the
 * saved workspace can be opened again from the list. A new workspace starts empty.
 */
import type { Page } from '@playwright/test';
import { DEFAULT_FACTS, expect, nb, test } from './fixtures';
import { openApp, openTab } from './helpers';
import { csv } from './import-files';
import { savedCurrent, savedWorkspaces } from './workspace-storage';

const FILES = [
  csv('sol.csv', [
    ['Navn', 'Kommune'],
    ['Solcellefabrikken AS', 'Oslo'],
    ['Lysverket AS', 'Bergen'],
  ]),
  csv('vind.csv', [
    ['Navn', 'Kommune'],
    ['Vindkraft Nord AS', 'Tromsø'],
    ['Lysverket AS', 'Bergen'],
  ]),
  csv('vann.csv', [
    ['Navn', 'Kommune'],
    ['Vannkraft Vest AS', 'Voss'],
  ]),
];

const clusters = (page: Page) => page.getByTestId('stat-clusters').locator('.stat-value');
const clusterNames = (page: Page) =>
  expect.poll(async () =>
    (await page.getByTestId('metrics-table').locator('tbody th button').allTextContents()).sort(),
  );
const solSection = (page: Page) =>
  page.getByTestId('mapping-section').filter({ has: page.locator('[data-key="sol.csv"]') });

test('files, a mapping and a removed file are back after a reload', async ({ page }) => {
  await openApp(page, DEFAULT_FACTS.clusters);
  await page.getByTestId('file-input').setInputFiles(FILES);
  await expect(clusters(page)).toHaveText(nb(3));

  await openTab(page, 'Import');
  await page.getByRole('button', { name: 'Fjern vann.csv' }).click();
  await expect(clusters(page)).toHaveText(nb(2));
  await solSection(page).getByRole('textbox', { name: 'Klyngenavn' }).fill('Solenergiklyngen');
  await solSection(page).getByRole('button', { name: 'Bruk' }).click();
  await clusterNames(page).toEqual(['Solenergiklyngen', 'vind']);

  // Reload once the browser has it all.
  await expect
    .poll(async () => {
      const [saved] = await savedWorkspaces(page);
      return saved && [saved.files.map((f) => f.name), saved.mappings['sol.csv']?.clusterName];
    })
    .toEqual([['sol.csv', 'vind.csv'], 'Solenergiklyngen']);
  await page.reload();

  await expect(page.getByTestId('workspace-summary')).toContainText('Dine filer (2 filer)');
  await expect(clusters(page)).toHaveText(nb(2));
  await clusterNames(page).toEqual(['Solenergiklyngen', 'vind']);
  await expect(page.getByTestId('stat-organisations').locator('.stat-value')).toHaveText(nb(3));
  await expect(page.getByTestId('file-list').locator('li')).toHaveCount(2);
  await expect(solSection(page).locator('summary')).toContainText('Endret av deg');
  await expect(page.getByTestId('default-data-note')).toHaveCount(0);
  // The map is drawn when shown (a hidden canvas waits).
  await openTab(page, 'Kart');
  await page.waitForFunction(() => window.__klyngekart?.cy.nodes().length === 2);
});

test('back to the example data survives a reload; the saved workspace opens again from the list', async ({
  page,
}) => {
  await openApp(page, DEFAULT_FACTS.clusters);
  await page.getByTestId('file-input').setInputFiles(FILES.slice(0, 2));
  await expect(clusters(page)).toHaveText(nb(2));
  await expect.poll(async () => (await savedWorkspaces(page)).length).toBe(1);

  await openTab(page, 'Import');
  await page.getByRole('button', { name: 'Tilbake til eksempeldata' }).click();
  await expect(clusters(page)).toHaveText(nb(DEFAULT_FACTS.clusters));
  await expect(page.getByTestId('workspace-summary')).toContainText('Eksempeldata (16 filer)');
  await expect.poll(() => savedCurrent(page)).toBe('example');
  await page.reload();
  await openApp(page, DEFAULT_FACTS.clusters);
  await expect(page.getByTestId('default-data-note')).toBeVisible();

  await openTab(page, 'Import');
  const saved = page.getByRole('combobox', { name: 'Lagrede arbeidsflater' });
  await expect(saved.locator('option')).toHaveCount(2);
  await saved.selectOption({ index: 1 });
  await page.getByRole('button', { name: 'Åpne' }).click();
  await expect(clusters(page)).toHaveText(nb(2));
  await clusterNames(page).toEqual(['sol', 'vind']);

  // A new workspace is empty, and stays so after a reload.
  await page.getByRole('button', { name: 'Ny arbeidsflate' }).click();
  await expect(page.getByTestId('workspace-summary')).toContainText('Arbeidsflaten er tom');
  await openTab(page, 'Kart');
  await expect(page.getByRole('tabpanel').getByText('Ingen data ennå')).toBeVisible();
  await expect.poll(async () => (await savedWorkspaces(page)).length).toBe(2);
  await page.reload();
  await expect(page.getByTestId('workspace-summary')).toContainText('Arbeidsflaten er tom');
});
