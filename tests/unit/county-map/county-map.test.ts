/**
 * The county map's pure parts: the geometry per scheme, the links and ranking read off the
 * matrix, the selection it makes, the pair behind a link and its export, the threshold in the
 * URL and the settings' state changes.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COUNTY_SCHEME_IDS, countyScheme } from '../../../src/domain/geo/schemes';
import { computeCountyLinkMatrix } from '../../../src/domain/graph/county-links';
import { selectionOf } from '../../../src/domain/page/selection';
import { EMPTY_SELECTION } from '../../../src/domain/page/selection-types';
import { mapLinks, rankLinks, shownLinks } from '../../../src/features/county-map/map-links';
import { mapFocus, selectPair, selectUnit } from '../../../src/features/county-map/map-selection';
import { countyMapPairCsv, pairTables } from '../../../src/features/county-map/pair-export';
import { membershipIndexOf } from '../../../src/features/county-map/use-county-links';
import { formatNumber } from '../../../src/features/county-map/numbers';
import { COUNTY_VIEW_DEFAULTS, mergeCountyView } from '../../../src/state/county-view';
import { initialState } from '../../../src/state/reducers';
import { FILTERS, parseUrlHash, serialiseUrlHash } from '../../../src/state/url-state';
import { drawUnits, INSET_COUNTIES } from '../../../src/ui/charts/norway-map-geometry';
import { NorwayMap } from '../../../src/ui/charts/NorwayMap';
import { attributesOf, render, textOf } from '../review/render';
import { smallData } from './fixture';

describe('geometry', () => {
  it('the JSON copy of the topology is the topology', () => {
    expect(readFileSync('data/geo/fylker-2024.topo.json', 'utf8')).toBe(
      readFileSync('data/geo/fylker-2024.topojson', 'utf8'),
    );
  });

  it.each(COUNTY_SCHEME_IDS)('%s: one closed area per unit, anchors inside the frame', (id) => {
    const frame = { width: 400, height: 560, padding: 10 };
    const units = drawUnits(id, frame);
    expect(units.map((u) => u.id)).toEqual(countyScheme(id).units.map((u) => u.id));
    for (const u of units) {
      expect(u.path).toMatch(/^M[\d.,L-]+Z/);
      expect(u.anchor[0]).toBeGreaterThan(frame.padding);
      expect(u.anchor[0]).toBeLessThan(frame.width - frame.padding);
      expect(u.anchor[1]).toBeGreaterThan(frame.padding);
      expect(u.anchor[1]).toBeLessThan(frame.height - frame.padding);
    }
  });

  it('counts 15, 13, 11 and 3 areas; the inset frames Oslo and its neighbours', () => {
    const frame = { width: 400, height: 560, padding: 10 };
    expect(
      ['2024', 'report', '2020-23', 'region'].map((s) => drawUnits(s as never, frame).length),
    ).toEqual([15, 13, 11, 3]);
    const inset = drawUnits('2024', { width: 300, height: 260, padding: 8, focus: INSET_COUNTIES });
    for (const id of INSET_COUNTIES) {
      const [x, y] = inset.find((u) => u.id === id)!.anchor;
      expect(x).toBeGreaterThan(0);
      expect(x).toBeLessThan(300);
      expect(y).toBeGreaterThan(0);
      expect(y).toBeLessThan(260);
    }
    // Bergen's county lies far outside the inset.
    expect(inset.find((u) => u.id === '46')!.anchor[0]).toBeLessThan(0);
  });
});

describe('links and ranking', () => {
  const data = smallData();
  const index = membershipIndexOf(data.dataset);
  const matrix = computeCountyLinkMatrix(index, { scheme: '2024' });
  const at = (id: string) => matrix.units.findIndex((u) => u.id === id);

  it('one link per linked pair of different units, with the matrix values', () => {
    const links = mapLinks(matrix, 'pairs', -1);
    // Oslo–Østfold (K1), Oslo–Akershus (K2), Oslo–Vestland (K2), Østfold–Akershus (K3),
    // Akershus–Vestland (K2).
    expect(links).toHaveLength(5);
    const osloOstfold = links.find((l) => l.a === at('03') && l.b === at('31'))!;
    expect(osloOstfold.value).toBe(2);
    expect(osloOstfold.value).toBe(matrix.pairs[at('03')]![at('31')]);
    expect(shownLinks(links, 2).shown.map((l) => l.value)).toEqual([2]);
    expect(shownLinks(links, 2).hidden).toBe(4);
  });

  it('per member is read from the selected unit, else in the stronger direction', () => {
    const oslo = at('03');
    const ostfold = at('31');
    // Oslo has 2 members, Østfold 1: from Østfold 2 per member, from Oslo 1.
    const fromOstfold = mapLinks(matrix, 'perMember', ostfold).find((l) => l.b === ostfold)!;
    expect([fromOstfold.from, fromOstfold.value]).toEqual([ostfold, 2]);
    const fromOslo = mapLinks(matrix, 'perMember', oslo).find((l) => l.b === ostfold)!;
    expect([fromOslo.from, fromOslo.value]).toEqual([oslo, 1]);
    const none = mapLinks(matrix, 'perMember', -1).find((l) => l.b === ostfold)!;
    expect(none.from).toBe(ostfold);
  });

  it('ranks a unit’s links strongest first, its links within apart', () => {
    const { ranked, within } = rankLinks(matrix, 'pairs', at('03'));
    expect(ranked.map((r) => matrix.units[r.to]!.id)).toEqual(['31', '32', '46']);
    expect(ranked.map((r) => r.value)).toEqual([2, 1, 1]);
    // a1 and a2 share K1: one pair, counted from both ends.
    expect(within?.value).toBe(2);
  });
});

describe('selection and the pair behind a link', () => {
  const data = smallData();
  const units = countyScheme('2024').units;
  const cluster = [...data.model.clusters.keys()][0]!;

  it('keeps the selected clusters, toggles the county, opens a pair from its county', () => {
    const withCluster = selectionOf([{ kind: 'cluster', id: cluster }]);
    const oslo = selectUnit(withCluster, units, '03');
    expect(oslo.clusters).toEqual([cluster]);
    expect(mapFocus(oslo, units)).toEqual({ unit: 0, pair: null });
    expect(mapFocus(selectUnit(oslo, units, '03'), units).unit).toBe(-1);
    const pair = selectPair(oslo, '31', '03');
    expect(pair.focus).toEqual({ kind: 'county-pair', from: '31', to: '03' });
    expect(mapFocus(pair, units).pair).toEqual([4, 0]);
    // A 2024 county under 2020-23 selects nothing there.
    expect(mapFocus(oslo, countyScheme('2020-23').units).unit).toBe(0);
    const ostfold = selectUnit(EMPTY_SELECTION, units, '31');
    expect(mapFocus(ostfold, countyScheme('2020-23').units).unit).toBe(-1);
  });

  it('exports the organisations behind Østfold → Oslo with their carrying clusters', async () => {
    const state = {
      ...initialState('nb'),
      data,
      selection: selectPair(EMPTY_SELECTION, '31', '03'),
    };
    const [orgs, carriers] = pairTables({ data, language: 'nb', state });
    expect(carriers!.rows).toEqual([['Klynge K1', 2, 1, 2]]);
    expect(orgs!.rows.map((r) => r.slice(0, 2))).toEqual([
      ['Østfold', 'Org B1 AS'],
      ['Oslo', 'Org A1 AS'],
      ['Oslo', 'Org A2 AS'],
    ]);
    const anonymised = pairTables({ data, language: 'en', state: { ...state, anonymised: true } });
    expect(anonymised[0]!.rows.map((r) => r[1])).toEqual(
      ['B1', 'A1', 'A2'].map(
        (x) =>
          `Organisation ${data.model.organisations.get(data.model.orgPageId.get(x.toLowerCase() as never)!)!.index}`,
      ),
    );
    const csv = await (await countyMapPairCsv.produce({ data, language: 'nb', state })).text();
    expect(csv.replace(/^\ufeff/, '').split('\r\n')[0]).toBe(
      'Område;Organisasjon;Org.nr.;Klynger som bærer koblingen',
    );
    expect(csv).toContain('Oslo;Org A1 AS;;Klynge K1');
    // Without a pair: the header only.
    expect(pairTables({ data, language: 'nb' })[0]!.rows).toEqual([]);
  });

  it('a cluster selected elsewhere narrows the pair to links through it', () => {
    const k3 = [...data.model.clusters.values()].find((c) => c.name === 'Klynge K3')!.id;
    const state = {
      ...initialState('nb'),
      data,
      selection: selectPair(selectionOf([{ kind: 'cluster', id: k3 }]), '31', '03'),
    };
    // K3 holds no one in Oslo: nothing behind Østfold → Oslo.
    expect(pairTables({ data, language: 'nb', state })[1]!.rows).toEqual([]);
  });
});

describe('settings and the URL', () => {
  it('a new measure or scheme resets the threshold (unless it is set with them)', () => {
    const s = mergeCountyView(COUNTY_VIEW_DEFAULTS, { countyMapMin: 2.5 });
    expect(s.countyMapMin).toBe(2.5);
    expect(mergeCountyView(s, { measure: 'lift' })).toMatchObject({
      measure: 'lift',
      countyMapMin: 0,
    });
    expect(mergeCountyView(s, { scheme: '2020-23' })).toMatchObject({
      scheme: '2020-23',
      countyMapMin: 0,
    });
    expect(mergeCountyView(s, { rowSort: 'name' }).countyMapMin).toBe(2.5);
    expect(mergeCountyView(s, { measure: 'lift', countyMapMin: 1 }).countyMapMin).toBe(1);
    expect(mergeCountyView(s, { countyMapMin: -1 }).countyMapMin).toBe(0);
    expect(mergeCountyView(s, { countyMapMin: Number.NaN }).countyMapMin).toBe(0);
  });

  it.each([
    [1.25, 'kmin=1.25'],
    [6610, 'kmin=6610'],
  ])('threshold %s round-trips as %s', (value, text) => {
    const hash = serialiseUrlHash({ view: 'fylkeskart', filters: { countyMapMin: value } });
    expect(hash).toContain(text);
    expect(parseUrlHash(hash, ['fylkeskart']).state.filters?.countyMapMin).toBe(value);
  });

  it('a bad threshold is left out with a problem', () => {
    const parsed = parseUrlHash('#fylkeskart?v=1&kmin=-3', ['fylkeskart']);
    expect(parsed.state.filters).toBeUndefined();
    expect(parsed.problems).toContain('bad-value');
    expect(FILTERS.countyMapMin.fallback).toBe(0);
  });

  it('numbers per language', () => {
    expect(formatNumber('nb', 6610).replace(/\s/g, ' ')).toBe('6 610');
    expect(formatNumber('en', 6610)).toBe('6,610');
    expect(formatNumber('nb', 52.047, 1)).toBe('52,0');
    expect(formatNumber('en', 52.047, 1)).toBe('52.0');
  });
});

describe('NorwayMap renders in Node', () => {
  it('draws every unit and link, names as text, and the attribution', () => {
    const units = countyScheme('2020-23').units.map((u) => ({
      id: u.id,
      fill: '#cccccc',
      label: `${u.name}: 1 medlem`,
      text: u.id === '30' ? '<b>Viken</b>' : u.name,
    }));
    const html = render(NorwayMap, {
      scheme: '2020-23',
      frame: { width: 400, height: 560, padding: 10 },
      units,
      links: [{ key: '03|30', a: '03', b: '30', width: 4, label: 'Oslo – Viken: 5 par' }],
      title: 'Kart',
      attribution: 'Fylkesgrenser: © Kartverket, CC BY 4.0',
      onUnit: () => undefined,
      onLink: () => undefined,
    });
    expect(attributesOf(html, 'path', 'data-unit')).toHaveLength(11);
    expect(attributesOf(html, 'g', 'data-link')).toEqual(['03|30']);
    expect(attributesOf(html, 'g', 'aria-label')).toContain('Oslo – Viken: 5 par');
    // A name is text, never markup.
    expect(html).toContain('&lt;b&gt;Viken&lt;/b&gt;');
    expect(html).not.toContain('<b>');
    expect(textOf(html)).toContain('Fylkesgrenser: © Kartverket, CC BY 4.0');
  });
});
