/**
 * Saved views and the presentation, as an adviser would use them before a county council: save
 * three views (the map with a cluster selected, the map filtered to links of 3+ shared members,
 * the placement tab), present them full screen at 1280x720, step through with the keyboard and
 * see each in turn, with map labels at least 14 px on screen; then rename, reorder and delete.
 */
import { type Page } from '@playwright/test';
import { DEFAULT_FACTS, expect, test } from './fixtures';
import { nodePoint, openApp, openTab, saveView } from './helpers';

test.use({ viewport: { width: 1280, height: 720 } });

const CLUSTER = 'Oslo Cancer Cluster';

/** The smallest label drawn on the overlap map, in screen pixels (font size times zoom). */
const smallestLabelPx = (page: Page) =>
  page.evaluate(() => {
    const cy = window.__klyngekart!.cy;
    const sizes = cy
      .nodes(':visible')
      .map((n) => (n.numericStyle('font-size') as number) * cy.zoom());
    return Math.min(...sizes);
  });

test('three saved views presented in turn with the keyboard', async ({ page }) => {
  await openApp(page, DEFAULT_FACTS.clusters);

  // 1: the map with a cluster selected.
  const at = await nodePoint(page, CLUSTER);
  await page.mouse.click(at.x, at.y);
  await expect(page.getByTestId('cluster-details')).toContainText(CLUSTER);
  await saveView(page, 'Kart med klynge');

  // 2: the map filtered to links of at least 3 shared members (the slider, by keyboard).
  await page.keyboard.press('Escape');
  const slider = page.getByRole('slider', { name: /minst/i });
  await slider.focus();
  await slider.press('ArrowRight');
  await slider.press('ArrowRight');
  await expect(page.getByText(/minst 3 felles medlemmer/).first()).toBeVisible();
  await saveView(page, 'Koblinger 3+');

  // 3: the placement tab.
  await openTab(page, 'Plassering');
  await saveView(page, 'Plassering');
  await expect(page.getByTestId('saved-view')).toHaveCount(3);

  // Back on the map with nothing selected, then present.
  await openTab(page, 'Kart');
  await page.getByTestId('present-start').click();
  const step = page.getByTestId('presentation-step');
  await expect(step).toContainText('1 / 3');
  await expect(step).toContainText('Kart med klynge');
  await expect(page.locator('.app-header')).toBeHidden();
  await expect(page.getByRole('tablist')).toBeHidden();
  await expect(page.getByTestId('cluster-details')).toContainText(CLUSTER);
  await expect(page.getByRole('tabpanel', { name: 'Kart' })).toBeVisible();
  // Fit and reset stay on the map; labels are large enough for a projector.
  const map = page.getByRole('tabpanel', { name: 'Kart' });
  await expect(map.getByRole('button', { name: 'Tilpass visningen' })).toBeVisible();
  await expect(map.getByRole('button', { name: 'Nytt oppsett' })).toBeVisible();
  await expect.poll(() => smallestLabelPx(page)).toBeGreaterThanOrEqual(14);
  await map.getByRole('button', { name: 'Tilpass visningen' }).click();
  await expect.poll(() => smallestLabelPx(page)).toBeGreaterThanOrEqual(14);

  await page.keyboard.press('ArrowRight');
  await expect(step).toContainText('2 / 3');
  await expect(step).toContainText('Koblinger 3+');
  await expect.poll(() => new URL(page.url()).hash).toContain('min=3');
  await expect(page.getByTestId('cluster-details')).toBeHidden();

  await page.keyboard.press('Space');
  await expect(step).toContainText('3 / 3');
  await expect(page.getByRole('tabpanel', { name: 'Plassering' })).toBeVisible();
  await page.keyboard.press('PageDown'); // past the end: stays
  await expect(step).toContainText('3 / 3');

  await page.keyboard.press('Home');
  await expect(step).toContainText('1 / 3');
  await expect(page.getByTestId('cluster-details')).toContainText(CLUSTER);
  await page.keyboard.press('End');
  await expect(step).toContainText('3 / 3');
  await page.keyboard.press('PageUp');
  await expect(step).toContainText('2 / 3');
  await page.keyboard.press('ArrowLeft');
  await expect(step).toContainText('1 / 3');

  await page.keyboard.press('Escape');
  await expect(step).toBeHidden();
  await expect(page.locator('.app-header')).toBeVisible();
  await expect(page.getByRole('tablist')).toBeVisible();
});

/** The smallest county name drawn on the county maps (main and inset), in screen pixels. */
const smallestCountyLabelPx = (page: Page) =>
  page.evaluate(() => {
    const names = [...document.querySelectorAll('.norway-map-labels text')];
    const sizes = names.map((text) => {
      const ctm = (text as SVGTextElement).getScreenCTM()!;
      return parseFloat(getComputedStyle(text).fontSize) * Math.hypot(ctm.a, ctm.b);
    });
    return sizes.length > 0 ? Math.min(...sizes) : 0;
  });

