/** The language switch: bokmål by default, English on demand, numbers as each language writes them. */
import { DEFAULT_FACTS, expect, test } from './fixtures';
import { openApp } from './helpers';

test('switching to English changes the headline labels', async ({ page }) => {
  await openApp(page, DEFAULT_FACTS.clusters);
  const organisations = page.getByTestId('stat-organisations');
  await expect(organisations.locator('.stat-label')).toHaveText('Unike organisasjoner');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nb');

  await page.getByRole('button', { name: 'English', exact: true }).click();
  await expect(organisations.locator('.stat-label')).toHaveText('Unique organisations');
  await expect(page.getByTestId('stat-clusters').locator('.stat-label')).toHaveText('Clusters');
  await expect(page.getByRole('button', { name: 'Load membership lists' })).toBeVisible();
  await expect(page.getByTestId('default-data-note')).toContainText('Example data');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(organisations.locator('.stat-value')).toHaveText('1,276');
  const labels = await page.evaluate(() =>
    window
      .__klyngekart!.cy.nodes()
      .map((n) => String(n.data('label')))
      .filter((l) => l.includes('(inferred)')),
  );
  expect(labels).toHaveLength(4);

  await page.getByRole('button', { name: 'Norsk', exact: true }).click();
  await expect(organisations.locator('.stat-label')).toHaveText('Unike organisasjoner');
});
