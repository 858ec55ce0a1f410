/**
 * analyse() on small hand-made datasets: every field of the document, with expected numbers
 * counted by hand from the lists below.
 */
import { describe, expect, it } from 'vitest';

import { analyse } from '../../../src/domain/analysis/analyse';
import type { ImportReport } from '../../../src/domain/membership/types';
import { EMPTY_REPORT, makeDataset } from './make-dataset';

/*
 * Clusters: Health = {h1, h2, h3, u, law, big}, Energy = {e1, e2, u, law, big},
 * AI = {e2, u, law, big}, Fashion = {big, f1}, Ghost = {} (no members).
 * Clusters per organisation: h1 h2 h3 e1 f1 in 1; e2 in 2; u, law in 3; big in 4; idle in none.
 */
const dataset = makeDataset(
  [
    { id: 'h1', where: '03', clusters: ['Health'] },
    { id: 'h2', where: '03', clusters: ['Health'] },
    { id: 'h3', where: 'abroad', clusters: ['Health'] },
    { id: 'e1', where: '31', clusters: ['Energy'] },
    { id: 'e2', where: 'ambiguous', clusters: ['Energy', 'AI'] },
    { id: 'u', where: '03', clusters: ['Health', 'Energy', 'AI'] },
    { id: 'law', where: 'unknown', clusters: ['Health', 'Energy', 'AI', 'Health'] },
    { id: 'big', where: '32', clusters: ['Health', 'Energy', 'AI', 'Fashion'] },
    { id: 'f1', where: '03', clusters: ['Fashion'] },
    { id: 'idle', where: '03', clusters: [] },
  ],
  { extraClusters: ['Ghost'] },
);

describe('analyse: counts', () => {
  const analysis = analyse(dataset);

  it('counts organisations (members or not) and distinct memberships', () => {
    expect(analysis.organisations).toBe(10);
    // 1+1+1+1+2+3+3+4+1 = 17 (law's second Health row is the same membership)
    expect(analysis.memberships).toBe(17);
  });

  it('builds the histogram of clusters per member, leaving out organisations in none', () => {
    expect(analysis.membershipHistogram).toEqual({ '1': 5, '2': 1, '3': 2, '4+': 1 });
  });

  it.each([
    ['Health', 6, { Oslo: 3, Akershus: 1, Utlandet: 1, Ukjent: 1 }],
    ['Energy', 5, { Oslo: 1, Østfold: 1, Akershus: 1, Ukjent: 2 }],
    ['AI', 4, { Oslo: 1, Akershus: 1, Ukjent: 2 }],
    ['Fashion', 2, { Oslo: 1, Akershus: 1 }],
    ['Ghost', 0, {}],
  ])('cluster %s: %i members by place', (name, members, counties) => {
    const summary = analysis.clusters.find((c) => c.name === name)!;
    expect(summary.members).toBe(members);
    expect(summary.counties).toEqual(counties);
    // Counties in number order, Utlandet and Ukjent last.
    expect(Object.keys(summary.counties)).toEqual(Object.keys(counties));
  });

  it('keeps clusters in dataset order', () => {
    expect(analysis.clusters.map((c) => c.name)).toEqual([
      'Health',
      'Energy',
      'AI',
      'Fashion',
      'Ghost',
    ]);
  });
});

