/**
 * Not a test: measures, in Chromium against the built app, (1) opening the app on the example data,
 * (2) importing the 16 default files by dropping them on an empty workspace, from the drop to the
 * map drawn, and (3) the rebuild after one decision (a merge in the review panel), from the click
 * to the new organisation count. Prints a table. Needs the built app served: `npx vite build &&
 * npx vite preview --port 4173`, then `npx tsx tests/e2e/measure-import.ts [runs]`.
 */
import { chromium } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';

const url = process.env.APP_URL ?? 'http://localhost:4173/';
const runs = Number(process.argv[2] ?? 3);
const folder = new URL('../../data/default/', import.meta.url);
const files = readdirSync(folder)
  .filter((name) => /\.(csv|xlsx|ods)$/.test(name))
  .sort()
  .map((name) => ({ name, base64: readFileSync(new URL(name, folder)).toString('base64') }));

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
const rows: { open: number; drop: number; decision: number }[] = [];
try {
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({
      viewport: { width: 1400, height: 900 },
      locale: 'nb-NO',
    });
    const page = await context.newPage();
    page.on('pageerror', (e) => console.error('page error:', e.message));
    const organisations = page.getByTestId('stat-organisations').locator('.stat-value');

    let t0 = Date.now();
    await page.goto(url);
    await page.waitForFunction(() => window.__klyngekart?.cy.nodes().length === 16, null, {
      polling: 'raf',
    });
    const open = Date.now() - t0;

    await page.getByRole('tab', { name: /^Import/ }).click();
    await page.getByRole('button', { name: 'Ny arbeidsflate' }).click();
    await page.getByText('Arbeidsflaten er tom').first().waitFor();
    const transfer = await page.evaluateHandle((list) => {
      const dt = new DataTransfer();
      for (const { name, base64 } of list) {
        const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        dt.items.add(new File([bytes], name));
      }
      return dt;
    }, files);
    t0 = Date.now();
    await page.dispatchEvent('.drop-zone', 'drop', { dataTransfer: transfer });
    await page.waitForFunction(() => window.__klyngekart?.cy.nodes().length === 16, null, {
      polling: 'raf',
    });
    const drop = Date.now() - t0;

    const before = (await organisations.textContent())!;
    await page.getByRole('tab', { name: /^Duplikater/ }).click();
    const merge = page
      .getByTestId('review-panel')
      .getByRole('button', { name: 'Slå sammen', exact: true })
      .first();
    t0 = Date.now();
    await merge.click();
    await page.waitForFunction(
      (text) =>
        document.querySelector('[data-testid="stat-organisations"] .stat-value')?.textContent !==
        text,
      before,
      { polling: 'raf' },
    );
    const decision = Date.now() - t0;
    rows.push({ open, drop, decision });
    await context.close();
  }
} finally {
  await browser.close();
}
console.log('run  open example (ms)  drop 16 files -> map (ms)  rebuild after a decision (ms)');
rows.forEach((r, i) => console.log(`${i + 1}    ${r.open}  ${r.drop}  ${r.decision}`));
const median = (k: keyof (typeof rows)[number]) =>
  rows.map((r) => r[k]).sort((a, b) => a - b)[Math.floor(rows.length / 2)];
console.log(`median ${median('open')}  ${median('drop')}  ${median('decision')}`);
