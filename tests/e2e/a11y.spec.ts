/**
 * Accessibility in every view of the view registry: axe-core (node_modules/axe-core, injected
 * into the page) finds no serious or critical violation on any tab. The tabs are read off the
 * tab row, so a view added later is covered without a change here. Also: the skip link is the
 * first stop of the Tab key and moves the focus to the content.
 */
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { DEFAULT_FACTS, expect, test } from './fixtures';
import { openApp } from './helpers';

const AXE = fileURLToPath(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url));

interface Violation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: readonly { readonly target: readonly unknown[] }[];
}

async function seriousViolations(page: Page): Promise<string[]> {
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (c: Document) => Promise<unknown> } }).axe;
    const result = (await axe.run(document)) as { violations: Violation[] };
    return result.violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`,
    );
}

test('no serious or critical axe violations in any view', async ({ page }) => {
  test.setTimeout(120_000);
  await openApp(page, DEFAULT_FACTS.clusters);
  await page.addScriptTag({ path: AXE });
  const tabs = page.getByRole('tab');
  const count = await tabs.count();
  expect(count).toBeGreaterThanOrEqual(4);
  const found: string[] = [];
  for (let i = 0; i < count; i++) {
    const tab = tabs.nth(i);
    const name = (await tab.textContent()) ?? `tab ${i}`;
    await tab.click();
    await expect(tab).toHaveAttribute('aria-selected', 'true');
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
    for (const v of await seriousViolations(page)) found.push(`${name}: ${v}`);
  }
  expect(found).toEqual([]);
});

test('no serious or critical axe violations in the presentation at 1280x720', async ({ page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await openApp(page, DEFAULT_FACTS.clusters);
  // One saved view of each tab, presented in turn.
  const tabs = page.getByRole('tab');
  const count = await tabs.count();
  const panel = page.getByTestId('saved-views');
  for (let i = 0; i < count; i++) {
    await tabs.nth(i).click();
    await expect(tabs.nth(i)).toHaveAttribute('aria-selected', 'true');
    if (!(await panel.isVisible())) await page.getByTestId('saved-views-toggle').click();
    await panel.getByLabel('Navn på visningen').fill(`Visning ${i + 1}`);
    await panel.getByRole('button', { name: 'Lagre visningen' }).click();
    await expect(panel.getByTestId('saved-view')).toHaveCount(i + 1);
  }
  await page.getByTestId('saved-views-toggle').click();
  await expect(panel).toBeHidden();
  await page.getByTestId('present-start').click();
  await page.addScriptTag({ path: AXE });
  const step = page.getByTestId('presentation-step');
  const found: string[] = [];
  for (let i = 0; i < count; i++) {
    if (i > 0) await page.keyboard.press('ArrowRight');
    await expect(step).toContainText(`${i + 1} / ${count}`);
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
    for (const v of await seriousViolations(page)) found.push(`Visning ${i + 1}: ${v}`);
    // The app's header (and its h1) is hidden: the step is the page's top heading.
    await expect(
      page.getByRole('heading', { level: 1, name: `${i + 1} / ${count} Visning ${i + 1}` }),
    ).toBeVisible();
  }
  expect(found).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(step).toBeHidden();
});

test('the skip link is the first Tab stop and moves the focus to the content', async ({ page }) => {
  await openApp(page, DEFAULT_FACTS.clusters);
  // The first element the Tab key reaches from the top of the page (the app itself may have moved
  // the focus after loading, e.g. to the open tab's panel, so this is read off the document).
  const first = await page.evaluate(() => {
    const all = document.querySelectorAll<HTMLElement>(
      'a[href], button, input, select, textarea, [tabindex]',
    );
    return [...all].find((e) => e.tabIndex >= 0 && !e.hasAttribute('disabled'))?.textContent;
  });
  expect(first).toBe('Hopp til innholdet');
  const skip = page.getByRole('link', { name: 'Hopp til innholdet' });
  await skip.focus();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main#content')).toBeFocused();
  // The address keeps the app's state (no "#content" in it).
  expect(page.url()).not.toContain('#content');
});
