/* `analyze --json --partners NAME` as a user runs it, on the default data. */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

function analyze(...args: string[]) {
  const result = spawnSync('npx', ['tsx', 'src/cli/analyze.ts', ...args], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface Partner {
  cluster: string;
  score: number;
  shared: number;
  lift: number;
  introducers: string[];
  reasons: string[];
}

describe('analyze --partners', () => {
  it('ranks every other cluster once, with shared, lift, introducers and reasons', () => {
    const { status, stdout } = analyze(
      'data/default',
      '--json',
      '--partners',
      'H2Cluster',
      '--lang',
      'en',
    );
    expect(status).toBe(0);
    const doc = JSON.parse(stdout) as {
      partners: Partner[];
      overlaps: { a: string; b: string; shared: number }[];
      communities: { modularity: number; count: number };
      metricErrors: unknown[];
    };
    const names = doc.partners.map((p) => p.cluster);
    expect(names).toHaveLength(15);
    expect(new Set(names).size).toBe(15);
    expect(names).not.toContain('H2Cluster');
    for (let i = 1; i < doc.partners.length; i++) {
      expect(doc.partners[i]!.score).toBeLessThanOrEqual(doc.partners[i - 1]!.score);
    }
    for (const p of doc.partners) {
      const overlap = doc.overlaps.find(
        (o) =>
          (o.a === 'H2Cluster' && o.b === p.cluster) || (o.b === 'H2Cluster' && o.a === p.cluster),
      );
      expect(p.shared).toBe(overlap?.shared ?? 0);
      expect(p.introducers.length).toBeGreaterThanOrEqual(p.shared);
      expect(p.reasons.length).toBeGreaterThan(0);
    }
    expect(doc.partners[0]!.reasons[0]).toMatch(/^Shares \d+ members/);
    expect(doc.communities.count).toBeGreaterThan(1);
    expect(doc.metricErrors).toEqual([]);
  });

  it.each([
    [['--partners', 'No such cluster'], /no such cluster in the data/],
    [['--partners-mode', 'opposite', '--partners', 'H2Cluster'], /unknown value/],
    [['--partner', 'H2Cluster'], /unknown option --partner/],
  ])('%j is an error with exit status 2', (flags, message) => {
    const { status, stderr } = analyze('data/default', '--json', ...flags);
    expect(status).toBe(2);
    expect(stderr).toMatch(message);
  });
});
