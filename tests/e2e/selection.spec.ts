/**
 * The shared selection, driven as a person would: select a cluster on the map and see its
 * details; Escape clears it (but not while typing in the member search); select an edge and see
 * the shared members. The map's elements carry page ids, never names.
 */
import { DEFAULT_FACTS, expect, test } from './fixtures';
import { clearEdgePoint, nodePoint, openApp, watchErrors } from './helpers';

test('a cluster selected on the map shows its details; Escape clears it', async ({ page }) => {
  const errors = watchErrors(page);
  await openApp(page, DEFAULT_FACTS.clusters);
  const point = await nodePoint(page, 'Kongsbergklyngen');
  await page.mouse.click(point.x, point.y);

  const details = page.getByTestId('cluster-details');
  await expect(details.locator('h3')).toHaveText('Kongsbergklyngen');
  await expect(details.getByTestId('member-list').locator('tbody tr')).toHaveCount(
    DEFAULT_FACTS.kongsbergMembers,
  );
  const ids = await page.evaluate(() => ({
    selected: window.__klyngekart!.cy.nodes('.selected').map((n) => n.id()),
    all: window.__klyngekart!.cy.elements().map((e) => e.id()),
  }));
  expect(ids.selected).toHaveLength(1);
  for (const id of ids.all) expect(id).toMatch(/^c[0-9a-z]{10}(\|c[0-9a-z]{10})?$/);

  // Escape in the search field belongs to the field: the selection stays.
  const search = details.getByRole('searchbox');
  await search.fill('xyz');
  await search.press('Escape');
  await expect(page.getByTestId('cluster-details')).toHaveCount(1);

  await page.locator('body').click({ position: { x: 2, y: 2 } });
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('cluster-details')).toHaveCount(0);
  await expect(page.getByText('Klikk på en klynge eller en kobling i kartet')).toBeVisible();
  const stillSelected = await page.evaluate(
    () => window.__klyngekart!.cy.elements('.selected, .faded').length,
  );
  expect(stillSelected).toBe(0);
  expect(errors).toEqual([]);
});

test('an edge selected on the map shows the shared members', async ({ page }) => {
  await openApp(page, DEFAULT_FACTS.clusters);
  const edge = await clearEdgePoint(page);
  await page.mouse.click(edge.x, edge.y);

  const details = page.getByTestId('overlap-details');
  await expect(details.locator('h3')).toContainText(edge.a);
  await expect(details.locator('h3')).toContainText(edge.b);
  const shared = Number(
    (await details.getByTestId('overlap-shared').textContent())!.replace(/\s/g, ''),
  );
  expect(shared).toBeGreaterThan(0);
  await expect(details.getByTestId('member-list').locator('tbody tr')).toHaveCount(shared);
  const selectedEdges = await page.evaluate(
    () => window.__klyngekart!.cy.edges('.selected').length,
  );
  expect(selectedEdges).toBe(1);

  // From the pair, one end's name selects that cluster.
  await details.locator('h3').getByRole('button', { name: edge.a }).click();
  await expect(page.getByTestId('cluster-details').locator('h3')).toContainText(edge.a);
});
