/**
 * Loading is lean: the JavaScript the page fetches before the first view (the map) is shown stays
 * within 200 kB gzip (the page's own chunks; the analysis worker's script is apart), the rest (the
 * other views, cytoscape) comes after; SheetJS is fetched only
 * when a spreadsheet is read. What "before" means is the app's own performance mark (set once the
 * first view is painted with its data, src/ui/first-view.ts) against the page's resource timings.
 * Sizes are gzip of the built files (`vite preview` serves them uncompressed), from the build this
 * run serves (.e2e-dist/<port>, see playwright.config.ts).
 */
import type { Page, Request } from '@playwright/test';
import { gzipBytes, readManifest, staticClosure } from '../../bench/bundle-chunks';
import { DEFAULT_FACTS, expect, nb, test } from './fixtures';
import { ioFixture } from './import-files';

const OUT_DIR = `.e2e-dist/${process.env.E2E_PORT}`;
const BUDGET = 200_000;
const FIRST_VIEW_MARK = 'klyngekart:first-view';
const SHEETJS = /\/assets\/spreadsheet-reader-[\w-]+\.js$/;

/** The page's JS resources (paths under the server root), split at the first-view mark. */
async function scriptsAroundFirstView(page: Page) {
  await page.waitForFunction(
    (mark) => performance.getEntriesByName(mark).length > 0,
    FIRST_VIEW_MARK,
  );
  return page.evaluate((mark) => {
    const shownAt = performance.getEntriesByName(mark)[0]!.startTime;
    const scripts = performance
      .getEntriesByType('resource')
      .map((e) => ({ path: new URL(e.name).pathname, start: e.startTime }))
      .filter((e) => e.path.endsWith('.js'));
    return {
      before: scripts.filter((e) => e.start <= shownAt).map((e) => e.path),
      after: scripts.filter((e) => e.start > shownAt).map((e) => e.path),
    };
  }, FIRST_VIEW_MARK);
}

