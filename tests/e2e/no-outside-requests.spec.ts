/**
 * No request leaves the origin through a full session: import a file, open every view of the
 * view registry (read off the tab row), press every export button in each view, open the
 * presentation mode if there is one. Every request of the context is recorded (page.on
 * ('request') and a route, which also sees the worker's requests), and anything that is not the
 * app's own origin, data: or blob: fails the test. Also: the page's policy allows its own origin
 * only until the user turns the register lookup on.
 */
import { DEFAULT_FACTS, expect, test } from './fixtures';
import { openApp } from './helpers';
import { csv } from './import-files';

test('a full session with every view and export stays on the origin', async ({ page }) => {
  test.setTimeout(180_000);
  const origin = new URL(test.info().project.use.baseURL!).origin;
  const outside: string[] = [];
  const local = (url: string) =>
    url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:');
  page.on('request', (request) => {
    if (!local(request.url())) outside.push(request.url());
  });
  await page
    .context()
    .route('**/*', (route) =>
      local(route.request().url())
        ? route.continue()
        : (outside.push(route.request().url()), route.abort('blockedbyclient')),
    );
  page.on('download', () => {});

  await openApp(page, DEFAULT_FACTS.clusters);
  await page.getByTestId('file-input').setInputFiles([
    csv('egne-lister.csv', [
      ['Navn', 'Org.nr.', 'Kommune', 'Klynge'],
      ['Testbedrift Alfa AS', '923 609 016', 'Oslo', 'Testklynge A'],
      ['Testbedrift Beta AS', '982 463 718', 'Bergen', 'Testklynge A'],
      ['Testbedrift Beta AS', '982 463 718', 'Bergen', 'Testklynge B'],
    ]),
  ]);
  await expect(page.getByTestId('stat-clusters').locator('dd').first()).toHaveText('2');

  const tabs = page.getByRole('tab');
  const count = await tabs.count();
  expect(count).toBeGreaterThanOrEqual(4);
  let pressed = 0;
  for (let i = 0; i < count; i++) {
    await tabs.nth(i).click();
    await expect(tabs.nth(i)).toHaveAttribute('aria-selected', 'true');
    const panel = page.getByRole('tabpanel').filter({ visible: true });
    const buttons = panel.locator('[data-export]');
    for (let b = 0; b < (await buttons.count()); b++) {
      const button = buttons.nth(b);
      if (!(await button.isVisible())) {
        // Inside a closed <details> (the graph files): open it as a person would.
        await button.locator('xpath=ancestor::details[1]/summary').click();
      }
      await Promise.all([page.waitForEvent('download'), button.click()]);
      pressed++;
    }
    const present = page.getByRole('button', { name: /presentasjon/i }).filter({ visible: true });
    if ((await present.count()) > 0) {
      await present.first().click();
      await page.keyboard.press('Escape');
    }
  }
  expect(pressed, 'export buttons pressed').toBeGreaterThanOrEqual(10);
  expect(outside).toEqual([]);
});

test('the policy allows only the own origin until the register lookup is on', async ({
  page,
  pageErrors,
}) => {
  await openApp(page, DEFAULT_FACTS.clusters);
  const policy = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(policy).toContain("connect-src 'self'");
  expect(policy).not.toContain('brreg');
  const blocked = await page.evaluate(async () => {
    try {
      await fetch('https://data.brreg.no/enhetsregisteret/api/enheter/923609016');
      return false;
    } catch {
      return true;
    }
  });
  expect(blocked).toBe(true);
  // The browser logs the refusal as a console error: that one is expected here.
  const refusals = pageErrors.filter((e) =>
    /Content Security Policy|Refused to connect|Failed to fetch/.test(e),
  );
  expect(refusals.length).toBeGreaterThan(0);
  pageErrors.splice(0, pageErrors.length, ...pageErrors.filter((e) => !refusals.includes(e)));
});
