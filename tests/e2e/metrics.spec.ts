/** The metrics table: one row per cluster, sortable, and a row click selects the cluster. */
import { DEFAULT_FACTS, expect, test } from './fixtures';
import { openApp } from './helpers';

test('the metrics table has a row per cluster; sorting and selecting work', async ({ page }) => {
  await openApp(page, DEFAULT_FACTS.clusters);
  const table = page.getByTestId('metrics-table');
  const rows = table.locator('tbody tr');
  await expect(rows).toHaveCount(DEFAULT_FACTS.clusters);

  // Sorted by members, largest first: the report's largest cluster heads the table.
  await expect(rows.first().locator('th')).toHaveText('Norway Health Tech');
  await table.getByRole('button', { name: 'Medlemmer' }).click();
  await expect(rows.first().locator('th')).toHaveText('Kongsbergklyngen');

  await rows.filter({ hasText: 'H2Cluster' }).click();
  await expect(page.getByTestId('cluster-details').locator('h3')).toHaveText('H2Cluster');
  await expect(rows.filter({ hasText: 'H2Cluster' })).toHaveAttribute('aria-current', 'true');
  const selectedOnMap = await page.evaluate(() =>
    window.__klyngekart!.cy.nodes('.selected').map((n) => String(n.data('name'))),
  );
  expect(selectedOnMap).toEqual(['H2Cluster']);
});
