/**
 * Exports as a person gets them: the overlap map as SVG and PNG (title, legend and source line in
 * the file; a PNG 1920 x 2 px wide), the metrics table as CSV and XLSX, a formula-like member name
 * neutralised in CSV and written as a string cell in XLSX, a markup-like name kept as text, and
 * English numbers after switching language.
 */
import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { DEFAULT_FACTS, expect, test } from './fixtures';
import { openApp, openTab } from './helpers';
import { csv } from './import-files';

async function download(page: Page, exportId: string): Promise<{ file: Download; bytes: Buffer }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.locator(`[data-export="${exportId}"]`).click(),
  ]);
  return { file, bytes: readFileSync((await file.path())!) };
}

/** Every part of a workbook's zip as text (sheets, shared strings). */
const workbookText = (bytes: Buffer): { all: string } => {
  const files = unzipSync(new Uint8Array(bytes));
  const all = Object.values(files)
    .map((f) => strFromU8(f))
    .join('\n');
  return { all };
};

test('the overlap map as SVG and PNG, with title, legend and source line', async ({ page }) => {
  await openApp(page, DEFAULT_FACTS.clusters);
  const svg = await download(page, 'overlap-map-svg');
  expect(svg.file.suggestedFilename()).toBe('overlappskart.svg');
  const text = svg.bytes.toString('utf8');
  expect(text).toContain('<svg');
  expect(text).toContain('>Overlappskart</text>');
  expect(text).toContain('Klikk på en klynge eller en strek for medlemmene.');
  expect(text).toContain('Kilde: Eksempeldata (syntetisk)');
  expect(text).toContain('fiktive medlemmer');
  // One circle per cluster on the map, each with its name as text.
  expect(text.match(/<circle /g)).toHaveLength(DEFAULT_FACTS.clusters);
  expect(text).toContain('>Oslo Cancer Cluster');

  const png = await download(page, 'overlap-map-png');
  expect(png.file.suggestedFilename()).toBe('overlappskart.png');
  expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.bytes.readUInt32BE(16)).toBe(1920 * 2);
  expect(png.bytes.readUInt32BE(20)).toBeGreaterThan(1000);
  // The PNG decodes in the browser (and is not blank: it is larger than a white page would be).
  const size = await page.evaluate(async (b64) => {
    const image = await createImageBitmap(
      await (await fetch(`data:image/png;base64,${b64}`)).blob(),
    );
    return [image.width, image.height];
  }, png.bytes.toString('base64'));
  expect(size[0]).toBe(3840);
  expect(png.bytes.length).toBeGreaterThan(50_000);
});

test('the metrics table as CSV and XLSX', async ({ page }) => {
  await openApp(page, DEFAULT_FACTS.clusters);
  const table = await download(page, 'metrics-csv');
  const lines = table.bytes
    .toString('utf8')
    .replace(/^\ufeff/, '')
    .trim()
    .split(/\r\n/);
  expect(lines[0]).toMatch(/^Klynge;Medlemmer;/);
  expect(lines).toHaveLength(DEFAULT_FACTS.clusters + 1);
  expect(lines.some((l) => l.startsWith('Oslo Cancer Cluster;'))).toBe(true);

  const xlsx = await download(page, 'metrics-xlsx');
  expect(xlsx.file.suggestedFilename()).toBe('nettverksmaal.xlsx');
  const { all } = workbookText(xlsx.bytes);
  expect(all).toContain('Oslo Cancer Cluster');
  expect(all).not.toMatch(/<f[ >]/);
});

const FORMULA = '=HYPERLINK("http://x","y")';
const MARKUP = '<img src=x onerror=alert(1)>';
const HOSTILE = csv('farlige-navn.csv', [
  ['Navn', 'Klynge'],
  [FORMULA, 'Klynge A'],
  [FORMULA, 'Klynge B'],
  [MARKUP, 'Klynge A'],
  [MARKUP, 'Klynge B'],
  ['Vanlig AS', 'Klynge A'],
]);

