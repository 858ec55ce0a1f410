/**
 * The measures a county-link view can show, read off one CountyLinkMatrix cell: ordered linked
 * pairs, linked members per member (the report's fig. 3-5; read from the row's unit), and lift
 * (pairs over the count expected at random; null where nothing is expected).
 */
import type { CountyLinkMatrix } from './county-links';

export type CountyMeasure = 'perMember' | 'pairs' | 'lift';

export const COUNTY_MEASURES: readonly CountyMeasure[] = ['perMember', 'pairs', 'lift'];

export const DEFAULT_COUNTY_MEASURE: CountyMeasure = 'perMember';

export function isCountyMeasure(value: string): value is CountyMeasure {
  return (COUNTY_MEASURES as readonly string[]).includes(value);
}

/** The cell from unit `a` to unit `b` (indices in the scheme's order) under a measure. */
export function measureValue(
  matrix: CountyLinkMatrix,
  measure: CountyMeasure,
  a: number,
  b: number,
): number | null {
  switch (measure) {
    case 'pairs':
      return matrix.pairs[a]![b]!;
    case 'perMember':
      return matrix.perMember[a]![b]!;
    case 'lift':
      return matrix.lift[a]![b]!;
  }
}
