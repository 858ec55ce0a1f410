/**
 * The optional Enhetsregisteret lookup in the browser, against a local stand-in of the register
 * (tests/support/fake-enhetsregisteret.ts). The app keeps its production address,
 * https://data.brreg.no/enhetsregisteret/api, and the page's real Content-Security-Policy;
 * Playwright answers requests to that address from the local server, and aborts (and records)
 * any request to another host, so no test touches the internet. Checks that nothing is sent
 * before the user turns the lookup on and confirms, then progress, the organisation the list
 * left unplaced placed in the register's county with its NACE code, and the cache.
 */
import type { Page } from '@playwright/test';
import { startFakeEnhetsregisteret, type FakeRegister } from '../support/fake-enhetsregisteret';
import { DEFAULT_FACTS, expect, test } from './fixtures';
import { openApp, openTab } from './helpers';

const REGISTER = 'https://data.brreg.no/enhetsregisteret/api';

/** No municipality or county column: the lists leave both organisations unplaced. */
const CSV = [
  'Navn;Org.nr.;Klynge',
  'Testbedrift Alfa AS;923 609 016;Testklynge A',
  'Testbedrift Beta AS;982 463 718;Testklynge A',
  'Testbedrift Beta AS;982 463 718;Testklynge B',
].join('\n');
const csv = { name: 'uten-kommune.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) };

interface Traffic {
  /** Every URL the page asked for that is not the app itself. */
  readonly outside: string[];
  /** Requests to hosts other than the register: aborted. */
  readonly stray: string[];
}

/** Serves the register's address from the fake server; aborts anything else off the app. */
async function routeTraffic(page: Page, fake: FakeRegister): Promise<Traffic> {
  const traffic: Traffic = { outside: [], stray: [] };
  const appOrigin = new URL(test.info().project.use.baseURL!).origin;
  await page.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith(appOrigin) || url.startsWith('data:') || url.startsWith('blob:'))
      return route.continue();
    traffic.outside.push(url);
    if (url.startsWith(`${REGISTER}/`)) {
      try {
        const response = await route.fetch({ url: fake.url + url.slice(REGISTER.length) });
        await route.fulfill({ response });
      } catch {
        // The page cancelled the request, or the test ended while the fake was still waiting.
      }
      return;
    }
    traffic.stray.push(url);
    return route.abort('blockedbyclient');
  });
  return traffic;
}

/**
 * Chromium logs every 4xx answer as a console error, even one the app expects and handles (an
 * unknown number is a 404). The fixture fails a test on console errors, so take out exactly one
 * such line per 4xx the register gave, and leave any other error in place.
 */
function allowRegisterAnswers(page: Page, pageErrors: string[]): () => void {
  const statuses: number[] = [];
  page.on('response', (response) => {
    if (response.url().startsWith(`${REGISTER}/`) && response.status() >= 400)
      statuses.push(response.status());
  });
  return () => {
    for (const status of statuses) {
      const i = pageErrors.findIndex((e) =>
        e.startsWith(
          `console: Failed to load resource: the server responded with a status of ${status}`,
        ),
      );
      if (i >= 0) pageErrors.splice(i, 1);
    }
  };
}

let fake: FakeRegister;
test.beforeEach(async () => {
  fake = await startFakeEnhetsregisteret({
    enheter: [
      {
        orgNumber: '923609016',
        name: 'TESTBEDRIFT ALFA AS',
        nace: ['62.010', 'Programmeringstjenester'],
        employees: 17,
        municipality: ['4601', 'Bergen'],
      },
    ],
  });
});
test.afterEach(() => fake.close());

