/**
 * The geometry of the county map, pure (no DOM, no store), so the same drawing renders in the
 * browser and in Node for the HTML report: the 2024 county polygons (Kartverket, CC BY 4.0,
 * simplified) merged into the units of a county scheme with topojson's `mergeArcs` (2020-23:
 * Viken = Østfold + Akershus + Buskerud, ...; region: Oslo / Viken / the rest), in a transverse
 * Mercator on 15° E (the UTM 33 meridian of Norwegian maps) fitted to a frame, with an anchor
 * per unit where the links meet.
 *
 * Why not d3's geoPath per feature: streaming the 15 000 points through fitExtent and geoPath
 * took 0.3-0.9 s per scheme on a busy machine (resampling and clipping each time). The
 * topology's arcs are shared, so each point is projected once, at scale 1, when the module is
 * first used; a frame is then a scale and an offset (a transverse Mercator is linear in both),
 * and a unit's path is its merged rings written from the projected arcs, points closer than
 * half a pixel to the last one left out. Scheme and frame results are cached.
 *
 * The topology is imported as JSON (a `.json` copy of `data/geo/fylker-2024.topojson`, which a
 * unit test keeps identical) so Vite and Node both read it without a loader.
 */
import { geoTransverseMercator } from 'd3-geo';
import { mergeArcs } from 'topojson-client';
import type {
  GeometryCollection,
  MultiPolygon as TopoMultiPolygon,
  Polygon as TopoPolygon,
  Topology,
} from 'topojson-specification';
import centresJson from '../../../data/geo/county-centres.json';
import topologyJson from '../../../data/geo/fylker-2024.topo.json';
import { countyScheme, type CountySchemeId } from '../../domain/geo/schemes';

interface CountyProps {
  readonly number: string;
  readonly name: string;
}

type Point = readonly [number, number];

const topology = topologyJson as unknown as Topology<{ Fylker: GeometryCollection<CountyProps> }>;
const geometries = topology.objects.Fylker.geometries as TopoMultiPolygon<CountyProps>[];

const projection = geoTransverseMercator().rotate([-15, 0]).scale(1).translate([0, 0]);
const project = (lonLat: Point): Point => {
  const p = projection(lonLat as [number, number]) ?? [0, 0];
  return [p[0], p[1]];
};

let projectedArcs: readonly (readonly Point[])[] | null = null;

/** Every arc decoded (delta-encoded, quantised) and projected at scale 1, once. */
function arcs(): readonly (readonly Point[])[] {
  if (projectedArcs) return projectedArcs;
  const [sx, sy] = topology.transform?.scale ?? [1, 1];
  const [tx, ty] = topology.transform?.translate ?? [0, 0];
  projectedArcs = topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]) => {
      x += dx!;
      y += dy!;
      return project([x * sx + tx, y * sy + ty]);
    });
  });
  return projectedArcs;
}

/** A ring's points from its arc indices (negative: the arc reversed), joints written once. */
function ringPoints(ring: readonly number[]): Point[] {
  const all = arcs();
  const points: Point[] = [];
  for (const index of ring) {
    const arc = index >= 0 ? all[index]! : [...all[~index]!].reverse();
    arc.forEach((p, i) => {
      if (i > 0 || points.length === 0) points.push(p);
    });
  }
  return points;
}

/** A unit's merged polygons as rings of projected (scale-1) points. */
type Rings = readonly (readonly (readonly Point[])[])[];

const countyRings = new Map<string, Rings>();

function unitRings(counties: readonly string[]): Rings {
  const parts = geometries.filter((g) => counties.includes(g.properties!.number));
  // One county: its own rings, without the merge (the costly step), once.
  if (parts.length === 1) {
    const number = parts[0]!.properties!.number;
    let rings = countyRings.get(number);
    if (!rings) {
      const g = parts[0]! as TopoMultiPolygon | TopoPolygon;
      const polygons = g.type === 'Polygon' ? [g.arcs] : g.arcs;
      rings = polygons.map((polygon) => polygon.map(ringPoints));
      countyRings.set(number, rings);
    }
    return rings;
  }
  const merged = mergeArcs(topology, parts as unknown as TopoPolygon[]) as TopoMultiPolygon;
  return merged.arcs.map((polygon) => polygon.map(ringPoints));
}

function ringArea(ring: readonly Point[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    sum += (ring[j]![0] - ring[i]![0]) * (ring[j]![1] + ring[i]![1]);
  }
  return Math.abs(sum) / 2;
}

/** Outer rings minus holes (even-odd), planar in the projection: for weights only. */
const area = (rings: Rings): number =>
  rings.reduce(
    (a, polygon) => a + polygon.reduce((b, r, i) => b + (i === 0 ? 1 : -1) * ringArea(r), 0),
    0,
  );

function contains(rings: Rings, [x, y]: Point): boolean {
  let inside = false;
  for (const polygon of rings)
    for (const ring of polygon)
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = ring[i]!;
        const [xj, yj] = ring[j]!;
        if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
      }
  return inside;
}

const centres = new Map(
  (centresJson as readonly { number: string; lat: number; lon: number }[]).map((c) => [
    c.number,
    project([c.lon, c.lat]),
  ]),
);

/** One unit of a scheme as a map area, at scale 1. */
interface MapUnit {
  readonly id: string;
  readonly rings: Rings;
  readonly anchor: Point;
}

const unitsCache = new Map<CountySchemeId, readonly MapUnit[]>();

function mapUnits(scheme: CountySchemeId): readonly MapUnit[] {
  const cached = unitsCache.get(scheme);
  if (cached) return cached;
  const units = countyScheme(scheme).units.map((unit) => {
    const rings = unitRings(unit.counties);
    return { id: unit.id, rings, anchor: anchorOf(unit.counties, rings) };
  });
  unitsCache.set(scheme, units);
  return units;
}

