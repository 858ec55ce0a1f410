/**
 * The county-link matrix (graph/county-links.ts) as the analysis document carries it: rows and
 * columns keyed by unit name, in the scheme's display order.
 */
import { computeCountyLinkMatrix, type CountyLinkOptions } from '../graph/county-links';
import type { MembershipIndex } from '../graph/membership-index';
import type { CountyLinks } from './types';

export function countyLinksByName(
  index: MembershipIndex,
  options: CountyLinkOptions = {},
): CountyLinks {
  const matrix = computeCountyLinkMatrix(index, options);
  const names = matrix.units.map((u) => u.name);
  const byName = <T>(rows: readonly (readonly T[])[]) =>
    Object.fromEntries(
      names.map((from, i) => [from, Object.fromEntries(names.map((to, j) => [to, rows[i]![j]!]))]),
    ) as Record<string, Record<string, T>>;
  return {
    scheme: matrix.scheme,
    counties: names,
    members: Object.fromEntries(names.map((name, i) => [name, matrix.members[i]!])),
    perMember: byName(matrix.perMember),
    pairs: byName(matrix.pairs),
    lift: byName(matrix.lift),
    unplaced: matrix.unplaced,
  };
}
