/**
 * The tabs: switching by click and by keyboard (arrows, Home, End: the WAI-ARIA tabs pattern), the
 * open tab kept in the URL through a reload and the back button, the counts on the tabs, the tab
 * that opens after loading files, and the map drawn properly when its data arrived while hidden.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { DEFAULT_FACTS, expect, nb, test } from './fixtures';
import { nodePoint, openApp, openTab, tab } from './helpers';
import { BATCH, csv } from './import-files';

const reviewFixture = (name: string) => ({
  name,
  mimeType: 'text/csv',
  buffer: readFileSync(new URL(`../fixtures/e2e-review/${name}`, import.meta.url)),
});
const REVIEW_FILES = [reviewFixture('Nordklyngen.csv'), reviewFixture('Sorklyngen.csv')];

const panel = (page: Page, id: string) => page.getByTestId(`tabpanel-${id}`);
const selectedTab = (page: Page) => page.getByRole('tab', { selected: true });
const organisations = (page: Page) => page.getByTestId('stat-organisations').locator('.stat-value');

test('opens on the map; a click on a tab shows its panel only and puts it in the URL', async ({
  page,
}) => {
  await openApp(page, DEFAULT_FACTS.clusters);
  await expect(page.getByRole('tab')).toHaveText([
    'Kart',
    'Import',
    /^Duplikater/,
    'Plassering',
    'Rapport',
  ]);
  await expect(selectedTab(page)).toHaveText('Kart');
  await expect(page.getByTestId('overlap-map')).toBeVisible();
  await expect(page.getByTestId('import-view')).toBeHidden();

  await tab(page, 'Import').click();
  await expect(selectedTab(page)).toHaveText('Import');
  await expect(page).toHaveURL(/#import$/);
  await expect(page.getByTestId('import-view')).toBeVisible();
  await expect(page.getByTestId('workspace-bar')).toBeVisible();
  await expect(page.getByTestId('overlap-map')).toBeHidden();
  await expect(page.getByRole('tabpanel')).toHaveCount(1);

  await tab(page, 'Duplikater').click();
  await expect(page).toHaveURL(/#duplikater$/);
  await expect(page.getByTestId('review-panel')).toBeVisible();
  await expect(page.getByTestId('changes-panel')).toBeVisible();

  await tab(page, 'Plassering').click();
  await expect(page).toHaveURL(/#plassering$/);
  await expect(page.getByTestId('places-panel')).toBeVisible();
  await expect(page.getByTestId('register-panel')).toBeVisible();

  // Back on the map: the details still sit beside it, and a click on a cluster still works.
  await tab(page, 'Kart').click();
  await expect(page.getByTestId('overlap-map')).toBeVisible();
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );
  const point = await nodePoint(page, 'Kongsbergklyngen');
  await page.mouse.click(point.x, point.y);
  const details = page.getByTestId('cluster-details');
  await expect(details.locator('h3')).toHaveText('Kongsbergklyngen');
  const map = (await page.getByTestId('overlap-map').boundingBox())!;
  const side = (await details.boundingBox())!;
  expect(side.x).toBeGreaterThan(map.x + map.width);
  expect(side.y).toBeLessThan(map.y + map.height);
});

test('the arrow keys, Home and End move between tabs; one tab stop for the row', async ({
  page,
}) => {
  await openApp(page, DEFAULT_FACTS.clusters);
  await tab(page, 'Kart').focus();
  const stops = () =>
    page
      .getByRole('tab')
      .evaluateAll((tabs) => tabs.filter((t) => t.getAttribute('tabindex') === '0').length);
  expect(await stops()).toBe(1);

  const press = async (key: string, label: string) => {
    await page.keyboard.press(key);
    await expect(selectedTab(page)).toHaveText(new RegExp(`^${label}`));
    await expect(tab(page, label)).toBeFocused();
    await expect(page.getByRole('tabpanel', { name: label })).toBeVisible();
    expect(await stops()).toBe(1);
  };
  await press('ArrowRight', 'Import');
  await press('ArrowRight', 'Duplikater');
  await press('End', 'Rapport');
  await press('ArrowLeft', 'Plassering');
  await press('End', 'Rapport');
  await press('ArrowRight', 'Kart');
  await press('ArrowLeft', 'Rapport');
  await press('Home', 'Kart');
  await expect(page).toHaveURL(/#kart$/);

  // Tab leaves the row: the next stop is in the open panel, not another tab.
  await press('ArrowRight', 'Import');
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.closest('[role="tabpanel"]')?.id)).toBe(
    'tabpanel-import',
  );
});

test('the open tab survives a reload; back and forward go through the tabs', async ({ page }) => {
  await openApp(page, DEFAULT_FACTS.clusters);
  await openTab(page, 'Duplikater');
  await openTab(page, 'Plassering');
  await page.reload();
  await expect(selectedTab(page)).toHaveText('Plassering');
  await expect(page.getByTestId('places-panel')).toBeVisible();

  await page.goBack();
  await expect(selectedTab(page)).toHaveText(/^Duplikater/);
  await expect(page.getByTestId('review-panel')).toBeVisible();
  await page.goBack();
  await expect(selectedTab(page)).toHaveText('Kart');
  await page.goForward();
  await expect(selectedTab(page)).toHaveText(/^Duplikater/);

  // A link straight to a tab opens it; an unknown one opens the map.
  await page.goto('/#import');
  await expect(selectedTab(page)).toHaveText('Import');
  await expect(page.getByTestId('import-view')).toBeVisible();
  await page.goto('/#ukjent');
  await expect(selectedTab(page)).toHaveText('Kart');
});

test('the tabs count proposals and unplaced organisations, and follow the decisions', async ({
  page,
}) => {
  await openApp(page, DEFAULT_FACTS.clusters);
  // The example data: proposals to review, nothing rejected, everyone placed.
  const proposals = page.getByTestId('review-count');
  await expect(page.getByTestId('tab-badge-duplikater')).toHaveText(
    (await proposals.textContent())!,
  );
  await expect(page.getByTestId('tab-badge-import')).toHaveCount(0);
  await expect(page.getByTestId('tab-badge-plassering')).toHaveCount(0);

  await page.getByTestId('file-input').setInputFiles(REVIEW_FILES);
  await expect(organisations(page)).toHaveText(nb(10));
  await expect(page.getByTestId('tab-badge-duplikater')).toHaveText('3');
  await expect(page.getByTestId('tab-badge-plassering')).toHaveText('3');
  await expect(page.getByTestId('tab-badge-import')).toHaveCount(0);
  // The count is part of the tab's name for screen readers.
  await expect(tab(page, 'Duplikater')).toHaveAccessibleName(
    /^Duplikater\s*,\s*3 mulige duplikater å vurdere$/,
  );
  await expect(tab(page, 'Plassering')).toHaveAccessibleName(
    /^Plassering\s*,\s*3 organisasjoner uten fylke$/,
  );

  // The badges and the panels agree, and move together.
  await openTab(page, 'Duplikater');
  await expect(page.getByTestId('review-count')).toHaveText('3');
  await page
    .getByTestId('review-panel')
    .getByRole('listitem', { name: '«Nordlys Teknologi AS» og «Nordlys Teknolgi»' })
    .getByRole('button', { name: 'Slå sammen' })
    .click();
  await expect(organisations(page)).toHaveText(nb(9));
  await expect(page.getByTestId('tab-badge-duplikater')).toHaveText('2');

  await openTab(page, 'Plassering');
  await expect(page.getByTestId('places-count')).toHaveText('3');
  await page.getByTestId('places-panel').getByRole('checkbox', { name: 'Velg alle' }).check();
  const chooser = page.getByTestId('county-chooser');
  await chooser.getByRole('combobox').selectOption('abroad');
  await chooser.getByRole('button', { name: 'Plasser 3 organisasjoner' }).click();
  await expect(page.getByTestId('places-count')).toHaveText('0');
  await expect(page.getByTestId('tab-badge-plassering')).toHaveCount(0);

  // In English too.
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await expect(page.getByRole('tab')).toHaveText([
    'Map',
    'Import',
    /^Duplicates/,
    'Placement',
    'Report',
  ]);
  await expect(tab(page, 'Duplicates')).toHaveAccessibleName(
    /^Duplicates\s*,\s*2 possible duplicates to review$/,
  );
});

test('after loading files: the import tab when something was rejected, else the map', async ({
  page,
}) => {
  await openApp(page, DEFAULT_FACTS.clusters);
  await openTab(page, 'Plassering');

  // A broken file among good ones: the import tab, with the rejections counted on it.
  await page
    .getByTestId('file-input')
    .setInputFiles([BATCH.excelCsv, BATCH.titleXlsx, BATCH.broken]);
  await expect(page.getByTestId('stat-clusters').locator('.stat-value')).toHaveText(nb(2));
  await expect(selectedTab(page)).toHaveText(/^Import/);
  await expect(page.getByTestId('bad-files')).toBeVisible();
  const rejected = page
    .getByTestId('import-summary')
    .getByText('Avvist', { exact: true })
    .locator('xpath=..');
  await expect(page.getByTestId('tab-badge-import')).toHaveText(
    (await rejected.locator('dd').textContent())!,
  );
  await expect(page.getByTestId('tab-badge-import')).not.toHaveText('0');

  // The map's data came while it was hidden; it is laid out when shown, every node on the canvas.
  await openTab(page, 'Kart');
  const inside = await page.evaluate(() => {
    const cy = window.__klyngekart!.cy;
    return cy.nodes().map((n) => {
      const p = n.renderedPosition();
      return p.x > 0 && p.y > 0 && p.x < cy.width() && p.y < cy.height();
    });
  });
  expect(inside).toEqual([true, true]);
  const point = await nodePoint(page, 'tittel');
  await page.mouse.click(point.x, point.y);
  await expect(page.getByTestId('cluster-details').locator('h3')).toHaveText('tittel');

  // The notice's button leads back to the import report, and the focus goes with it.
  await page.getByTestId('load-notice').getByRole('button', { name: 'Se importrapporten' }).click();
  await expect(selectedTab(page)).toHaveText(/^Import/);
  await expect(page.getByTestId('tabpanel-import')).toBeFocused();

  // Removing the broken file is a choice, not a load: the user stays where they are.
  await page.getByRole('button', { name: 'Fjern avbrutt-nedlasting.xlsx' }).click();
  await expect(page.getByTestId('bad-files')).toHaveCount(0);
  await expect(page.getByTestId('tab-badge-import')).toHaveCount(0);
  await expect(selectedTab(page)).toHaveText('Import');

  // A good file from the duplicates tab: the map.
  await openTab(page, 'Duplikater');
  await page
    .getByTestId('file-input')
    .setInputFiles([csv('tredje.csv', [['Navn'], ['Tredje Bedrift AS']])]);
  await expect(page.getByTestId('stat-clusters').locator('.stat-value')).toHaveText(nb(3));
  await expect(selectedTab(page)).toHaveText('Kart');
  await expect(panel(page, 'kart')).toBeVisible();
});