/**
 * A county's own centre; for a merged unit the mean of its counties' centres weighted by area,
 * moved to the nearest of those centres when it falls outside the unit (e.g. "the rest of
 * Norway", whose weighted mean may lie in Sweden).
 */
function anchorOf(counties: readonly string[], rings: Rings): Point {
  const points = counties.map((c) => centres.get(c)!);
  if (points.length === 1) return points[0]!;
  const weights = counties.map((c) => area(unitRings([c])));
  const total = weights.reduce((a, b) => a + b, 0);
  let x = 0;
  let y = 0;
  points.forEach((p, i) => {
    x += (p[0] * weights[i]!) / total;
    y += (p[1] * weights[i]!) / total;
  });
  if (contains(rings, [x, y])) return [x, y];
  const away = (p: Point) => Math.hypot(p[0] - x, p[1] - y);
  return points.reduce((best, p) => (away(p) < away(best) ? p : best));
}

/** The 2024 counties the inset shows: the crowded area around Oslo. */
export const INSET_COUNTIES: readonly string[] = ['03', '31', '32', '33'];

/** A frame to draw in: the SVG's viewBox size, and the counties it is fitted to (all: absent). */
export interface MapFrame {
  readonly width: number;
  readonly height: number;
  readonly padding: number;
  readonly focus?: readonly string[];
}

/** One unit drawn into a frame: its SVG path and its anchor in frame coordinates. */
export interface DrawnUnit {
  readonly id: string;
  readonly path: string;
  readonly anchor: Point;
}

const drawnCache = new Map<string, readonly DrawnUnit[]>();

/** The units of a scheme drawn into a frame, in the scheme's order (cached per scheme and frame). */
export function drawUnits(scheme: CountySchemeId, frame: MapFrame): readonly DrawnUnit[] {
  const key = `${scheme}|${frame.width}x${frame.height}+${frame.padding}|${frame.focus?.join(',') ?? ''}`;
  const cached = drawnCache.get(key);
  if (cached) return cached;
  const units = mapUnits(scheme);
  // Fitted to the bounds of the focus counties, each on its own (their union has the same bounds).
  const fitTo = frame.focus ? frame.focus.map((c) => unitRings([c])) : units.map((u) => u.rings);
  const to = fit(fitTo, frame);
  // An inset draws only the units that reach into it (the rest would be paths off the frame).
  const result = units.map((u) => ({
    id: u.id,
    path: !frame.focus || reaches(u.rings, to, frame) ? pathOf(u.rings, to) : '',
    anchor: to(u.anchor),
  }));
  drawnCache.set(key, result);
  return result;
}

/** The scale and offset that put the rings' bounds centred inside the frame's padding. */
function fit(shapes: readonly Rings[], frame: MapFrame): (p: Point) => Point {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const rings of shapes)
    for (const polygon of rings)
      for (const [x, y] of polygon[0] ?? []) {
        if (x < x0) x0 = x;
        if (x > x1) x1 = x;
        if (y < y0) y0 = y;
        if (y > y1) y1 = y;
      }
  const w = frame.width - 2 * frame.padding;
  const h = frame.height - 2 * frame.padding;
  const k = Math.min(w / (x1 - x0 || 1), h / (y1 - y0 || 1));
  const dx = frame.padding + (w - k * (x1 - x0)) / 2 - k * x0;
  const dy = frame.padding + (h - k * (y1 - y0)) / 2 - k * y0;
  return ([x, y]) => [k * x + dx, k * y + dy];
}

/** Whether any outer ring point of the rings falls inside the frame. */
function reaches(rings: Rings, to: (p: Point) => Point, frame: MapFrame): boolean {
  for (const polygon of rings)
    for (const p of polygon[0] ?? []) {
      const [x, y] = to(p);
      if (x >= 0 && y >= 0 && x <= frame.width && y <= frame.height) return true;
    }
  return false;
}

const round = (n: number) => Math.round(n * 10) / 10;

/** SVG path data for the rings in frame coordinates, points under half a pixel apart skipped. */
function pathOf(rings: Rings, to: (p: Point) => Point): string {
  const parts: string[] = [];
  for (const polygon of rings)
    for (const ring of polygon) {
      let last: Point | null = null;
      const points: string[] = [];
      for (const raw of ring) {
        const p = to(raw);
        if (last && Math.abs(p[0] - last[0]) < 0.5 && Math.abs(p[1] - last[1]) < 0.5) continue;
        points.push(`${round(p[0])},${round(p[1])}`);
        last = p;
      }
      if (points.length >= 3) parts.push(`M${points.join('L')}Z`);
    }
  return parts.join('');
}

/**
 * A link between two anchors as a quadratic curve, bent to one side by a fifth of its length so
 * that links between neighbours do not lie on top of each other; the bend's side follows the
 * order of the ends, and callers pass them in the scheme's order, so A–B draws one curve.
 */
export function linkPath(a: Point, b: Point): { d: string; mid: Point } {
  const [x1, y1] = a;
  const [x2, y2] = b;
  const mx = (x1 + x2) / 2;
  const my = (y1 + y2) / 2;
  const cx = mx - (y2 - y1) * 0.2;
  const cy = my + (x2 - x1) * 0.2;
  return {
    d: `M${round(x1)},${round(y1)}Q${round(cx)},${round(cy)} ${round(x2)},${round(y2)}`,
    // The curve's point at t = 1/2: halfway between the chord's middle and the control point.
    mid: [(mx + cx) / 2, (my + cy) / 2],
  };
}
