/**
 * The anonymised mode and workspace files, as a person uses them: turn the switch on and find no
 * organisation name or number from the example data (the names `analyze --json` lists) in the
 * page text of any tab, in the downloaded import report or in the URL; small groups list no one.
 * Then save the workspace as a file and open it again, and open a broken file: a message, and
 * nothing changed.
 */
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { type Page } from '@playwright/test';
import { DEFAULT_FACTS, expect, test } from './fixtures';
import { nodePoint, openApp } from './helpers';

interface Listed {
  readonly name: string;
  readonly orgNumber?: string;
}

const ROOT = new URL('../../', import.meta.url).pathname;
const analysis = JSON.parse(
  execFileSync('npm', ['run', '-s', 'analyze', '--', 'data/default', '--json'], {
    cwd: ROOT,
    maxBuffer: 256 * 1024 * 1024,
  }).toString('utf8'),
) as { organisationList: Listed[]; clusters: { name: string }[] };
const CLUSTER_NAMES = analysis.clusters.map((c) => c.name);
/** Names that could only be an organisation's (not part of a cluster's public name). */
const ORG_NAMES = [...new Set(analysis.organisationList.map((o) => o.name))].filter(
  (n) => n.length >= 4 && !CLUSTER_NAMES.some((c) => c.includes(n)),
);
const ORG_NUMBERS = analysis.organisationList.flatMap((o) => (o.orgNumber ? [o.orgNumber] : []));

function leaks(text: string): string[] {
  const digits = text.replace(/[\s.]/g, '');
  return [
    ...ORG_NAMES.filter((n) => text.includes(n)),
    ...ORG_NUMBERS.filter((n) => digits.includes(n)),
  ];
}

async function pageText(page: Page): Promise<string> {
  return page.evaluate(() => document.body.innerText);
}

test('anonymised: no organisation name or number in any tab, the report CSV or the URL', async ({
  page,
}) => {
  expect(ORG_NAMES.length).toBeGreaterThan(1000);
  await openApp(page, DEFAULT_FACTS.clusters);
  // Off by default, and then the names are there (so the check below can fail).
  await expect(page.getByTestId('anonymise-switch')).not.toBeChecked();
  const at = await nodePoint(page, 'Oslo Cancer Cluster');
  await page.mouse.click(at.x, at.y);
  await expect(page.getByTestId('member-list')).toBeVisible();
  expect(leaks(await pageText(page)).length).toBeGreaterThan(0);

  await page.getByTestId('anonymise-switch').check();
  await expect(page.getByTestId('member-list')).toContainText('Organisasjon');
  await expect(page.getByTestId('anonymise-k')).toHaveValue('3');

  const tabs = page.getByRole('tab');
  const count = await tabs.count();
  expect(count).toBeGreaterThanOrEqual(4);
  for (let i = 0; i < count; i++) {
    await tabs.nth(i).click();
    await expect(tabs.nth(i)).toHaveAttribute('aria-selected', 'true');
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
    const label = await tabs.nth(i).innerText();
    expect(leaks(await pageText(page)), `names on the tab ${label}`).toEqual([]);
    expect(leaks(decodeURIComponent(page.url())), `names in the URL on ${label}`).toEqual([]);
  }

  // The import report, downloaded from the import tab.
  await page.getByRole('tab', { name: /^Import/ }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Last ned rapport (CSV)' }).click(),
  ]);
  const csv = await readFile((await download.path())!, 'utf8');
  expect(csv.split('\r\n').length).toBeGreaterThan(1000);
  expect(csv).toContain('Organisasjon 1');
  expect(leaks(csv), 'names in the import report CSV').toEqual([]);
});

test('anonymised: a group smaller than k lists no one, not even by pseudonym', async ({ page }) => {
  await openApp(page, DEFAULT_FACTS.clusters);
  const at = await nodePoint(page, 'Oslo Cancer Cluster');
  await page.mouse.click(at.x, at.y);
  await page.getByTestId('anonymise-switch').check();
  await expect(page.getByTestId('member-list')).toContainText('Organisasjon');
  const members = await page.getByTestId('member-list').locator('tbody tr').count();
  expect(members).toBeGreaterThan(3);
  // k above the cluster's size: the list goes, the count stays.
  await page.getByTestId('anonymise-k').fill(String(members + 500));
  await expect(page.getByTestId('member-list')).toBeHidden();
  await expect(page.getByTestId('member-list-withheld')).toContainText('færre enn');
  await expect(page.getByTestId('cluster-details')).not.toContainText('Organisasjon ');
});

