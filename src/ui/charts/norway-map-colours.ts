/**
 * The county map's colours: a sequential scale for members per unit (ColorBrewer YlGnBu, 7
 * classes: colour-blind safe and readable in grey), taken on a square-root scale so that Oslo's
 * many members do not wash every other county out to the lightest step.
 */

const YLGNBU = ['#ffffcc', '#c7e9b4', '#7fcdbb', '#41b6c4', '#1d91c0', '#225ea8', '#0c2c84'];

/** The colour for a share in [0, 1] (linear between the seven steps). */
export function sequentialColour(share: number): string {
  const t = Math.min(1, Math.max(0, Number.isFinite(share) ? share : 0)) * (YLGNBU.length - 1);
  const i = Math.min(YLGNBU.length - 2, Math.floor(t));
  return mix(YLGNBU[i]!, YLGNBU[i + 1]!, t - i);
}

/** A unit with no members: a neutral grey, apart from the scale. */
export const NO_MEMBERS_COLOUR = '#e5e5e5';

/** The scale position of `value` on 0..max (square root), 0 when max is 0. */
export const memberShare = (value: number, max: number): number =>
  max > 0 ? Math.sqrt(Math.max(0, value) / max) : 0;

/** The fill for a unit's member count. */
export const memberColour = (value: number, max: number): string =>
  value > 0 ? sequentialColour(memberShare(value, max)) : NO_MEMBERS_COLOUR;

/** Dark text on light steps, white on the dark ones. */
export const textColourOn = (share: number): string => (share > 0.6 ? '#ffffff' : '#1a1a1a');

function mix(a: string, b: string, t: number): string {
  const channel = (hex: string, at: number) => parseInt(hex.slice(at, at + 2), 16);
  const out = [1, 3, 5].map((at) =>
    Math.round(channel(a, at) + (channel(b, at) - channel(a, at)) * t)
      .toString(16)
      .padStart(2, '0'),
  );
  return `#${out.join('')}`;
}
