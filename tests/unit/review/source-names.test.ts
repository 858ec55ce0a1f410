/**
 * The split view shows each row of an organisation with the name as written there, so the dataset
 * keeps one written name per source row, in the same order as `sources`, surviving merges and splits.
 */
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/domain/membership/build-dataset';
import type { OrgId } from '../../../src/domain/membership/types';
import { read, table } from '../membership/table-helpers';

const reads = [
  read(
    table(
      'a.csv',
      ['Navn', 'Org.nr.'],
      [
        ['Sintef AS', '923 609 016'],
        ['Nordlys Teknologi AS', ''],
      ],
    ),
  ),
  read(
    table(
      'b.csv',
      ['Navn', 'Org.nr.'],
      [
        ['SINTEF', '923609016'],
        ['', '923 609 016'],
        ['Nordlys Teknolgi', ''],
      ],
    ),
  ),
];

const written = (ds: ReturnType<typeof buildDataset>, id: string) => {
  const org = ds.organisations.find((o) => o.id === id)!;
  return org.sources.map((s, i) => `${s.file}:${s.row}=${org.sourceNames?.[i]}`);
};

describe('Organisation.sourceNames', () => {
  it('gives the written name of every source row, empty for a row without a name', () => {
    const ds = buildDataset(reads);
    expect(written(ds, 'nr:923609016')).toEqual([
      'a.csv:2=Sintef AS',
      'b.csv:2=SINTEF',
      'b.csv:3=',
    ]);
    for (const org of ds.organisations) expect(org.sourceNames).toHaveLength(org.sources.length);
  });

  it('follows rows through a user merge and a split', () => {
    const ds = buildDataset(reads, {
      decisions: [
        {
          kind: 'merge',
          a: 'navn:nordlys teknologi' as OrgId,
          b: 'navn:nordlys teknolgi' as OrgId,
        },
        { kind: 'split', source: { file: 'b.csv', row: 2 } },
      ],
    });
    expect(written(ds, 'navn:nordlys teknologi')).toEqual([
      'a.csv:3=Nordlys Teknologi AS',
      'b.csv:4=Nordlys Teknolgi',
    ]);
    expect(written(ds, 'nr:923609016')).toEqual(['a.csv:2=Sintef AS', 'b.csv:3=']);
    expect(written(ds, 'rad:b.csv:2')).toEqual(['b.csv:2=SINTEF']);
  });
});
