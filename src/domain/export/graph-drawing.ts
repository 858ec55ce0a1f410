/**
 * A node-link drawing as SVG markup, from positions and sizes read off a graph canvas: lines for
 * edges (drawn first, so nodes sit on top), circles for nodes, and labels as SVG `<text>` with
 * escaped content (xml-text.ts). The box is fitted around everything with a margin. This is how
 * the cytoscape map becomes an SVG without a plugin (cytoscape-svg is GPL-3.0).
 */
import type { Drawing } from './chart-frame';
import { xmlText } from './xml-text';

export interface DrawnNode {
  readonly x: number;
  readonly y: number;
  readonly diameter: number;
  readonly label: string;
  readonly fill: string;
  readonly stroke?: string;
  readonly strokeWidth?: number;
}

export interface DrawnEdge {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
  readonly width: number;
  readonly colour: string;
  readonly opacity?: number;
  readonly label?: string;
}

const FONT_SIZE = 12;
const MARGIN = 24;
const num = (n: number) => (Number.isFinite(n) ? String(Math.round(n * 100) / 100) : '0');

export function graphDrawing(nodes: readonly DrawnNode[], edges: readonly DrawnEdge[]): Drawing {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const n of nodes) {
    const r = n.diameter / 2;
    // Labels sit under the node; leave room for their width (roughly) and height.
    const half = Math.max(r, (n.label.length * FONT_SIZE * 0.55) / 2);
    minX = Math.min(minX, n.x - half);
    maxX = Math.max(maxX, n.x + half);
    minY = Math.min(minY, n.y - r);
    maxY = Math.max(maxY, n.y + r + FONT_SIZE * 1.6);
  }
  if (!Number.isFinite(minX)) {
    minX = 0;
    minY = 0;
    maxX = 100;
    maxY = 100;
  }
  const dx = MARGIN - minX;
  const dy = MARGIN - minY;
  const lines = edges.map(
    (e) =>
      `<line x1="${num(e.x1 + dx)}" y1="${num(e.y1 + dy)}" x2="${num(e.x2 + dx)}" y2="${num(e.y2 + dy)}" stroke="${xmlText(e.colour)}" stroke-width="${num(e.width)}" stroke-opacity="${num(e.opacity ?? 1)}" stroke-linecap="round"/>`,
  );
  const edgeLabels = edges
    .filter((e) => e.label)
    .map(
      (e) =>
        `<text x="${num((e.x1 + e.x2) / 2 + dx)}" y="${num((e.y1 + e.y2) / 2 + dy)}" font-size="${FONT_SIZE - 2}" text-anchor="middle" fill="#52606d">${xmlText(e.label!)}</text>`,
    );
  const circles = nodes.map(
    (n) =>
      `<circle cx="${num(n.x + dx)}" cy="${num(n.y + dy)}" r="${num(n.diameter / 2)}" fill="${xmlText(n.fill)}" stroke="${xmlText(n.stroke ?? '#ffffff')}" stroke-width="${num(n.strokeWidth ?? 1)}"/>`,
  );
  const labels = nodes.map(
    (n) =>
      `<text x="${num(n.x + dx)}" y="${num(n.y + dy + n.diameter / 2 + FONT_SIZE * 1.2)}" font-size="${FONT_SIZE}" text-anchor="middle">${xmlText(n.label)}</text>`,
  );
  return {
    markup: `<g class="edges">${lines.join('')}${edgeLabels.join('')}</g><g class="nodes">${circles.join('')}</g><g class="labels">${labels.join('')}</g>`,
    width: Math.round(maxX - minX + 2 * MARGIN),
    height: Math.round(maxY - minY + 2 * MARGIN),
  };
}
