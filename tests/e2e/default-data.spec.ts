/** The app opens on the example data: the published totals, the note, inferred clusters marked. */
import { DEFAULT_FACTS, expect, nb, test } from './fixtures';
import { openApp } from './helpers';

test('opens on the example data with 16 clusters, 1 276 organisations and the synthetic-data note', async ({
  page,
}) => {
  await openApp(page, DEFAULT_FACTS.clusters);
  await expect(page.getByTestId('stat-clusters').locator('.stat-value')).toHaveText(
    nb(DEFAULT_FACTS.clusters),
  );
  await expect(page.getByTestId('stat-organisations').locator('.stat-value')).toHaveText(
    nb(DEFAULT_FACTS.organisations),
  );
  await expect(page.getByTestId('stat-organisations').locator('.stat-value')).toHaveText(
    /^1\s276$/,
  );
  await expect(page.getByTestId('default-data-note')).toContainText(
    'Eksempeldata: ekte klyngenavn og publiserte totaltall, fiktive medlemmer',
  );
  expect(await page.evaluate(() => window.__klyngekart!.cy.nodes().length)).toBe(
    DEFAULT_FACTS.clusters,
  );
});

test('marks exactly the four inferred clusters as "antatt", in the table and on the map', async ({
  page,
}) => {
  await openApp(page, DEFAULT_FACTS.clusters);
  const inferred = [
    'NCE Energy Valley',
    'Norsk senter for sirkulær økonomi (NCCE)',
    'Oslo Edtech Cluster',
    'SAMS Norway',
  ];
  const marked = page
    .getByTestId('metrics-table')
    .locator('tbody tr', { has: page.locator('.badge') });
  await expect(marked).toHaveCount(4);
  for (const name of inferred) {
    await expect(marked.filter({ hasText: name })).toHaveCount(1);
  }
  const mapLabels = await page.evaluate(() =>
    window
      .__klyngekart!.cy.nodes()
      .filter((n) => String(n.data('label')).includes('(antatt)'))
      .map((n) => String(n.data('name')))
      .sort(),
  );
  expect(mapLabels).toEqual([...inferred].sort());
});

test('draws the same map on every load (deterministic layout)', async ({ page }) => {
  const positions = () =>
    page.evaluate(() =>
      window
        .__klyngekart!.cy.nodes()
        .map(
          (n) => `${n.data('name')}@${Math.round(n.position('x'))},${Math.round(n.position('y'))}`,
        )
        .sort(),
    );
  await openApp(page, DEFAULT_FACTS.clusters);
  const first = await positions();
  await page.reload();
  await openApp(page, DEFAULT_FACTS.clusters);
  expect(await positions()).toEqual(first);
});
