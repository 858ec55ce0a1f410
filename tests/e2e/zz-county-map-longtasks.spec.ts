import { test } from '@playwright/test';
import { openApp, tab } from './helpers';
test('measure', async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { __lt: number[] }).__lt = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) (window as unknown as { __lt: number[] }).__lt.push(e.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  await openApp(page, 16);
  await page.evaluate(() => ((window as unknown as { __lt: number[] }).__lt = []));
  const t0 = Date.now();
  await tab(page, 'Fylkeskart').click();
  await page.getByTestId('county-map').waitFor();
  const t1 = Date.now();
  await page.waitForTimeout(500);
  const open = await page.evaluate(() => (window as unknown as { __lt: number[] }).__lt.splice(0));
  await page.getByLabel('Inndeling').selectOption('2020-23');
  await page.waitForTimeout(500);
  const scheme = await page.evaluate(() => (window as unknown as { __lt: number[] }).__lt.splice(0));
  await page.getByRole('radio', { name: 'Løft' }).check();
  await page.waitForTimeout(500);
  const measure = await page.evaluate(() => (window as unknown as { __lt: number[] }).__lt.splice(0));
  console.log(JSON.stringify({ openMs: t1 - t0, open, scheme, measure }));
  await page.screenshot({ path: '/tmp/county-map.png', fullPage: true });
});
