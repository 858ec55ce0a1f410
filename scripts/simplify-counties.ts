/**
 * Makes data/geo/fylker-2024.topojson, the county map, from Kartverket's 2024 county boundaries
 * (shared/reference/geo/fylker-2024-S.topojson, CC BY 4.0): Visvalingam simplification
 * (topojson-simplify) down to a weight that keeps the file under ~150 kB while islands and
 * fjords still read at page size, then quantised coordinates (topojson-client), and only the
 * properties the app uses: county number and its short bokmål name (as in counties.json).
 * Also writes data/geo/county-centres.json: one label and line anchor per 2024 county, the
 * area-weighted centroid from shared/reference/fylker.csv (already in counties.json).
 *
 * Run: npx tsx scripts/simplify-counties.ts [source] [target]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { quantize } from 'topojson-client';
import { filter, filterWeight, presimplify, quantile, simplify } from 'topojson-simplify';
import type { GeometryCollection, Topology } from 'topojson-specification';

const source = process.argv[2] ?? '/work/shared/reference/geo/fylker-2024-S.topojson';
const target = process.argv[3] ?? 'data/geo/fylker-2024.topojson';
const LIMIT = 150_000;

interface CountyRow {
  readonly number: string;
  readonly name: string;
  readonly valid: string;
  readonly lat?: number;
  readonly lon?: number;
}
const counties2024 = (
  JSON.parse(readFileSync('data/geo/counties.json', 'utf8')) as CountyRow[]
).filter((c) => c.lat !== undefined && !c.valid.endsWith('2023'));
const shortName = new Map(counties2024.map((c) => [c.number, c.name]));
writeFileSync(
  'data/geo/county-centres.json',
  `${JSON.stringify(
    counties2024.map((c) => ({ number: c.number, name: c.name, lat: c.lat, lon: c.lon })),
    null,
    1,
  )}\n`,
);

type Props = Record<string, string>;
const input = JSON.parse(readFileSync(source, 'utf8')) as Topology<{
  Fylker: GeometryCollection<Props>;
}>;

function build(keep: number): string {
  const pre = presimplify(structuredClone(input));
  // Weights are sorted descending, so quantile(pre, keep) keeps that share of the points.
  const minWeight = quantile(pre, keep);
  // Drop rings too small to see (islets) after simplification, keep the rest.
  const simplified = filter(simplify(pre, minWeight), filterWeight(pre, minWeight));
  const topology = quantize(simplified, 1e5);
  const counties = topology.objects['Fylker'] as GeometryCollection<Props>;
  counties.geometries = counties.geometries.map((g) => {
    const props = g.properties as Props;
    const number = props['fylkesnummer']!;
    return {
      ...g,
      id: number,
      properties: { number, name: shortName.get(number) ?? props['fylkesnavn']! },
    };
  });
  return JSON.stringify(topology);
}

// The largest share of points kept that still fits, trying from detailed to coarse.
for (const keep of [
  0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.25, 0.2, 0.15, 0.1, 0.07, 0.05, 0.03, 0.02, 0.01,
]) {
  const text = build(keep);
  if (text.length <= LIMIT) {
    writeFileSync(target, `${text}\n`);
    console.log(`${target}: ${text.length} bytes, ${(keep * 100).toFixed(0)} % of points kept`);
    process.exit(0);
  }
}
console.error(`could not bring ${source} under ${LIMIT} bytes`);
process.exit(1);
