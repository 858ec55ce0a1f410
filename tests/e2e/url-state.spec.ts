/**
 * The page's URL: a selection made on the map is in the link (as opaque ids, never a name) and
 * opens the same view and selection in another page of the same browser; back and forward go
 * through views and selections; the language and the map's threshold survive a reload; a damaged,
 * foreign or stale link shows a note and the app works on.
 */
import type { Page } from '@playwright/test';
import { DEFAULT_FACTS, expect, test } from './fixtures';
import { openApp, openTab, watchErrors } from './helpers';

const details = (page: Page) => page.getByTestId('cluster-details').locator('h3');
const selectedTab = (page: Page) => page.getByRole('tab', { selected: true });

async function waitForData(page: Page): Promise<void> {
  await expect(page.getByTestId('stat-clusters').locator('dd').first()).toHaveText(
    String(DEFAULT_FACTS.clusters),
  );
  await page.waitForFunction(
    (n) => window.__klyngekart?.cy.nodes().length === n,
    DEFAULT_FACTS.clusters,
  );
}

/** Where the map draws a cluster, found by its label (the node ids are opaque page ids). */
async function nodePoint(page: Page, name: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate((wanted) => {
    const cy = window.__klyngekart!.cy;
    const node = cy.nodes().filter((n) => String(n.data('label')).split('\n')[0] === wanted);
    if (node.empty()) return null;
    const rect = cy.container()!.getBoundingClientRect();
    const p = node.renderedPosition();
    return { x: rect.left + p.x, y: rect.top + p.y };
  }, name);
  if (!point) throw new Error(`No node for the cluster "${name}" on the map`);
  return point;
}

async function clickCluster(page: Page, name: string): Promise<void> {
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );
  const point = await nodePoint(page, name);
  await page.mouse.click(point.x, point.y);
  await expect(details(page)).toHaveText(name);
}

test('a selected cluster is in the link, by id, and opens the same in another page', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await openApp(page, DEFAULT_FACTS.clusters);
  await clickCluster(page, 'Kongsbergklyngen');
  await expect(page).toHaveURL(/#kart\?v=1&ws=[a-z0-9]+&sel=c\.[A-Za-z0-9_-]+&focus=c\./);
  const link = page.url();
  expect(decodeURIComponent(link)).not.toMatch(/kongsberg/i);

  const other = await page.context().newPage();
  await other.goto(link);
  await waitForData(other);
  await expect(selectedTab(other)).toHaveText('Kart');
  await expect(details(other)).toHaveText('Kongsbergklyngen');
  await expect(other.getByTestId('url-notice')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('back and forward move between views and selections', async ({ page }) => {
  await openApp(page, DEFAULT_FACTS.clusters);
  await clickCluster(page, 'Kongsbergklyngen');
  await clickCluster(page, 'Oslo Cancer Cluster');
  await openTab(page, 'Import');

  await page.goBack();
  await expect(selectedTab(page)).toHaveText('Kart');
  await expect(details(page)).toHaveText('Oslo Cancer Cluster');
  await page.goBack();
  await expect(details(page)).toHaveText('Kongsbergklyngen');
  await page.goBack();
  await expect(page.getByTestId('cluster-details')).toHaveCount(0);
  await page.goForward();
  await expect(details(page)).toHaveText('Kongsbergklyngen');
  await page.goForward();
  await page.goForward();
  await expect(selectedTab(page)).toHaveText('Import');
});

test('the language and the threshold are kept after a reload; the language also without the link', async ({
  page,
}) => {
  await openApp(page, DEFAULT_FACTS.clusters);
  await page.getByRole('button', { name: 'English', exact: true }).click();
  const slider = page.getByRole('slider');
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(slider).toHaveValue('3');
  await expect(page).toHaveURL(/lang=en/);
  await expect(page).toHaveURL(/min=3/);
  // A filter replaces the history entry rather than adding one.
  const entries = await page.evaluate(() => history.length);

  await page.reload();
  await waitForData(page);
  await expect(page.getByRole('tab', { selected: true })).toHaveText('Map');
  await expect(page.getByRole('slider')).toHaveValue('3');
  expect(await page.evaluate(() => history.length)).toBe(entries);

  // Without the link's settings: the language remembered, the threshold back to 1.
  await page.goto('/');
  await waitForData(page);
  await expect(page.getByRole('tab', { selected: true })).toHaveText('Map');
  await expect(page.getByRole('slider')).toHaveValue('1');
});

test.describe('links the page cannot follow in full', () => {
  for (const [what, hash, says] of [
    ['garbage', '#kart?v=1&%%%&sel=💥&min=-3&<script>', /ukjente deler/],
    ['10 kB of junk', `#kart?v=1&${'x=y&'.repeat(2500)}`, /ukjente deler/],
    ['a future version', '#kart?v=9&sel=c.abc', /ukjente deler/],
    ['ids this data does not have', '#kart?v=1&sel=c.finnesikke&focus=c.finnesikke', /ukjente/],
    ['another workspace', '#kart?v=1&ws=annet&sel=c.abc&min=2', /annet arbeidsområde/],
  ] as const) {
    test(`${what}: a note, and the app works`, async ({ page }) => {
      const errors = watchErrors(page);
      await page.goto(`/${hash}`);
      await waitForData(page);
      await expect(page.getByTestId('url-notice')).toContainText(says);
      await expect(page.getByRole('slider')).toHaveValue('1');
      await clickCluster(page, 'Kongsbergklyngen');
      await expect(page).toHaveURL(/#kart\?v=1&ws=[a-z0-9]+&sel=c\./);
      await page.getByTestId('url-notice').getByRole('button', { name: 'Lukk' }).click();
      await expect(page.getByTestId('url-notice')).toHaveCount(0);
      expect(errors).toEqual([]);
    });
  }
});
