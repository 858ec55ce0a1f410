/**
 * Charts and maps on screen as image files: an SVG chart element or a cytoscape canvas becomes a
 * Drawing (domain/export/chart-frame.ts), framed with a title, the legend and the source line,
 * and produced as an SVG file or a PNG at presentation resolution (1920 px wide at 2x). Producing
 * is apart from delivering (deliver.ts). The cytoscape SVG is drawn from the canvas's positions
 * and styles (graph-drawing.ts: no GPL plugin); its PNG is cytoscape's own `cy.png`, painted into
 * the framed page. Nothing here leaves the page: images are made from blob: and data: URLs.
 */
import type { Core } from 'cytoscape';
import {
  type Drawing,
  type FramedImage,
  type FrameText,
  frameDrawing,
  PIXEL_RATIO,
} from '../../domain/export/chart-frame';
import { type DrawnEdge, type DrawnNode, graphDrawing } from '../../domain/export/graph-drawing';

/** What a chart export draws: an SVG element on the page, or a graph canvas. */
export type ChartTarget =
  | { readonly kind: 'svg'; readonly element: SVGSVGElement }
  | { readonly kind: 'cy'; readonly cy: Core };

const px = (value: unknown, fallback = 0): number => {
  const n = Number.parseFloat(String(value));
  return Number.isFinite(n) ? n : fallback;
};

/** The visible nodes and edges of a cytoscape instance, as drawn (model coordinates). */
export function cyDrawing(cy: Core): Drawing {
  const nodes: DrawnNode[] = cy.nodes(':visible').map((n) => ({
    x: n.position('x'),
    y: n.position('y'),
    diameter: n.width(),
    label: String(n.style('label') ?? ''),
    fill: String(n.style('background-color')),
    stroke: String(n.style('border-color')),
    strokeWidth: px(n.style('border-width'), 1),
  }));
  const edges: DrawnEdge[] = cy.edges(':visible').map((e) => {
    const label = String(e.style('label') ?? '');
    return {
      x1: e.source().position('x'),
      y1: e.source().position('y'),
      x2: e.target().position('x'),
      y2: e.target().position('y'),
      width: px(e.style('width'), 1),
      colour: String(e.style('line-color')),
      opacity: px(e.style('opacity'), 1),
      ...(label ? { label } : {}),
    };
  });
  return graphDrawing(nodes, edges);
}

/** Properties copied from the page's CSS onto the exported SVG, which has no stylesheet. */
const STYLE_PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'opacity',
  'font-size',
  'font-weight',
  'font-family',
  'text-anchor',
  'dominant-baseline',
  'visibility',
] as const;

/** An SVG chart on the page as a Drawing: a copy with the computed styles written inline. */
export function svgDrawing(element: SVGSVGElement): Drawing {
  const copy = element.cloneNode(true) as SVGSVGElement;
  const from = [element, ...element.querySelectorAll('*')];
  const to = [copy, ...copy.querySelectorAll('*')];
  from.forEach((source, i) => {
    const target = to[i];
    if (!(target instanceof Element)) return;
    const style = getComputedStyle(source);
    const inline = STYLE_PROPS.map((p) => `${p}:${style.getPropertyValue(p)}`).join(';');
    target.setAttribute('style', inline);
  });
  const box = element.viewBox.baseVal;
  const rect = element.getBoundingClientRect();
  const width = box && box.width > 0 ? box.width : rect.width || 800;
  const height = box && box.height > 0 ? box.height : rect.height || 600;
  const serialiser = new XMLSerializer();
  const markup = [...copy.childNodes].map((n) => serialiser.serializeToString(n)).join('');
  return {
    markup:
      box && box.width > 0 ? `<g transform="translate(${-box.x} ${-box.y})">${markup}</g>` : markup,
    width,
    height,
  };
}

export function chartSvg(target: ChartTarget, words: FrameText): FramedImage {
  const drawing = target.kind === 'cy' ? cyDrawing(target.cy) : svgDrawing(target.element);
  return frameDrawing(drawing, words);
}

export function svgBlob(framed: FramedImage): Blob {
  return new Blob([framed.svg], { type: 'image/svg+xml;charset=utf-8' });
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('chart-image: the browser could not draw the image'));
    image.src = url;
  });
}

async function paint(framed: FramedImage, raster?: { readonly url: string }): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = framed.width * PIXEL_RATIO;
  canvas.height = framed.height * PIXEL_RATIO;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('chart-image: no 2D canvas in this browser');
  context.scale(PIXEL_RATIO, PIXEL_RATIO);
  const url = URL.createObjectURL(svgBlob(framed));
  try {
    context.drawImage(await loadImage(url), 0, 0, framed.width, framed.height);
  } finally {
    URL.revokeObjectURL(url);
  }
  if (raster) {
    const image = await loadImage(raster.url);
    const { box } = framed;
    const fit = Math.min(box.width / image.width, box.height / image.height);
    const w = image.width * fit;
    const h = image.height * fit;
    context.drawImage(image, box.x + (box.width - w) / 2, box.y + (box.height - h) / 2, w, h);
  }
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('chart-image: PNG encoding failed'))),
      'image/png',
    ),
  );
}

/**
 * The chart as a PNG, 1920 x 2 px wide. A cytoscape canvas is rendered by cytoscape itself
 * (`cy.png`, the whole graph, scaled to fill the frame at the pixel ratio) onto a frame whose
 * drawing area is left blank; an SVG chart is rasterised with its frame.
 */
export async function chartPng(target: ChartTarget, words: FrameText): Promise<Blob> {
  if (target.kind === 'svg') return paint(chartSvg(target, words));
  const cy = target.cy;
  const bounds = cy.elements(':visible').boundingBox({});
  const aspect = bounds.w > 0 && bounds.h > 0 ? bounds.h / bounds.w : 0.6;
  const blank: Drawing = { markup: '', width: 1000, height: Math.round(1000 * aspect) };
  const framed = frameDrawing(blank, words);
  const scale = bounds.w > 0 ? (framed.box.width * PIXEL_RATIO) / bounds.w : PIXEL_RATIO;
  const url = cy.png({ full: true, scale, bg: '#ffffff', output: 'base64uri' });
  return paint(framed, { url });
}
