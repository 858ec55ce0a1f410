/**
 * Resolution on many rows of few organisations, the shape that made it quadratic (a copy of an
 * organisation's rows per row): groups and their row order are right at 120 000 rows, and the
 * rows of each group come back frozen, since they are built by pushing and frozen at the end.
 */
import { describe, expect, it } from 'vitest';

import type { MemberRow } from '../../../src/domain/membership/member-rows';
import { resolveOrganisations } from '../../../src/domain/membership/resolve';

function row(i: number, name: string, orgNumber?: string): MemberRow {
  return {
    source: { file: 'liste.csv', row: i + 2 },
    name,
    hasName: true,
    clusters: [`Klynge ${i % 7}`],
    placement: { kind: 'unknown', reason: { code: 'place.nothing' } },
    warnings: [],
    ...(orgNumber ? { orgNumber } : {}),
  } as MemberRow;
}

/** Valid organisation numbers (MOD11) for the tests. */
const NUMBERS = ['923609016', '974760673', '971524960', '982463718'];

describe('resolveOrganisations on many rows', () => {
  it.each([
    ['one organisation by number', 120_000, 1, true],
    ['four organisations by number', 120_000, 4, true],
    ['one organisation by name', 120_000, 1, false],
    ['three organisations by name', 90_000, 3, false],
  ])('%s: %i rows', (_, count, orgs, byNumber) => {
    const rows = Array.from({ length: count }, (_, i) =>
      row(i, `Bedrift ${i % orgs} AS`, byNumber ? NUMBERS[i % orgs] : undefined),
    );
    const { groups, ambiguous } = resolveOrganisations(rows);
    expect(ambiguous).toEqual([]);
    expect(groups).toHaveLength(orgs);
    groups.forEach((group, g) => {
      expect(group.rows).toHaveLength(count / orgs);
      expect(group.rows[0]).toBe(rows[g]);
      expect(group.rows.every((r, k) => r === rows[g + k * orgs])).toBe(true);
      expect(Object.isFrozen(group.rows)).toBe(true);
    });
  });

  it('joins rows without a number to the one numbered organisation of their name, in row order', () => {
    const rows = [
      row(0, 'Nordlys AS'),
      row(1, 'Nordlys AS', NUMBERS[0]),
      row(2, 'Sørlys AS'),
      row(3, 'Nordlys', undefined),
      row(4, 'Fjordvik AS', NUMBERS[1]),
      row(5, 'Fjordvik AS', NUMBERS[2]),
      row(6, 'Fjordvik AS'),
    ];
    const { groups, ambiguous } = resolveOrganisations(rows);
    expect(groups.map((g) => [g.id, g.rows.map((r) => r.source.row)])).toEqual([
      [`nr:${NUMBERS[0]}`, [2, 3, 5]],
      ['navn:sørlys', [4]],
      [`nr:${NUMBERS[1]}`, [6]],
      [`nr:${NUMBERS[2]}`, [7]],
      ['navn?:fjordvik', [8]],
    ]);
    expect(ambiguous.map((a) => [a.row.source.row, a.numbers])).toEqual([
      [8, [NUMBERS[1], NUMBERS[2]]],
    ]);
  });
});
