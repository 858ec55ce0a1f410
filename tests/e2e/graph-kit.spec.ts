/**
 * The graph kit on the overlap map, driven as a person would: reached with Tab and worked with the
 * keyboard; the thick Cluster for Applied AI – NCE Smart Energy Markets edge hovered (highlighted,
 * tooltip) and clicked where a thinner edge lies close by (it must still select the thick one);
 * node positions unchanged when the minimum-shared threshold changes.
 */
import type { Page } from '@playwright/test';
import { DEFAULT_FACTS, expect, test } from './fixtures';
import { openApp } from './helpers';

const A = 'Cluster for Applied AI';
const B = 'NCE Smart Energy Markets';

/** Model positions of every node, by id. */
function positions(page: Page): Promise<Record<string, { x: number; y: number }>> {
  return page.evaluate(() => {
    const out: Record<string, { x: number; y: number }> = {};
    window.__klyngekart!.cy.nodes().forEach((n) => {
      out[n.id()] = { ...n.position() };
    });
    return out;
  });
}

test('the map is reached by Tab and a cluster is chosen with arrow keys and Enter', async ({
  page,
}) => {
  await openApp(page, DEFAULT_FACTS.clusters);
  const map = page.getByTestId('overlap-map');
  await expect(map).toHaveAttribute('tabindex', '0');
  await expect(map).toHaveAttribute('role', 'application');

  let reached = false;
  for (let i = 0; i < 60 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await map.evaluate((el) => el === document.activeElement);
  }
  expect(reached, 'Tab reaches the map canvas').toBe(true);

  const focused = () =>
    page.evaluate(() => {
      const node = window.__klyngekart!.cy.nodes('.focused')[0];
      return node ? { name: String(node.data('name')), x: node.renderedPosition().x } : null;
    });
  await page.keyboard.press('ArrowRight');
  const first = await focused();
  expect(first).not.toBeNull();
  await expect(page.getByTestId('overlap-map-focus')).toContainText(first!.name);

  // Moving right lands on a node further right (or stays when there is none that way).
  await page.keyboard.press('ArrowRight');
  let second = await focused();
  if (second!.name === first!.name) {
    await page.keyboard.press('ArrowLeft');
    second = await focused();
    expect(second!.x).toBeLessThan(first!.x);
  } else {
    expect(second!.x).toBeGreaterThan(first!.x);
  }
  expect(second!.name).not.toBe(first!.name);
  await expect(page.getByTestId('overlap-map-focus')).toContainText(second!.name);

  await page.keyboard.press('Enter');
  // The heading may carry the "antatt" badge of an inferred example cluster after the name.
  await expect(page.getByTestId('cluster-details').locator('h3')).toContainText(second!.name);

  await page.keyboard.press('Escape');
  await expect(page.getByTestId('cluster-details')).toHaveCount(0);
});

test('hovering the thick edge highlights it with a tooltip, and clicking selects it', async ({
  page,
}) => {
  await openApp(page, DEFAULT_FACTS.clusters);
  // A point on the thick edge, clear of every node and label, as close as possible to a thinner
  // edge (where cytoscape's own hit test picked the thin one).
  const target = await page.evaluate(
    ([a, b]) => {
      const cy = window.__klyngekart!.cy;
      const rect = cy.container()!.getBoundingClientRect();
      const edge = cy.edges().filter((e) => {
        // Edges carry page ids only: the names are on the nodes at their ends.
        const x = e.source().data('name');
        const y = e.target().data('name');
        return (x === a && y === b) || (x === b && y === a);
      });
      if (edge.empty()) return null;
      const s = edge.source().renderedPosition();
      const t = edge.target().renderedPosition();
      const boxes = cy.nodes().map((n) => n.renderedBoundingBox({ includeLabels: true }));
      const others = cy
        .edges(':visible')
        .toArray()
        .filter((e) => e.id() !== edge.id())
        .map((e) => ({ s: e.source().renderedPosition(), t: e.target().renderedPosition() }));
      const dist = (
        px: number,
        py: number,
        p: { x: number; y: number },
        q: { x: number; y: number },
      ) => {
        const dx = q.x - p.x;
        const dy = q.y - p.y;
        const k = Math.max(
          0,
          Math.min(1, ((px - p.x) * dx + (py - p.y) * dy) / (dx * dx + dy * dy || 1)),
        );
        return Math.hypot(px - (p.x + k * dx), py - (p.y + k * dy));
      };
      const half = Number(edge.renderedStyle('width').replace('px', '')) / 2;
      let best: { x: number; y: number; near: number } | null = null;
      for (let k = 0.05; k <= 0.95; k += 0.005) {
        const x = s.x + k * (t.x - s.x);
        const y = s.y + k * (t.y - s.y);
        if (boxes.some((bb) => x > bb.x1 - 4 && x < bb.x2 + 4 && y > bb.y1 - 4 && y < bb.y2 + 4))
          continue;
        // Off the centre line, towards the stroke's edge, but inside the drawn stroke.
        const near = others.reduce((m, o) => Math.min(m, dist(x, y, o.s, o.t)), 1e9);
        if (best === null || near < best.near) best = { x, y, near };
      }
      if (!best) return null;
      return {
        x: rect.left + best.x,
        y: rect.top + best.y,
        half,
        shared: Number(edge.data('shared')),
        id: edge.id(),
      };
    },
    [A, B],
  );
  expect(target, `an edge ${A} – ${B} with a clear point`).not.toBeNull();
  expect(target!.shared).toBe(15);

  await page.mouse.move(target!.x - 40, target!.y - 40);
  await page.mouse.move(target!.x, target!.y, { steps: 4 });
  const tooltip = page.getByTestId('graph-tooltip');
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toContainText(A);
  await expect(tooltip).toContainText(B);
  await expect(tooltip).toContainText('15');
  await expect
    .poll(() =>
      page.evaluate(
        (id) => window.__klyngekart!.cy.getElementById(id).hasClass('hovered'),
        target!.id,
      ),
    )
    .toBe(true);

  await page.mouse.click(target!.x, target!.y);
  const details = page.getByTestId('overlap-details');
  await expect(details.locator('h3')).toContainText(A);
  await expect(details.locator('h3')).toContainText(B);
  await expect(details.getByTestId('overlap-shared')).toHaveText('15');
  await expect(details.getByTestId('member-list').locator('tbody tr')).toHaveCount(15);
});

test('node positions stay when the threshold changes', async ({ page }) => {
  await openApp(page, DEFAULT_FACTS.clusters);
  const before = await positions(page);
  const hiddenBefore = await page.evaluate(() => window.__klyngekart!.cy.edges('.hidden').length);
  await page.getByRole('slider').first().fill('5');
  await expect
    .poll(() => page.evaluate(() => window.__klyngekart!.cy.edges('.hidden').length))
    .toBeGreaterThan(hiddenBefore);
  const after = await positions(page);
  expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
  for (const [id, p] of Object.entries(before)) {
    expect(after[id]!.x, id).toBeCloseTo(p.x, 6);
    expect(after[id]!.y, id).toBeCloseTo(p.y, 6);
  }
});
