/**
 * Fig. 3-4 and fig. 3-2 as a person reads them: Kongsbergklyngen 100 % in Viken (region
 * scheme), in the Viken counties under the 2024 scheme; member types against the CLI's list.
 */
import { DEFAULT_FACTS, expect, test } from './fixtures';
import { cliAnalysis, nb } from './cli-json';
import { openApp, openTab, tab } from './helpers';

const share = (x: number) =>
  new Intl.NumberFormat('nb-NO', {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(x);

test('where members are: Kongsbergklyngen is all in Viken; counts and shares', async ({ page }) => {
  await openApp(page, DEFAULT_FACTS.clusters);
  await tab(page, 'Hvor medlemmene er').click();
  const panel = page.getByTestId('tabpanel-hvor');
  await panel.getByText('Tallene som tabell').click();
  const table = page.getByTestId('where-chart-table');
  const kongsberg = table.locator('tbody tr').filter({ hasText: 'Kongsbergklyngen' });
  await expect(kongsberg.locator('td[data-series="viken"]')).toHaveText(share(1));
  await expect(kongsberg.locator('td[data-series="oslo"]')).toHaveText(share(0));
  // All lists together comes first.
  await expect(table.locator('tbody tr').first().locator('th')).toHaveText('Alle lister samlet');

  await panel.getByRole('radio', { name: 'Antall' }).check();
  await expect(kongsberg.locator('td[data-series="viken"]')).toHaveText(
    nb(DEFAULT_FACTS.kongsbergMembers, 0),
  );
  await expect(page).toHaveURL(/wmode=count/);

  // By the 2024 counties: Østfold, Akershus and Buskerud hold all ten.
  await page.getByTestId('where-scheme').selectOption('2024');
  await expect(page.getByTestId('where-scheme-shown')).toHaveAttribute('data-scheme', '2024');
  const viken = ['31', '32', '33'];
  await expect(kongsberg.locator('td[data-series="03"]')).toHaveText('0');
  const counts = await Promise.all(
    viken.map(async (c) => Number(await kongsberg.locator(`td[data-series="${c}"]`).textContent())),
  );
  expect(counts.reduce((a, b) => a + b, 0)).toBe(DEFAULT_FACTS.kongsbergMembers);

  // The bar is a button: it selects the cluster everywhere, and is marked.
  const bar = page.getByTestId('where-chart').locator('g[role="button"]', {
    hasText: 'Kongsbergklyngen',
  });
  await bar.focus();
  await page.keyboard.press('Enter');
  await expect(bar).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(/sel=c\./);
});

test('what members are: types per cluster as the CLI lists them; a selection elsewhere marks its bar', async ({
  page,
}) => {
  const cli = cliAnalysis();
  const kinds = ['startup', 'established', 'public', 'research', 'investor'];
  const count = (type: string, cluster?: string) =>
    cli.organisationList.filter(
      (o) =>
        (cluster ? o.clusters.includes(cluster) : o.clusters.length > 0) &&
        (type === 'unknown'
          ? !o.memberType || !kinds.includes(o.memberType)
          : o.memberType === type),
    ).length;

  await openApp(page, DEFAULT_FACTS.clusters);
  await openTab(page, 'Kart');
  await page
    .getByTestId('metrics-table')
    .locator('tbody tr')
    .filter({ hasText: 'Kongsbergklyngen' })
    .click();
  await tab(page, 'Hva medlemmene er').click();
  const panel = page.getByTestId('tabpanel-hva');
  await panel.getByRole('radio', { name: 'Antall' }).check();
  await panel.getByText('Tallene som tabell').click();
  const table = page.getByTestId('what-chart-table');
  const all = table.locator('tbody tr').first();
  const kongsberg = table.locator('tbody tr').filter({ hasText: 'Kongsbergklyngen' });
  for (const type of [...kinds, 'unknown']) {
    await expect(all.locator(`td[data-series="${type}"]`)).toHaveText(nb(count(type), 0));
    await expect(kongsberg.locator(`td[data-series="${type}"]`)).toHaveText(
      nb(count(type, 'Kongsbergklyngen'), 0),
    );
  }
  const bar = page.getByTestId('what-chart').locator('g[role="button"]', {
    hasText: 'Kongsbergklyngen',
  });
  await expect(bar).toHaveAttribute('aria-pressed', 'true');
});
