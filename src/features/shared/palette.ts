/**
 * Colours for data: viridis (sequential, perceptually even, readable by the colour-blind and in
 * grey) for numbers, Okabe–Ito (eight hues told apart under the common colour-vision
 * deficiencies) for categories, repeated beyond eight. Pure.
 */

/** Viridis at nine even stops (matplotlib's values). */
const VIRIDIS = [
  '#440154',
  '#472d7b',
  '#3b528b',
  '#2c728e',
  '#21918c',
  '#28ae80',
  '#5ec962',
  '#addc30',
  '#fde725',
];

export const CATEGORICAL = [
  '#E69F00',
  '#56B4E9',
  '#009E73',
  '#F0E442',
  '#0072B2',
  '#D55E00',
  '#CC79A7',
  '#000000',
];

export const MISSING_COLOUR = '#c8ced4';

const hex = (c: string) => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16));

/** t in [0, 1] (clamped) to a viridis colour, interpolated between stops. */
export function viridis(t: number): string {
  const x = Math.min(1, Math.max(0, Number.isFinite(t) ? t : 0)) * (VIRIDIS.length - 1);
  const i = Math.min(VIRIDIS.length - 2, Math.floor(x));
  const f = x - i;
  const a = hex(VIRIDIS[i]!);
  const b = hex(VIRIDIS[i + 1]!);
  return `#${a
    .map((v, k) =>
      Math.round(v + (b[k]! - v) * f)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

export const VIRIDIS_STOPS: readonly string[] = VIRIDIS;

/** The colour of the k-th category (in sorted order of the category values). */
export const categoryColour = (k: number): string => CATEGORICAL[k % CATEGORICAL.length]!;
