/**
 * The organisations view, driven as a person would: the 4+ bar filters the table to the
 * organisations in four or more clusters (9 on the default data, the report's figure); a search
 * by part of a name lands on its row, and selecting it puts it in the URL; a cluster selected on
 * the map filters the table to its members, with a chip that removes the filter.
 */
import { DEFAULT_FACTS, expect, test } from './fixtures';
import { nodePoint, openApp, openTab, tab } from './helpers';

async function openOrganisations(page: import('@playwright/test').Page) {
  await tab(page, 'Organisasjoner').click();
  await expect(page.getByTestId('orgs-table')).toBeVisible();
}

test('the 4+ bar shows the 9 organisations in four or more clusters', async ({ page }) => {
  await openApp(page, DEFAULT_FACTS.clusters);
  await openOrganisations(page);
  await expect(page.getByTestId('orgs-count')).toContainText(
    `av ${DEFAULT_FACTS.organisations.toLocaleString('nb-NO')}`,
  );
  await page.getByRole('button', { name: /^4\+ klynger: \d+ organisasjoner$/ }).click();
  const rows = page.getByTestId('org-row');
  await expect(rows).toHaveCount(9);
  const counts = await rows.locator('td:nth-child(5)').allTextContents();
  for (const c of counts) expect(Number(c)).toBeGreaterThanOrEqual(4);
  await expect(page).toHaveURL(/obar=4plus/);
  // The same through the number filter: at least 4 clusters, bucket removed by its chip.
  await page.getByRole('button', { name: 'Fjern filteret «4+ klynger»' }).click();
  await page.getByTestId('orgs-min').fill('4');
  await expect(rows).toHaveCount(9);
  await expect(page).toHaveURL(/omin=4/);
});

test('a search by part of a name lands on its row; selecting it puts it in the URL', async ({
  page,
}) => {
  await openApp(page, DEFAULT_FACTS.clusters);
  await openOrganisations(page);
  // A name from the far end of the table, so landing on it means scrolling to it.
  const table = page.getByTestId('orgs-table');
  await table.getByRole('button', { name: /Navn/ }).click();
  await table.getByRole('button', { name: /Navn/ }).click(); // descending: Ø, Å names first
  const target = (await page.getByTestId('org-row').nth(3).locator('th').textContent())!.trim();
  await table.getByRole('button', { name: /Navn/ }).click(); // back to ascending: it is far down
  const word = target.split(/\s+/).sort((a, b) => b.length - a.length)[0]!;
  const part = word.slice(1, 6).toLowerCase();
  expect(part.length).toBeGreaterThanOrEqual(3);

  const search = page.getByTestId('orgs-search');
  await search.fill(part);
  await search.press('Enter');
  const focused = page.locator('tr[data-org]:focus');
  await expect(focused).toHaveCount(1);
  const landed = (await focused.locator('th').textContent())!.trim();
  expect(landed.toLowerCase()).toContain(part);

  await page.keyboard.press('Enter');
  await expect(focused).toHaveAttribute('aria-selected', 'true');
  const id = await focused.getAttribute('data-org');
  await expect(page).toHaveURL(new RegExp(`sel=o\\.${id}`));
  // The URL holds the opaque id, never the name or the search text.
  expect(decodeURIComponent(page.url())).not.toContain(landed);
});

test('a cluster selected on the map filters the organisations view', async ({ page }) => {
  await openApp(page, DEFAULT_FACTS.clusters);
  const point = await nodePoint(page, 'Kongsbergklyngen');
  await page.mouse.click(point.x, point.y);
  await expect(page.getByTestId('cluster-details')).toBeVisible();
  await openOrganisations(page);
  const chip = page.getByTestId('orgs-chips').locator('[data-chip^="sel-"]');
  await expect(chip).toContainText('Kongsbergklyngen');
  const rows = page.getByTestId('org-row');
  await expect(rows).toHaveCount(DEFAULT_FACTS.kongsbergMembers);
  for (const text of await rows.locator('td:nth-child(6)').allTextContents()) {
    expect(text).toContain('Kongsbergklyngen');
  }
  await chip.getByRole('button').click();
  await expect(chip).toHaveCount(0);
  await expect(page.getByTestId('orgs-count')).toContainText(
    `${DEFAULT_FACTS.organisations.toLocaleString('nb-NO')} av`,
  );
  await openTab(page, 'Kart');
  await expect(page.getByTestId('cluster-details')).toHaveCount(0);
});
