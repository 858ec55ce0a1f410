/**
 * The partner finder: pick Oslo Cancer Cluster, and the first candidate, its shared count and its
 * reasons (visible sentences) are those of the CLI's --partners for the same cluster; the
 * complementary mode goes into the URL and ranks as the CLI's --partners-mode complementary.
 */
import { DEFAULT_FACTS, expect, test } from './fixtures';
import { analyzeJson, readNbNumber } from './cli-analyze-json';
import { openApp, tab } from './helpers';

interface CliPartner {
  cluster: string;
  shared: number;
  reasons: string[];
}

const CLUSTER = 'Oslo Cancer Cluster';

test('the partner finder for a cluster agrees with the CLI', async ({ page }) => {
  test.setTimeout(180_000);
  const similar = (analyzeJson('--partners', CLUSTER) as { partners: CliPartner[] }).partners;
  const complementary = (
    analyzeJson('--partners', CLUSTER, '--partners-mode', 'complementary') as {
      partners: CliPartner[];
    }
  ).partners;

  await openApp(page, DEFAULT_FACTS.clusters);
  await tab(page, 'Partnere').click();
  await page.getByLabel('Klynge', { exact: true }).selectOption({ label: CLUSTER });
  await expect(page.getByTestId('partners-heading')).toHaveText(`Partnere for ${CLUSTER}`);

  const first = page.getByTestId('partner').first();
  await expect(first.locator('.partner-name')).toHaveText(similar[0]!.cluster);
  expect(readNbNumber(await first.getByTestId('partner-shared').innerText())).toBe(
    similar[0]!.shared,
  );
  const reasons = first.getByTestId('partner-reasons').locator('li');
  await expect(reasons).toHaveText(similar[0]!.reasons);
  for (const reason of await reasons.all()) await expect(reason).toBeVisible();
  await expect(page.getByTestId('partner')).toHaveCount(DEFAULT_FACTS.clusters - 1);

  await page.getByRole('radio', { name: 'Utfyllende' }).check();
  await expect(page).toHaveURL(/pmode=complementary/);
  await expect(page.getByTestId('partner').first().locator('.partner-name')).toHaveText(
    complementary[0]!.cluster,
  );
  await expect(
    page.getByTestId('partner').first().getByTestId('partner-reasons').locator('li'),
  ).toHaveText(complementary[0]!.reasons);
});
