/**
 * The organisation metrics view: sorted by betweenness (a click on its heading), the rows go
 * down in value and the top organisation is the CLI's top by betweenness; the sort is in the
 * URL; the bridges list names the same organisation with the metric's meaning; a row click
 * selects the organisation and its measures show with their meanings.
 */
import { DEFAULT_FACTS, expect, test } from './fixtures';
import { analyzeJson, readNbNumber } from './cli-analyze-json';
import { openApp, tab } from './helpers';

test('sorting by betweenness matches the CLI; selecting a row selects the organisation', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const analysis = analyzeJson() as {
    metrics: { organisations: Record<string, { betweenness: number | null }> };
  };
  const ranked = Object.entries(analysis.metrics.organisations)
    .filter(([, v]) => v.betweenness !== null)
    .sort(([, a], [, b]) => b.betweenness! - a.betweenness!);
  const [topName, top] = ranked[0]!;
  expect(top.betweenness!).toBeGreaterThan(ranked[1]![1].betweenness!);

  await openApp(page, DEFAULT_FACTS.clusters);
  await tab(page, 'Aktører').click();
  const table = page.getByTestId('org-metrics-table');
  await expect(table).toBeVisible();
  const rows = table.locator('tbody tr[data-index]');

  await table.getByRole('button', { name: 'Mellomhet' }).click();
  await expect(table.getByRole('columnheader', { name: 'Mellomhet' })).toHaveAttribute(
    'aria-sort',
    'descending',
  );
  await expect(page).toHaveURL(/osort=betweenness\.desc/);
  await expect(rows.first().locator('th')).toHaveText(topName);

  const betweennessAt = await table
    .locator('thead th')
    .evaluateAll((ths) => ths.findIndex((th) => th.textContent?.startsWith('Mellomhet')));
  expect(betweennessAt).toBeGreaterThan(0);
  const values: number[] = [];
  for (let i = 0; i < 10; i++) {
    const text = await rows.nth(i).locator('th, td').nth(betweennessAt).innerText();
    values.push(readNbNumber(text));
  }
  for (let i = 1; i < values.length; i++) expect(values[i]!).toBeLessThanOrEqual(values[i - 1]!);
  expect(values[0]).toBeCloseTo(top.betweenness!, 3);

  // The bridges: the same organisation first, with the meaning of betweenness filled in.
  const bridges = page.getByTestId('bridges');
  await expect(bridges.locator('li').first()).toContainText(topName);
  await expect(page.locator('.bridges-lead')).toHaveText(
    `${topName} binder sammen klynger som ellers ikke deler noen.`,
  );

  // A click selects it in every view: the URL carries it, the row is current, its measures show.
  await rows.first().click();
  await expect(rows.first()).toHaveAttribute('aria-current', 'true');
  await expect(page).toHaveURL(/sel=o\./);
  const details = page.getByTestId('org-metric-details');
  await expect(details.locator('h3')).toHaveText(topName);
  await expect(details.locator('[data-metric="betweenness"]')).toHaveText(
    `${topName} binder sammen klynger som ellers ikke deler noen.`,
  );

  // A reload keeps the sort (it is in the URL).
  await page.reload();
  await expect(
    page.getByTestId('org-metrics-table').locator('tbody tr[data-index]').first().locator('th'),
  ).toHaveText(topName);
});
