/**
 * The county map (Fylkeskart) in Chromium, driven as a person would: open the tab, see the 15
 * counties of 2024 with the boundary data's attribution, select Østfold and open its link to
 * Oslo in the ranking, open the Østfold–Oslo line from the keyboard, read the clusters behind it,
 * switch the measure to lift and the scheme to 2020-23 (11 areas), and select a cluster on the
 * overlap map to see the links filtered. Expected numbers come from the CLI on the same data
 * (`analyze data/default --json`), not from this file.
 */
import { execFileSync } from 'node:child_process';
import { expect, test, type Page } from '@playwright/test';
import { countyLinkViewport, countyMapShown, openApp, tab, watchErrors } from './helpers';

interface CliLinks {
  readonly pairs: Record<string, Record<string, number>>;
  readonly lift: Record<string, Record<string, number | null>>;
}

let cli: { countyLinks: CliLinks; clusters: number };

test.beforeAll(() => {
  const json = execFileSync('npm', ['run', '-s', 'analyze', '--', 'data/default', '--json'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: 110_000,
  });
  const parsed = JSON.parse(json) as { countyLinks: CliLinks; summary?: { clusters?: number } };
  cli = { countyLinks: parsed.countyLinks, clusters: 16 };
});

// Numbers as the page writes them: grouped with a (no-break) space in bokmål.
const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');
const grouped = (n: number) => new Intl.NumberFormat('nb-NO').format(n).replace(/\u00a0/g, ' ');

async function openCountyMap(page: Page) {
  await openApp(page, cli.clusters);
  await tab(page, 'Fylkeskart').click();
  await expect(tab(page, 'Fylkeskart')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('county-map')).toBeVisible();
}

/**
 * Clicks a county with the mouse where the county itself is on top (not a line or a label):
 * the first point on a grid over its box that the page hits on that very shape.
 */
async function clickUnit(page: Page, svgTestId: string, unit: string) {
  await page.getByTestId(svgTestId).scrollIntoViewIfNeeded();
  const point = await page.evaluate(
    ([id, u]) => {
      const shape = document.querySelector(`[data-testid="${id}"] [data-unit="${u}"]`);
      if (!shape) return null;
      const box = shape.getBoundingClientRect();
      for (let i = 1; i < 12; i++)
        for (let j = 1; j < 12; j++) {
          const x = box.left + (box.width * i) / 12;
          const y = box.top + (box.height * j) / 12;
          if (document.elementFromPoint(x, y) === shape) return { x, y };
        }
      return null;
    },
    [svgTestId, unit] as const,
  );
  if (!point) throw new Error(`No clear point on ${unit} in ${svgTestId}`);
  await page.mouse.click(point.x, point.y);
}

