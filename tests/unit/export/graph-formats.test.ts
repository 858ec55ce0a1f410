/**
 * The graph exports read back by an independent reader: NetworkX (Debian's python3-networkx,
 * installed by .ci/run) reads the GEXF, GraphML and cytoscape JSON written for a small dataset
 * with hostile names, and must find every node, edge and attribute, names intact as text.
 * Missing Python or NetworkX fails the test; it never passes quietly.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/domain/analysis/analyse';
import { membershipGraphSpec, overlapGraphSpec } from '../../../src/domain/export/analysis-graphs';
import { toCytoscapeJson } from '../../../src/domain/export/cytoscape-json';
import { toGexf } from '../../../src/domain/export/gexf';
import { toGraphml } from '../../../src/domain/export/graphml';
import { xmlText } from '../../../src/domain/export/xml-text';
import type { ClusterId, Dataset, OrgId } from '../../../src/domain/membership/types';

const PYTHON = process.env.PYTHON_NETWORKX ?? '/usr/bin/python3';
const READER = join(__dirname, '../../support/read_graph_files.py');

const MARKUP = '<img src=x onerror=alert(1)> & "Co" \u0001';
const org = (id: string, name: string) => ({
  id: id as OrgId,
  name,
  aliases: [],
  placement: { kind: 'county' as const, county: '03' as never, via: 'county' as never },
  sources: [{ file: 'a.csv', row: 2 }],
});

const dataset: Dataset = {
  organisations: [org('o1', MARKUP), org('o2', 'Beta AS'), org('o3', 'Gamma')],
  clusters: [
    { id: 'k1' as ClusterId, name: 'Klynge <A>' },
    { id: 'k2' as ClusterId, name: 'Klynge B' },
  ],
  memberships: [
    { org: 'o1' as OrgId, cluster: 'k1' as ClusterId },
    { org: 'o1' as OrgId, cluster: 'k2' as ClusterId },
    { org: 'o2' as OrgId, cluster: 'k1' as ClusterId },
    { org: 'o3' as OrgId, cluster: 'k2' as ClusterId },
  ],
  report: { rows: 4, imported: 3, merged: 1, rejected: [], merges: [], warnings: [], files: [] },
};

function readBack(files: Record<string, string>, nodes: string[]) {
  const dir = mkdtempSync(join(tmpdir(), 'klyngekart-graphs-'));
  const paths = Object.entries(files).map(([name, text]) => {
    const path = join(dir, name);
    writeFileSync(path, text, 'utf8');
    return path;
  });
  const out = execFileSync(PYTHON, [READER, ...paths, '--nodes', nodes.join(',')], {
    encoding: 'utf8',
  });
  const parsed = JSON.parse(out) as Record<string, Summary>;
  return Object.fromEntries(Object.entries(parsed).map(([p, s]) => [p.slice(dir.length + 1), s]));
}

interface Summary {
  nodes: number;
  edges: number;
  nodeAttrs: string[];
  edgeAttrs: string[];
  sample: Record<string, Record<string, unknown>>;
}

describe('xmlText', () => {
  it.each([
    ['<b>&"\'', '&lt;b&gt;&amp;&quot;&apos;'],
    ['a\u0001b\u0008c', 'abc'],
    ['tab\tok', 'tab\tok'],
    ['\ud83d\ude00 emoji', '\ud83d\ude00 emoji'],
    ['lone \ud83d surrogate', 'lone  surrogate'],
  ])('%j -> %j', (input, expected) => expect(xmlText(input)).toBe(expected));
});

describe('graph exports read by NetworkX', () => {
  const analysis = analyse(dataset);
  const overlap = overlapGraphSpec(analysis);
  const members = membershipGraphSpec(dataset, analysis);
  const summary = readBack(
    {
      'overlap.gexf': toGexf(overlap),
      'overlap.graphml': toGraphml(overlap),
      'overlap.cyjs': toCytoscapeJson(overlap),
      'members.gexf': toGexf(members),
      'members.graphml': toGraphml(members),
      'members.cyjs': toCytoscapeJson(members),
    },
    ['c1', 'o1'],
  );

  it.each(['gexf', 'graphml', 'cyjs'])('overlap graph as %s: nodes, edges, measures', (ext) => {
    const s = summary[`overlap.${ext}`]!;
    expect(s.nodes).toBe(2);
    expect(s.edges).toBe(1);
    expect(s.nodeAttrs).toEqual(expect.arrayContaining(['members', 'betweenness', 'pagerank']));
    expect(s.edgeAttrs).toEqual(expect.arrayContaining(['shared', 'jaccard', 'weight']));
    const label = s.sample.c1!.label ?? s.sample.c1!.name;
    expect(label).toBe('Klynge <A>');
    expect(Number(s.sample.c1!.members)).toBe(2);
  });

  it.each(['gexf', 'graphml', 'cyjs'])('membership graph as %s: markup stays text', (ext) => {
    const s = summary[`members.${ext}`]!;
    expect(s.nodes).toBe(5);
    expect(s.edges).toBe(4);
    expect(s.nodeAttrs).toEqual(expect.arrayContaining(['kind', 'county', 'clusters', 'degree']));
    const label = s.sample.o1!.label ?? s.sample.o1!.name;
    // XML cannot hold U+0001, so GEXF and GraphML drop it; JSON keeps the name exactly.
    expect(label).toBe(ext === 'cyjs' ? MARKUP : '<img src=x onerror=alert(1)> & "Co" ');
    expect(Number(s.sample.o1!.clusters)).toBe(2);
  });
});
