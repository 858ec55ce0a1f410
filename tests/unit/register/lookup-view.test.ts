/**
 * The register panel's view model: which numbers it offers to send, how many unplaced
 * organisations the answers place, failures in the user's words, and the results table order.
 */
import { describe, expect, it } from 'vitest';
import type { Placement } from '../../../src/domain/geo/types';
import type { RegisterEntry } from '../../../src/domain/membership/register';
import type { OrgId, Organisation } from '../../../src/domain/membership/types';
import {
  failureText,
  lookupTargets,
  municipalityLabel,
  placedBy,
  resultRows,
} from '../../../src/features/register/lookup-view';
import { translator } from '../../../src/ui/i18n/I18nProvider';

const unknown: Placement = { kind: 'unknown', reason: { code: 'place.nothing' } };
const oslo: Placement = { kind: 'county', county: '03', via: 'municipality-name' };

function org(id: string, extra: Partial<Organisation> = {}): Organisation {
  return {
    id: id as OrgId,
    name: `Org ${id}`,
    aliases: [],
    placement: unknown,
    sources: [],
    ...extra,
  };
}

const entry = (orgNumber: string, extra: Partial<RegisterEntry> = {}): RegisterEntry => ({
  orgNumber,
  name: `REG ${orgNumber}`,
  ...extra,
});

describe('lookupTargets', () => {
  it('offers each number without an entry once, and counts the unplaced among them', () => {
    const targets = lookupTargets([
      org('a', { orgNumber: '923609016' }),
      org('b', { orgNumber: '982463718', placement: oslo }),
      org('c', { orgNumber: '943753709', register: entry('943753709') }),
      org('d'),
      org('e', { orgNumber: '923609016' }),
    ]);
    expect(targets).toEqual({ numbers: ['923609016', '982463718'], unplaced: 1, withNumber: 4 });
  });
});

describe('placedBy', () => {
  it('counts unplaced organisations whose entry gives a place', () => {
    const orgs = [
      org('a', { orgNumber: '923609016' }),
      org('b', { orgNumber: '982463718', placement: oslo }),
      org('c', { orgNumber: '943753709' }),
      org('d', { orgNumber: '911111111' }),
    ];
    const entries = [
      entry('923609016', { municipalityNumber: '4601' }),
      entry('982463718', { municipalityNumber: '5001' }), // already placed by the lists
      entry('943753709'), // no address: no place
      entry('911111111', { countryCode: 'SE' }), // abroad is a place
    ];
    expect(placedBy(orgs, entries)).toBe(2);
  });
});

describe('failureText', () => {
  const nb = translator('nb');
  const en = translator('en');
  it.each([
    [
      { kind: 'http', status: 503 } as const,
      3,
      'Enhetsregisteret svarte 503 for 3 numre; prøv igjen senere.',
    ],
    [
      { kind: 'http', status: 500 } as const,
      1,
      'Enhetsregisteret svarte 500 for 1 nummer; prøv igjen senere.',
    ],
    [
      { kind: 'timeout', seconds: 30 } as const,
      2,
      'Enhetsregisteret svarte ikke innen 30 sekunder for 2 numre; prøv igjen senere.',
    ],
  ])('%o for %i numbers', (reason, n, text) => {
    expect(failureText(nb, reason, n)).toBe(text);
  });
  it('every cause has words in both languages', () => {
    for (const reason of [
      { kind: 'http', status: 429 },
      { kind: 'network', message: 'x' },
      { kind: 'timeout', seconds: 1 },
      { kind: 'bad-response', message: 'x' },
    ] as const) {
      for (const t of [nb, en]) expect(failureText(t, reason, 1200)).toMatch(/1\s200/);
    }
  });
});

describe('resultRows', () => {
  it('lists organisations with an entry, those the register placed first', () => {
    const rows = resultRows([
      org('a', { orgNumber: '923609016', register: entry('923609016'), placement: oslo }),
      org('b'),
      org('c', {
        orgNumber: '982463718',
        register: entry('982463718', { municipalityNumber: '4601' }),
        placement: { kind: 'county', county: '46', municipality: '4601', via: 'register' },
      }),
    ]);
    expect(rows.map((r) => r.org.id)).toEqual(['c', 'a']);
    expect(rows[0]!.municipality).toBe('Bergen (4601)');
  });

  it('names the municipality, or the country abroad', () => {
    expect(municipalityLabel(entry('1', { municipalityNumber: '0301' }))).toBe('Oslo (0301)');
    expect(municipalityLabel(entry('1', { municipalityNumber: '9999' }))).toBe('9999');
    expect(municipalityLabel(entry('1', { countryCode: 'SE' }))).toBe('SE');
    expect(municipalityLabel(entry('1'))).toBe('');
  });
});
