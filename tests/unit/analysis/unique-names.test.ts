/** The unique-name rule of the analysis document, case by case. */
import { describe, expect, it } from 'vitest';

import { uniqueNames } from '../../../src/domain/analysis/unique-names';

type Rec = { id: string; name: string; orgNumber?: string };

describe('uniqueNames', () => {
  it.each<[string, Rec[], string[]]>([
    [
      'distinct names stay as they are',
      [
        { id: '1', name: 'Sintef' },
        { id: '2', name: 'NTNU' },
      ],
      ['Sintef', 'NTNU'],
    ],
    [
      'a later namesake gets its organisation number, grouped',
      [
        { id: '1', name: 'Sintef', orgNumber: '948007029' },
        { id: '2', name: 'Sintef', orgNumber: '923609016' },
      ],
      ['Sintef', 'Sintef (923 609 016)'],
    ],
    [
      'without a number, a counter from 2',
      [
        { id: '1', name: 'Acme' },
        { id: '2', name: 'Acme' },
        { id: '3', name: 'Acme' },
      ],
      ['Acme', 'Acme (2)', 'Acme (3)'],
    ],
    [
      'a counter skips a name a later record holds',
      [
        { id: '1', name: 'Acme' },
        { id: '2', name: 'Acme' },
        { id: '3', name: 'Acme (2)' },
      ],
      ['Acme', 'Acme (3)', 'Acme (2)'],
    ],
    [
      'names compare after trimming, but case is kept apart',
      [
        { id: '1', name: 'Acme ' },
        { id: '2', name: 'Acme' },
        { id: '3', name: 'ACME' },
      ],
      ['Acme', 'Acme (2)', 'ACME'],
    ],
    [
      'a repeated id keeps its first name and takes no second',
      [
        { id: '1', name: 'Acme' },
        { id: '1', name: 'Other' },
        { id: '2', name: 'Acme' },
      ],
      ['Acme', 'Acme (2)'],
    ],
  ])('%s', (_title, records, expected) => {
    const names = uniqueNames(records);
    expect([...names.values()]).toEqual(expected);
    expect(new Set(names.values()).size).toBe(names.size);
  });
});
