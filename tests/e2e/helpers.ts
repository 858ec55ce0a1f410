/**
 * Shared steps for the browser tests: open the app and wait for its data, open a tab as a person
 * would, find where the overlap map draws a node or an edge (through the test hook
 * window.__klyngekart.cy) so the test can click the canvas there with the mouse, and collect page
 * errors so any uncaught exception fails a test.
 */
import { expect, type Locator, type Page } from '@playwright/test';

export interface ScreenPoint {
  readonly x: number;
  readonly y: number;
}

/** Uncaught exceptions and console errors seen by the page since `watchErrors` was called. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  return errors;
}

/** Opens the app and waits until the example data is analysed and the map is laid out. */
export async function openApp(page: Page, clusters: number): Promise<void> {
  await page.goto('/');
  await expect(page.getByTestId('stat-clusters').locator('dd').first()).toHaveText(
    String(clusters),
  );
  await page.waitForFunction((n) => window.__klyngekart?.cy.nodes().length === n, clusters);
}

/** The app's tabs by their bokmål labels (the English ones are "Map", "Duplicates", "Placement"). */
export type TabLabel = 'Kart' | 'Import' | 'Duplikater' | 'Plassering';

/** The tab with this label; its accessible name may go on with the count on it ("Duplikater, 3 …"). */
export function tab(page: Page, label: string): Locator {
  return page.getByRole('tab', { name: new RegExp(`^${label}(,|\\s|$)`) });
}

/**
 * Clicks a tab, as a person would before touching a panel on it, and waits until its panel shows
 * and has had a frame to lay out (the map fits itself to its canvas when its tab opens).
 */
export async function openTab(page: Page, label: TabLabel): Promise<void> {
  await tab(page, label).click();
  await expect(tab(page, label)).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tabpanel', { name: label })).toBeVisible();
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );
}

/**
 * Waits until the map's canvas is up: the first paint is an SVG preview, and after a reload or a
 * hash change cytoscape (and with it the test hook) comes a moment later.
 */
export async function mapReady(page: Page): Promise<void> {
  await page.waitForFunction(
    () => (window.__klyngekart?.graphs.get('overlap')?.nodes().length ?? 0) > 0,
  );
}

/** The page coordinates of a cluster node's centre. */
export async function nodePoint(page: Page, clusterName: string): Promise<ScreenPoint> {
  await mapReady(page);
  const point = await page.evaluate((name) => {
    const cy = window.__klyngekart!.cy;
    const node = cy.nodes().filter((n) => n.data('name') === name);
    if (node.empty()) return null;
    const rect = cy.container()!.getBoundingClientRect();
    const p = node.renderedPosition();
    return { x: rect.left + p.x, y: rect.top + p.y };
  }, clusterName);
  if (!point) throw new Error(`No node for the cluster "${clusterName}" on the map`);
  return point;
}

/**
 * An edge whose midpoint is clear of every node (and its label) and of every other edge, so a
 * click there can only hit that edge; the thickest such edge, for an easy target. Edges are
 * straight lines (see the stylesheet), so the distance to another edge is a point-segment one.
 */
export async function clearEdgePoint(page: Page): Promise<ScreenPoint & { a: string; b: string }> {
  await mapReady(page);
  const found = await page.evaluate(() => {
    const cy = window.__klyngekart!.cy;
    const rect = cy.container()!.getBoundingClientRect();
    const margin = 6;
    const boxes = cy.nodes().map((n) => n.renderedBoundingBox({ includeLabels: true }));
    // Thickest first; toArray() keeps the edge type through the sort.
    const edges = cy
      .edges(':visible')
      .toArray()
      .sort((x, y) => Number(y.data('shared')) - Number(x.data('shared')));
    const segments = edges.map((e) => ({
      id: e.id(),
      s: e.source().renderedPosition(),
      t: e.target().renderedPosition(),
      half: (Number(e.renderedStyle('width').replace('px', '')) || 1) / 2,
    }));
    for (const edge of edges) {
      const m = edge.renderedMidpoint();
      const onScreen = m.x > 0 && m.y > 0 && m.x < rect.width && m.y < rect.height;
      const inNode = boxes.some(
        (b) =>
          m.x > b.x1 - margin && m.x < b.x2 + margin && m.y > b.y1 - margin && m.y < b.y2 + margin,
      );
      const nearOther = segments.some(({ id, s, t, half }) => {
        if (id === edge.id()) return false;
        const dx = t.x - s.x;
        const dy = t.y - s.y;
        const k = Math.max(
          0,
          Math.min(1, ((m.x - s.x) * dx + (m.y - s.y) * dy) / (dx * dx + dy * dy || 1)),
        );
        return Math.hypot(m.x - (s.x + k * dx), m.y - (s.y + k * dy)) < half + 10;
      });
      if (onScreen && !inNode && !nearOther) {
        return {
          x: rect.left + m.x,
          y: rect.top + m.y,
          // The names at its ends (edges carry page ids only).
          a: String(edge.source().data('name')),
          b: String(edge.target().data('name')),
        };
      }
    }
    return null;
  });
  if (!found)
    throw new Error('Every edge midpoint on the map is covered by a node or another edge');
  return found;
}

