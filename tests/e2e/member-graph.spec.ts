/**
 * The member graph: the bridges (organisations in two or more clusters) with their clusters by
 * default, every organisation behind a toggle kept in the URL; an organisation selected in the
 * details list lights its clusters here, and a cluster clicked here selects it everywhere.
 */
import { DEFAULT_FACTS, expect, test } from './fixtures';
import { nodePoint, openApp, watchErrors } from './helpers';

const BRIDGES = 94 + 24 + 9;

test('an organisation chosen in the details list lights its clusters in the member graph', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await openApp(page, DEFAULT_FACTS.clusters);
  const point = await nodePoint(page, 'Oslo Cancer Cluster');
  await page.mouse.click(point.x, point.y);
  const details = page.getByTestId('cluster-details');
  await details.getByTestId('member-filter').selectOption('3');
  const rows = details.getByTestId('member-list').locator('tbody tr');
  await expect(rows.first()).toBeVisible();
  const counts = await details.getByTestId('member-clusters').allTextContents();
  expect(counts.length).toBeGreaterThan(0);
  expect(counts.every((c) => Number(c) >= 3)).toBe(true);
  const first = rows.first().getByRole('button');
  const name = (await first.textContent())!.trim();
  await first.click();
  const org = page.getByTestId('org-details');
  await expect(org.locator('h3')).toHaveText(name);
  const clusters = await org.getByTestId('org-clusters').getByRole('button').allTextContents();
  expect(clusters.length).toBeGreaterThanOrEqual(3);

  await page.getByRole('tab', { name: /^Medlemsgraf/ }).click();
  await expect(page).toHaveURL(/#medlemsgraf\?.*sel=o\./);
  await page.waitForFunction(
    (n) => window.__klyngekart?.graphs.get('members')?.nodes().length === n,
    BRIDGES + DEFAULT_FACTS.clusters,
  );
  await expect(page.getByTestId('member-graph-count')).toHaveText(
    `${BRIDGES} organisasjoner og 16 klynger`,
  );
  const lit = await page.evaluate(() => {
    const cy = window.__klyngekart!.graphs.get('members')!;
    return {
      clusters: cy.nodes('.cluster.selected').map((n) => String(n.data('label'))),
      orgs: cy.nodes('.organisation.selected').map((n) => String(n.data('label'))),
    };
  });
  expect(lit.orgs).toEqual([name]);
  expect(lit.clusters.sort()).toEqual(clusters.map((c) => c.trim()).sort());
  expect(errors).toEqual([]);
});

test('a cluster clicked in the member graph lights its members and is selected everywhere', async ({
  page,
}) => {
  await openApp(page, DEFAULT_FACTS.clusters);
  await page.getByRole('tab', { name: /^Medlemsgraf/ }).click();
  await page.waitForFunction(
    (n) => window.__klyngekart?.graphs.get('members')?.nodes().length === n,
    BRIDGES + DEFAULT_FACTS.clusters,
  );
  // Wait for the force layout to settle (positions stop changing).
  await page.waitForTimeout(1500);
  const point = await page.evaluate(() => {
    const cy = window.__klyngekart!.graphs.get('members')!;
    const node = cy.nodes().filter((n) => n.data('label') === 'Oslo Cancer Cluster');
    const rect = cy.container()!.getBoundingClientRect();
    const p = node.renderedPosition();
    return { x: rect.left + p.x, y: rect.top + p.y };
  });
  await page.mouse.click(point.x, point.y);
  await expect(page).toHaveURL(/sel=c\./);
  const litOrgs = await page.evaluate(
    () => window.__klyngekart!.graphs.get('members')!.nodes('.organisation.selected').length,
  );
  expect(litOrgs).toBeGreaterThan(0);
  // The map, back on its tab, shows the same selection and its profile.
  await page.getByRole('tab', { name: /^Kart/ }).click();
  await expect(page.getByTestId('cluster-details').locator('h3')).toHaveText('Oslo Cancer Cluster');
  await page.waitForFunction(() =>
    window
      .__klyngekart!.graphs.get('overlap')!
      .nodes('.selected')
      .some((n) => n.data('name') === 'Oslo Cancer Cluster'),
  );
});

test('all organisations on demand, kept in the URL', async ({ page }) => {
  await openApp(page, DEFAULT_FACTS.clusters);
  await page.getByRole('tab', { name: /^Medlemsgraf/ }).click();
  await page.getByRole('checkbox', { name: 'Vis alle organisasjoner' }).check();
  await expect(page).toHaveURL(/all=1/);
  await page.waitForFunction(
    (n) => window.__klyngekart?.graphs.get('members')?.nodes().length === n,
    DEFAULT_FACTS.organisations + DEFAULT_FACTS.clusters,
  );
  await expect(page.getByTestId('member-graph-count')).toHaveText(
    '1 276 organisasjoner og 16 klynger',
  );
  // Over a thousand nodes: ForceAtlas2 refines in a worker, its progress shown until the end.
  const canvas = page.getByTestId('member-graph');
  await expect(canvas).toHaveAttribute('data-layout', 'running');
  await expect(
    page.getByRole('status').filter({ hasText: /^Ordner grafen … \d+ %$/ }),
  ).toBeVisible();
  await expect(canvas).toHaveAttribute('data-layout', 'done', { timeout: 30_000 });
  await expect(page.getByRole('status').filter({ hasText: /^Ordner grafen/ })).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('checkbox', { name: 'Vis alle organisasjoner' })).toBeChecked();
});