test('the county map: counties, a link and what carries it, lift, 2020-23', async ({ page }) => {
  const errors = watchErrors(page);
  await openCountyMap(page);
  const map = page.getByTestId('county-map');
  await expect(map.locator('[data-unit]')).toHaveCount(15);
  await expect(map.getByText('Fylkesgrenser: © Kartverket, CC BY 4.0')).toBeVisible();

  // Select Østfold on the map, then Oslo in its ranking.
  await clickUnit(page, 'county-map-inset', '31');
  await expect(map.getByRole('button', { name: /^Østfold: / })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page.getByRole('heading', { name: 'Koblingene til Østfold' })).toBeVisible();
  await page.getByTestId('county-ranking').getByRole('button', { name: /^Oslo/ }).click();
  const pair = page.getByTestId('county-pair');
  await expect(pair.getByRole('heading', { name: 'Østfold → Oslo' })).toBeVisible();
  const pairs = cli.countyLinks.pairs['Østfold']!['Oslo']!;
  await expect(pair.getByText(/ par gjennom /)).toHaveText(
    new RegExp(`^${grouped(pairs).replace(/ /g, '\\s')} par gjennom \\d+ klynger?\\.$`),
    { useInnerText: true },
  );
  const carriers = page.getByTestId('county-pair-carriers').locator('tbody tr');
  expect(await carriers.count()).toBeGreaterThan(0);
  await expect(page).toHaveURL(/sel=.*kp\.31\.03/);

  // The same link opened from its line on the map; the line names both counties.
  await page.getByRole('button', { name: 'Tilbake til fylket' }).click();
  await expect(pair).toBeHidden();
  const line = map.locator('[data-link="03|31"]');
  await expect(line).toHaveAttribute('aria-label', /Østfold → Oslo: .* per medlem$/);
  // The line is a button: focused and activated from the keyboard.
  await line.focus();
  await page.keyboard.press('Enter');
  await expect(pair.getByRole('heading', { name: 'Østfold → Oslo' })).toBeVisible();

  // Lift: the ranking and the line say "løft", with the CLI's value to two decimals.
  await page.getByRole('radio', { name: 'Løft' }).check();
  await expect(page).toHaveURL(/measure=lift/);
  const lift = cli.countyLinks.lift['Østfold']!['Oslo']!;
  const liftText = `løft ${new Intl.NumberFormat('nb-NO', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(lift)}`;
  await expect(line).toHaveAttribute('aria-label', `Østfold – Oslo: ${liftText}`);
  await expect(
    page.getByTestId('county-ranking').getByRole('button', { name: /^Oslo/ }),
  ).toContainText(liftText);

  // 2020-23: Viken, Vestfold og Telemark and Troms og Finnmark merged: 11 areas.
  // The matrix and the member charts have an 'Inndeling' of their own: this view's by test id.
  await page.getByTestId('county-map-scheme').selectOption('2020-23');
  await expect(page).toHaveURL(/scheme=2020-23/);
  await expect(map.locator('[data-unit]')).toHaveCount(11);
  await expect(map.getByRole('button', { name: /^Viken: / })).toBeVisible();
  expect(errors).toEqual([]);
});

test('the threshold hides weak links and says so; the setting is in the link', async ({ page }) => {
  await openCountyMap(page);
  const map = page.getByTestId('county-map');
  await page.getByRole('radio', { name: 'Koblede par' }).check();
  const before = await map.locator('[data-link]').count();
  expect(before).toBeGreaterThan(1);
  const slider = page.getByRole('slider');
  await slider.focus();
  for (let i = 0; i < 50; i++) await page.keyboard.press('PageUp');
  await expect(page.getByText(/^Vis koblinger med minst [\d\s]+ par$/)).toBeVisible();
  const after = await map.locator('[data-link]').count();
  expect(after).toBeLessThan(before);
  await expect(page.getByTestId('county-map-hidden')).toHaveText(
    new RegExp(`^${before - after} svakere koblinger? er skjult\\.$`),
  );
  await expect(page).toHaveURL(/kmin=\d+/);
  expect(plain(await page.url())).toContain('measure=pairs');

  // Reloading the link restores measure and threshold.
  await page.reload();
  await expect(page.getByTestId('county-map')).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Koblede par' })).toBeChecked();
  await expect(page.getByTestId('county-map').locator('[data-link]')).toHaveCount(after);
});

test('a county is selectable by keyboard, and a cluster selected elsewhere filters the links', async ({
  page,
}) => {
  await openCountyMap(page);
  const map = page.getByTestId('county-map');
  const oslo = map.getByRole('button', { name: /^Oslo: / });
  await oslo.focus();
  await page.keyboard.press('Enter');
  await expect(oslo).toHaveAttribute('aria-pressed', 'true');
  const allLinks = await page.getByTestId('county-ranking').getByRole('button').count();
  const membersOf = async () =>
    Number(
      plain(await map.getByRole('button', { name: /^Oslo: / }).getAttribute('aria-label'))
        .replace(/^Oslo: /, '')
        .replace(/ medlem(mer)?$/, '')
        .replace(/ /g, ''),
    );
  const allMembers = await membersOf();

  // Select one cluster in the metrics table of the first tab, then come back.
  await tab(page, 'Kart').click();
  const row = page.getByTestId('metrics-table').locator('tbody tr').first();
  await row.click();
  await tab(page, 'Fylkeskart').click();
  await expect(page.getByTestId('county-map-filter')).toHaveText(
    /^Bare koblinger gjennom den valgte klyngen: .+\.$/,
  );
  await expect(map.locator('[data-unit]')).toHaveCount(15);
  // Only the cluster's members count now: fewer in Oslo than in all 16 lists.
  expect(allLinks).toBeGreaterThan(0);
  expect(await membersOf()).toBeLessThan(allMembers);
});

