/**
 * What the county map draws and ranks, from the matrix, pure: one link per pair of units with
 * any linked pairs (both directions are the same pairs; lift is symmetric too), its value under
 * the measure, hidden when under the threshold, and the ranking of one unit's links.
 *
 * Per member is the one measure with a direction: a link touching the selected unit is read
 * from that unit; any other link shows its stronger direction (and says which).
 */
import type { CountyLinkMatrix } from '../../domain/graph/county-links';
import { type CountyMeasure, measureValue } from '../../domain/graph/county-measure';

export interface MapLink {
  /** Unit indices in the scheme; `a` < `b`. */
  readonly a: number;
  readonly b: number;
  /** The direction the value is read in (for per member; else a -> b). */
  readonly from: number;
  readonly to: number;
  readonly value: number;
  readonly pairs: number;
}

/** A stable key for a link: the two unit ids in scheme order. */
export const linkKey = (matrix: CountyLinkMatrix, a: number, b: number): string =>
  `${matrix.units[Math.min(a, b)]!.id}|${matrix.units[Math.max(a, b)]!.id}`;

/** Every link between two different units with linked pairs, strongest first. */
export function mapLinks(
  matrix: CountyLinkMatrix,
  measure: CountyMeasure,
  selected: number,
): MapLink[] {
  const links: MapLink[] = [];
  const k = matrix.units.length;
  for (let a = 0; a < k; a++)
    for (let b = a + 1; b < k; b++) {
      const pairs = matrix.pairs[a]![b]!;
      if (pairs <= 0) continue;
      let from = a;
      let to = b;
      if (measure === 'perMember') {
        if (selected === b) [from, to] = [b, a];
        else if (selected !== a && matrix.perMember[b]![a]! > matrix.perMember[a]![b]!)
          [from, to] = [b, a];
      }
      const value = measureValue(matrix, measure, from, to);
      if (value === null || value <= 0) continue;
      links.push({ a, b, from, to, value, pairs });
    }
  return links.sort((x, y) => y.value - x.value || x.a - y.a || x.b - y.b);
}

/** The links the threshold leaves shown, and how many it hides. */
export function shownLinks(
  links: readonly MapLink[],
  min: number,
): { shown: MapLink[]; hidden: number } {
  const shown = links.filter((l) => l.value >= min);
  return { shown, hidden: links.length - shown.length };
}

/** Stroke width in SVG units: 0.75 to 7 in proportion to the value, against the strongest link. */
export function linkWidth(value: number, max: number): number {
  return max > 0 ? 0.75 + (6.25 * value) / max : 0.75;
}

export interface RankedLink {
  readonly to: number;
  readonly value: number;
  readonly pairs: number;
}

/**
 * The links of unit `from` to every other unit with linked pairs, by the measure (per member
 * read from `from`), strongest first, then in scheme order; and its links within itself.
 */
export function rankLinks(
  matrix: CountyLinkMatrix,
  measure: CountyMeasure,
  from: number,
): { ranked: RankedLink[]; within: RankedLink | null } {
  const ranked: RankedLink[] = [];
  matrix.units.forEach((_, to) => {
    const pairs = matrix.pairs[from]![to]!;
    if (to === from || pairs <= 0) return;
    ranked.push({ to, pairs, value: measureValue(matrix, measure, from, to) ?? 0 });
  });
  ranked.sort((x, y) => y.value - x.value || x.to - y.to);
  const selfPairs = matrix.pairs[from]![from]!;
  const within =
    selfPairs > 0
      ? { to: from, pairs: selfPairs, value: measureValue(matrix, measure, from, from) ?? 0 }
      : null;
  return { ranked, within };
}

/** The largest value of the measure between different units (for the slider's range). */
export const maxLinkValue = (links: readonly MapLink[]): number =>
  links.reduce((m, l) => Math.max(m, l.value), 0);
