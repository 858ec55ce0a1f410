/**
 * A saved view keeps the map's zoom and pan: zoom in and drag the overlap map, save the view,
 * lay the map out anew (which fits it), open the saved view and the same part of the map is
 * shown again; a presentation of three views zoomed differently shows each at its own zoom; and
 * the link of a zoomed view shows the same zoom and pan after a reload.
 */
import type { Page } from '@playwright/test';
import { DEFAULT_FACTS, expect, test } from './fixtures';
import { backgroundPoint, countyLinkViewport, countyMapShown, openApp, saveView } from './helpers';

test.use({ viewport: { width: 1280, height: 720 } });

interface Shown {
  readonly zoom: number;
  readonly pan: { readonly x: number; readonly y: number };
  /** Zoom over the zoom that fits the node centres, and the centre as a share of their box. */
  readonly relZoom: number;
  readonly cx: number;
  readonly cy: number;
}

type Graph = 'overlap' | 'members';

/** What a map shows, read through the test hook (the relative part computed here). */
const shown = (page: Page, graph: Graph = 'overlap'): Promise<Shown> =>
  page.evaluate((name) => {
    const cy = window.__klyngekart!.graphs.get(name)!;
    const xs = cy.nodes().map((n) => n.position('x'));
    const ys = cy.nodes().map((n) => n.position('y'));
    const [x1, x2, y1, y2] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    const [w, h] = [cy.width(), cy.height()];
    const fit = Math.min(6, Math.max(0.02, Math.min((w - 48) / (x2 - x1), (h - 48) / (y2 - y1))));
    const zoom = cy.zoom();
    const pan = cy.pan();
    return {
      zoom,
      pan,
      relZoom: zoom / fit,
      cx: ((w / 2 - pan.x) / zoom - x1) / (x2 - x1),
      cy: ((h / 2 - pan.y) / zoom - y1) / (y2 - y1),
    };
  }, graph);

/** Waits until the map shows `want` (the relative part to 0.2 %, as saved views keep it). */
async function expectShows(page: Page, want: Shown, graph: Graph = 'overlap'): Promise<Shown> {
  await expect
    .poll(async () => {
      const now = await shown(page, graph);
      return (
        Math.abs(now.relZoom / want.relZoom - 1) < 2e-3 &&
        Math.abs(now.cx - want.cx) < 2e-3 &&
        Math.abs(now.cy - want.cy) < 2e-3
      );
    })
    .toBe(true);
  return shown(page, graph);
}

const mapHash = (page: Page) => new URL(page.url()).hash;

/** Zooms a map with its keys (+ closer, 0 fit) and drags the overlap map's background by (dx, dy). */
async function zoomAndDrag(
  page: Page,
  plus: number,
  dx: number,
  dy: number,
  graph: Graph = 'overlap',
) {
  const canvas = page.getByTestId(graph === 'overlap' ? 'overlap-map' : 'member-graph');
  await canvas.focus();
  await canvas.press('0');
  for (let i = 0; i < plus; i++) await canvas.press('+');
  if (dx !== 0 || dy !== 0) {
    const from = await backgroundPoint(page);
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(from.x + dx / 2, from.y + dy / 2, { steps: 4 });
    await page.mouse.move(from.x + dx, from.y + dy, { steps: 4 });
    await page.mouse.up();
  }
  // The URL follows a moment after the last change, with what the map shows.
  await expect
    .poll(async () => {
      const [inUrl, now] = [linkViewport(page, graph), await shown(page, graph)];
      return (
        inUrl !== null &&
        Math.abs(inUrl.zoom / now.relZoom - 1) < 1e-3 &&
        Math.abs(inUrl.x - now.cx) < 1e-3 &&
        Math.abs(inUrl.y - now.cy) < 1e-3
      );
    })
    .toBe(true);
  return shown(page, graph);
}

