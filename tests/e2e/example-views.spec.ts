/**
 * Saved views on the example data outlast a reload (Chromium's real IndexedDB): two views saved
 * and one renamed are back in order after the page is opened again, and the presentation steps
 * through them; after a user workspace, going back to the example data brings its views back.
 * Two tabs on the example follow each other's views. The example's data itself is still never
 * stored as a workspace.
 */
import type { Page } from '@playwright/test';
import { DEFAULT_FACTS, expect, nb, test } from './fixtures';
import { openApp, openTab, saveView } from './helpers';
import { csv } from './import-files';
import { savedExampleViewNames, savedWorkspaces } from './workspace-storage';

const panel = (page: Page) => page.getByTestId('saved-views');
const viewNames = (page: Page) =>
  expect.poll(async () =>
    (await panel(page).getByTestId('saved-view').allInnerTexts()).map((n) => n.split('\n')[0]),
  );

async function showPanel(page: Page) {
  if (!(await panel(page).isVisible())) await page.getByTestId('saved-views-toggle').click();
  await expect(panel(page)).toBeVisible();
}

test('views saved on the example data are back after a reload, renamed, in order, and present', async ({
  page,
}) => {
  await openApp(page, DEFAULT_FACTS.clusters);
  await saveView(page, 'Første');
  await openTab(page, 'Import');
  await saveView(page, 'Andre');
  await panel(page)
    .getByTestId('saved-view')
    .first()
    .getByRole('button', { name: 'Gi nytt navn' })
    .click();
  await panel(page).getByLabel('Nytt navn på «Første»').fill('Kartet');
  await panel(page).getByRole('button', { name: 'Lagre navnet' }).click();
  await viewNames(page).toEqual(['Kartet', 'Andre']);
  await expect.poll(() => savedExampleViewNames(page)).toEqual(['Kartet', 'Andre']);

  await page.reload();
  await openApp(page, DEFAULT_FACTS.clusters);
  await expect(page.getByTestId('default-data-note')).toBeVisible();
  await showPanel(page);
  await viewNames(page).toEqual(['Kartet', 'Andre']);
  expect((await savedWorkspaces(page)).map((w) => w.id)).not.toContain('example');

  await page.getByTestId('present-start').click();
  const step = page.getByTestId('presentation-step');
  await expect(step).toContainText('1 / 2');
  await expect(step).toContainText('Kartet');
  await expect(page.getByRole('tabpanel', { name: 'Kart' })).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(step).toContainText('2 / 2');
  await expect(step).toContainText('Andre');
  await expect(page.getByRole('tabpanel', { name: 'Import' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(step).toBeHidden();
});

test('back to the example data after a user workspace, the example’s views are back', async ({
  page,
}) => {
  await openApp(page, DEFAULT_FACTS.clusters);
  await saveView(page, 'Eksempelet');
  await expect.poll(() => savedExampleViewNames(page)).toEqual(['Eksempelet']);

  await page.getByTestId('file-input').setInputFiles([
    csv('sol.csv', [
      ['Navn', 'Kommune'],
      ['Solcellefabrikken AS', 'Oslo'],
    ]),
  ]);
  await expect(page.getByTestId('stat-clusters').locator('.stat-value')).toHaveText(nb(1));
  await showPanel(page);
  await viewNames(page).toEqual([]);
  await saveView(page, 'Mine data');

  await openTab(page, 'Import');
  await page.getByRole('button', { name: 'Tilbake til eksempeldata' }).click();
  await expect(page.getByTestId('workspace-summary')).toContainText('Eksempeldata');
  await showPanel(page);
  await viewNames(page).toEqual(['Eksempelet']);
  expect(await savedExampleViewNames(page)).toEqual(['Eksempelet']);
});

test('two tabs on the example data see each other’s saved views', async ({ page, context }) => {
  await openApp(page, DEFAULT_FACTS.clusters);
  const other = await context.newPage();
  await openApp(other, DEFAULT_FACTS.clusters);
  await showPanel(other);

  await saveView(page, 'Fra den første');
  await viewNames(other).toEqual(['Fra den første']);
  await saveView(other, 'Fra den andre');
  await viewNames(page).toEqual(['Fra den første', 'Fra den andre']);
  await panel(page).getByRole('button', { name: 'Slett «Fra den første»' }).click();
  await viewNames(other).toEqual(['Fra den andre']);
  await expect.poll(() => savedExampleViewNames(other)).toEqual(['Fra den andre']);
});