describe('analyse: overlaps', () => {
  /*
   * Health∩Energy = {u, law, big} = 3, union 6+5-3 = 8, min 5.
   * Health∩AI = {u, law, big} = 3, union 6+4-3 = 7, min 4.
   * Energy∩AI = {e2, u, law, big} = 4, union 5, min 4.
   * Fashion∩{Health, Energy, AI} = {big} = 1 each.
   */
  const overlaps = analyse(dataset).overlaps;

  it('sorts by shared, then Jaccard', () => {
    // Fashion pairs share 1 each; Jaccard 1/5 (AI), 1/6 (Energy), 1/7 (Health).
    expect(overlaps.map((o) => `${o.a}/${o.b}`)).toEqual([
      'Energy/AI',
      'Health/AI',
      'Health/Energy',
      'AI/Fashion',
      'Energy/Fashion',
      'Health/Fashion',
    ]);
  });

  it('breaks full ties by dataset order, and names the earlier cluster a', () => {
    // P, Q, R pairwise share exactly {1}, all of size 2: equal shared and Jaccard.
    const tied = analyse(
      makeDataset([
        { id: '1', clusters: ['R', 'Q', 'P'] },
        { id: '2', clusters: ['R'] },
        { id: '3', clusters: ['Q'] },
        { id: '4', clusters: ['P'] },
      ]),
    ).overlaps;
    expect(tied.map((o) => `${o.a}/${o.b}`)).toEqual(['R/Q', 'R/P', 'Q/P']);
  });

  // lift = shared * N / (|A| |B|), N = 9 organisations in at least one cluster (not idle).
  it.each([
    ['Energy', 'AI', 4, 4 / 5, 4 / 4, (4 * 9) / (5 * 4)],
    ['Health', 'AI', 3, 3 / 7, 3 / 4, (3 * 9) / (6 * 4)],
    ['Health', 'Energy', 3, 3 / 8, 3 / 5, (3 * 9) / (6 * 5)],
    ['AI', 'Fashion', 1, 1 / 5, 1 / 2, (1 * 9) / (4 * 2)],
    ['Health', 'Fashion', 1, 1 / 7, 1 / 2, (1 * 9) / (6 * 2)],
  ])('%s/%s: %i shared', (a, b, shared, jaccard, oc, lift) => {
    const o = overlaps.find((x) => x.a === a && x.b === b)!;
    expect(o.shared).toBe(shared);
    expect(o.jaccard).toBeCloseTo(jaccard, 12);
    expect(o.overlapCoefficient).toBeCloseTo(oc, 12);
    expect(o.lift).toBeCloseTo(lift, 12);
  });
});

describe('analyse: county links, metrics, names and import', () => {
  it('fills county links, with the unplaced members counted', () => {
    const links = analyse(dataset).countyLinks;
    // Placed members: h1 h2 u f1 (Oslo), e1 (Østfold), big (Akershus).
    expect(links.members).toMatchObject({ Oslo: 4, Østfold: 1, Akershus: 1 });
    expect(links.unplaced).toEqual({ total: 3, abroad: 1, unknown: 1, ambiguous: 1 });
    // e1 (Energy) links to Oslo member u only; big links to h1 h2 u (Health) and f1 (Fashion).
    expect(links.perMember['Østfold']!['Oslo']).toBe(1);
    expect(links.perMember['Akershus']!['Oslo']).toBe(4);
    expect(Object.keys(links.lift)).toEqual(links.counties);
  });

  it.each([
    ['report', 13, 'Vestfold og Telemark'],
    ['2020-23', 11, 'Viken'],
    ['region', 3, 'Resten av landet'],
  ] as const)('county links under the %s scheme: %i counties', (scheme, count, name) => {
    const links = analyse(dataset, { countyLinks: { scheme } }).countyLinks;
    expect(links.scheme).toBe(scheme);
    expect(links.counties).toHaveLength(count);
    expect(links.counties).toContain(name);
  });

  it('reports metrics for every organisation and cluster by unique name', () => {
    const metrics = analyse(dataset).metrics;
    expect(Object.keys(metrics.organisations)).toHaveLength(10);
    expect(Object.keys(metrics.clusters)).toEqual(['Health', 'Energy', 'AI', 'Fashion', 'Ghost']);
    expect(metrics.organisations['big']!.degree).toBe(4);
    expect(metrics.organisations['idle']).toMatchObject({
      degree: 0,
      closeness: 0,
      betweenness: 0,
    });
    // Overlap graph: Health has 3 partner clusters sharing 3 + 3 + 1 members.
    expect(metrics.clusters['Health']).toMatchObject({ degree: 3, weightedDegree: 7 });
    expect(metrics.clusters['Ghost']).toMatchObject({ degree: 0, weightedDegree: 0 });
  });

  it('keys organisations with the same name apart', () => {
    const analysis = analyse(
      makeDataset([
        { id: '1', name: 'Sintef', orgNumber: '948007029', clusters: ['A'] },
        { id: '2', name: 'Sintef', orgNumber: '923609016', clusters: ['A', 'B'] },
        { id: '3', name: 'Sintef', clusters: ['B'] },
      ]),
    );
    expect(Object.keys(analysis.metrics.organisations)).toEqual([
      'Sintef',
      'Sintef (923 609 016)',
      'Sintef (2)',
    ]);
    expect(analysis.metrics.organisations['Sintef (923 609 016)']!.degree).toBe(2);
  });

  it('copies the import summary', () => {
    const report: ImportReport = {
      ...EMPTY_REPORT,
      rows: 12,
      imported: 9,
      merged: 2,
      rejected: [
        { file: 'a.xlsx', sheet: 'Ark1', row: 7, reason: { code: 'row.no-name-or-number' } },
        { file: 'b.pdf', row: null, reason: { code: 'file.binary', params: { what: 'pdf' } } },
      ],
      files: [
        {
          file: 'a.xlsx',
          sheet: 'Ark1',
          rowsRead: 12,
          imported: 9,
          merged: 2,
          rejected: 1,
          skipped: [{ row: 1, reason: { code: 'skip.title' } }],
        },
      ],
    };
    expect(analyse(makeDataset([], { report })).import).toEqual({
      rows: 12,
      imported: 9,
      merged: 2,
      rejected: [
        {
          file: 'a.xlsx',
          row: 7,
          reason: 'no organisation name or organisation number',
          code: 'row.no-name-or-number',
        },
        {
          file: 'b.pdf',
          row: null,
          reason:
            'the file is a PDF document, not a spreadsheet or CSV file; export the member list as XLSX or CSV and try again',
          code: 'file.binary',
        },
      ],
      skipped: [
        {
          file: 'a.xlsx',
          sheet: 'Ark1',
          row: 1,
          reason: 'title above the header',
          code: 'skip.title',
        },
      ],
    });
  });

  it('handles an empty dataset', () => {
    const analysis = analyse(makeDataset([]));
    expect(analysis.organisations).toBe(0);
    expect(analysis.overlaps).toEqual([]);
    expect(analysis.metrics).toEqual({ clusters: {}, organisations: {} });
  });
});

