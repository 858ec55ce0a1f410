import { describe, expect, it } from 'vitest';
import {
  pickFor,
  STATE_TABLE,
  stateKeysIn,
  type StateHome,
  type StateKey,
} from '../../../src/state/persistence/state-table';

describe('the state table', () => {
  it('never puts text from the user files into a link or a saved view', () => {
    for (const [key, row] of Object.entries(STATE_TABLE)) {
      if (row.private) expect([key, row.url, row.savedView]).toEqual([key, false, false]);
    }
  });

  it.each<[StateHome, StateKey[]]>([
    [
      'url',
      [
        'view',
        'selection',
        'minShared',
        'orgSort',
        'partnerMode',
        'viewFilters',
        'measure',
        'overlapMeasure',
        'minRatio',
        'mapLayout',
        'ringsBy',
        'colourBy',
        'sizeBy',
        'allOrgs',
        'scheme',
        'countyMapMin',
        'rowSort',
        'columnSort',
        'matrixRows',
        'whereScheme',
        'whereMode',
        'typeMode',
        'language',
        'anonymised',
        'minGroup',
      ],
    ],
    ['localStorage', ['language']],
    [
      'workspace',
      [
        'files',
        'mappings',
        'mappingOrigins',
        'decisions',
        'placements',
        'register',
        'mappingMemory',
        'savedViews',
      ],
    ],
  ])('%s holds %j', (home, keys) => {
    expect(stateKeysIn(home)).toEqual(keys);
  });

  it.each<[string, StateKey, boolean]>([
    ['hover lives in memory only', 'hover', false],
    ['the selection goes into a saved view', 'selection', true],
    ['the language does not (it is the reader’s)', 'language', false],
  ])('%s', (_, key, saved) => {
    expect(STATE_TABLE[key].savedView).toBe(saved);
  });

  it('picks only the fields a home keeps', () => {
    expect(pickFor('url', { view: 'kart', hover: 'x', files: ['a.csv'], minShared: 3 })).toEqual({
      view: 'kart',
      minShared: 3,
    });
    expect(pickFor('localStorage', { view: 'kart', language: 'en' })).toEqual({ language: 'en' });
  });
});