/** The smallest label drawn on the member graph, in screen pixels. */
const smallestMemberLabelPx = (page: Page) =>
  page.evaluate(() => {
    const cy = window.__klyngekart!.graphs.get('members')!;
    const sizes = cy
      .nodes(':visible')
      .filter((n) => String(n.data('label') ?? '') !== '')
      .map((n) => (n.numericStyle('font-size') as number) * cy.zoom());
    return sizes.length > 0 ? Math.min(...sizes) : 0;
  });

test('the county map and the member graph are presented with labels of 14 px or more', async ({
  page,
}) => {
  await openApp(page, DEFAULT_FACTS.clusters);
  await page.getByRole('tab', { name: 'Fylkeskart' }).click();
  await expect(page.getByTestId('county-map')).toBeVisible();
  // Not so outside the presentation: the names are drawn at the map's own size.
  expect(await smallestCountyLabelPx(page)).toBeLessThan(14);
  await saveView(page, 'Fylkene');
  await page.getByRole('tab', { name: 'Medlemsgraf' }).click();
  await expect(page.getByTestId('member-graph')).toBeVisible();
  await saveView(page, 'Medlemmene');

  await page.getByTestId('present-start').click();
  const step = page.getByTestId('presentation-step');
  await expect(step).toContainText('1 / 2');
  await expect(page.getByTestId('county-map')).toBeVisible();
  await expect.poll(() => smallestCountyLabelPx(page)).toBeGreaterThanOrEqual(14);
  await page.keyboard.press('ArrowRight');
  await expect(step).toContainText('2 / 2');
  await expect(page.getByTestId('member-graph')).toBeVisible();
  await expect.poll(() => smallestMemberLabelPx(page)).toBeGreaterThanOrEqual(14);
  await page.keyboard.press('Escape');
  await expect(step).toBeHidden();
  await page.getByRole('tab', { name: 'Fylkeskart' }).click();
  await expect.poll(() => smallestCountyLabelPx(page)).toBeLessThan(14);
});

test('saved views are renamed, reordered, deleted and each has a link', async ({ page }) => {
  await openApp(page, DEFAULT_FACTS.clusters);
  await saveView(page, 'Første');
  await openTab(page, 'Import');
  await saveView(page, 'Andre');
  const panel = page.getByTestId('saved-views');
  const names = () => panel.getByTestId('saved-view').allInnerTexts();

  await panel.getByRole('button', { name: 'Flytt «Andre» opp' }).click();
  await expect
    .poll(async () => (await names()).map((n) => n.split('\n')[0]))
    .toEqual(['Andre', 'Første']);
  await panel
    .getByTestId('saved-view')
    .first()
    .getByRole('button', { name: 'Gi nytt navn' })
    .click();
  await panel.getByLabel('Nytt navn på «Andre»').fill('Importen');
  await panel.getByRole('button', { name: 'Lagre navnet' }).click();
  await expect(panel.getByTestId('saved-view').first()).toContainText('Importen');

  // Opening one goes to its view.
  await openTab(page, 'Kart');
  await panel.getByRole('button', { name: 'Importen', exact: true }).click();
  await expect(page.getByRole('tabpanel', { name: 'Import' })).toBeVisible();

  await panel.getByRole('button', { name: 'Slett «Første»' }).click();
  await expect(panel.getByTestId('saved-view')).toHaveCount(1);
  await expect(page.getByTestId('present-start')).toBeEnabled();
  await panel.getByRole('button', { name: 'Slett «Importen»' }).click();
  await expect(panel.getByTestId('saved-view')).toHaveCount(0);
  await expect(page.getByTestId('present-start')).toBeDisabled();
});

/** Whether the element's box lies wholly inside the window (to a pixel). */
const inWindow = (page: Page, testId: string) =>
  page.getByTestId(testId).evaluate((element) => {
    const box = element.getBoundingClientRect();
    const fits =
      box.width > 0 &&
      box.height > 0 &&
      box.left >= -1 &&
      box.top >= -1 &&
      box.right <= window.innerWidth + 1 &&
      box.bottom <= window.innerHeight + 1;
    return fits ? 'in view' : JSON.stringify(box);
  });

test('at 1280x720 each map of the presentation is wholly in view', async ({ page }) => {
  await openApp(page, DEFAULT_FACTS.clusters);
  const maps = [
    ['Kart', 'overlap-map'],
    ['Medlemsgraf', 'member-graph'],
    ['Fylkeskart', 'county-map'],
  ] as const;
  for (const [tabName, testId] of maps) {
    await page.getByRole('tab', { name: tabName, exact: true }).click();
    await expect(page.getByTestId(testId)).toBeVisible();
    await saveView(page, tabName);
  }
  await page.getByTestId('present-start').click();
  const step = page.getByTestId('presentation-step');
  for (const [i, [tabName, testId]] of maps.entries()) {
    if (i > 0) await page.keyboard.press('ArrowRight');
    await expect(step).toContainText(`${i + 1} / 3`);
    await expect(step).toContainText(tabName);
    await expect(page.getByTestId(testId)).toBeVisible();
    await expect.poll(() => inWindow(page, testId)).toBe('in view');
    // Its fit button too, without scrolling.
    const fit = page.getByRole('button', { name: 'Tilpass visningen' }).first();
    await expect(fit).toBeInViewport({ ratio: 1 });
  }
  await page.keyboard.press('Escape');
  await expect(step).toBeHidden();
});
