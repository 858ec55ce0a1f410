/**
 * The overlap map as a tool: the measure changes edge widths while every node stays where it was,
 * the threshold label reads right in both languages, the measure and threshold survive a reload,
 * and the edge between two health clusters, clicked on the canvas, shows their shared members.
 */
import type { Page } from '@playwright/test';
import { DEFAULT_FACTS, expect, test } from './fixtures';
import { analyzeJson } from './cli-analyze-json';
import { openApp, watchErrors } from './helpers';

type Snapshot = {
  positions: Record<string, { x: number; y: number }>;
  widths: Record<string, number>;
};

/** Node positions and drawn edge widths, read through the e2e hook. */
function snapshot(page: Page): Promise<Snapshot> {
  return page.evaluate(() => {
    const cy = window.__klyngekart!.graphs.get('overlap')!;
    const positions: Record<string, { x: number; y: number }> = {};
    cy.nodes().forEach((n) => {
      positions[n.id()] = { ...n.position() };
    });
    const widths: Record<string, number> = {};
    cy.edges().forEach((e) => {
      widths[e.id()] = Number(e.data('w'));
    });
    return { positions, widths };
  });
}

const measure = (page: Page, name: RegExp) =>
  page.getByTestId('measure-chooser').getByRole('radio', { name });

test('lift redraws the edge widths and leaves every node where it was', async ({ page }) => {
  const errors = watchErrors(page);
  await openApp(page, DEFAULT_FACTS.clusters);
  const before = await snapshot(page);
  await measure(page, /^Løft/).check();
  await expect(page).toHaveURL(/[?&]om=lift/);
  await page.waitForFunction(() => {
    const cy = window.__klyngekart!.graphs.get('overlap')!;
    return cy.edges().some((e) => e.data('value') !== e.data('shared'));
  });
  const after = await snapshot(page);
  expect(after.positions).toEqual(before.positions);
  const ids = Object.keys(before.widths);
  expect(ids.length).toBeGreaterThan(10);
  const changed = ids.filter((id) => Math.abs(before.widths[id]! - after.widths[id]!) > 0.01);
  expect(changed.length).toBeGreaterThan(ids.length / 2);

  // The threshold moves too, and still nothing moves.
  const slider = page.getByRole('slider');
  await slider.focus();
  for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('threshold-label')).toHaveText('Løft minst 1,0');
  expect((await snapshot(page)).positions).toEqual(before.positions);
  expect(errors).toEqual([]);
});

test('the threshold label reads right in bokmål and English', async ({ page }) => {
  await openApp(page, DEFAULT_FACTS.clusters);
  const label = page.getByTestId('threshold-label');
  const slider = page.getByRole('slider');
  await expect(label).toHaveText('minst 1 felles medlem');
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await expect(label).toHaveText('minst 2 felles medlemmer');

  await page.getByRole('button', { name: 'English', exact: true }).click();
  await expect(label).toHaveText('at least 2 shared members');
  await slider.press('ArrowLeft');
  await expect(label).toHaveText('at least 1 shared member');

  await measure(page, /^Jaccard index/).check();
  for (let i = 0; i < 10; i++) await slider.press('ArrowRight');
  await expect(label).toHaveText('Jaccard at least 0.10');
  await page.getByRole('button', { name: 'Norsk', exact: true }).click();
  await expect(label).toHaveText('Jaccard minst 0,10');
});

test('measure and threshold survive a reload', async ({ page }) => {
  await openApp(page, DEFAULT_FACTS.clusters);
  await measure(page, /^Overlappskoeffisient/).check();
  const slider = page.getByRole('slider');
  for (let i = 0; i < 30; i++) await slider.press('ArrowRight');
  await expect(page).toHaveURL(/[?&]om=overlapCoefficient&mr=0\.3/);
  const hidden = await page.evaluate(
    () => window.__klyngekart!.graphs.get('overlap')!.edges('.hidden').length,
  );
  expect(hidden).toBeGreaterThan(0);
  await page.reload();
  await expect(measure(page, /^Overlappskoeffisient/)).toBeChecked();
  await expect(page.getByTestId('threshold-label')).toHaveText('Overlappskoeffisient minst 0,30');
  await page.waitForFunction(
    (n) => window.__klyngekart?.graphs.get('overlap')?.edges('.hidden').length === n,
    hidden,
  );
});

test('the edge between Norway Health Tech and Oslo Cancer Cluster shows their 27 shared members', async ({
  page,
}) => {
  await openApp(page, DEFAULT_FACTS.clusters);
  // Only the strong links, as a person would do to get at one edge.
  const slider = page.getByRole('slider');
  await slider.focus();
  for (let i = 0; i < 19; i++) await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('threshold-label')).toHaveText('minst 20 felles medlemmer');
  const point = await page.evaluate(() => {
    const cy = window.__klyngekart!.graphs.get('overlap')!;
    const edge = cy
      .edges(':visible')
      .filter(
        (e) =>
          [e.source().data('name'), e.target().data('name')].sort().join('|') ===
          'Norway Health Tech|Oslo Cancer Cluster',
      );
    if (edge.empty()) return null;
    const rect = cy.container()!.getBoundingClientRect();
    const m = edge.renderedMidpoint();
    return { x: rect.left + m.x, y: rect.top + m.y };
  });
  expect(point).not.toBeNull();
  await page.mouse.click(point!.x, point!.y);
  const details = page.getByTestId('overlap-details');
  await expect(details.locator('h3')).toContainText('Norway Health Tech');
  await expect(details.locator('h3')).toContainText('Oslo Cancer Cluster');
  await expect(details.getByTestId('overlap-shared')).toHaveText('27');
  await expect(details.getByTestId('member-list').locator('tbody tr')).toHaveCount(27);
  await expect(page).toHaveURL(/sel=cp\./);
});

test('colour by a metric draws a legend, and the choice is in the URL', async ({ page }) => {
  await openApp(page, DEFAULT_FACTS.clusters);
  await page.getByRole('combobox', { name: 'Farge etter' }).selectOption('betweenness');
  await expect(page).toHaveURL(/colour=betweenness/);
  await expect(page.getByTestId('map-legend')).toContainText('Farge:');
  const colours = await page.evaluate(() => {
    const cy = window.__klyngekart!.graphs.get('overlap')!;
    return new Set(cy.nodes().map((n) => String(n.data('colour')))).size;
  });
  expect(colours).toBeGreaterThan(3);
});

test('colour by community: nodes share a colour exactly when the CLI puts them in one community', async ({
  page,
}) => {
  const json = analyzeJson() as {
    metrics: { clusters: Record<string, { community: number }> };
    communities: { count: number };
  };
  await openApp(page, DEFAULT_FACTS.clusters);
  await page.getByRole('combobox', { name: 'Farge etter' }).selectOption('community');
  await expect(page).toHaveURL(/colour=community/);
  await expect(page.getByTestId('map-legend')).toContainText('Farge:');
  const colourOf = await page.evaluate(() => {
    const cy = window.__klyngekart!.graphs.get('overlap')!;
    return Object.fromEntries(
      cy.nodes().map((n) => [String(n.data('name')), String(n.data('colour'))]),
    );
  });
  const names = Object.keys(json.metrics.clusters);
  expect(Object.keys(colourOf).sort()).toEqual([...names].sort());
  expect(new Set(Object.values(colourOf)).size).toBe(json.communities.count);
  for (const a of names)
    for (const b of names)
      expect(colourOf[a] === colourOf[b], `${a} / ${b}`).toBe(
        json.metrics.clusters[a]!.community === json.metrics.clusters[b]!.community,
      );
});
