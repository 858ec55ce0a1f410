/**
 * The county matrix as a person uses it: open the tab, switch to the report's counties and read
 * Østfold -> Oslo (compared with the CLI on the same data), switch to lift, select a cluster on
 * the map's metrics table and see the matrix change, click and key through cells.
 */
import { readFile } from 'node:fs/promises';
import { DEFAULT_FACTS, expect, test } from './fixtures';
import { cliAnalysis, en, nb } from './cli-json';
import { openApp, openTab, tab } from './helpers';

const ØSTFOLD = '31';
const OSLO = '03';

const cell = (page: import('@playwright/test').Page, from: string, to: string) =>
  page.getByTestId('county-matrix').locator(`td[data-from="${from}"][data-to="${to}"]`);

test('report scheme: Østfold -> Oslo per member as the CLI says; lift; the report cut', async ({
  page,
}) => {
  const cli = cliAnalysis('--scheme', 'report');
  const perMember = cli.countyLinks.perMember['Østfold']!['Oslo']!;
  const lift = cli.countyLinks.lift['Østfold']!['Oslo']!;

  await openApp(page, DEFAULT_FACTS.clusters);
  await tab(page, 'Fylkesmatrise').click();
  const matrix = page.getByTestId('county-matrix');
  await expect(matrix).toHaveAttribute('data-scheme', '2024');

  await page.getByTestId('county-scheme').selectOption('report');
  await expect(matrix).toHaveAttribute('data-scheme', 'report');
  await expect(cell(page, ØSTFOLD, OSLO)).toHaveText(nb(perMember, 1));
  // The report's scheme has 13 rows and columns (Viken split, VT and TF whole).
  await expect(matrix.locator('tbody tr')).toHaveCount(13);
  await expect(page).toHaveURL(/scheme=report/);

  await page.getByRole('radio', { name: 'Løft' }).check();
  await expect(matrix).toHaveAttribute('data-measure', 'lift');
  await expect(cell(page, ØSTFOLD, OSLO)).toHaveText(nb(lift, 2));
  await expect(page.getByTestId('measure-explanation')).toContainText('tilfeldig');
  await expect(page).toHaveURL(/measure=lift/);

  await page.getByTestId('report-cut').click();
  await expect(matrix.locator('tbody tr')).toHaveCount(3);
  await expect(matrix.locator('tbody th')).toHaveText(['Akershus', 'Buskerud', 'Østfold']);
  await expect(matrix).toHaveAttribute('data-measure', 'perMember');
  await expect(cell(page, ØSTFOLD, OSLO)).toHaveText(nb(perMember, 1));
  await expect(page.getByTestId('county-unplaced')).toContainText('0');

  // The link carries the settings: a reload opens the same matrix.
  await page.reload();
  await expect(page.getByTestId('county-matrix').locator('tbody tr')).toHaveCount(3);
  await expect(cell(page, ØSTFOLD, OSLO)).toHaveText(nb(perMember, 1));

  // English: the decimal point.
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await expect(cell(page, ØSTFOLD, OSLO)).toHaveText(en(perMember, 1));
});

test('a cluster selected in the metrics table filters the matrix to links through it', async ({
  page,
}) => {
  const all = cliAnalysis();
  const through = cliAnalysis('--cluster', 'NCE Smart Energy Markets');
  const before = all.countyLinks.pairs['Østfold']!['Oslo']!;
  const after = through.countyLinks.pairs['Østfold']!['Oslo']!;
  expect(after).not.toBe(before);

  await openApp(page, DEFAULT_FACTS.clusters);
  await tab(page, 'Fylkesmatrise').click();
  await page.getByRole('radio', { name: 'Koblede par' }).check();
  await expect(cell(page, ØSTFOLD, OSLO)).toHaveText(nb(before, 0));

  await openTab(page, 'Kart');
  await page
    .getByTestId('metrics-table')
    .locator('tbody tr')
    .filter({ hasText: 'NCE Smart Energy Markets' })
    .click();
  await tab(page, 'Fylkesmatrise').click();
  await expect(page.getByTestId('county-through')).toContainText('NCE Smart Energy Markets');
  await expect(cell(page, ØSTFOLD, OSLO)).toHaveText(nb(after, 0));

  // A cell click selects the county pair and keeps the cluster; its carriers are that cluster.
  await cell(page, ØSTFOLD, OSLO).click();
  await expect(cell(page, ØSTFOLD, OSLO)).toHaveAttribute('aria-selected', 'true');
  await expect(page).toHaveURL(/kp\.31\.03/);
  const carriers = page.getByTestId('county-carriers').locator('tbody tr');
  await expect(carriers).toHaveCount(1);
  await expect(carriers.first()).toContainText('NCE Smart Energy Markets');
  await expect(carriers.first().locator('td')).toHaveText(nb(after, 0));
});

test('cells are one tab stop; arrows move and Enter selects', async ({ page }) => {
  await openApp(page, DEFAULT_FACTS.clusters);
  await tab(page, 'Fylkesmatrise').click();
  const matrix = page.getByTestId('county-matrix');
  await expect(matrix.locator('td[tabindex="0"]')).toHaveCount(1);
  const first = matrix.locator('td[data-pos="0-0"]');
  await first.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowRight');
  const moved = matrix.locator('td[data-pos="1-1"]');
  await expect(moved).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(moved).toHaveAttribute('aria-selected', 'true');
  // The 2024 scheme's second row and column: Rogaland -> Rogaland.
  await expect(moved).toHaveAttribute('data-from', '11');
  await expect(page.getByTestId('county-cell').locator('h3')).toHaveText('Rogaland → Rogaland');
  await expect(page.getByTestId('county-carriers').locator('tbody tr').first()).toBeVisible();
});

test('the matrix downloads as CSV with the measure and scheme shown', async ({ page }) => {
  const cli = cliAnalysis('--scheme', 'report');
  const perMember = cli.countyLinks.perMember['Østfold']!['Oslo']!;
  await openApp(page, DEFAULT_FACTS.clusters);
  await tab(page, 'Fylkesmatrise').click();
  await page.getByTestId('report-cut').click();
  await expect(page.getByTestId('county-matrix').locator('tbody tr')).toHaveCount(3);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Last ned matrisen (CSV)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('fylkesmatrise.csv');
  const text = (await readFile((await download.path())!, 'utf8')).replace(/^\ufeff/, '');
  const lines = text.trim().split('\r\n');
  expect(lines).toHaveLength(4);
  const header = lines[0]!.split(';');
  expect(header.slice(0, 3)).toEqual(['Fra', 'Medlemmer', 'Oslo']);
  const østfold = lines.find((l) => l.startsWith('Østfold;'))!.split(';');
  // Decimal comma in bokmål, one decimal as shown.
  expect(østfold[2]).toBe(String(Number(perMember.toFixed(1))).replace('.', ','));
});
