/**
 * Colour scales that colour-blind readers can tell apart: a sequential scale (light yellow to
 * dark blue, after ColorBrewer's YlGnBu) for counts, and a diverging one around 1 (orange below,
 * white at 1, purple above, after ColorBrewer's PuOr) for lift, taken on a log scale so 0,5 and
 * 2 sit equally far from 1. Each returns a CSS colour; `inkOn` picks black or white text for it.
 */

type Rgb = readonly [number, number, number];

const SEQUENTIAL: readonly Rgb[] = [
  [255, 255, 217],
  [199, 233, 180],
  [65, 182, 196],
  [34, 94, 168],
  [8, 29, 88],
];

const DIVERGING: readonly Rgb[] = [
  [179, 88, 6],
  [253, 184, 99],
  [247, 247, 247],
  [178, 171, 210],
  [84, 39, 136],
];

function ramp(stops: readonly Rgb[], t: number): Rgb {
  const x = Math.min(1, Math.max(0, Number.isFinite(t) ? t : 0)) * (stops.length - 1);
  const i = Math.min(stops.length - 2, Math.floor(x));
  const f = x - i;
  const [a, b] = [stops[i]!, stops[i + 1]!];
  return [0, 1, 2].map((k) => Math.round(a[k]! + (b[k]! - a[k]!) * f)) as unknown as Rgb;
}

const css = ([r, g, b]: Rgb) => `rgb(${r}, ${g}, ${b})`;

/** value in [0, max] -> colour; 0 is the lightest. */
export function sequentialColor(value: number, max: number): string {
  return css(ramp(SEQUENTIAL, max > 0 ? value / max : 0));
}

/** lift -> colour, 1 white; `spread` is the largest |log lift| shown (at least log 2). */
export function divergingColor(lift: number, spread: number): string {
  const s = Math.max(Math.log(2), spread);
  const t = lift > 0 ? Math.log(lift) / s : -1;
  return css(ramp(DIVERGING, (t + 1) / 2));
}

/** The largest |log lift| among the values (0 and null ignored). */
export function liftSpread(values: readonly (number | null)[]): number {
  let spread = 0;
  for (const v of values) if (v !== null && v > 0) spread = Math.max(spread, Math.abs(Math.log(v)));
  return spread;
}

/**
 * Black or white text, whichever has the higher contrast ratio on the colour (WCAG 2 relative
 * luminance): the better of the two is always at least 4.58:1, so every cell text passes AA.
 */
export function inkOn(color: string): string {
  const m = /rgb\((\d+), (\d+), (\d+)\)/.exec(color);
  if (!m) return '#000';
  const [r, g, b] = [m[1], m[2], m[3]].map((c) => {
    const v = Number(c) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const onBlack = (luminance + 0.05) / 0.05;
  const onWhite = 1.05 / (luminance + 0.05);
  return onBlack >= onWhite ? '#000' : '#fff';
}

/** Categorical colours for stacked bars (Okabe–Ito, safe for the common colour blindnesses). */
export const CATEGORICAL: readonly string[] = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#56B4E9',
  '#D55E00',
  '#F0E442',
  '#000000',
  '#999999',
];

export const categoryColor = (i: number): string =>
  i < CATEGORICAL.length ? CATEGORICAL[i]! : `hsl(${(i * 47) % 360}, 45%, ${40 + (i % 3) * 12}%)`;
