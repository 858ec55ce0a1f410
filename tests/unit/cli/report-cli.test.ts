/**
 * `analyze --report FILE.html` as a user runs it: on the default data the file is written with
 * the live numbers in the chosen language; on a folder with a broken file the refused file is
 * named on stderr and in the report, and the report is written from the rest.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/domain/analysis/analyse';
import { buildDataset } from '../../../src/domain/membership/build-dataset';
import { reportInteger } from '../../../src/domain/report/format';
import { readFile } from '../../../src/io/read-file';
import { loadCommittedFiles } from '../default-data/load';

function analyze(...args: string[]) {
  const result = spawnSync('npx', ['tsx', 'src/cli/analyze.ts', ...args], {
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const dataset = buildDataset(loadCommittedFiles().map((f) => readFile(f.name, f.bytes)));
const organisations = analyse(dataset).organisations;

describe('analyze --report', () => {
  it.each(['nb', 'en'] as const)('writes the report of the default data in %s', (lang) => {
    const file = join(mkdtempSync(join(tmpdir(), 'klyngekart-report-')), 'rapport.html');
    const { status, stderr } = analyze('data/default', '--report', file, '--lang', lang);
    expect(status).toBe(0);
    expect(stderr).toContain(file);
    const html = readFileSync(file, 'utf8');
    expect(html).toContain(`<html lang="${lang}">`);
    expect(html).toContain(
      `${reportInteger(organisations, lang)} ${lang === 'nb' ? 'organisasjoner' : 'organisations'}`,
    );
    expect(html.match(/<svg/g)).toHaveLength(5);
    expect(html).not.toMatch(/<script|<link|\s(src|href)=/i);
    expect(html).toContain(lang === 'nb' ? 'Eksempeldata' : 'Example data');
  });

  it('on broken input names the refused file and writes the report from the rest', () => {
    const input = mkdtempSync(join(tmpdir(), 'klyngekart-report-broken-'));
    copyFileSync('data/default/Kongsbergklyngen.csv', join(input, 'Kongsbergklyngen.csv'));
    copyFileSync('data/default/SAMS Norway.csv', join(input, 'SAMS Norway.csv'));
    writeFileSync(join(input, 'broken.xlsx'), 'PK\u0003\u0004 not really a zip');
    const file = join(input, 'report.html');
    const { status, stderr } = analyze(input, '--report', file, '--lang', 'en');
    expect(status).toBe(0);
    expect(stderr).toMatch(/--report: .*broken\.xlsx: not read/);
    expect(existsSync(file)).toBe(true);
    const html = readFileSync(file, 'utf8');
    expect(html).toContain('Kongsbergklyngen');
    expect(html).toContain('SAMS Norway');
    expect(html).toMatch(/Not read \(see the import report\): «broken\.xlsx»/);
    expect(html).not.toContain('Example data');
  });

  it('says so when the file cannot be written', () => {
    const { status, stderr } = analyze(
      'data/default/Kongsbergklyngen.csv',
      '--report',
      join(tmpdir(), 'no-such-dir-klyngekart', 'x.html'),
    );
    expect(status).toBe(1);
    expect(stderr).toMatch(/--report: .*x\.html: kunne ikke skrives/);
  });
});