const fileOf = (path: string) => path.replace(/^\//, '');

test('the first view is shown with at most 200 kB of JavaScript (gzip); the rest comes after', async ({
  page,
}) => {
  await page.goto('/');
  const { before } = await scriptsAroundFirstView(page);
  // The map view is there, with its data, drawn (the static first paint or already the canvas).
  await expect(page.getByTestId('stat-clusters').locator('.stat-value')).toHaveText(
    nb(DEFAULT_FACTS.clusters),
  );
  const manifest = readManifest(OUT_DIR);
  const entry = Object.values(manifest).find((c) => c.isEntry)!.file;
  const mapPage = manifest['src/app/pages/map.tsx']!.file;
  const canvas = Object.values(manifest).find(
    (c) => c.file.includes('/GraphCanvas-') && c.file.endsWith('.js'),
  )!.file;
  const importPage = manifest['src/app/pages/import.tsx']!.file;
  // The page's own JavaScript: the manifest's chunks. The rest are worker scripts (the analysis
  // runs off the page's thread), which bench:bundle reports apart.
  const pageChunks = new Set(Object.values(manifest).map((c) => c.file));
  const files = before.map(fileOf).filter((f) => pageChunks.has(f));
  const workers = before.map(fileOf).filter((f) => !pageChunks.has(f));
  for (const f of workers) expect(f).toMatch(/^assets\/[\w-]+\.worker-[\w-]+\.js$/);
  expect(files).toContain(entry);
  expect(files).toContain(mapPage);
  expect(files, 'cytoscape waits for the first view').not.toContain(canvas);
  expect(files, 'other views wait for the first view').not.toContain(importPage);

  const sizes = files.map((f) => ({ file: f, gzip: gzipBytes(OUT_DIR, f) }));
  const total = sizes.reduce((sum, s) => sum + s.gzip, 0);
  // At least the entry and what it imports statically: the count is measuring something.
  const entryClosure = staticClosure(
    manifest,
    Object.keys(manifest).find((k) => manifest[k]!.isEntry)!,
  );
  const floor = entryClosure.reduce((sum, f) => sum + gzipBytes(OUT_DIR, f), 0);
  expect(total).toBeGreaterThanOrEqual(floor);
  expect(total, JSON.stringify(sizes)).toBeLessThanOrEqual(BUDGET);

  // Then the interactive map replaces the first paint, and the other views render (hidden).
  await page.waitForFunction(
    (n) => window.__klyngekart?.cy.nodes().length === n,
    DEFAULT_FACTS.clusters,
  );
  await expect(page.getByTestId('overlap-map')).toBeVisible();
  await expect(page.getByTestId('overlap-map-preview')).toHaveCount(0);
  await expect(page.getByTestId('import-view')).toBeAttached();
  const { after } = await scriptsAroundFirstView(page);
  expect(after.map(fileOf)).toEqual(expect.arrayContaining([canvas, importPage]));
});

test('after a reload the first paint draws the nodes where the canvas then puts them', async ({
  page,
}) => {
  await page.goto('/');
  await page.waitForFunction(
    (n) => window.__klyngekart?.cy.nodes().length === n,
    DEFAULT_FACTS.clusters,
  );
  // The static drawing, as first painted, caught before the canvas replaces it.
  await page.addInitScript(() => {
    const w = window as unknown as { firstPaint?: Record<string, [number, number]> };
    new MutationObserver((_, observer) => {
      const svg = document.querySelector('[data-testid="overlap-map-preview"]');
      if (!svg) return;
      observer.disconnect();
      w.firstPaint = {};
      for (const g of svg.querySelectorAll('g[data-node]')) {
        const c = g.querySelector('circle')!;
        w.firstPaint[g.getAttribute('data-node')!] = [
          Number(c.getAttribute('cx')),
          Number(c.getAttribute('cy')),
        ];
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.reload();
  await page.waitForFunction(
    (n) => window.__klyngekart?.cy.nodes().length === n,
    DEFAULT_FACTS.clusters,
  );
  await expect(page.getByTestId('import-view')).toBeAttached();
  const { drawn, laidOut } = await page.evaluate(() => {
    const cy = window.__klyngekart!.cy;
    const at: Record<string, [number, number]> = {};
    cy.nodes().forEach((n) => {
      at[n.id()] = [n.position().x, n.position().y];
    });
    return {
      drawn: (window as unknown as { firstPaint?: Record<string, [number, number]> }).firstPaint,
      laidOut: at,
    };
  });
  expect(Object.keys(drawn ?? {}).sort()).toEqual(Object.keys(laidOut).sort());
  for (const [id, [x, y]] of Object.entries(laidOut)) {
    expect(drawn![id]![0], id).toBeCloseTo(x, 3);
    expect(drawn![id]![1], id).toBeCloseTo(y, 3);
  }
});

test('opening a CSV does not load SheetJS; opening an XLSX does', async ({ page }) => {
  const smallCsv = {
    name: 'testklynger.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      [
        'Navn;Org.nr.;Kommune;Klynge',
        'Testbedrift Alfa AS;923 609 016;Oslo;Testklynge A',
        'Testbedrift Beta AS;982 463 718;Bergen;Testklynge A',
        'Testbedrift Beta AS;982 463 718;Bergen;Testklynge B',
      ].join('\n'),
    ),
  };
  const clusters = page.getByTestId('stat-clusters').locator('.stat-value');
  // The example data has spreadsheets, so a page with only the CSV is the saved workspace reopened.
  await page.goto('/');
  await expect(clusters).toHaveText(nb(DEFAULT_FACTS.clusters));
  await page.getByTestId('file-input').setInputFiles([smallCsv]);
  await expect(clusters).toHaveText(nb(2));
  await expect(page.getByTestId('workspace-summary')).toContainText('1 fil');

  // Requests from the page and from its worker (where files are read) both count.
  const sheetjs: Request[] = [];
  const scripts: string[] = [];
  page.context().on('request', (request) => {
    if (SHEETJS.test(new URL(request.url()).pathname)) sheetjs.push(request);
    if (request.url().endsWith('.js')) scripts.push(request.url());
  });
  await page.reload();
  await expect(clusters).toHaveText(nb(2));
  await page.waitForFunction(() => window.__klyngekart?.cy.nodes().length === 2);
  await expect(page.getByTestId('import-view')).toBeAttached();
  await page.waitForLoadState('networkidle');
  expect(
    scripts.some((url) => url.includes('pipeline.worker')),
    'the worker is seen',
  ).toBe(true);
  expect(sheetjs.map((r) => r.url())).toEqual([]);

  const reader = page.context().waitForEvent('request', {
    predicate: (request) => SHEETJS.test(new URL(request.url()).pathname),
  });
  await page.getByTestId('file-input').setInputFiles([ioFixture('to-klynger.xlsx')]);
  await reader;
  await expect(page.getByTestId('file-list')).toContainText('to-klynger.xlsx');
});