test('a workspace file saved and opened again; a broken one changes nothing', async ({ page }) => {
  await openApp(page, DEFAULT_FACTS.clusters);
  await page.getByTestId('saved-views-toggle').click();
  await page.getByLabel('Navn på visningen').fill('Til kollega');
  await page.getByRole('button', { name: 'Lagre visningen' }).click();

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('wsfile-export').click(),
  ]);
  expect(download.suggestedFilename()).toBe('arbeidsflate.klyngekart');
  const path = (await download.path())!;
  const doc = JSON.parse(await readFile(path, 'utf8')) as {
    format: string;
    version: number;
    workspace: { files: unknown[]; savedViews: { name: string }[] };
  };
  expect(doc.format).toBe('klyngekart-workspace');
  expect(doc.version).toBe(1);
  expect(doc.workspace.files.length).toBeGreaterThan(10);
  expect(doc.workspace.savedViews.map((v) => v.name)).toEqual(['Til kollega']);

  // A broken file: refused with the reason; the example data and its saved view stay.
  await page.getByTestId('wsfile-input').setInputFiles({
    name: 'ødelagt.klyngekart',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format":"klyngekart-workspace","version":1,"workspace":{}}'),
  });
  await expect(page.getByTestId('wsfile-notice')).toContainText('ble ikke åpnet');
  await expect(page.getByTestId('wsfile-notice')).toContainText('«files»');
  await expect(page.getByTestId('saved-view')).toHaveCount(1);
  await expect(page.getByText('Eksempeldata', { exact: false }).first()).toBeVisible();
  await page.getByTestId('wsfile-input').setInputFiles({
    name: 'nyere.klyngekart',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ ...doc, version: 99 })),
  });
  await expect(page.getByTestId('wsfile-notice')).toContainText('nyere versjon');

  // The good file opens as a new workspace with the same data and the saved view.
  await page.getByTestId('wsfile-input').setInputFiles(path);
  await expect(page.getByTestId('wsfile-notice')).toContainText('er åpnet som en ny arbeidsflate');
  await expect(page.getByTestId('stat-clusters').locator('dd').first()).toHaveText(
    String(DEFAULT_FACTS.clusters),
  );
  await expect(page.getByTestId('saved-view')).toHaveCount(1);
  await expect(page.getByTestId('saved-view')).toContainText('Til kollega');
  // Stored: after a reload the imported workspace (not the example) opens, view and all.
  await page.reload();
  await expect(page.getByTestId('stat-clusters').locator('dd').first()).toHaveText(
    String(DEFAULT_FACTS.clusters),
  );
  await page.getByTestId('saved-views-toggle').click();
  await expect(page.getByTestId('saved-view')).toContainText('Til kollega');
});

test('anonymised: the mode and k are in the link, survive a reload, and no link turns them off', async ({
  page,
}) => {
  await openApp(page, DEFAULT_FACTS.clusters);
  expect(page.url()).not.toContain('anon=');
  await page.getByTestId('anonymise-switch').check();
  await expect(page).toHaveURL(/[?&]anon=1(&|$)/);
  // k at its default (3) is left out of the link.
  await expect(page).not.toHaveURL(/anonk=/);
  await page.getByTestId('anonymise-k').fill('5');
  await expect(page).toHaveURL(/[?&]anonk=5(&|$)/);

  await page.reload();
  await expect(page.getByTestId('anonymise-switch')).toBeChecked();
  await expect(page.getByTestId('anonymise-k')).toHaveValue('5');

  // A link without the mode (an older link, a bare view) keeps the names hidden.
  await page.evaluate(() => {
    window.location.hash = '#kart';
  });
  await expect(page.getByTestId('anonymise-switch')).toBeChecked();
  const at = await nodePoint(page, 'Oslo Cancer Cluster');
  await page.mouse.click(at.x, at.y);
  await expect(page.getByTestId('member-list')).toContainText('Organisasjon');
  expect(leaks(await pageText(page))).toEqual([]);

  // Turned off by the user, a link with the mode turns it on again.
  await page.getByTestId('anonymise-switch').uncheck();
  await expect(page).not.toHaveURL(/anon=/);
  await page.evaluate(() => {
    window.location.hash = '#kart?v=1&anon=1&anonk=4';
  });
  await expect(page.getByTestId('anonymise-switch')).toBeChecked();
  await expect(page.getByTestId('anonymise-k')).toHaveValue('4');
});
