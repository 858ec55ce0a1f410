/**
 * Not a test: saves docs/screenshot.png, the app on its example data at 1400x900, on the map tab
 * with one cluster selected, for the README. Needs the built app served: `npx vite build && npx
 * vite preview --port 4173`, then `npx tsx tests/e2e/take-screenshot.ts [cluster name] [output
 * path]` (APP_URL for another address).
 */
import { chromium } from '@playwright/test';

const cluster = process.argv[2] ?? 'Oslo Cancer Cluster';
const output = process.argv[3] ?? 'docs/screenshot.png';
const url = process.env.APP_URL ?? 'http://localhost:4173/';

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'nb-NO' });
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.goto(url);
  await page.waitForFunction(() => (window.__klyngekart?.cy.nodes().length ?? 0) > 0);
  // The map tab, whatever the address says; a frame later the map has fitted its canvas.
  await page.getByRole('tab', { name: /^Kart/ }).click();
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done(null))));
  if (cluster !== '-') {
    const point = await page.evaluate((name) => {
      const cy = window.__klyngekart!.cy;
      const rect = cy.container()!.getBoundingClientRect();
      const p = cy
        .nodes()
        .filter((n) => n.data('name') === name)
        .renderedPosition();
      return { x: rect.left + p.x, y: rect.top + p.y };
    }, cluster);
    await page.mouse.click(point.x, point.y);
    await page.getByTestId('cluster-details').waitFor();
  }
  await page.screenshot({ path: output });
  console.log(`saved ${output}`);
} finally {
  await browser.close();
}
