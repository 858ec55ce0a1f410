import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/domain/membership/build-dataset';
import { proposeDuplicates } from '../../../src/domain/membership/proposals';
import { nameSimilarity } from '../../../src/domain/membership/similarity';
import { normaliseName } from '../../../src/domain/membership/names';
import { read, table } from './table-helpers';

describe('nameSimilarity', () => {
  it.each([
    ['Nordlys Teknologi', 'Nordlys Teknolgi', 'typo', 0.7],
    ['Fjordvik Tekn. Consulting', 'Fjordvik Teknologi Consulting', 'abbreviation', 0.85],
    ['USN', 'Universitetet i Sørøst-Norge', 'initials', 0.8],
    ['Sweco Norge', 'Sweco', 'extra-word', 0.6],
  ])('%j ~ %j is a %s above %d', (a, b, reason, atLeast) => {
    const s = nameSimilarity(normaliseName(a), normaliseName(b));
    expect(s.reason).toBe(reason);
    expect(s.score).toBeGreaterThanOrEqual(atLeast);
  });

  it.each([
    ['Nordlys Energi', 'Sørlys Bygg'],
    ['Fjordvik Consulting', 'Bergvik Advokat'],
  ])('%j and %j are not alike', (a, b) => {
    expect(nameSimilarity(normaliseName(a), normaliseName(b)).score).toBeLessThan(0.6);
  });
});

describe('abbreviation marks', () => {
  it('takes a prefix as an abbreviation only where the written name marks it with a full stop', () => {
    const dataset = buildDataset([
      read(
        table(
          'A.csv',
          ['Navn'],
          [['Skogly Teknologi AS'], ['Tindsund Biotek AS'], ['Sweco Norge AS']],
        ),
      ),
      read(table('B.csv', ['Navn'], [['Skogly Tekn. AS'], ['Tind Biotek AS'], ['Sweco AS']])),
    ]);
    const names = (id: string) => dataset.organisations.find((o) => o.id === id)!.name;
    const pairs = proposeDuplicates(dataset.organisations).map((p) => [
      names(p.a),
      names(p.b),
      p.reason,
    ]);
    expect(pairs).toEqual([
      ['Skogly Teknologi AS', 'Skogly Tekn. AS', 'abbreviation'],
      ['Sweco Norge AS', 'Sweco AS', 'extra-word'],
    ]);
  });
});

describe('proposeDuplicates and decisions', () => {
  const reads = [
    read(
      table(
        'A.csv',
        ['Navn', 'Org.nr.'],
        [
          ['Nordlys Teknologi AS', '923609016'],
          ['Fjordvik Bygg AS', ''],
          ['Bergvik Advokatfirma', '982463718'],
        ],
      ),
    ),
    read(
      table(
        'B.csv',
        ['Navn', 'Org.nr.'],
        [
          ['Nordlys Teknolgi', ''],
          ['Fjordvik Byg AS', ''],
          ['Bergvik Advokatfirma', '943753709'],
        ],
      ),
    ),
  ];

  it('proposes typos and same names with other numbers, and merges nothing by itself', () => {
    const dataset = buildDataset(reads);
    expect(dataset.organisations).toHaveLength(6);
    const proposals = proposeDuplicates(dataset.organisations);
    const names = (id: string) => dataset.organisations.find((o) => o.id === id)!.name;
    const pairs = proposals.map((p) => [names(p.a), names(p.b), p.reason]);
    expect(pairs).toContainEqual(['Nordlys Teknologi AS', 'Nordlys Teknolgi', 'typo']);
    expect(pairs).toContainEqual(['Fjordvik Bygg AS', 'Fjordvik Byg AS', 'typo']);
    expect(pairs).toContainEqual([
      'Bergvik Advokatfirma',
      'Bergvik Advokatfirma',
      'same-name-other-number',
    ]);
    expect(proposals).toHaveLength(3);
  });

  it('replays merges and splits; removing a decision undoes it', () => {
    const first = buildDataset(reads);
    const [nordlys, , , nordlysTypo] = first.organisations;
    const merged = buildDataset(reads, {
      decisions: [{ kind: 'merge', a: nordlys!.id, b: nordlysTypo!.id }],
    });
    expect(merged.organisations).toHaveLength(5);
    expect(merged.organisations[0]!.aliases).toEqual(['Nordlys Teknolgi']);
    expect(merged.report.merges).toContainEqual({
      source: { file: 'B.csv', row: 2 },
      into: nordlys!.id,
      by: 'user',
    });
    expect(merged.report.imported + merged.report.merged).toBe(merged.report.rows);

    const split = buildDataset(reads, {
      decisions: [
        { kind: 'merge', a: nordlys!.id, b: nordlysTypo!.id },
        { kind: 'split', source: { file: 'B.csv', row: 2 } },
      ],
    });
    expect(split.organisations).toHaveLength(6);
    expect(buildDataset(reads, { decisions: [] }).organisations).toEqual(first.organisations);
  });
});