/** A map's viewport in the page's URL (`ovp=zoom,x,y`, `mvp=` for the member graph), or null. */
function linkViewport(page: Page, graph: Graph): { zoom: number; x: number; y: number } | null {
  const key = graph === 'overlap' ? 'ovp' : 'mvp';
  const found = new RegExp(`[?&]${key}=([^&]+)`).exec(mapHash(page));
  if (!found) return null;
  const [zoom, x, y] = found[1]!.split(',').map(Number) as [number, number, number];
  return { zoom, x, y };
}

async function openSaved(page: Page, name: string) {
  const panel = page.getByTestId('saved-views');
  if (!(await panel.isVisible())) await page.getByTestId('saved-views-toggle').click();
  await panel.getByTestId('saved-view-open').filter({ hasText: name }).click();
}

/** Saves the view, then shuts the panel again, so it covers no part of the map. */
async function saveAndClose(page: Page, name: string) {
  await saveView(page, name);
  await page.getByTestId('saved-views-toggle').click();
}

test('a saved view brings back the zoom and pan after the map was laid out anew', async ({
  page,
}) => {
  await openApp(page, DEFAULT_FACTS.clusters);
  const fitted = await shown(page);
  const zoomed = await zoomAndDrag(page, 3, 250, -100);
  expect(zoomed.relZoom / fitted.relZoom).toBeGreaterThan(1.8);
  // Dragged: the centre is another part of the map.
  expect(Math.abs(zoomed.cx - fitted.cx)).toBeGreaterThan(0.05);
  expect(mapHash(page)).toMatch(/ovp=[\d.]+,[-\d.]+,[-\d.]+/);
  await saveAndClose(page, 'Nærbilde');

  const map = page.getByRole('tabpanel', { name: 'Kart' });
  await map.getByRole('button', { name: 'Nytt oppsett' }).click();
  await expect.poll(() => mapHash(page)).not.toMatch(/ovp=/);
  await expect.poll(async () => (await shown(page)).relZoom).toBeLessThan(zoomed.relZoom / 1.5);

  await openSaved(page, 'Nærbilde');
  const back = await expectShows(page, zoomed);
  // The layout ran again from where it was, so the places may have moved a little: the absolute
  // zoom and pan are the saved ones to within that.
  expect(Math.abs(back.zoom / zoomed.zoom - 1)).toBeLessThan(0.05);
  expect(Math.abs(back.pan.x - zoomed.pan.x)).toBeLessThan(25);
  expect(Math.abs(back.pan.y - zoomed.pan.y)).toBeLessThan(25);
  await expect.poll(() => mapHash(page)).toMatch(/ovp=/);

  // The fit button is the fit again, and the link forgets the zoom.
  await map.getByRole('button', { name: 'Tilpass visningen' }).click();
  await expect.poll(() => mapHash(page)).not.toMatch(/ovp=/);
});

test('the presentation shows each saved view at its own zoom', async ({ page }) => {
  await openApp(page, DEFAULT_FACTS.clusters);
  const views: [string, Shown][] = [];
  for (const [name, plus, dx] of [
    ['Oversikt', 1, 0],
    ['Detalj', 5, -150],
    ['Midt imellom', 3, 90],
  ] as const) {
    views.push([name, await zoomAndDrag(page, plus, dx, 40)]);
    await saveAndClose(page, name);
  }
  const zooms = views.map(([, v]) => v.relZoom);
  expect(new Set(zooms.map((z) => z.toFixed(2))).size).toBe(3);

  await page.getByTestId('present-start').click();
  const step = page.getByTestId('presentation-step');
  // Full screen, as the browser allows it from the click.
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
  const seen: number[] = [];
  for (const [i, [name, saved]] of views.entries()) {
    if (i === 1) await page.keyboard.press('ArrowRight');
    if (i === 2) await page.keyboard.press('Space');
    await expect(step).toContainText(`${i + 1} / 3`);
    await expect(step).toContainText(name);
    // The canvas is larger now (the whole window): the same part of the map, at another scale.
    seen.push((await expectShows(page, saved)).zoom);
  }
  // Absolute zooms in the presentation keep the saved views' ratios.
  expect(seen[1]! / seen[0]!).toBeCloseTo(zooms[1]! / zooms[0]!, 1);
  expect(seen[2]! / seen[1]!).toBeCloseTo(zooms[2]! / zooms[1]!, 1);
  await page.keyboard.press('Home');
  await expect(step).toContainText('1 / 3');
  await expectShows(page, views[0]![1]);
  await page.keyboard.press('Escape');
  await expect(step).toBeHidden();
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(false);
});

