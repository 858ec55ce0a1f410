/**
 * The intersections view (UpSet), driven as a person would: open the tab, click the bar of the
 * three health clusters and see its organisations listed, as many as the bar's value; Enter on a
 * focused bar selects it too; the chosen combination is in the URL; sort and filters survive a
 * reload.
 */
import { DEFAULT_FACTS, expect, test } from './fixtures';
import { openApp, tab } from './helpers';

const HEALTH = ['Norway Health Tech', 'Oslo Cancer Cluster', 'The Life Science Cluster'];
const healthLabel = new RegExp(`^${HEALTH.join(' \\+ ')}: (\\d+) organisasjoner$`);

async function openIntersections(page: import('@playwright/test').Page) {
  await openApp(page, DEFAULT_FACTS.clusters);
  await tab(page, 'Snitt').click();
  await expect(page.getByTestId('upset-chart')).toBeVisible();
}

test('clicking the bar of the three health clusters lists its organisations', async ({ page }) => {
  await openIntersections(page);
  const bar = page.getByRole('button', { name: healthLabel });
  await expect(bar).toHaveCount(1);
  const value = Number(await bar.locator('text').textContent());
  expect(value).toBeGreaterThan(0);
  await bar.click();
  await expect(bar).toHaveAttribute('aria-pressed', 'true');
  const members = page.getByTestId('upset-members');
  await expect(members.locator('h3')).toContainText(HEALTH.join(' + '));
  await expect(members.getByTestId('upset-members-count')).toHaveText(`${value} organisasjoner`);
  // Every organisation is a row of the list (its header row aside).
  await expect(members.locator('table')).toHaveAttribute('aria-rowcount', String(value + 1));
  await expect(page).toHaveURL(/sel=i\.c[0-9a-z]+\.c[0-9a-z]+\.c[0-9a-z]+/);
});

test('Enter on a focused bar selects it; sort and filters live in the URL', async ({ page }) => {
  await openIntersections(page);
  const bars = page.getByTestId('upset-bar');
  const first = bars.first();
  await first.focus();
  await page.keyboard.press('Enter');
  await expect(first).toHaveAttribute('aria-pressed', 'true');
  const size = Number(await first.getAttribute('data-size'));
  await expect(page.getByTestId('upset-members').locator('table')).toHaveAttribute(
    'aria-rowcount',
    String(size + 1),
  );

  await page.getByTestId('upset-sort').selectOption('degree');
  await expect(page).toHaveURL(/usort=degree/);
  // By degree: the widest combination comes first.
  const degrees = await bars.evaluateAll((els) => els.map((e) => Number(e.dataset.degree)));
  expect(degrees).toEqual([...degrees].sort((a, b) => b - a));

  await page.getByTestId('upset-add-cluster').selectOption({ label: 'Oslo Cancer Cluster' });
  await page.getByRole('radio', { name: 'alle' }).check();
  await page.getByTestId('upset-min').fill('2');
  await expect(page).toHaveURL(/umatch=all/);
  await expect(page).toHaveURL(/umin=2/);
  const labels = await bars.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
  expect(labels.length).toBeGreaterThan(0);
  for (const label of labels) expect(label).toContain('Oslo Cancer Cluster');
  const sizes = await bars.evaluateAll((els) => els.map((e) => Number(e.dataset.size)));
  for (const s of sizes) expect(s).toBeGreaterThanOrEqual(2);

  await page.reload();
  await expect(page.getByTestId('upset-chart')).toBeVisible();
  await expect(page.getByTestId('upset-sort')).toHaveValue('degree');
  await expect(page.getByTestId('upset-min')).toHaveValue('2');
  await expect(
    page.getByRole('button', { name: 'Fjern Oslo Cancer Cluster fra filteret' }),
  ).toBeVisible();
});
