/**
 * The anonymised mode outside the page: cluster names hidden only when asked ("Klynge 2"), and
 * the import report CSV producer with pseudonyms, no organisation name or number in any cell.
 */
import { describe, expect, it } from 'vitest';
import { importReportCsv } from '../../../src/features/import/report-export';
import { displayNameOf } from '../../../src/state/display-name';
import type { LoadedData } from '../../../src/state/types';
import { built } from '../page/model-fixture';

const result = await built('anon-salt');
const { model, dataset } = result;
const data = {
  ...result,
  workspaceId: 'w',
  source: 'files',
  files: [],
  proposals: [],
  previews: [],
  reads: [],
} as unknown as LoadedData;
const alfa = [...model.clusters.values()].find((c) => c.name === 'Alfaklyngen')!;

describe('cluster names', () => {
  it.each([
    [false, false, 'Alfaklyngen'],
    [false, true, 'Alfaklyngen'],
    [true, false, 'Alfaklyngen'],
    [true, true, /^Klynge \d+$/],
  ] as const)('anonymised %s, hidden %s -> %s', (anonymised, hideClusterNames, want) => {
    const name = displayNameOf(model, { language: 'nb', anonymised, hideClusterNames });
    const text = name('cluster', alfa.id);
    if (typeof want === 'string') expect(text).toBe(want);
    else expect(text).toMatch(want);
  });
});

describe('import report CSV', () => {
  const csv = async (anonymised: boolean) =>
    (
      await importReportCsv.produce({
        data,
        language: 'nb',
        anonymised,
        displayName: displayNameOf(model, { language: 'nb', anonymised }),
      })
    ).text();

  it('names organisations as written when not anonymised', async () => {
    const text = await csv(false);
    expect(dataset.organisations.some((o) => text.includes(o.name))).toBe(true);
  });

  it('names none, and shows no number, when anonymised', async () => {
    const text = await csv(true);
    expect(text).toContain('Organisasjon ');
    for (const org of dataset.organisations) {
      expect(text).not.toContain(org.name);
      if (org.orgNumber) expect(text.replace(/\s/g, '')).not.toContain(org.orgNumber);
    }
  });
});