/** The smallest county name on the main map, in screen pixels. */
const mainLabelPx = (page: Page) =>
  page.getByTestId('county-map').evaluate((svg) => {
    const names = [...svg.querySelectorAll<SVGTextElement>('.norway-map-labels text')];
    const px = names.map((n) => parseFloat(getComputedStyle(n).fontSize) * n.getScreenCTM()!.a);
    return Math.min(...px);
  });

/** A point in the main map's box where a county itself is hit (not a line), and its id. */
const countyPoint = (page: Page) =>
  page.getByTestId('county-map').evaluate((svg) => {
    const box = svg.getBoundingClientRect();
    // From the middle outwards, so the point is well inside what the map shows.
    for (let r = 0; r < 10; r++)
      for (let i = -r; i <= r; i++)
        for (const j of [-r, r]) {
          const x = box.left + box.width * (0.5 + i / 24);
          const y = box.top + box.height * (0.5 + j / 24);
          const hit = document.elementFromPoint(x, y);
          const unit = hit?.getAttribute('data-unit');
          if (unit && svg.contains(hit)) return { x, y, unit };
        }
    return null;
  });

test('the county map zooms and pans by wheel, drag, buttons and keys; counties stay clickable', async ({
  page,
}) => {
  await openCountyMap(page);
  const map = page.getByTestId('county-map');
  const pressed = map.locator('[data-unit][aria-pressed="true"]');
  expect(await countyMapShown(page)).toMatchObject({ k: 1, x: 0, y: 0 });
  expect(countyLinkViewport(page)).toBeNull();
  const namesPx = await mainLabelPx(page);
  const box = (await map.boundingBox())!;
  const scale = box.width / 400;

  // The wheel zooms about the pointer: the point under it stays under it.
  const at = { x: box.x + box.width * 0.4, y: box.y + box.height * 0.65 };
  await page.mouse.move(at.x, at.y);
  await page.mouse.wheel(0, -400);
  await expect.poll(async () => (await countyMapShown(page)).k).toBeGreaterThan(1.5);
  const wheeled = await countyMapShown(page);
  const frameAt = { x: (at.x - box.x) / scale, y: (at.y - box.y) / scale };
  expect(Math.abs(frameAt.x * wheeled.k + wheeled.x - frameAt.x)).toBeLessThan(1);
  expect(Math.abs(frameAt.y * wheeled.k + wheeled.y - frameAt.y)).toBeLessThan(1);
  // The names keep their size on screen, and the page did not scroll.
  expect(await mainLabelPx(page)).toBeCloseTo(namesPx, 1);
  expect((await map.boundingBox())!.y).toBeCloseTo(box.y, 0);

  // A drag that starts on a county pans the map and selects nothing.
  const start = (await countyPoint(page))!;
  expect(start).not.toBeNull();
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x + 30, start.y + 20, { steps: 3 });
  await page.mouse.move(start.x + 60, start.y + 40, { steps: 3 });
  await page.mouse.up();
  const dragged = await countyMapShown(page);
  expect(dragged.k).toBeCloseTo(wheeled.k, 6);
  expect(dragged.x - wheeled.x).toBeCloseTo(60 / scale, 0);
  expect(dragged.y - wheeled.y).toBeCloseTo(40 / scale, 0);
  await expect(pressed).toHaveCount(0);
  // The link follows once the map rests, in the relative form.
  await expect
    .poll(() => {
      const v = countyLinkViewport(page);
      return (
        v !== null &&
        Math.abs(v.zoom - dragged.k) < 1e-3 &&
        Math.abs(v.x - dragged.cx) < 1e-3 &&
        Math.abs(v.y - dragged.cy) < 1e-3
      );
    })
    .toBe(true);
  const inLink = countyLinkViewport(page)!;
  expect(inLink.zoom).toBeCloseTo(dragged.k, 3);
  expect(inLink.x).toBeCloseTo(dragged.cx, 3);
  expect(inLink.y).toBeCloseTo(dragged.cy, 3);

  // A click (no drag) on a county of the zoomed map selects it.
  const target = (await countyPoint(page))!;
  await page.mouse.click(target.x, target.y);
  await expect(pressed).toHaveCount(1);
  await expect(pressed).toHaveAttribute('data-unit', target.unit);
  expect(await countyMapShown(page)).toEqual(dragged);

  // The keys, on a focused county: 0 fits, + and − zoom, the arrows pan.
  await map.locator(`[data-unit="${target.unit}"]`).focus();
  await page.keyboard.press('0');
  await expect.poll(async () => (await countyMapShown(page)).k).toBe(1);
  await page.keyboard.press('+');
  await page.keyboard.press('+');
  await expect.poll(async () => (await countyMapShown(page)).k).toBeCloseTo(2.25, 6);
  const keyed = await countyMapShown(page);
  await page.keyboard.press('ArrowRight');
  await expect.poll(async () => (await countyMapShown(page)).x).toBeCloseTo(keyed.x - 40, 6);
  await page.keyboard.press('-');
  await expect.poll(async () => (await countyMapShown(page)).k).toBeCloseTo(1.5, 6);
  // Keys did not select or deselect anything.
  await expect(pressed).toHaveAttribute('data-unit', target.unit);

  // The buttons: zoom in and out, fit; − is off at the whole map.
  const zoomOut = page.getByRole('button', { name: 'Zoom ut' });
  await page.getByRole('button', { name: 'Zoom inn' }).click();
  await expect.poll(async () => (await countyMapShown(page)).k).toBeCloseTo(2.25, 6);
  await zoomOut.click();
  await expect.poll(async () => (await countyMapShown(page)).k).toBeCloseTo(1.5, 6);
  await page.getByRole('button', { name: 'Tilpass visningen' }).click();
  expect(await countyMapShown(page)).toMatchObject({ k: 1, x: 0, y: 0 });
  await expect(zoomOut).toBeDisabled();
  await expect.poll(() => countyLinkViewport(page)).toBeNull();
  expect(await mainLabelPx(page)).toBeCloseTo(namesPx, 1);
});