/** A point on the map's background, away from every node and edge. */
export async function backgroundPoint(page: Page): Promise<ScreenPoint> {
  await mapReady(page);
  const point = await page.evaluate(() => {
    const cy = window.__klyngekart!.cy;
    const rect = cy.container()!.getBoundingClientRect();
    const boxes = cy.elements().map((e) => e.renderedBoundingBox({ includeLabels: true }));
    for (let y = 8; y < rect.height; y += 12) {
      for (let x = 8; x < rect.width; x += 12) {
        if (!boxes.some((b) => x > b.x1 - 4 && x < b.x2 + 4 && y > b.y1 - 4 && y < b.y2 + 4)) {
          return { x: rect.left + x, y: rect.top + y };
        }
      }
    }
    return null;
  });
  if (!point) throw new Error('No free background on the map');
  return point;
}

/** Saves what the page shows as a view named `name`, opening the saved-views panel if it is shut. */
export async function saveView(page: Page, name: string): Promise<void> {
  const panel = page.getByTestId('saved-views');
  if (!(await panel.isVisible())) await page.getByTestId('saved-views-toggle').click();
  await expect(panel).toBeVisible();
  await panel.getByLabel('Navn på visningen').fill(name);
  await panel.getByRole('button', { name: 'Lagre visningen' }).click();
  await expect(panel.getByTestId('saved-view').filter({ hasText: name })).toBeVisible();
}

/**
 * The organisation names in a member list, in order: the text before anything else in each first
 * cell (the cell also holds the rows an organisation came from, with split-out buttons).
 */
export function memberNames(list: Locator): Promise<string[]> {
  return list
    .locator('tbody td:first-child')
    .evaluateAll((cells) => cells.map((cell) => (cell.firstChild?.textContent ?? '').trim()));
}

/**
 * The county map's zoom and pan as drawn (its transformed group: screen = k × point + (x, y) in
 * the map's 400 × 560 frame units), with the relative form links keep: zoom over the fit, and the
 * centre as a share of the frame.
 */
export async function countyMapShown(
  page: Page,
): Promise<{ k: number; x: number; y: number; cx: number; cy: number }> {
  return page.getByTestId('county-map').evaluate((svg) => {
    const g = svg.querySelector<SVGGElement>('g.norway-map-view')!;
    const m = g.transform.baseVal.consolidate()?.matrix ?? { a: 1, e: 0, f: 0 };
    const view = (svg as SVGSVGElement).viewBox.baseVal;
    return {
      k: m.a,
      x: m.e,
      y: m.f,
      cx: (view.width / 2 - m.e) / m.a / view.width,
      cy: (view.height / 2 - m.f) / m.a / view.height,
    };
  });
}

/** The county map's viewport in the page's URL (`cvp=zoom,x,y`), or null. */
export function countyLinkViewport(page: Page): { zoom: number; x: number; y: number } | null {
  const found = /[?&]cvp=([^&]+)/.exec(new URL(page.url()).hash);
  if (!found) return null;
  const [zoom, x, y] = found[1]!.split(',').map(Number) as [number, number, number];
  return { zoom, x, y };
}
