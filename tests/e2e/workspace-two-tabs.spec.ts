/**
 * Two tabs of one browser on one saved workspace: a choice made in one shows in the other
 * without a reload (BroadcastChannel on the workspace id), a choice made in the other is not
 * overwritten by the first tab's next save (the record's revision refuses a stale write), and
 * after a reload both choices are there.
 */
import type { Page } from '@playwright/test';
import { DEFAULT_FACTS, expect, nb, test } from './fixtures';
import { openApp, openTab, watchErrors } from './helpers';
import { csv } from './import-files';
import { savedWorkspaces } from './workspace-storage';

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
];

const clusterNames = (page: Page) =>
  expect.poll(
    async () =>
      (await page.getByTestId('metrics-table').locator('tbody th button').allTextContents()).sort(),
    { timeout: 30_000 },
  );

async function rename(page: Page, file: string, name: string): Promise<void> {
  await openTab(page, 'Import');
  const section = page
    .getByTestId('mapping-section')
    .filter({ has: page.locator(`[data-key="${file}"]`) });
  await section.getByRole('textbox', { name: 'Klyngenavn' }).fill(name);
  await section.getByRole('button', { name: 'Bruk' }).click();
  await openTab(page, 'Kart');
}

test('two tabs on one workspace see each other’s choices and lose neither', async ({
  page,
  context,
}) => {
  await openApp(page, DEFAULT_FACTS.clusters);
  await page.getByTestId('file-input').setInputFiles(FILES);
  await expect(page.getByTestId('stat-clusters').locator('.stat-value')).toHaveText(nb(2));
  await expect.poll(async () => (await savedWorkspaces(page)).length).toBe(1);

  const other = await context.newPage();
  const otherErrors = watchErrors(other);
  await other.goto('/');
  await clusterNames(other).toEqual(['sol', 'vind']);

  await rename(page, 'sol.csv', 'Solenergiklyngen');
  await clusterNames(page).toEqual(['Solenergiklyngen', 'vind']);
  // The other tab takes it in without a reload, and says where it came from.
  await clusterNames(other).toEqual(['Solenergiklyngen', 'vind']);
  await expect(other.getByTestId('saved-work-notice')).toContainText('annen fane');

  await rename(other, 'vind.csv', 'Vindklyngen');
  await clusterNames(other).toEqual(['Solenergiklyngen', 'Vindklyngen']);
  await clusterNames(page).toEqual(['Solenergiklyngen', 'Vindklyngen']);

  await expect
    .poll(async () => {
      const [saved] = await savedWorkspaces(page);
      return [saved?.mappings['sol.csv']?.clusterName, saved?.mappings['vind.csv']?.clusterName];
    })
    .toEqual(['Solenergiklyngen', 'Vindklyngen']);
  await page.reload();
  await clusterNames(page).toEqual(['Solenergiklyngen', 'Vindklyngen']);
  expect(otherErrors).toEqual([]);
});
