/* The county map files: every 2024 county once, small enough to ship, mergeable into 2020-23. */
import { readFileSync } from 'node:fs';
import { feature, merge } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';

import { COUNTIES_2024 } from '../../../src/domain/geo/counties';
import { MERGE_2020_23 } from '../../../src/domain/geo/schemes';

const text = readFileSync('data/geo/fylker-2024.topojson', 'utf8');
const topology = JSON.parse(text) as Topology;
interface Props {
  readonly number: string;
  readonly name: string;
}
const counties = topology.objects['Fylker'] as GeometryCollection<Props>;
const props = (g: (typeof counties.geometries)[number]) => g.properties as Props;
const centres = JSON.parse(readFileSync('data/geo/county-centres.json', 'utf8')) as {
  number: string;
  name: string;
  lat: number;
  lon: number;
}[];

describe('county map data', () => {
  it('is under 150 kB with one polygon per 2024 county, named as in counties.ts', () => {
    expect(text.length).toBeLessThan(150_000);
    const byNumber = new Map(counties.geometries.map((g) => [props(g).number, g]));
    expect(byNumber.size).toBe(15);
    for (const c of COUNTIES_2024) expect(props(byNumber.get(c.number)!).name).toBe(c.name);
  });

  it('has a centre per county inside Norway’s bounding box', () => {
    expect(centres.map((c) => c.number).sort()).toEqual(COUNTIES_2024.map((c) => c.number).sort());
    for (const c of centres) {
      expect(c.lat).toBeGreaterThan(57.9);
      expect(c.lat).toBeLessThan(71.2);
      expect(c.lon).toBeGreaterThan(4.5);
      expect(c.lon).toBeLessThan(31.2);
    }
  });

  it.each([...MERGE_2020_23])('2020-23 county %s merges from %j', (_, parts) => {
    const geometries = counties.geometries.filter((g) => parts.includes(props(g).number as never));
    expect(geometries).toHaveLength(parts.length);
    const merged = merge(topology, geometries as never);
    expect(merged.coordinates.length).toBeGreaterThan(0);
    expect(feature(topology, geometries[0]!)).toHaveProperty('geometry');
  });
});