/** Whether the centre of an element's box lies inside the county map's box on screen. */
const centreOnMap = (page: Page, selector: string) =>
  page.getByTestId('county-map').evaluate((svg, sel) => {
    const map = svg.getBoundingClientRect();
    const box = svg.querySelector(sel)!.getBoundingClientRect();
    const [x, y] = [box.left + box.width / 2, box.top + box.height / 2];
    return x >= map.left && x <= map.right && y >= map.top && y <= map.bottom;
  }, selector);

test('a pinch zooms the county map, and a county reached by keyboard is brought into view', async ({
  page,
}) => {
  await openCountyMap(page);
  const map = page.getByTestId('county-map');
  await map.scrollIntoViewIfNeeded();
  const box = (await map.boundingBox())!;
  const c = { x: box.x + box.width / 2, y: Math.max(box.y, 0) + 250 };
  // Two fingers, 40 px apart, spread to 160 px: four times as close, about their midpoint.
  const cdp = await page.context().newCDPSession(page);
  const fingers = (spread: number) => [
    { x: c.x - spread / 2, y: c.y, id: 1 },
    { x: c.x + spread / 2, y: c.y, id: 2 },
  ];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: fingers(40) });
  for (const spread of [70, 100, 130, 160])
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: fingers(spread) });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await expect.poll(async () => (await countyMapShown(page)).k).toBeCloseTo(4, 1);
  await expect(map.locator('[data-unit][aria-pressed="true"]')).toHaveCount(0);

  // Finnmark, in the far north-east, is off the zoomed map until it has the focus.
  await page.getByRole('button', { name: 'Tilpass visningen' }).click();
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Zoom inn' }).click();
  await expect.poll(async () => (await countyMapShown(page)).k).toBeCloseTo(3.375, 6);
  const finnmark = '[data-unit="56"]';
  expect(await centreOnMap(page, finnmark)).toBe(false);
  // Tab from Troms, the county before it.
  await map.locator('[data-unit="55"]').focus();
  await page.keyboard.press('Tab');
  await expect(map.locator(finnmark)).toBeFocused();
  await expect.poll(() => centreOnMap(page, finnmark)).toBe(true);
  expect((await countyMapShown(page)).k).toBeCloseTo(3.375, 6);
});