test('the copied link of a zoomed view shows the same zoom and pan, also after a reload', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openApp(page, DEFAULT_FACTS.clusters);
  const zoomed = await zoomAndDrag(page, 4, -100, 70);
  await saveAndClose(page, 'Lenke');
  // Back to the fit here, so the link is all that carries the zoom.
  await page.getByTestId('overlap-map').press('0');
  await expect.poll(() => mapHash(page)).not.toMatch(/ovp=/);
  await page.getByTestId('saved-views-toggle').click();
  await page.getByRole('button', { name: 'Kopier lenken til «Lenke»' }).click();
  await expect(page.getByTestId('saved-views-said')).toHaveText('Lenken er kopiert.');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/#kart\?v=1&ws=\w+&ovp=[\d.]+,[-\d.]+,[-\d.]+$/);

  const other = await context.newPage();
  for (const step of ['open', 'reload'] as const) {
    if (step === 'open') await other.goto(link);
    else await other.reload();
    await other.waitForFunction(
      (n) => window.__klyngekart?.cy.nodes().length === n,
      DEFAULT_FACTS.clusters,
    );
    const after = await expectShows(other, zoomed);
    // Same window size, same data, same layout: the same zoom and pan on screen.
    expect(Math.abs(after.zoom / zoomed.zoom - 1)).toBeLessThan(0.01);
    expect(Math.abs(after.pan.x - zoomed.pan.x)).toBeLessThan(3);
    expect(Math.abs(after.pan.y - zoomed.pan.y)).toBeLessThan(3);
    expect(other.url()).toBe(link);
    await expect(other.getByTestId('url-notice')).toHaveCount(0);
  }
});

/** The member graph's layout phase (the graph kit marks it on the instance). */
const membersPhase = (page: Page, phase: 'running' | 'done', nodes: number) =>
  page.waitForFunction(
    ([want, n]) => {
      const cy = window.__klyngekart?.graphs.get('members');
      return cy?.nodes().length === n && cy.scratch('klyngekart:layout-phase') === want;
    },
    [phase, nodes] as const,
    { timeout: 30_000 },
  );

/** Until the worker layout of every organisation has run (seconds) and settled. */
async function membersLaidOut(page: Page, nodes: number) {
  await membersPhase(page, 'running', nodes);
  await membersPhase(page, 'done', nodes);
}

test('every organisation on the member graph (a worker layout): zoom and pan kept through a link', async ({
  page,
}) => {
  const all = DEFAULT_FACTS.organisations + DEFAULT_FACTS.clusters;
  await openApp(page, DEFAULT_FACTS.clusters);
  await page.getByRole('tab', { name: 'Medlemsgraf' }).click();
  await page.getByRole('checkbox', { name: 'Vis alle organisasjoner' }).check();
  await membersLaidOut(page, all);
  const fitted = await shown(page, 'members');
  const zoomed = await zoomAndDrag(page, 4, 0, 0, 'members');
  expect(zoomed.relZoom / fitted.relZoom).toBeGreaterThan(2);
  await saveAndClose(page, 'Medlemmer nært');
  await page.getByRole('button', { name: 'Tilpass visningen' }).click();
  await expect.poll(() => mapHash(page)).not.toMatch(/mvp=/);
  await openSaved(page, 'Medlemmer nært');
  await expectShows(page, zoomed, 'members');

  const link = page.url();
  expect(link).toMatch(/all=1/);
  expect(link).toMatch(/mvp=/);
  await page.reload();
  // The layout runs again in the worker from a fresh scatter; the zoom comes back once it settles.
  await membersLaidOut(page, all);
  await expectShows(page, zoomed, 'members');
  expect(page.url()).toBe(link);
});

