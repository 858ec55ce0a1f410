/**
 * A seeded Dataset shaped like the default data at k times its size (1x, 10x, 100x): 16·k
 * clusters and 1 276·k organisations, about 90 % of them in one cluster, the rest in two or three,
 * and a few hubs in four to twelve; counties and member types assigned. Used by `npm run bench`
 * and reusable by anyone who needs a large, realistic membership graph without files.
 *
 * Shape, per the report's histogram (1 276 organisations: 94 in two clusters, 24 in three, 9 in
 * four or more): cluster sizes fall off with rank (a few large clusters, many small), and
 * clusters come in blocks of 16 (one "region" each) so that a multi-cluster member mostly joins
 * clusters of its own block, with one in five choosing anywhere: the overlap graph then has
 * communities and a connected core, as real lists do. Same seed, same dataset, on every machine.
 */
import type { CountyNumber } from '../src/domain/geo/types';
import type {
  Cluster,
  ClusterId,
  Dataset,
  MemberType,
  Membership,
  OrgId,
  Organisation,
} from '../src/domain/membership/types';
import { mulberry32, type Rng } from '../src/domain/random/mulberry32';

const COUNTIES: readonly CountyNumber[] = [
  '03',
  '31',
  '32',
  '33',
  '39',
  '40',
  '11',
  '46',
  '15',
  '50',
  '18',
  '55',
  '56',
  '34',
  '42',
];
/** Weights per county above: Oslo and the former Viken dominate, as in the report. */
const COUNTY_WEIGHTS = [40, 12, 14, 10, 3, 2, 3, 3, 1, 3, 1, 1, 0.5, 2, 1];
const TYPES: readonly MemberType[] = ['established', 'startup', 'public', 'research', 'investor'];
const TYPE_WEIGHTS = [55, 25, 8, 8, 4];

/** Share of organisations per number of clusters, from the report's 1 276 (1149/94/24/9). */
const IN_TWO = 94 / 1276;
const IN_THREE = 24 / 1276;
const IN_MORE = 9 / 1276;

function pick<T>(rng: Rng, items: readonly T[], weights: readonly number[]): T {
  const total = weights.reduce((a, b) => a + b, 0);
  let r = rng() * total;
  for (let i = 0; i < items.length; i++) {
    r -= weights[i]!;
    if (r < 0) return items[i]!;
  }
  return items[items.length - 1]!;
}

/** Cumulative weights for drawing a cluster index in [from, to) by size. */
function drawer(weights: readonly number[]): (rng: Rng, from: number, to: number) => number {
  const cumulative = new Float64Array(weights.length + 1);
  for (let i = 0; i < weights.length; i++) cumulative[i + 1] = cumulative[i]! + weights[i]!;
  return (rng, from, to) => {
    const low = cumulative[from]!;
    const r = low + rng() * (cumulative[to]! - low);
    let lo = from;
    let hi = to - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid + 1]! <= r) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

export interface ScaledDataOptions {
  /** Size factor k: 16·k clusters, 1 276·k organisations. */
  readonly scale: number;
  readonly seed?: number;
}

export function scaledDataset({ scale, seed = 2023 }: ScaledDataOptions): Dataset {
  if (!Number.isInteger(scale) || scale < 1) {
    throw new Error(`scaledDataset: scale must be a whole number >= 1, got ${scale}.`);
  }
  const rng = mulberry32(seed);
  const clusterCount = 16 * scale;
  const orgCount = 1276 * scale;

  const clusters: Cluster[] = Array.from({ length: clusterCount }, (_, i) => ({
    id: `c${i}` as ClusterId,
    name: `Klynge ${String(i + 1).padStart(4, '0')}`,
  }));
  // Within a block of 16, sizes fall off with rank as in the report (largest about 8x smallest).
  const weights = clusters.map((_, i) => 1 / (1 + (i % 16)) ** 0.75);
  const draw = drawer(weights);

  const organisations: Organisation[] = [];
  const memberships: Membership[] = [];
  for (let i = 0; i < orgCount; i++) {
    const id = `o${i}` as OrgId;
    organisations.push({
      id,
      name: `Bedrift ${String(i + 1).padStart(6, '0')} AS`,
      aliases: [],
      placement: { kind: 'county', county: pick(rng, COUNTIES, COUNTY_WEIGHTS), via: 'county' },
      type: pick(rng, TYPES, TYPE_WEIGHTS),
      sources: [{ file: 'scaled.csv', row: i + 2 }],
    });
    const r = rng();
    const k =
      r < IN_MORE
        ? 4 + Math.floor(rng() * 9)
        : r < IN_MORE + IN_THREE
          ? 3
          : r < IN_MORE + IN_THREE + IN_TWO
            ? 2
            : 1;
    const home = Math.floor(rng() * scale) * 16;
    const chosen = new Set<number>();
    while (chosen.size < Math.min(k, clusterCount)) {
      // Hubs and one in five others reach outside their block; the rest stay in it.
      const anywhere = k >= 4 || rng() < 0.2;
      chosen.add(anywhere ? draw(rng, 0, clusterCount) : draw(rng, home, home + 16));
    }
    for (const c of chosen) memberships.push({ org: id, cluster: clusters[c]!.id });
  }

  return {
    organisations,
    clusters,
    memberships,
    report: {
      rows: memberships.length,
      imported: organisations.length,
      merged: memberships.length - organisations.length,
      rejected: [],
      merges: [],
      warnings: [],
      files: [],
    },
  };
}
