import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/domain/membership/build-dataset';
import { read, table } from './table-helpers';

describe('placements by hand and from the register', () => {
  const reads = [
    read(
      table(
        'A.csv',
        ['Navn', 'Org.nr.', 'Fylke'],
        [
          ['Viken Bygg AS', '923609016', 'Viken'],
          ['Ukjent AS', '982463718', ''],
          ['Oslo AS', '943753709', 'Oslo'],
        ],
      ),
    ),
  ];

  it('leaves Viken ambiguous and the empty one unknown', () => {
    const [viken, unknown] = buildDataset(reads).organisations;
    expect(viken!.placement.kind).toBe('ambiguous');
    expect(unknown!.placement.kind).toBe('unknown');
  });

  it('places by hand, winning over the list', () => {
    const base = buildDataset(reads);
    const [viken, , oslo] = base.organisations;
    const placed = buildDataset(reads, {
      placements: {
        [viken!.id]: { kind: 'county', county: '32', via: 'manual' },
        [oslo!.id]: { kind: 'abroad', via: 'manual' },
      },
    });
    expect(placed.organisations[0]!.placement).toEqual({
      kind: 'county',
      county: '32',
      via: 'manual',
    });
    expect(placed.organisations[2]!.placement.kind).toBe('abroad');
  });

  it('places from the register only what the lists left open', () => {
    const register = {
      '982463718': {
        orgNumber: '982463718',
        name: 'UKJENT AS',
        municipalityNumber: '4601',
        naceCode: '62.010',
      },
      '943753709': { orgNumber: '943753709', name: 'OSLO AS', municipalityNumber: '5001' },
      '923609016': { orgNumber: '923609016', name: 'VIKEN BYGG AS', countryCode: 'SE' },
    };
    const [viken, unknown, oslo] = buildDataset(reads, { register }).organisations;
    expect(unknown!.placement).toEqual({
      kind: 'county',
      county: '46',
      municipality: '4601',
      via: 'register',
    });
    expect(unknown!.register?.naceCode).toBe('62.010');
    expect(oslo!.placement).toMatchObject({ kind: 'county', county: '03' });
    expect(viken!.placement).toEqual({ kind: 'abroad', via: 'register' });
  });
});
