/**
 * Column mapping in the browser: a CRM export whose cluster column has a header the app does not
 * know ("Gruppe") is read as one list; marking that column "Klynge" rebuilds it as long format
 * with one cluster per group. The next export with the same headers gets the mapping by itself,
 * and says so. Renaming the cluster of a one-list-per-cluster file renames it on the map.
 */
import type { Page } from '@playwright/test';
import { DEFAULT_FACTS, expect, nb, test } from './fixtures';
import { openApp, openTab } from './helpers';
import { csv } from './import-files';

const HEADER = ['Virksomhet', 'Postnr', 'Gruppe'];
const march = csv('crm-mars.csv', [
  HEADER,
  ['Nordic Robotics AS', '0150', 'Robotikk'],
  ['Havbruk Vest AS', '5003', 'Havbruk'],
  ['Laksefjord AS', '9008', 'Havbruk'],
]);
/** Same headers, written differently (case, punctuation): the same normalised list. */
const april = csv('crm-april.csv', [
  ['VIRKSOMHET', 'Postnr.', 'gruppe'],
  ['Fjordkraft Teknologi AS', '5003', 'Energi'],
  ['Nordic Robotics AS', '0150', 'Energi'],
]);

const section = (page: Page, file: string) =>
  page.getByTestId('mapping-section').filter({ has: page.locator(`[data-key="${file}"]`) });
const clusters = (page: Page) => page.getByTestId('stat-clusters').locator('.stat-value');
const clusterButtons = (page: Page) => page.getByTestId('metrics-table').locator('tbody th button');
/** The cluster names in the metrics table, in alphabetical order (the table sorts by size). */
const clusterNames = (page: Page) =>
  expect.poll(async () => (await clusterButtons(page).allTextContents()).sort());

test('changing a column role rebuilds the data; a file with the same headers gets the mapping', async ({
  page,
}) => {
  await openApp(page, DEFAULT_FACTS.clusters);
  await page.getByTestId('file-input').setInputFiles([march]);
  await expect(clusters(page)).toHaveText(nb(1));
  await clusterNames(page).toEqual(['crm-mars']);

  await openTab(page, 'Import');
  const mars = section(page, 'crm-mars.csv');
  await expect(mars).toContainText('Én liste per klynge');
  await expect(mars.getByRole('row').nth(1)).toContainText('Nordic Robotics AS');
  await mars.getByRole('combobox', { name: 'Rolle for kolonnen Gruppe' }).selectOption('cluster');

  await expect(clusters(page)).toHaveText(nb(2));
  await clusterNames(page).toEqual(['Havbruk', 'Robotikk']);
  await expect(mars.locator('summary')).toContainText('Lang (klyngekolonne');
  await expect(mars.locator('summary')).toContainText('Endret av deg');

  await page.getByTestId('file-input').setInputFiles([april]);
  await expect(clusters(page)).toHaveText(nb(3));
  await openTab(page, 'Import');
  const aprilSection = section(page, 'crm-april.csv');
  await expect(aprilSection.locator('summary')).toContainText(
    'Kolonneoppsett husket fra tidligere fil',
  );
  await expect(
    aprilSection.getByRole('combobox', { name: 'Rolle for kolonnen gruppe' }),
  ).toHaveValue('cluster');
  await expect(clusters(page)).toHaveText(nb(3));
  await clusterNames(page).toEqual(['Energi', 'Havbruk', 'Robotikk']);
  // Nordic Robotics is in two clusters now, from two files: one organisation.
  await expect(page.getByTestId('stat-organisations').locator('.stat-value')).toHaveText(nb(4));
});

test('renaming the cluster of a one-list-per-cluster file renames it everywhere', async ({
  page,
}) => {
  await openApp(page, DEFAULT_FACTS.clusters);
  await page
    .getByTestId('file-input')
    .setInputFiles([
      csv('sol.csv', [['Navn'], ['Solcellefabrikken AS'], ['Lysverket AS']]),
      csv('vind.csv', [['Navn'], ['Vindkraft Nord AS'], ['Lysverket AS']]),
    ]);
  await clusterNames(page).toEqual(['sol', 'vind']);
  await openTab(page, 'Import');
  const sol = section(page, 'sol.csv');
  await sol.getByRole('textbox', { name: 'Klyngenavn' }).fill('Solenergiklyngen');
  await sol.getByRole('button', { name: 'Bruk' }).click();
  await clusterNames(page).toEqual(['Solenergiklyngen', 'vind']);
  // A hidden map holds what it last drew: the new name is on it once it is shown.
  await openTab(page, 'Kart');
  await page.waitForFunction(() =>
    window.__klyngekart?.cy.nodes().some((n) => n.data('name') === 'Solenergiklyngen'),
  );
  await openTab(page, 'Import');
  // Back to what was detected.
  await sol.getByRole('button', { name: 'Tilbake til oppdaget oppsett' }).click();
  await clusterNames(page).toEqual(['sol', 'vind']);
});
