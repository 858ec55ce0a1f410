/**
 * Not a test: measures, in Chromium against the built app, the intersections view (Snitt) and the
 * organisations table (Organisasjoner) on the scaled dataset (bench/scaled-data.ts) at k times the
 * default size: the data is written as one long-format CSV (name, org. number, county, type,
 * cluster), dropped on a new workspace, then each tab is opened and timed from the click to its
 * chart or table drawn, with the longest main-thread task (PerformanceObserver 'longtask') in
 * that span; then the table is scrolled to the end and a search run. Prints a table.
 * Needs the built app served: `npx vite build && npx vite preview --port 4173`, then
 * `npx tsx bench/measure-views.ts [scale]`.
 */
import { chromium } from '@playwright/test';
import { selfTimes } from './cpu-profile';
import { scaledCsv } from './scaled-csv';
import { scaledDataset } from './scaled-data';

const url = process.env.APP_URL ?? 'http://localhost:4173/';
const scale = Number(process.argv[2] ?? 10);
const dataset = scaledDataset({ scale });
const csv = scaledCsv(dataset);
// Part of a name from the far end of the data, for the search.
const query = dataset.organisations.at(-7)!.name.slice(1, 7);

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
try {
  const context = await browser.newContext({
    viewport: { width: 1400, height: 900 },
    locale: 'nb-NO',
  });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.addInitScript(() => {
    const w = window as unknown as { __longTasks: { start: number; duration: number }[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        w.__longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(url);
  await page.getByTestId('stat-clusters').waitFor();
  await page.getByRole('tab', { name: /^Import/ }).click();
  await page.getByRole('button', { name: 'Ny arbeidsflate' }).click();
  await page.getByText('Arbeidsflaten er tom').first().waitFor();
  const transfer = await page.evaluateHandle((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], 'skalert.csv', { type: 'text/csv' }));
    return dt;
  }, csv);
  const t0 = Date.now();
  await page.dispatchEvent('.drop-zone', 'drop', { dataTransfer: transfer });
  await page.waitForFunction(
    (n) =>
      document
        .querySelector('[data-testid="stat-clusters"] dd')
        ?.textContent?.replace(/\s/g, '') === String(n),
    dataset.clusters.length,
    { timeout: 600_000, polling: 500 },
  );
  const imported = Date.now() - t0;

  const span = async (action: () => Promise<void>) => {
    const start = await page.evaluate(() => performance.now());
    const t = Date.now();
    await action();
    await page.evaluate(
      () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
    );
    const ms = Date.now() - t;
    const longest = await page.evaluate(
      (from) =>
        Math.max(
          0,
          ...(
            window as unknown as { __longTasks: { start: number; duration: number }[] }
          ).__longTasks
            .filter((x) => x.start + x.duration >= from)
            .map((x) => x.duration),
        ),
      start,
    );
    return { ms, longest: Math.round(longest) };
  };

  // For comparison: a tab of another view, and back to the map.
  const places = await span(async () => {
    await page.getByRole('tab', { name: /^Plassering/ }).click();
    await page.getByRole('tabpanel', { name: /^Plassering/ }).waitFor();
  });
  const snitt = await span(async () => {
    await page.getByRole('tab', { name: /^Snitt/ }).click();
    await page.getByTestId('upset-bar').first().waitFor();
  });
  const bars = await page.getByTestId('upset-bar').count();
  const total = await page.getByTestId('upset-count').textContent();
  const cdp = process.env.PROFILE ? await context.newCDPSession(page) : null;
  if (cdp) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.start');
  }
  const barClick = await span(async () => {
    await page.getByTestId('upset-bar').first().click();
    await page.getByTestId('upset-member').first().waitFor();
  });
  if (cdp) {
    // The functions that took the most self time during the click, for finding a long task.
    const { profile } = await cdp.send('Profiler.stop');
    console.log(selfTimes(profile, 15));
  }
  const orgsTab = await span(async () => {
    await page.getByRole('tab', { name: /^Organisasjoner/ }).click();
    await page.getByTestId('org-row').first().waitFor();
  });
  const scroll = await span(async () => {
    const scroller = page.getByTestId('orgs-table').locator('xpath=..');
    for (let i = 1; i <= 20; i++) {
      await scroller.evaluate((el, k) => (el.scrollTop = (el.scrollHeight * k) / 20), i);
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(r)));
    }
  });
  const search = await span(async () => {
    const box = page.getByTestId('orgs-search');
    await box.fill(query);
    await box.press('Enter');
    await page.locator('tr[data-org]:focus').waitFor();
  });
  const fourPlus = await span(async () => {
    await page.getByTestId('orgs-search').fill('');
    await page.getByRole('button', { name: /^4\+ klynger/ }).click();
  });
  console.log(
    `scale ${scale}: ${dataset.organisations.length} organisations, ${dataset.clusters.length} clusters, ${dataset.memberships.length} memberships; import ${imported} ms`,
  );
  console.log(`intersections: ${bars} bars drawn; ${total}`);
  console.log('step                               wall ms   longest main-thread task ms');
  for (const [name, r] of Object.entries({
    'open Plassering (another view, for comparison)': places,
    'open Snitt (chart drawn)': snitt,
    'click a bar (list drawn)': barClick,
    'open Organisasjoner (table)': orgsTab,
    'scroll the table end to end (20 steps)': scroll,
    'search + Enter lands on row': search,
    'click the 4+ bar': fourPlus,
  })) {
    console.log(`${name.padEnd(38)} ${String(r.ms).padStart(6)}   ${r.longest}`);
  }
  await context.close();
} finally {
  await browser.close();
}
