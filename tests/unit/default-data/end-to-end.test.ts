/**
 * The committed default dataset through the app's own pipeline: readFile (io) -> buildDataset
 * (recognition by number, else by normalised name) -> analyse. The app must find exactly the
 * organisations the generator made: the same 1 276, the same histogram and cluster sizes, and the
 * same partition of rows into organisations; and the published county shares must show.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/domain/analysis/analyse';
import { buildDataset } from '../../../src/domain/membership/build-dataset';
import { readFile } from '../../../src/io/read-file';
import { loadCommittedFiles, loadTruth } from './load';

const truth = loadTruth();
const reads = loadCommittedFiles().map((f) => readFile(f.name, f.bytes));
const dataset = buildDataset(reads);
const analysis = analyse(dataset);

const sourceKey = (s: { file: string; sheet?: string; row: number }) =>
  `${s.file}\u0000${s.sheet ?? ''}\u0000${s.row}`;

describe('default data end to end: readFile -> buildDataset -> analyse', () => {
  it('reads every file, rejects no row and warns about nothing', () => {
    expect(reads.every((r) => r.ok)).toBe(true);
    expect(dataset.report.rejected).toEqual([]);
    expect(dataset.report.warnings).toEqual([]);
    expect(dataset.report.rows).toBe(truth.rows.length);
  });

  it('finds 1 276 organisations: 94 in two clusters, 24 in three, 9 in four or more', () => {
    expect(analysis.organisations).toBe(1276);
    expect(analysis.membershipHistogram).toEqual({ '1': 1149, '2': 94, '3': 24, '4+': 9 });
  });

  it('gives every cluster its true size', () => {
    const sizes = Object.fromEntries(analysis.clusters.map((c) => [c.name, c.members]));
    const expected = Object.fromEntries(
      truth.clusters.map((c) => [
        c.name,
        truth.organisations.filter((o) => o.clusters.includes(c.name)).length,
      ]),
    );
    expect(sizes).toEqual(expected);
    expect(sizes['Norway Health Tech']).toBe(270);
    expect(sizes['Kongsbergklyngen']).toBe(10);
    expect(sizes['NF&TA']).toBe(87);
  });

  it('recognises exactly the true organisations: the same partition of rows', () => {
    const truthKey = new Map(truth.rows.map((r) => [sourceKey(r), r.orgKey]));
    const seen = new Set<string>();
    for (const org of dataset.organisations) {
      const keys = new Set(org.sources.map((s) => truthKey.get(sourceKey(s))));
      expect(keys.size).toBe(1);
      const [key] = [...keys];
      expect(key).toBeDefined();
      expect(seen.has(key!)).toBe(false);
      seen.add(key!);
      const rows = truth.rows
        .filter((r) => r.orgKey === key)
        .map(sourceKey)
        .sort();
      expect(org.sources.map(sourceKey).sort()).toEqual(rows);
    }
    expect(seen.size).toBe(truth.organisations.length);
  });

  it('places every organisation in its true county', () => {
    const countyOf = new Map(truth.organisations.map((o) => [o.orgKey, o.county]));
    const truthKey = new Map(truth.rows.map((r) => [sourceKey(r), r.orgKey]));
    for (const org of dataset.organisations) {
      const key = truthKey.get(sourceKey(org.sources[0]!))!;
      expect(org.placement.kind === 'county' && org.placement.county).toBe(countyOf.get(key));
    }
  });

  it('shows the published county shares per cluster', () => {
    const share = (cluster: string, counties: readonly string[]) => {
      const c = analysis.clusters.find((x) => x.name === cluster)!;
      const n = counties.reduce((s, k) => s + (c.counties[k] ?? 0), 0);
      return (100 * n) / c.members;
    };
    const viken = ['Østfold', 'Akershus', 'Buskerud'];
    expect(Math.abs(share('Kongsbergklyngen', viken) - 100)).toBeLessThan(1);
    expect(Math.abs(share('Viken Teknologiklynge', viken) - 79)).toBeLessThan(1);
    expect(Math.abs(share('The Life Science Cluster', ['Oslo']) - 72)).toBeLessThan(1);
    expect(Math.abs(share('Oslo Cancer Cluster', ['Oslo']) - 75)).toBeLessThan(1);
    expect(Math.abs(share('Norway Health Tech', ['Oslo']) - 52)).toBeLessThan(1);
    expect(Math.abs(100 - share('Solenergiklyngen', ['Oslo', ...viken]) - 39)).toBeLessThan(1);
  });
});