test('nothing is sent until the lookup is turned on and confirmed; then it places the unplaced', async ({
  page,
  pageErrors,
}) => {
  const traffic = await routeTraffic(page, fake);
  const allowExpected = allowRegisterAnswers(page, pageErrors);
  await openApp(page, DEFAULT_FACTS.clusters);
  await page.getByTestId('file-input').setInputFiles([csv]);
  await expect(page.getByTestId('stat-organisations').locator('.stat-value')).toHaveText('2');

  await openTab(page, 'Plassering');
  const panel = page.getByTestId('register-panel');
  const toggle = panel.getByTestId('register-toggle');
  await expect(toggle).not.toBeChecked();
  await expect(panel).toContainText('Ingenting sendes ut av nettleseren');

  // Turning it on asks first, and says what leaves the browser.
  await toggle.check();
  const consent = panel.getByTestId('register-consent');
  await expect(consent).toContainText(
    'Organisasjonsnumrene (ikke navn eller annen informasjon) sendes til Brønnøysundregistrene, data.brreg.no.',
  );
  expect(traffic.outside, 'requests off the page before confirming').toEqual([]);
  expect(fake.requests).toEqual([]);
  await consent.getByRole('button', { name: 'Jeg forstår, slå på' }).click();
  expect(traffic.outside, 'requests off the page before looking up').toEqual([]);

  // The search answers slowly, so the progress shows.
  fake.slowDown(1500, /\/enheter$/);
  await panel.getByRole('button', { name: 'Slå opp 2 organisasjonsnumre' }).click();
  const progress = panel.getByTestId('register-progress');
  await expect(progress).toContainText('Slått opp 0 av 2');
  await expect(progress.getByRole('progressbar')).toBeVisible();

  const outcome = panel.getByTestId('register-outcome');
  await expect(outcome).toContainText('Funnet: 1. Slettet: 0. Ikke i registeret: 1.');
  await expect(outcome).toContainText('1 organisasjon fikk fylke fra registeret.');
  const row = panel
    .getByTestId('register-results')
    .locator('tbody tr[data-org-number="923609016"]');
  await expect(row).toContainText('TESTBEDRIFT ALFA AS');
  await expect(row).toContainText('62.010');
  await expect(row).toContainText('Bergen (4601)');
  await expect(row.locator('td').last()).toHaveText('Vestland');

  // The rebuilt dataset has it too: the member list shows the register's county, and what the
  // register says about the organisation opens under its name.
  await openTab(page, 'Kart');
  await page.getByTestId('metrics-table').getByRole('button', { name: 'Testklynge A' }).click();
  const alfa = page
    .getByTestId('member-list')
    .locator('tbody tr', { hasText: 'Testbedrift Alfa AS' });
  await expect(alfa.locator('td').last()).toHaveText('Vestland');
  const facts = alfa.getByTestId('member-register');
  await facts.getByText('I Enhetsregisteret').click();
  const registered = facts.getByRole('definition');
  await expect(facts.getByRole('term')).toHaveText([
    'Registrert navn',
    'Org.form',
    'Næringskode',
    'Ansatte',
    'Kommune',
  ]);
  await expect(registered).toHaveText([
    'TESTBEDRIFT ALFA AS',
    'AS – Aksjeselskap',
    '62.010 Programmeringstjenester',
    '17',
    'Bergen (4601)',
  ]);
  await expect(
    page.getByTestId('member-list').locator('tbody tr', { hasText: 'Testbedrift Beta AS' }),
  ).not.toContainText('I Enhetsregisteret');

  // Only organisation numbers went out, and only to the register (served locally).
  expect(traffic.stray).toEqual([]);
  expect(traffic.outside.length).toBeGreaterThan(0);
  for (const url of traffic.outside) {
    expect(url.startsWith(`${REGISTER}/`)).toBe(true);
    expect(url).not.toMatch(/Testbedrift|Testklynge/i);
  }
  expect(fake.requests[0]).toBe(
    '/enhetsregisteret/api/enheter?organisasjonsnummer=923609016,982463718&size=2',
  );

  // The unknown number is offered again; its answer now comes from the browser's cache.
  await openTab(page, 'Plassering');
  const sent = fake.requests.length;
  await panel.getByRole('button', { name: 'Slå opp 1 organisasjonsnummer' }).click();
  await expect(outcome).toContainText('1 fra lagrede svar, 0 forespørsler');
  expect(fake.requests.length).toBe(sent);
  allowExpected();
});

test('turned off, it asks again before anything is sent; cancelling stops the lookup', async ({
  page,
}) => {
  const traffic = await routeTraffic(page, fake);
  await openApp(page, DEFAULT_FACTS.clusters);
  await page.getByTestId('file-input').setInputFiles([csv]);
  await expect(page.getByTestId('stat-organisations').locator('.stat-value')).toHaveText('2');

  await openTab(page, 'Plassering');
  const panel = page.getByTestId('register-panel');
  await panel.getByTestId('register-toggle').check();
  await panel.getByRole('button', { name: 'Avbryt' }).click();
  await expect(panel.getByTestId('register-toggle')).not.toBeChecked();
  await expect(panel.getByTestId('register-consent')).toHaveCount(0);

  await panel.getByTestId('register-toggle').check();
  await panel.getByRole('button', { name: 'Jeg forstår, slå på' }).click();
  fake.slowDown(30_000);
  await panel.getByRole('button', { name: 'Slå opp 2 organisasjonsnumre' }).click();
  await expect.poll(() => fake.requests.length).toBe(1);
  await panel.getByTestId('register-progress').getByRole('button', { name: 'Avbryt' }).click();
  await expect(panel.getByTestId('register-outcome')).toContainText('Avbrutt');
  await expect(panel.getByRole('button', { name: 'Slå opp 2 organisasjonsnumre' })).toBeVisible();

  // Off again: the next time it must be confirmed again.
  await panel.getByTestId('register-toggle').uncheck();
  await panel.getByTestId('register-toggle').check();
  await expect(panel.getByTestId('register-consent')).toBeVisible();
  expect(traffic.stray).toEqual([]);
});