async function loadHostile(page: Page): Promise<void> {
  await openApp(page, DEFAULT_FACTS.clusters);
  await page.getByTestId('file-input').setInputFiles([HOSTILE]);
  await expect(page.getByTestId('stat-clusters').locator('dd').first()).toHaveText('2');
}

test('formula-like names are neutralised in CSV and string cells in XLSX', async ({ page }) => {
  await loadHostile(page);
  await openTab(page, 'Import');
  const report = (await download(page, 'import-report-csv')).bytes.toString('utf8');
  expect(report).toContain(`"'${FORMULA.replace(/"/g, '""')}"`);
  expect(report).not.toMatch(/(^|;)"?=HYPERLINK/m);

  const { all } = workbookText((await download(page, 'import-report-xlsx')).bytes);
  expect(all).toContain('=HYPERLINK(&quot;http://x&quot;,&quot;y&quot;)');
  expect(all).not.toMatch(/<f[ >]/);
  expect(all).toMatch(/t="(s|inlineStr|str)"/);
});

test('a markup-like name stays text: on the page, in the SVG export and the graph files', async ({
  page,
}) => {
  await loadHostile(page);
  let alerted = false;
  page.on('dialog', (dialog) => {
    alerted = true;
    void dialog.dismiss();
  });
  // The name as text in the cluster's details (its members).
  await page
    .getByRole('button', { name: /Klynge A/ })
    .first()
    .click();
  await expect(page.getByTestId('cluster-details')).toContainText(MARKUP);
  expect(await page.locator('img[src="x"]').count()).toBe(0);

  // The graph files sit under a disclosure below the map.
  // Opened from the keyboard, as its summary is a focusable control.
  await page.getByText('Eksporter nettverket', { exact: true }).focus();
  await page.keyboard.press('Enter');
  const graphml = (await download(page, 'membership-graphml')).bytes.toString('utf8');
  expect(graphml).toContain('&lt;img src=x onerror=alert(1)&gt;');
  expect(graphml).not.toContain(MARKUP);
  const gexf = (await download(page, 'membership-gexf')).bytes.toString('utf8');
  expect(gexf).toContain('&lt;img');
  const svg = (await download(page, 'overlap-map-svg')).bytes.toString('utf8');
  expect(svg).toContain('Kilde: 1 fil');
  expect(svg).not.toContain('<img');
  // The histogram (an SVG chart on the page) as an image file too.
  const chart = (await download(page, 'histogram-svg')).bytes.toString('utf8');
  expect(chart).toContain('Kilde: 1 fil');
  expect(chart.match(/<rect /g)?.length).toBeGreaterThanOrEqual(4);
  expect(alerted).toBe(false);
});

test('English numbers after switching language', async ({ page }) => {
  await openApp(page, DEFAULT_FACTS.clusters);
  const organisations = page.getByTestId('stat-organisations');
  await expect(organisations.locator('.stat-value')).toHaveText(/^1\s276$/);
  await expect(page.getByTestId('stat-multi')).toContainText(/\d,\d\s%/);
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await expect(organisations.locator('.stat-value')).toHaveText('1,276');
  await expect(page.getByTestId('stat-multi')).toContainText(/\d\.\d%/);
  // Cells run together in the table's text: "…866" + "0.027" (no thousands here, all under 1 000).
  await expect(page.getByTestId('metrics-table')).not.toContainText(/\d,\d{3}/);
  await expect(page.getByTestId('metrics-table')).toContainText(/0\.\d{3}/);
  const overlaps = (await download(page, 'overlaps-csv')).bytes.toString('utf8');
  expect(overlaps.split(/\r\n/)[0]).toMatch(/Cluster A;Cluster B;Shared members/);
  const svg = (await download(page, 'overlap-map-svg')).bytes.toString('utf8');
  expect(svg).toContain('Source: Example data (synthetic)');
});
