import { describe, expect, it } from 'vitest';
import { COUNTIES_2024 } from '../../../src/domain/geo/counties';
import type { OrgId } from '../../../src/domain/membership/types';
import {
  chooserOptions,
  filterUnplaced,
  manualPlacement,
  manualRows,
  suggestedCounties,
  unplacedRows,
} from '../../../src/features/places/unplaced';
import { indexOrganisations } from '../../../src/state/org-index';
import { idOf, sample } from '../review/sample';

const dataset = sample();
const rows = unplacedRows(dataset.organisations, indexOrganisations(dataset));
const viken = [idOf(dataset, 'Vikenbedriften AS'), idOf(dataset, 'Annen Vikenbedrift')];
const nowhere = [idOf(dataset, 'Stedløs AS'), idOf(dataset, 'Ukjentby Bygg')];

describe('unplacedRows', () => {
  it('lists unknown and ambiguous placements, the ambiguous ones first, by name', () => {
    expect(rows.map((r) => [r.org.name, r.placement.kind])).toEqual([
      ['Annen Vikenbedrift', 'ambiguous'],
      ['Vikenbedriften AS', 'ambiguous'],
      ['Stedløs AS', 'unknown'],
      ['Ukjentby Bygg', 'unknown'],
    ]);
    expect(rows[0]!.clusters).toEqual(['Sørklyngen']);
  });

  it('filters by name and number', () => {
    expect(filterUnplaced(rows, 'viken').map((r) => r.org.name)).toEqual([
      'Annen Vikenbedrift',
      'Vikenbedriften AS',
    ]);
    expect(filterUnplaced(rows, '  ')).toHaveLength(rows.length);
    expect(filterUnplaced(rows, '923')).toEqual([]);
  });
});

describe('the county chooser', () => {
  it.each<[string, OrgId[], string[]]>([
    ['two Viken organisations', viken, ['31', '32', '33']],
    ['one of them', viken.slice(0, 1), ['31', '32', '33']],
    ['only organisations with no hint', nowhere, []],
    ['nothing', [], []],
  ])('suggests for %s: %j', (_, selected, expected) => {
    expect(suggestedCounties(rows, new Set(selected))).toEqual(expected);
  });

  it('offers every 2024 county exactly once, the suggested ones first', () => {
    const options = chooserOptions(['32', '31']);
    const all = [...options.suggested, ...options.others];
    expect(all.slice(0, 2)).toEqual(['32', '31']);
    expect([...all].sort()).toEqual(COUNTIES_2024.map((c) => c.number).sort());
    expect(new Set(all).size).toBe(15);
  });
});

describe('placing by hand', () => {
  it('places the chosen organisations in the county and takes them off the list', () => {
    const placements = Object.fromEntries(viken.map((id) => [id, manualPlacement('32')]));
    const placed = sample({ placements });
    const after = unplacedRows(placed.organisations, indexOrganisations(placed));
    expect(after.map((r) => r.org.name)).toEqual(['Stedløs AS', 'Ukjentby Bygg']);
    for (const id of viken) {
      expect(placed.organisations.find((o) => o.id === id)!.placement).toEqual({
        kind: 'county',
        county: '32',
        via: 'manual',
      });
    }
  });

  it('places abroad', () => {
    expect(manualPlacement('abroad')).toEqual({ kind: 'abroad', via: 'manual' });
  });

  it('lists manual placements by name, ids no longer in the dataset last', () => {
    const byId = indexOrganisations(dataset).byId;
    const list = manualRows(
      {
        'navn:borte': manualPlacement('03'),
        [nowhere[1]!]: manualPlacement('abroad'),
        [nowhere[0]!]: manualPlacement('46'),
      },
      byId,
    );
    expect(list.map((r) => r.org?.name ?? r.id)).toEqual([
      'Stedløs AS',
      'Ukjentby Bygg',
      'navn:borte',
    ]);
  });
});