describe('analyse: intersections and the organisation list', () => {
  const analysis = analyse(dataset);

  it('lists every exclusive combination by size, then degree, then dataset order', () => {
    expect(analysis.intersections).toEqual([
      { clusters: ['Health'], size: 3 },
      { clusters: ['Health', 'Energy', 'AI'], size: 2 },
      { clusters: ['Health', 'Energy', 'AI', 'Fashion'], size: 1 },
      { clusters: ['Energy', 'AI'], size: 1 },
      { clusters: ['Energy'], size: 1 },
      { clusters: ['Fashion'], size: 1 },
    ]);
  });

  it.each([
    ['h1', { county: 'Oslo', clusters: ['Health'] }],
    ['h3', { county: 'Utlandet', clusters: ['Health'] }],
    ['e2', { county: 'Ukjent', clusters: ['Energy', 'AI'] }],
    ['law', { county: 'Ukjent', clusters: ['Health', 'Energy', 'AI'] }],
    ['big', { county: 'Akershus', clusters: ['Health', 'Energy', 'AI', 'Fashion'] }],
    ['idle', { county: 'Oslo', clusters: [] }],
  ])('organisation %s', (name, expected) => {
    expect(analysis.organisationList.find((o) => o.name === name)).toEqual({
      name,
      orgNumber: null,
      memberType: null,
      ...expected,
    });
  });

  it('lists every organisation in dataset order, with its number and type when known', () => {
    expect(analysis.organisationList.map((o) => o.name)).toEqual([
      'h1', 'h2', 'h3', 'e1', 'e2', 'u', 'law', 'big', 'f1', 'idle',
    ]); // prettier-ignore
    const typed = makeDataset([{ id: 'n', orgNumber: '923609016', clusters: ['K'] }]);
    const withType = {
      ...typed,
      organisations: typed.organisations.map((o) => ({ ...o, type: 'research' as const })),
    };
    expect(analyse(withType).organisationList[0]).toMatchObject({
      orgNumber: '923609016',
      memberType: 'research',
    });
  });
});
