/**
 * Placing organisations by hand in the browser: two members that only say "Viken" (now Østfold,
 * Akershus or Buskerud) and one with no place at all (tests/fixtures/e2e-review). They are listed
 * as unplaced with the reason and the candidates; placing the two in Akershus makes them count
 * there in their cluster's county breakdown; removing a placement puts one back on the list.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { DEFAULT_FACTS, expect, nb, test } from './fixtures';
import { openApp, openTab } from './helpers';
import { savedWorkspaces } from './workspace-storage';

const fixture = (name: string) => ({
  name,
  mimeType: 'text/csv',
  buffer: readFileSync(new URL(`../fixtures/e2e-review/${name}`, import.meta.url)),
});

async function loadFixtures(page: Page) {
  await openApp(page, DEFAULT_FACTS.clusters);
  await page
    .getByTestId('file-input')
    .setInputFiles([fixture('Nordklyngen.csv'), fixture('Sorklyngen.csv')]);
  await expect(page.getByTestId('stat-organisations').locator('.stat-value')).toHaveText(nb(10));
}

/** Manual placements per stored workspace (IndexedDB), so a reload waits for the save. */
const savedPlacements = async (page: Page) =>
  (await savedWorkspaces(page)).map((w) => Object.keys(w.placements).length);

const places = (page: Page) => page.getByTestId('places-panel');
const countyBars = (page: Page) =>
  page.getByTestId('cluster-details').getByRole('list', { name: 'Medlemmer etter fylke' });

test('the Viken members are unplaced with their three candidates, and can be placed in Akershus', async ({
  page,
}) => {
  await loadFixtures(page);
  await openTab(page, 'Plassering');
  await expect(page.getByTestId('places-count')).toHaveText('3');
  const rows = places(page).getByTestId('unplaced-row');
  await expect(rows).toHaveText([
    /Vikenbedriften AS.*Nordklyngen.*«Viken» er nå Østfold, Akershus eller Buskerud; velg fylke/,
    /Østlandsk Innovasjon.*Nordklyngen.*«Viken» er nå Østfold, Akershus eller Buskerud/,
    /Stedløs Bygg.*Nordklyngen.*Verken kommune eller fylke oppgitt/,
  ]);

  // The cluster before: both count as "(uklart)", none in Akershus.
  await openTab(page, 'Kart');
  await page.getByTestId('metrics-table').getByRole('button', { name: 'Nordklyngen' }).click();
  await expect(countyBars(page)).not.toContainText('Akershus');

  await openTab(page, 'Plassering');
  await places(page).getByRole('checkbox', { name: 'Velg Vikenbedriften AS' }).check();
  await places(page).getByRole('checkbox', { name: 'Velg Østlandsk Innovasjon' }).check();
  const chooser = page.getByTestId('county-chooser');
  await expect(chooser).toContainText('2 valgt');
  // The candidates come first, in their own group; then the other twelve counties and abroad.
  const suggested = chooser.locator('optgroup[label="Mulige fylker"] option');
  await expect(suggested).toHaveText(['Østfold', 'Akershus', 'Buskerud']);
  await expect(chooser.locator('optgroup[label="Alle fylker"] option')).toHaveCount(12);
  await expect(chooser.locator('option[value="abroad"]')).toHaveText('Utlandet');

  await chooser.getByRole('combobox').selectOption({ label: 'Akershus' });
  await chooser.getByRole('button', { name: 'Plasser 2 organisasjoner' }).click();

  await expect(page.getByTestId('places-count')).toHaveText('1');
  await expect(places(page).getByTestId('unplaced-row')).toHaveText([/Stedløs Bygg/]);
  await openTab(page, 'Kart');
  await expect(countyBars(page).locator('li', { hasText: 'Akershus' })).toContainText(
    /Akershus\s*2/,
  );
  await openTab(page, 'Plassering');
  const manual = page.getByTestId('manual-placements');
  await expect(manual.getByRole('listitem')).toHaveText([
    /Vikenbedriften AS → Akershus/,
    /Østlandsk Innovasjon → Akershus/,
  ]);

  // Removing one placement puts it back among the unplaced and out of Akershus.
  await manual.getByRole('button', { name: 'Fjern plasseringen av Østlandsk Innovasjon' }).click();
  await expect(page.getByTestId('places-count')).toHaveText('2');
  await openTab(page, 'Kart');
  await expect(countyBars(page).locator('li', { hasText: 'Akershus' })).toContainText(
    /Akershus\s*1/,
  );
});

test('select all, then place abroad; the placements survive a reload', async ({ page }) => {
  await loadFixtures(page);
  await openTab(page, 'Plassering');
  await places(page).getByRole('checkbox', { name: 'Velg alle' }).check();
  const chooser = page.getByTestId('county-chooser');
  await expect(chooser).toContainText('3 valgt');
  await chooser.getByRole('combobox').selectOption('abroad');
  await chooser.getByRole('button', { name: 'Plasser 3 organisasjoner' }).click();
  await expect(places(page)).toContainText('Alle organisasjoner er plassert');
  await openTab(page, 'Kart');
  await page.getByTestId('metrics-table').getByRole('button', { name: 'Nordklyngen' }).click();
  await expect(countyBars(page).locator('li', { hasText: 'Utlandet' })).toContainText(
    /Utlandet\s*3/,
  );

  await expect.poll(() => savedPlacements(page)).toEqual([3]);
  await page.reload();
  await openTab(page, 'Plassering');
  await expect(page.getByTestId('places-count')).toHaveText('0');
  await expect(page.getByTestId('manual-placements').getByRole('listitem')).toHaveCount(3);
});
