/**
 * The two table exports on the default data: the intersections table (one row per combination,
 * sizes adding up to the organisations in some cluster) and the organisations table (one row per
 * organisation, the cluster count matching its clusters), headers in the language asked for,
 * anonymised names and numbers left out, CSV cells that would run as formulas neutralised.
 */
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../src/domain/export/csv-cells';
import { tableRows } from '../../../src/domain/export/table';
import { intersectionsTable } from '../../../src/features/intersections/intersections-export';
import { organisationsTable } from '../../../src/features/organisations/organisations-export';
import type { LoadedData } from '../../../src/state/types';
import { defaultBuilt } from './default-fixture';

async function loaded(): Promise<LoadedData> {
  const { dataset, analysis, model } = await defaultBuilt();
  return { dataset, analysis, model } as unknown as LoadedData;
}

describe('intersections table', () => {
  it('has a row per combination, sizes adding up, headers per language', async () => {
    const data = await loaded();
    const nb = intersectionsTable(data, 'nb', false);
    const en = intersectionsTable(data, 'en', false);
    expect(nb.header).toEqual(['Klynger', 'Antall klynger', 'Organisasjoner']);
    expect(en.header).toEqual(['Clusters', 'Number of clusters', 'Organisations']);
    expect(nb.rows).toHaveLength(data.analysis.intersections.length);
    const total = nb.rows.reduce((n, r) => n + (r[2] as number), 0);
    expect(total).toBe(data.analysis.intersections.reduce((n, i) => n + i.size, 0));
    for (const r of nb.rows) expect(String(r[0]).split(' + ')).toHaveLength(r[1] as number);
  });
});

describe('organisations table', () => {
  it('has a row per organisation with its clusters counted', async () => {
    const data = await loaded();
    const table = organisationsTable(data, 'nb', false);
    expect(table.rows).toHaveLength(data.analysis.organisations);
    for (const r of table.rows) {
      expect(String(r[5]).split('; ').filter(Boolean)).toHaveLength(r[4] as number);
    }
    expect(table.rows.filter((r) => (r[4] as number) >= 4)).toHaveLength(9);
  });

  it('anonymised: no organisation name or number in the file', async () => {
    const data = await loaded();
    const csv = toCsv(tableRows(organisationsTable(data, 'en', true)));
    const sample = data.dataset.organisations.slice(0, 50);
    for (const org of sample) {
      expect(csv).not.toContain(org.name);
      if (org.orgNumber) expect(csv.replace(/\s/g, '')).not.toContain(org.orgNumber);
    }
    expect(csv).toContain('Organisation 1;');
  });

  it('neutralises a name that would run as a formula', () => {
    const csv = toCsv([['=HYPERLINK("x")', 1]]);
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
  });
});
