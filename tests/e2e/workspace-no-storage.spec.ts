/**
 * A browser that refuses IndexedDB (as some private modes do): the app says the workspace cannot
 * be saved, and works in memory all the same; after a reload the example data opens again.
 */
import { DEFAULT_FACTS, expect, nb, test } from './fixtures';
import { openApp, openTab } from './helpers';
import { csv } from './import-files';

test('without IndexedDB the app says so and keeps working in memory', async ({ page }) => {
  await page.addInitScript(() => {
    IDBFactory.prototype.open = () => {
      throw new DOMException('The user denied permission to access the database.', 'SecurityError');
    };
  });
  await openApp(page, DEFAULT_FACTS.clusters);
  await expect(page.getByTestId('storage-notice')).toContainText(
    'Arbeidsflaten kan ikke lagres i denne nettleseren',
  );
  await expect(page.getByTestId('storage-notice')).toContainText('denied permission');

  await page
    .getByTestId('file-input')
    .setInputFiles([csv('sol.csv', [['Navn'], ['Solcellefabrikken AS'], ['Lysverket AS']])]);
  await expect(page.getByTestId('stat-organisations').locator('.stat-value')).toHaveText(nb(2));
  await expect(page.getByTestId('workspace-summary')).toContainText(
    'Lagres ikke: nettleseren tillater ikke lagring',
  );
  await openTab(page, 'Import');
  await page.getByRole('button', { name: 'Tilbake til eksempeldata' }).click();
  await expect(page.getByTestId('stat-clusters').locator('.stat-value')).toHaveText(
    nb(DEFAULT_FACTS.clusters),
  );

  await page.reload();
  await openApp(page, DEFAULT_FACTS.clusters);
  await expect(page.getByTestId('storage-notice')).toBeVisible();
});
