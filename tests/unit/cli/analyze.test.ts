/* The CLI as a user runs it: a real process on real files, JSON on stdout, exit status. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../../src/domain/analysis/types';

function analyze(...args: string[]) {
  return analyzeWith({}, ...args);
}

function analyzeWith(env: Record<string, string>, ...args: string[]) {
  const result = spawnSync('npx', ['tsx', 'src/cli/analyze.ts', ...args], {
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, ...env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

// Each case starts real processes; on a busy machine that takes longer than the default limit.
describe('npm run analyze', { timeout: 120_000 }, () => {
  it('reports the default data as the report published it', () => {
    const { status, stdout } = analyze('data/default', '--json');
    expect(status).toBe(0);
    const analysis = JSON.parse(stdout) as Analysis;
    expect(analysis.organisations).toBe(1276);
    expect(analysis.membershipHistogram).toMatchObject({ '2': 94, '3': 24, '4+': 9 });
    expect(analysis.clusters).toHaveLength(16);
    const size = (name: string) => analysis.clusters.find((c) => c.name === name)?.members;
    expect(size('Norway Health Tech')).toBe(270);
    expect(size('Kongsbergklyngen')).toBe(10);
    expect(size('NF&TA')).toBe(87);
    expect(Object.keys(analysis.metrics.clusters)).toHaveLength(16);
    expect(Object.keys(analysis.metrics.organisations)).toHaveLength(1276);
    expect(analysis.import).toMatchObject({
      rows: 1447,
      imported: 1276,
      merged: 171,
      rejected: [],
    });
    expect(analysis.countyLinks.scheme).toBe('2024');
  });

  it('reads what it can, lists the unreadable file, and exits 0', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kk-cli-'));
    writeFileSync(
      join(dir, 'H2Cluster.csv'),
      'Navn;Kommunenr\r\nFjordvik Hydrogen AS;3201\r\nNordlys AS;0301\r\n',
    );
    // A download that broke off: the zip signature, then nothing a reader can use.
    writeFileSync(
      join(dir, 'broken.xlsx'),
      Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00, 0xff, 0xfe]),
    );
    const { status, stdout } = analyze(dir, '--json');
    expect(status).toBe(0);
    const analysis = JSON.parse(stdout) as Analysis;
    expect(analysis.organisations).toBe(2);
    expect(analysis.clusters[0]).toMatchObject({
      name: 'H2Cluster',
      members: 2,
      counties: { Oslo: 1, Akershus: 1 },
    });
    expect(analysis.import.rejected).toHaveLength(1);
    expect(analysis.import.rejected[0]).toMatchObject({ file: 'broken.xlsx', row: null });
  });

  it('exits non-zero when nothing could be read, and prints usage without arguments', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kk-cli-'));
    writeFileSync(join(dir, 'empty.csv'), '');
    expect(analyze(join(dir, 'empty.csv'), '--json').status).toBe(1);
    expect(analyze(join(dir, 'missing.csv')).status).toBe(1);
    const usage = analyze();
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('usage');
  });

  it('prints a readable summary in English on request', () => {
    const { status, stdout } = analyze('data/default', '--lang', 'en');
    expect(status).toBe(0);
    expect(stdout).toContain('Unique organisations: 1,276');
    expect(stdout).toContain('Norway Health Tech');
  });

  it.each([
    [['data/default', '--bogus'], 'unknown option --bogus'],
    [['data/default', '--lang', 'de'], '--lang de: unknown value'],
    [['data/default', '--file-timeout', 'x'], '--file-timeout x: not a number'],
  ])('%j is refused with a message and exit status 2', (args, message) => {
    const { status, stdout, stderr } = analyze(...args);
    expect(status).toBe(2);
    expect(stderr).toContain(message);
    expect(stdout).toBe('');
  });

  it('ends quietly when the reader of its output stops early (| head)', () => {
    const result = spawnSync(
      'sh',
      ['-c', 'npx tsx src/cli/analyze.ts data/default --json | head -1'],
      {
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    expect(result.stdout).toBe('{\n');
    expect(result.stderr).not.toContain('EPIPE');
    expect(result.stderr).not.toContain('Error');
  });

  it('stops a file whose read does not end, rejects it, and analyses the others', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kk-cli-'));
    writeFileSync(join(dir, 'H2Cluster.csv'), 'Navn;Kommunenr\r\nFjordvik Hydrogen AS;3201\r\n');
    writeFileSync(
      join(dir, 'stuck.xls'),
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
    );
    writeFileSync(join(dir, 'Zeta.csv'), 'Navn;Kommunenr\r\nNordlys AS;0301\r\n');
    const started = Date.now();
    const { status, stdout } = analyzeWith(
      { KLYNGEKART_CLI_READER: join(process.cwd(), 'tests/fixtures/cli/slow-reader.ts') },
      dir,
      '--json',
      '--file-timeout',
      '2',
    );
    expect(Date.now() - started).toBeLessThan(50_000);
    expect(status).toBe(0);
    const analysis = JSON.parse(stdout) as Analysis;
    expect(analysis.clusters.map((c) => c.name)).toEqual(['H2Cluster', 'Zeta']);
    expect(analysis.organisations).toBe(2);
    expect(analysis.import.rejected).toEqual([
      {
        file: 'stuck.xls',
        row: null,
        reason:
          'reading the file took more than 2 s and was stopped; it may be damaged: open it in Excel or LibreOffice and save it again',
        code: 'file.read-timeout',
      },
    ]);
  });
});