/** Waits until the county map shows `want` (zoom and centre to 1e-3, as links keep them). */
async function expectCountyShows(page: Page, want: { k: number; cx: number; cy: number }) {
  await expect
    .poll(async () => {
      const now = await countyMapShown(page);
      return (
        Math.abs(now.k / want.k - 1) < 1e-3 &&
        Math.abs(now.cx - want.cx) < 1e-3 &&
        Math.abs(now.cy - want.cy) < 1e-3
      );
    })
    .toBe(true);
}

/** The smallest county name drawn on the main county map, in screen pixels. */
const countyLabelPx = (page: Page) =>
  page.getByTestId('county-map').evaluate((svg) => {
    const names = [...svg.querySelectorAll<SVGTextElement>('.norway-map-labels text')];
    const px = names.map((n) => parseFloat(getComputedStyle(n).fontSize) * n.getScreenCTM()!.a);
    return Math.min(...px);
  });

test('the county map keeps its zoom and pan in a saved view, its link and the presentation', async ({
  page,
}) => {
  await openApp(page, DEFAULT_FACTS.clusters);
  await page.getByRole('tab', { name: 'Fylkeskart' }).click();
  const map = page.getByTestId('county-map');
  await expect(map).toBeVisible();
  await page.getByRole('button', { name: 'Zoom inn' }).click();
  await page.getByRole('button', { name: 'Zoom inn' }).click();
  await map.scrollIntoViewIfNeeded();
  const box = (await map.boundingBox())!;
  // Up and right, within the window: the map's lower left comes into the middle.
  await page.mouse.move(box.x + box.width * 0.5, Math.max(box.y, 0) + 200);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.6, Math.max(box.y, 0) + 60, { steps: 5 });
  await page.mouse.up();
  const zoomed = await countyMapShown(page);
  expect(zoomed.k).toBeCloseTo(2.25, 6);
  expect(zoomed.cy).toBeGreaterThan(0.55);
  await expect
    .poll(() => countyLinkViewport(page))
    .toEqual({
      zoom: Math.round(zoomed.k * 1e4) / 1e4,
      x: Math.round(zoomed.cx * 1e4) / 1e4,
      y: Math.round(zoomed.cy * 1e4) / 1e4,
    });
  await saveAndClose(page, 'Fylker nært');

  // Reset: the whole map, and the link forgets the zoom.
  await page.getByRole('button', { name: 'Tilbakestill kartet' }).click();
  await expect.poll(async () => (await countyMapShown(page)).k).toBe(1);
  await expect.poll(() => countyLinkViewport(page)).toBeNull();
  await openSaved(page, 'Fylker nært');
  await expectCountyShows(page, zoomed);
  await expect.poll(() => countyLinkViewport(page)).not.toBeNull();
  await page.getByTestId('saved-views-toggle').click();

  // Presented from the whole map (another size on screen): the same part of the map as saved,
  // names at 14 px or more.
  await page.getByRole('button', { name: 'Tilbakestill kartet' }).click();
  await expect.poll(() => countyLinkViewport(page)).toBeNull();
  await page.getByTestId('present-start').click();
  await expect(page.getByTestId('presentation-step')).toContainText('Fylker nært');
  await expectCountyShows(page, zoomed);
  await expect.poll(() => countyLabelPx(page)).toBeGreaterThanOrEqual(14);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('presentation-step')).toBeHidden();

  // The link, reloaded: the same zoom and pan, the same link.
  const link = page.url();
  expect(link).toMatch(/#fylkeskart\?.*cvp=[\d.]+,[\d.]+,[\d.]+/);
  await page.reload();
  await expect(page.getByTestId('county-map')).toBeVisible();
  await expectCountyShows(page, zoomed);
  expect(page.url()).toBe(link);
  await expect(page.getByTestId('url-notice')).toHaveCount(0);
});
