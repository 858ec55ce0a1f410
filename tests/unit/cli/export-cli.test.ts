/**
 * `analyze --export DIR` as a user runs it: on the default data every file is written and
 * readable (the workbook by openpyxl's sibling test, the graphs by NetworkX's); on broken input
 * the refused file is named and the rest is still written; an unwritable target gives a message
 * and a non-zero exit.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function analyze(...args: string[]) {
  const result = spawnSync('npx', ['tsx', 'src/cli/analyze.ts', ...args], {
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const EXPECTED = [
  'overlap.gexf',
  'overlap.graphml',
  'overlap.cyjs',
  'members.gexf',
  'members.graphml',
  'members.cyjs',
  'klyngekart.xlsx',
  'organisations.csv',
  'overlaps.csv',
  'intersections.csv',
  'county-links-per-member.csv',
  'cluster-metrics.csv',
  'organisation-metrics.csv',
  'rejected-rows.csv',
];

describe('analyze --export', () => {
  it('writes the graphs, the workbook and the tables for the default data', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'klyngekart-export-')), 'out');
    const { status, stderr } = analyze('data/default', '--export', dir);
    expect(status).toBe(0);
    expect(stderr).toMatch(/Skrev \d+ filer/);
    expect(readdirSync(dir)).toEqual(expect.arrayContaining(EXPECTED));
    const organisations = readFileSync(join(dir, 'organisations.csv'), 'utf8');
    expect(organisations.split('\r\n').length - 2).toBe(1276);
    expect(readFileSync(join(dir, 'overlap.gexf'), 'utf8')).toContain('label="Norway Health Tech"');
  });

  it('on broken input names the refused file and still writes the rest', () => {
    const input = mkdtempSync(join(tmpdir(), 'klyngekart-broken-'));
    copyFileSync('data/default/Kongsbergklyngen.csv', join(input, 'Kongsbergklyngen.csv'));
    writeFileSync(join(input, 'broken.xlsx'), 'PK\u0003\u0004 not really a zip');
    const dir = join(input, 'out');
    const { status, stderr } = analyze(input, '--export', dir, '--lang', 'en');
    expect(status).toBe(0);
    expect(readdirSync(dir)).toEqual(expect.arrayContaining(EXPECTED));
    const rejected = readFileSync(join(dir, 'rejected-rows.csv'), 'utf8');
    expect(rejected).toContain('broken.xlsx');
    expect(stderr).toMatch(/Wrote \d+ files/);
  });

  it('an unwritable target is a message and exit 1', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'klyngekart-file-')), 'a-file');
    writeFileSync(file, 'x');
    const { status, stderr } = analyze('data/default', '--export', file, '--lang', 'en');
    expect(status).toBe(1);
    expect(stderr).toContain('--export');
  });
});
