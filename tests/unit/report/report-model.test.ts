/**
 * reportModel against the analysis of the same data: on the committed default lists every
 * number the report shows is checked against analyse() (or counted again from its organisation
 * list), never against a written-down value; small datasets cover the edge sentences.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/domain/analysis/analyse';
import { buildDataset } from '../../../src/domain/membership/build-dataset';
import { circleLayout } from '../../../src/domain/report/circle-layout';
import { reportInteger, reportPercent } from '../../../src/domain/report/format';
import { LINK_ROWS, reportModel } from '../../../src/domain/report/report-model';
import { readFile } from '../../../src/io/read-file';
import { makeDataset } from '../analysis/make-dataset';
import { loadCommittedFiles } from '../default-data/load';

const dataset = buildDataset(loadCommittedFiles().map((f) => readFile(f.name, f.bytes)));
const analysis = analyse(dataset);
const nb = reportModel(dataset, analysis, 'nb', { source: 'default', date: '2026-12-02' });
const en = reportModel(dataset, analysis, 'en', { source: 'default' });
const sentence = (model: typeof nb, id: string, i = 0) =>
  model.sections.find((s) => s.id === id)!.sentences[i]!;

describe('reportModel on the default data, against analyse()', () => {
  const h = analysis.membershipHistogram;
  const counted = h['1'] + h['2'] + h['3'] + h['4+'];

  it('has the totals of the analysis, in the totals sentence in each language', () => {
    expect(nb.totals).toMatchObject({
      clusters: analysis.clusters.length,
      organisations: counted,
      memberships: analysis.memberships,
      in2: h['2'],
      in3: h['3'],
      in4plus: h['4+'],
    });
    const share = (h['2'] + h['3'] + h['4+']) / counted;
    expect(nb.totals.multiShare).toBeCloseTo(share, 12);
    for (const [model, lang] of [
      [nb, 'nb'],
      [en, 'en'],
    ] as const) {
      const text = sentence(model, 'sizes');
      for (const n of [counted, h['2'], h['3'], h['4+'], analysis.clusters.length]) {
        expect(text).toContain(reportInteger(n, lang));
      }
      expect(text).toContain(reportPercent(share, lang));
    }
    // The two languages write numbers their own way.
    expect(reportInteger(counted, 'nb')).toMatch(/^\d{1,3}(\u00a0\d{3})*$/);
    expect(reportInteger(counted, 'en')).toMatch(/^\d{1,3}(,\d{3})*$/);
    expect(reportPercent(share, 'nb')).toMatch(/^\d+,\d\u00a0%$/);
    expect(reportPercent(share, 'en')).toMatch(/^\d+\.\d%$/);
  });

  it('names the largest and the smallest cluster as the analysis sizes them', () => {
    const sizes = analysis.clusters.map((c) => c.members);
    const largest = analysis.clusters.find((c) => c.members === Math.max(...sizes))!;
    const smallest = analysis.clusters.find((c) => c.members === Math.min(...sizes))!;
    expect(nb.largest).toMatchObject({ name: largest.name, members: largest.members });
    expect(nb.smallest).toMatchObject({ name: smallest.name, members: smallest.members });
    expect(sentence(nb, 'sizes', 1)).toContain(largest.name);
    expect(sentence(nb, 'sizes', 1)).toContain(smallest.name);
    expect(nb.figures.f1.bars.map((b) => [b.name, b.members])).toEqual(
      analysis.clusters.map((c) => [c.name, c.members]),
    );
  });

  it('draws the overlaps of the analysis and names the strongest three', () => {
    const f3 = nb.figures.f3;
    expect(f3.allEdges).toBe(analysis.overlaps.length);
    const name = new Map(f3.nodes.map((n) => [n.id, n.name]));
    expect(f3.edges.map((e) => [name.get(e.a), name.get(e.b), e.shared])).toEqual(
      analysis.overlaps.slice(0, f3.edges.length).map((o) => [o.a, o.b, o.shared]),
    );
    const text = sentence(nb, 'overlap');
    for (const o of analysis.overlaps.slice(0, 3)) {
      expect(text).toContain(`${o.a} og ${o.b} (${reportInteger(o.shared, 'nb')} felles)`);
    }
    for (const n of f3.nodes) {
      expect(n.x).toBeGreaterThanOrEqual(0);
      expect(n.x).toBeLessThanOrEqual(1);
    }
  });

  it('counts member types and places over organisations, as the organisation list has them', () => {
    const members = analysis.organisationList.filter((o) => o.clusters.length > 0);
    const established = members.filter((o) => o.memberType === 'established').length;
    expect(sentence(nb, 'types')).toContain(
      `${reportPercent(established / members.length, 'nb')} etablerte bedrifter`,
    );
    const viken = new Set(['Østfold', 'Akershus', 'Buskerud']);
    const oslo = members.filter((o) => o.county === 'Oslo').length / members.length;
    const inViken = members.filter((o) => viken.has(o.county)).length / members.length;
    expect(nb.figures.f4.overall.oslo).toBeCloseTo(oslo, 12);
    expect(nb.figures.f4.overall.viken).toBeCloseTo(inViken, 12);
    expect(sentence(nb, 'geo')).toContain(`${reportPercent(oslo, 'nb')} lokalisert i Oslo`);
    expect(sentence(en, 'geo')).toContain(`${reportPercent(oslo, 'en')} are in Oslo`);
    // Each cluster's bar adds up to its members.
    nb.figures.f4.rows.forEach((row, i) =>
      expect(row.values.reduce((a, b) => a + b, 0)).toBe(analysis.clusters[i]!.members),
    );
  });

  it('takes fig. 3-5 from the county links under the report scheme, its three origin rows', () => {
    const links = analyse(dataset, { countyLinks: { scheme: 'report' } }).countyLinks;
    const f5 = nb.figures.f5;
    expect(f5.columns.map((c) => c.name)).toEqual(links.counties);
    expect(f5.rows.map((r) => r.id)).toEqual(LINK_ROWS);
    f5.rows.forEach((row, i) => {
      f5.columns.forEach((column, j) => {
        expect(f5.values[i]![j]).toBeCloseTo(links.perMember[row.name]![column.name]!, 12);
      });
    });
    const links0 = sentence(nb, 'links');
    const akershus = links.perMember['Akershus']!;
    const best = Object.entries(akershus).sort((a, b) => b[1] - a[1])[0]![0];
    expect(links0).toContain(`Medlemmene i Akershus har flest koblinger til ${best}`);
  });

  it('notes synthetic data only for the example, and names the files and the date', () => {
    expect(nb.syntheticNote).toContain('Eksempeldata');
    expect(en.syntheticNote).toContain('Example data');
    expect(reportModel(dataset, analysis, 'nb', { source: 'files' }).syntheticNote).toBeNull();
    expect(nb.sourceLines.join(' ')).toContain('«Kongsbergklyngen.csv»');
    expect(nb.sourceLines.join(' ')).toContain('2026-12-02');
  });
});

describe('reportModel on small datasets', () => {
  it.each([
    {
      name: 'one cluster',
      orgs: [
        { id: 'a', clusters: ['K'] },
        { id: 'b', clusters: ['K'] },
      ],
      sizes: /Den ene klyngen, K, har 2 medlemmer/,
      overlap: 'Ingen klynger har felles medlemmer.',
    },
    {
      name: 'two clusters, one shared member',
      orgs: [
        { id: 'a', clusters: ['K', 'L'] },
        { id: 'b', clusters: ['K'] },
      ],
      sizes: /fra 1 i L til 2 i K/,
      overlap: 'Størst overlapp i medlemsmassen er det mellom K og L (1 felles).',
    },
    { name: 'no data', orgs: [], sizes: /0 organisasjoner i de 0 klyngene/, overlap: 'Ingen' },
  ])('$name', ({ orgs, sizes, overlap }) => {
    const data = makeDataset(orgs);
    const model = reportModel(data, analyse(data), 'nb');
    expect(model.sections[0]!.sentences.join(' ')).toMatch(sizes);
    expect(model.sections.find((s) => s.id === 'overlap')!.sentences[0]).toContain(overlap);
  });

  it('lays out the same way every time, keeping linked clusters side by side', () => {
    const sizes = [10, 30, 20, 5];
    const links = [{ a: 1, b: 3, weight: 4 }];
    const first = circleLayout(sizes, links);
    expect(circleLayout(sizes, links)).toEqual(first);
    // The largest (1) starts at the top; its linked neighbour (3) comes right after it.
    expect(first[1]!.y).toBeCloseTo(0, 12);
    const step = (p: { x: number; y: number }) => Math.atan2(p.y - 0.5, p.x - 0.5);
    expect(step(first[3]!) - step(first[1]!)).toBeCloseTo(Math.PI / 2, 12);
  });
});
