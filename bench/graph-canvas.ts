/**
 * Graph kit speed in the browser: the bench page (bench/graph-canvas/) served by Vite, opened in
 * Chromium, a member-sized graph laid out with ForceAtlas2 in the worker; main-thread long tasks
 * (PerformanceObserver 'longtask', over 50 ms) counted and the longest reported, during load and
 * layout, then during pointer moves (hover) and a click. Prints a table; asserts nothing.
 * Run: `npx tsx bench/graph-canvas.ts [orgs clusters edges]` (Chromium at /usr/bin/chromium or
 * CHROMIUM_PATH). Measured on a Vite dev server, so module code is unminified.
 */
import { chromium } from '@playwright/test';
import { createServer } from 'vite';

interface LongTask {
  readonly start: number;
  readonly duration: number;
}

const [orgs = '12800', clusters = '200', edges = '30000'] = process.argv.slice(2);

const server = await createServer({
  configFile: 'vite.config.ts',
  server: { port: 0, strictPort: false },
  logLevel: 'error',
});
await server.listen();
const address = server.httpServer?.address();
const port = typeof address === 'object' && address ? address.port : 5173;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1300, height: 900 } });
  const t0 = Date.now();
  await page.goto(
    `http://localhost:${port}/bench/graph-canvas/index.html?orgs=${orgs}&clusters=${clusters}&edges=${edges}`,
  );
  await page.waitForFunction(
    () => (window.__klyngekart?.graphs.get('bench')?.nodes().length ?? 0) > 0,
    null,
    { timeout: 120_000 },
  );
  const shown = Date.now() - t0;
  // Every element on the canvas (they are added in chunks, one task each).
  await page.waitForFunction(
    (want) => (window.__klyngekart?.graphs.get('bench')?.edges().length ?? 0) >= want,
    Number(edges) * 0.99,
    {
      timeout: 120_000,
    },
  );
  const added = Date.now() - t0;
  const counts = await page.evaluate(() => {
    const cy = window.__klyngekart!.graphs.get('bench')!;
    return { nodes: cy.nodes().length, edges: cy.edges().length };
  });
  // The layout's budget is min(15 s, 3 s + 1 ms per node); wait it out and a little more.
  await page.waitForTimeout(Math.min(15_000, 3_000 + counts.nodes) + 2_000);
  const loadTasks = await page.evaluate(() =>
    (window as unknown as { __longTasks: LongTask[] }).__longTasks.splice(0),
  );
  const box = (await page.getByTestId('bench-graph').boundingBox())!;
  for (let i = 0; i < 40; i++)
    await page.mouse.move(box.x + (box.width * (i + 1)) / 42, box.y + box.height / 2);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await page.keyboard.press('Escape');
  await page.waitForTimeout(1_000);
  const interactTasks = await page.evaluate(() =>
    (window as unknown as { __longTasks: LongTask[] }).__longTasks.splice(0),
  );
  const row = (phase: string, tasks: readonly LongTask[]) => {
    let max = 0;
    let total = 0;
    for (const t of tasks) {
      max = Math.max(max, t.duration);
      total += t.duration;
    }
    return `| ${phase} | ${tasks.length} | ${max.toFixed(0)} | ${total.toFixed(0)} | ${tasks.filter((t) => t.duration > 200).length} |`;
  };
  console.log(
    `## Graph kit: ${counts.nodes} nodes, ${counts.edges} edges (first nodes on canvas after ${shown} ms, all after ${added} ms)\n`,
  );
  console.log('| phase | long tasks | longest (ms) | total (ms) | over 200 ms |');
  console.log('|---|---|---|---|---|');
  console.log(row('load, placement, FA2 layout (worker) streaming', loadTasks));
  console.log(row('40 pointer moves (hover), a click, Escape', interactTasks));
} finally {
  await browser.close();
  await server.close();
}
