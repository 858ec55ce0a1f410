/* `analyze --scheme/--cluster` as a user runs it on the default data: JSON, text and refusals. */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

import type { Analysis } from '../../../src/domain/analysis/types';

function analyze(...args: string[]) {
  const result = spawnSync('npx', ['tsx', 'src/cli/analyze.ts', 'data/default', ...args], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('analyze: county links options', () => {
  it('--scheme report --json: the 13 counties of the report, every field present', () => {
    const { status, stdout } = analyze('--json', '--scheme', 'report');
    expect(status).toBe(0);
    const analysis = JSON.parse(stdout) as Analysis;
    const links = analysis.countyLinks;
    expect(links.scheme).toBe('report');
    expect(links.counties).toHaveLength(13);
    expect(links.counties[5]).toBe('Vestfold og Telemark');
    for (const field of ['members', 'perMember', 'pairs', 'lift', 'unplaced'] as const) {
      expect(links[field]).toBeDefined();
    }
    expect(analysis.overlaps.every((o) => typeof o.lift === 'number')).toBe(true);
    expect(analysis.organisationList).toHaveLength(1276);
    const intersectionTotal = analysis.intersections.reduce((sum, x) => sum + x.size, 0);
    expect(intersectionTotal).toBe(1276);
  });

  it('--cluster: only members of the named cluster count', () => {
    const { status, stdout } = analyze('--json', '--cluster', 'Kongsbergklyngen');
    expect(status).toBe(0);
    const links = (JSON.parse(stdout) as Analysis).countyLinks;
    const members = Object.values(links.members).reduce((a, b) => a + b, 0);
    expect(members + links.unplaced.total).toBe(10);
  });

  it('prints the matrix in English with --lang en', () => {
    const { status, stdout } = analyze('--lang', 'en', '--scheme', 'region');
    expect(status).toBe(0);
    expect(stdout).toContain('County links (region)');
    expect(stdout).toMatch(/Rest of Norway +\d+ +\d+\.\d/);
  });

  it.each([
    [['--scheme', '2019'], '--scheme 2019: unknown value'],
    [['--cluster', 'No Such Cluster'], 'no such cluster'],
    [['--shceme', 'report'], 'unknown option --shceme'],
  ])('%j exits 2 with a message', (args, message) => {
    const { status, stderr } = analyze(...args);
    expect(status).toBe(2);
    expect(stderr).toContain(message);
  });
});
