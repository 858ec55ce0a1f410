/** Clicking the overlap map as a person would: a cluster, an edge, the background. */
import { DEFAULT_FACTS, expect, namesInDefaultCsv, test } from './fixtures';
import { backgroundPoint, clearEdgePoint, memberNames, nodePoint, openApp } from './helpers';

test('clicking a cluster node on the canvas shows its members', async ({ page }) => {
  await openApp(page, DEFAULT_FACTS.clusters);
  const point = await nodePoint(page, 'Kongsbergklyngen');
  await page.mouse.click(point.x, point.y);

  const details = page.getByTestId('cluster-details');
  await expect(details.locator('h3')).toHaveText('Kongsbergklyngen');
  const rows = details.getByTestId('member-list').locator('tbody tr');
  await expect(rows).toHaveCount(DEFAULT_FACTS.kongsbergMembers);

  // Names as written in the example file; one that is not shown would be a lost member.
  const listed = await memberNames(details.getByTestId('member-list'));
  const inFile = namesInDefaultCsv('Kongsbergklyngen.csv');
  expect(inFile.length).toBe(DEFAULT_FACTS.kongsbergMembers);
  expect(listed).toContain(inFile[0]);
  expect(inFile.filter((name) => listed.includes(name)).length).toBeGreaterThanOrEqual(
    inFile.length - 2,
  );

  // The search narrows the list to the one name.
  await details.getByRole('searchbox').fill(inFile[0]!);
  await expect(rows).toHaveCount(1);
  expect(await memberNames(details.getByTestId('member-list'))).toEqual([inFile[0]]);
});

test('clicking an edge on the canvas shows the shared members', async ({ page }) => {
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
});

test('choosing an overlap from a cluster, then clicking the background, clears the selection', async ({
  page,
}) => {
  await openApp(page, DEFAULT_FACTS.clusters);
  const point = await nodePoint(page, 'Oslo Cancer Cluster');
  await page.mouse.click(point.x, point.y);
  await page
    .getByTestId('cluster-details')
    .getByRole('button', { name: /Norway Health Tech/ })
    .click();

  const details = page.getByTestId('overlap-details');
  await expect(details.locator('h3')).toContainText('Oslo Cancer Cluster');
  await expect(details.locator('h3')).toContainText('Norway Health Tech');
  const shared = Number(
    (await details.getByTestId('overlap-shared').textContent())!.replace(/\s/g, ''),
  );
  await expect(details.getByTestId('member-list').locator('tbody tr')).toHaveCount(shared);

  const empty = await backgroundPoint(page);
  await page.mouse.click(empty.x, empty.y);
  await expect(page.getByTestId('overlap-details')).toHaveCount(0);
  await expect(page.getByText('Klikk på en klynge eller en kobling i kartet')).toBeVisible();
});
