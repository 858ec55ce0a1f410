/**
 * County-link matrix speed at 1x, 10x and 100x the default data's shape (1 276 organisations and
 * 16 clusters per 1x; most organisations in one cluster, about 10 % in two or more, a few hubs
 * in many), under each scheme, and through a few selected clusters. Target: the full matrix at
 * 100x (~128 000 organisations, 1 600 clusters) in under one second.
 *
 * The data is generated here (bench/scaled-data.ts, being written elsewhere, may replace it):
 * cluster sizes follow a Zipf-like law so a few clusters are large, counties follow the default
 * data's spread (about half in Oslo), and a few percent are abroad, unknown or "Viken".
 */
import type { CountyNumber, Placement } from '../src/domain/geo/types';
import { COUNTY_SCHEME_IDS } from '../src/domain/geo/schemes';
import { computeCountyLinkMatrix } from '../src/domain/graph/county-links';
import { indexMemberships, type MembershipIndex } from '../src/domain/graph/membership-index';
import type { ClusterId, Dataset, OrgId } from '../src/domain/membership/types';
import { mulberry32 } from '../src/domain/random/mulberry32';

const COUNTY_WEIGHTS: readonly [CountyNumber, number][] = [
  ['03', 47], ['32', 14], ['31', 10], ['33', 7], ['50', 5], ['46', 4], ['11', 4], ['39', 2],
  ['34', 2], ['42', 2], ['40', 1], ['15', 1], ['55', 0.5], ['56', 0.5], ['18', 0.3],
]; // prettier-ignore

export function scaledIndex(scale: number, seed = 1): MembershipIndex {
  const random = mulberry32(seed);
  const orgCount = Math.round(1276 * scale);
  const clusterCount = 16 * scale;
  // Zipf-like cluster weights, cumulative for sampling.
  const weights = Array.from({ length: clusterCount }, (_, i) => 1 / (1 + (i % 16)) ** 0.8);
  const cumulative: number[] = [];
  weights.reduce((sum, w) => (cumulative.push(sum + w), sum + w), 0);
  const total = cumulative[cumulative.length - 1]!;
  const pickCluster = () => {
    const x = random() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const countyTotal = COUNTY_WEIGHTS.reduce((s, [, w]) => s + w, 0);
  const pickPlacement = (): Placement => {
    const r = random();
    if (r < 0.02) return { kind: 'abroad', via: 'manual' };
    if (r < 0.04) return { kind: 'unknown', reason: { code: 'place.nothing' } };
    if (r < 0.05) return { kind: 'ambiguous', candidates: ['31', '32', '33'], reason: { code: 'place.split-county', params: { text: 'Viken', counties: '' } } };
    let x = random() * countyTotal;
    for (const [county, w] of COUNTY_WEIGHTS) if ((x -= w) <= 0) return { kind: 'county', county, via: 'manual' };
    return { kind: 'county', county: '03', via: 'manual' };
  }; // prettier-ignore
  const dataset: Dataset = {
    organisations: Array.from({ length: orgCount }, (_, i) => ({
      id: `o${i}` as OrgId,
      name: `Org ${i}`,
      aliases: [],
      placement: pickPlacement(),
      sources: [],
    })),
    clusters: Array.from({ length: clusterCount }, (_, i) => ({
      id: `c${i}` as ClusterId,
      name: `Cluster ${i}`,
    })),
    memberships: [],
    report: { rows: 0, imported: 0, merged: 0, rejected: [], merges: [], warnings: [], files: [] },
  };
  const memberships: { org: OrgId; cluster: ClusterId }[] = [];
  for (let i = 0; i < orgCount; i++) {
    const r = random();
    // 90 % in one cluster, 7.4 % in two, 1.9 % in three, 0.7 % hubs in 4 to 40.
    const k = r < 0.9 ? 1 : r < 0.974 ? 2 : r < 0.993 ? 3 : 4 + Math.floor(random() * 37);
    const chosen = new Set<number>();
    while (chosen.size < Math.min(k, clusterCount)) chosen.add(pickCluster());
    for (const c of chosen) memberships.push({ org: `o${i}` as OrgId, cluster: `c${c}` as ClusterId });
  } // prettier-ignore
  return indexMemberships({ ...dataset, memberships });
}

/**
 * Median wall and CPU time of `runs` calls. CPU time (process.cpuUsage, user + system) is shown
 * beside wall time because the bench machine is often shared: wall time then counts waiting for
 * a core, CPU time only the work.
 */
function time(runs: number, fn: () => void): { wall: number; cpu: number } {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const startCpu = process.cpuUsage();
    fn();
    const used = process.cpuUsage(startCpu);
    cpu.push((used.user + used.system) / 1000);
    wall.push(performance.now() - start);
  }
  const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]!;
  return { wall: median(wall), cpu: median(cpu) };
}

export interface CountyLinksBenchRow {
  readonly scale: string;
  readonly organisations: number;
  readonly clusters: number;
  readonly memberships: number;
  readonly variant: string;
  readonly medianMs: number;
  readonly cpuMs: number;
}

export function countyLinksBench(scales: readonly number[] = [1, 10, 100]): CountyLinksBenchRow[] {
  const rows: CountyLinksBenchRow[] = [];
  for (const scale of scales) {
    const index = scaledIndex(scale);
    const runs = scale >= 100 ? 5 : 15;
    const base = {
      scale: `${scale}x`,
      organisations: index.organisations.size,
      clusters: index.clusters.size,
      memberships: index.membershipCount,
    };
    // The first call also builds the integer index (cached per index for later calls).
    const first = time(1, () => computeCountyLinkMatrix(index));
    rows.push({
      ...base,
      variant: 'first call, scheme 2024',
      medianMs: first.wall,
      cpuMs: first.cpu,
    });
    for (const scheme of COUNTY_SCHEME_IDS) {
      const t = time(runs, () => computeCountyLinkMatrix(index, { scheme }));
      rows.push({ ...base, variant: `scheme ${scheme}`, medianMs: t.wall, cpuMs: t.cpu });
    }
    const selected = new Set([...index.clusters.keys()].slice(0, 3));
    const t = time(runs, () => computeCountyLinkMatrix(index, { clusters: selected }));
    rows.push({ ...base, variant: '3 clusters selected', medianMs: t.wall, cpuMs: t.cpu });
  }
  return rows;
}

/** The bench as a printable table (bench/run.ts prints it). */
export function countyLinksTable(
  table: (headers: string[], rows: (string | number)[][]) => string,
): string {
  const rows = countyLinksBench();
  return table(
    ['scale', 'organisations', 'clusters', 'memberships', 'variant', 'median ms', 'cpu ms'],
    rows.map((r) => [
      r.scale,
      r.organisations,
      r.clusters,
      r.memberships,
      r.variant,
      r.medianMs.toFixed(1),
      r.cpuMs.toFixed(1),
    ]),
  );
}
