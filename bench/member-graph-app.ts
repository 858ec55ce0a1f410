/**
 * Member graph speed in the built app (not the bench page): (1) opening the app on the example
 * data until the overlap map is drawn and a click on a cluster shows its details; (2) a 10x
 * dataset (bench/scaled-data.ts: 160 clusters, 12 760 organisations) loaded as one long-format
 * CSV through the load button, then the member graph with every organisation opened: time to the
 * first drawn nodes, to every element on the canvas, and main-thread long tasks (PerformanceObserver
 * 'longtask') from the tab click to the end of the layout budget. Prints a table; asserts nothing.
 * Needs the app built in e2e mode and served (the test hook): `npx vite build --mode e2e --outDir
 * /tmp/kk-bench && npx vite preview --outDir /tmp/kk-bench --port 21012`, then
 * `APP_URL=http://localhost:21012/ npx tsx bench/member-graph-app.ts`.
 */
import { chromium } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { scaledDataset } from './scaled-data';

const url = process.env.APP_URL ?? 'http://localhost:21012/';
const dataset = scaledDataset({ scale: 10 });
const names = new Map(dataset.organisations.map((o) => [o.id, o.name]));
const clusterNames = new Map(dataset.clusters.map((c) => [c.id, c.name]));
const lines = ['Navn;Klynge'];
for (const m of dataset.memberships)
  lines.push(`${names.get(m.org)};${clusterNames.get(m.cluster)}`);
const file = '/tmp/klyngekart-10x.csv';
writeFileSync(file, lines.join('\n'));

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  await context.addInitScript(() => {
    const tasks: number[] = [];
    (window as unknown as { __longTasks: number[] }).__longTasks = tasks;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) tasks.push(e.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  const page = await context.newPage();
  const t0 = Date.now();
  await page.goto(url);
  await page.waitForFunction(
    () => window.__klyngekart?.graphs.get('overlap')?.nodes().length === 16,
  );
  const mapShown = Date.now() - t0;
  // The cose layout runs once the elements are in; a click lands after it (two frames).
  await page.evaluate(
    () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(null)))),
  );
  const point = await page.evaluate(() => {
    const cy = window.__klyngekart!.graphs.get('overlap')!;
    const n = cy.nodes().filter((x) => x.data('name') === 'Oslo Cancer Cluster');
    const r = cy.container()!.getBoundingClientRect();
    const p = n.renderedPosition();
    return { x: r.left + p.x, y: r.top + p.y };
  });
  await page.mouse.click(point.x, point.y);
  await page.waitForFunction(() => location.hash.includes('sel=c.'));
  const interactive = Date.now() - t0;
  const openTasks = await page.evaluate(() =>
    (window as unknown as { __longTasks: number[] }).__longTasks.splice(0),
  );

  const l0 = Date.now();
  await page.locator('input[type=file]').first().setInputFiles(file);
  await page.waitForFunction(
    () => (window.__klyngekart?.graphs.get('overlap')?.nodes().length ?? 0) === 160,
    null,
    { timeout: 180_000 },
  );
  const loaded = Date.now() - l0;
  await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks.splice(0));

  await page.getByRole('tab', { name: /^Medlemsgraf/ }).click();
  const g0 = Date.now();
  await page.getByRole('checkbox', { name: 'Vis alle organisasjoner' }).check();
  await page.waitForFunction(
    () => (window.__klyngekart?.graphs.get('members')?.nodes().length ?? 0) > 1000,
    null,
    { timeout: 120_000 },
  );
  const firstDraw = Date.now() - g0;
  const want = await page.evaluate(() =>
    Number(
      document
        .querySelector('[data-testid=member-graph-count]')
        ?.textContent?.replace(/\D+.*$/, '')
        .replace(/\s/g, '') ?? 0,
    ),
  );
  await page.waitForFunction(
    () => {
      const cy = window.__klyngekart?.graphs.get('members');
      return (cy?.edges().length ?? 0) > 0 && (cy?.nodes().length ?? 0) >= 12_000;
    },
    null,
    { timeout: 120_000 },
  );
  const allAdded = Date.now() - g0;
  const counts = await page.evaluate(() => {
    const cy = window.__klyngekart!.graphs.get('members')!;
    return { nodes: cy.nodes().length, edges: cy.edges().length };
  });
  await page.waitForTimeout(Math.min(15_000, 3_000 + counts.nodes) + 2_000);
  const graphTasks = await page.evaluate(() =>
    (window as unknown as { __longTasks: number[] }).__longTasks.splice(0),
  );
  const max = (xs: number[]) => (xs.length ? Math.round(Math.max(...xs)) : 0);
  console.table({
    'open: map drawn (ms)': mapShown,
    'open: click answered (ms)': interactive,
    'open: longest task (ms)': max(openTasks),
    '10x: load and analyse (ms)': loaded,
    '10x member graph: shown orgs': want,
    '10x member graph: nodes / edges': `${counts.nodes} / ${counts.edges}`,
    '10x member graph: first draw (ms)': firstDraw,
    '10x member graph: all elements (ms)': allAdded,
    '10x member graph: long tasks': graphTasks.length,
    '10x member graph: longest task (ms)': max(graphTasks),
  });
  const top = [...graphTasks]
    .sort((a, b) => b - a)
    .slice(0, 8)
    .map(Math.round);
  console.log('longest tasks (ms):', top.join(', '));
  // A hover and a click on the graph while it is up: how long until the page answers.
  const c0 = Date.now();
  await page.mouse.move(700, 500);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
  console.log('hover answered (ms):', Date.now() - c0);
  const c1 = Date.now();
  await page
    .getByRole('checkbox', { name: 'Vis alle organisasjoner' })
    .uncheck({ timeout: 60_000 });
  await page.waitForFunction(() => !location.hash.includes('all=1'), null, { timeout: 60_000 });
  console.log('toggle back (ms):', Date.now() - c1);
  const backTasks = await page.evaluate(() =>
    (window as unknown as { __longTasks: number[] }).__longTasks.splice(0),
  );
  console.log('toggle back longest task (ms):', max(backTasks));
} finally {
  await browser.close();
}
