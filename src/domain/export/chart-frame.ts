/**
 * A chart or map as a presentation image: the drawing (any SVG markup with its own coordinate
 * box) placed under a title and above the legend and the source line, on a white page of a
 * fixed width (1920 px, for slides). Pure string building, so the same frame serves the SVG
 * download, the PNG (the browser rasterises this SVG) and tests in Node. Every text is escaped
 * (xml-text.ts): a name from a file is text here, never markup.
 */
import { xmlText } from './xml-text';

export const FRAME_WIDTH = 1920;
/** The PNG is drawn at twice the frame's size (sharp on high-density screens and projectors). */
export const PIXEL_RATIO = 2;

const MARGIN = 48;
const TITLE_SIZE = 40;
const TEXT_SIZE = 22;
const LINE = 1.45;
const FONT = 'system-ui, -apple-system, Segoe UI, Roboto, Helvetica, Arial, sans-serif';
/** Roughly the characters of TEXT_SIZE text per line of the frame (wrapping is by words). */
const CHARS_PER_LINE = Math.floor((FRAME_WIDTH - 2 * MARGIN) / (TEXT_SIZE * 0.52));

export interface Drawing {
  /** SVG markup drawn in the box (0, 0, width, height); it is trusted (made by this app). */
  readonly markup: string;
  readonly width: number;
  readonly height: number;
}

export interface LegendItem {
  readonly text: string;
  /** A colour swatch before the text (a fill), if any. */
  readonly colour?: string;
}

export interface FrameText {
  readonly title: string;
  readonly legend: readonly LegendItem[];
  /** The source line(s): data, date, notes. */
  readonly source: readonly string[];
}

export interface FramedImage {
  readonly svg: string;
  readonly width: number;
  readonly height: number;
  /** Where the drawing sits in the frame (a raster drawing can be painted there instead). */
  readonly box: {
    readonly x: number;
    readonly y: number;
    readonly width: number;
    readonly height: number;
  };
}

/** Splits text into lines of at most `max` characters, at spaces (a longer word stays whole). */
export function wrapWords(text: string, max = CHARS_PER_LINE): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

const text = (x: number, y: number, size: number, body: string, extra = '') =>
  `<text x="${x}" y="${y}" font-size="${size}"${extra}>${xmlText(body)}</text>`;

export function frameDrawing(drawing: Drawing, words: FrameText): FramedImage {
  const inner = FRAME_WIDTH - 2 * MARGIN;
  const scale = drawing.width > 0 ? inner / drawing.width : 1;
  const drawnHeight = Math.max(1, Math.round(drawing.height * scale));
  const parts: string[] = [];
  let y = MARGIN + TITLE_SIZE;
  parts.push(text(MARGIN, y, TITLE_SIZE, words.title, ' font-weight="700"'));
  y += Math.round(TITLE_SIZE * 0.6);
  parts.push(
    `<svg x="${MARGIN}" y="${y}" width="${inner}" height="${drawnHeight}" viewBox="0 0 ${drawing.width} ${drawing.height}" preserveAspectRatio="xMidYMid meet">${drawing.markup}</svg>`,
  );
  const box = { x: MARGIN, y, width: inner, height: drawnHeight };
  y += drawnHeight + MARGIN;
  const step = Math.round(TEXT_SIZE * LINE);
  for (const item of words.legend) {
    const indent = item.colour ? TEXT_SIZE + 12 : 0;
    const lines = wrapWords(item.text, CHARS_PER_LINE - Math.ceil(indent / (TEXT_SIZE * 0.52)));
    if (item.colour) {
      parts.push(
        `<rect x="${MARGIN}" y="${y - TEXT_SIZE + 3}" width="${TEXT_SIZE}" height="${TEXT_SIZE}" fill="${xmlText(item.colour)}" stroke="#1f2933" stroke-width="1"/>`,
      );
    }
    for (const line of lines) {
      parts.push(text(MARGIN + indent, y, TEXT_SIZE, line, ' class="legend"'));
      y += step;
    }
  }
  y += Math.round(step / 2);
  for (const line of words.source.flatMap((s) => wrapWords(s))) {
    parts.push(text(MARGIN, y, TEXT_SIZE - 4, line, ' class="source" fill="#52606d"'));
    y += step;
  }
  const height = y + MARGIN - step + TEXT_SIZE;
  const svg =
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${FRAME_WIDTH}" height="${height}" viewBox="0 0 ${FRAME_WIDTH} ${height}" font-family="${FONT}" fill="#1f2933">` +
    `<title>${xmlText(words.title)}</title>` +
    `<rect width="100%" height="100%" fill="#ffffff"/>${parts.join('')}</svg>\n`;
  return { svg, width: FRAME_WIDTH, height, box };
}
