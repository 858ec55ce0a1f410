/**
 * Browser tests: the built app, served by `vite preview`, driven in Debian's Chromium
 * (/usr/bin/chromium, or CHROMIUM_PATH). No Playwright-downloaded browser: if Chromium is missing,
 * global setup fails the run with a message saying so, rather than skipping anything.
 */
import { defineConfig } from '@playwright/test';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// Each run builds into its own folder and serves on its own port (E2E_PORT, else a random one set
// here and inherited by Playwright's worker processes), so runs at the same time never collide.
process.env.E2E_PORT ??= String(20000 + Math.floor(Math.random() * 20000));
const PORT = Number(process.env.E2E_PORT);
const OUT_DIR = `.e2e-dist/${PORT}`;

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '*.spec.ts',
  globalSetup: './tests/e2e/global-setup.ts',
  workers: 1,
  fullyParallel: false,
  forbidOnly: true,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    browserName: 'chromium',
    viewport: { width: 1400, height: 900 },
    locale: 'nb-NO',
    launchOptions: {
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  // `--mode e2e`: the graph canvases expose their cytoscape instances to tests (src/ui/graph/
  // test-hook.ts); a production build (mode 'production') does not.
  webServer: {
    command: `npx vite build --mode e2e --outDir ${OUT_DIR} --emptyOutDir && npx vite preview --outDir ${OUT_DIR} --port ${PORT} --strictPort`,
    url: `http://localhost:${PORT}`,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
