#!/usr/bin/env node
/*
 * `npm test`: every suite (Vitest unit tests, Playwright browser tests in Chromium), then one
 * closing line "N passed, N failed" over all of them. A suite that crashes or reports nothing
 * counts as one failure, so a missing browser can never pass quietly.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

mkdirSync('test-results', { recursive: true });

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status ?? 1;
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

const suites = [];

rmSync('test-results/unit.json', { force: true });
const unitStatus = run('npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  '--outputFile.json=test-results/unit.json',
]);
const unit = readJson('test-results/unit.json');
suites.push(
  unit
    ? {
        name: 'unit (vitest)',
        passed: unit.numPassedTests,
        failed:
          unit.numFailedTests +
          (unit.numTotalTests === 0 || (unitStatus !== 0 && unit.numFailedTests === 0) ? 1 : 0),
      }
    : { name: 'unit (vitest)', passed: 0, failed: 1 },
);

rmSync('test-results/e2e.json', { force: true });
const e2eStatus = run('npx', ['playwright', 'test', '--reporter=list,json'], {
  PLAYWRIGHT_JSON_OUTPUT_NAME: 'test-results/e2e.json',
});
const e2e = existsSync('test-results/e2e.json') ? readJson('test-results/e2e.json') : null;
if (e2e?.stats) {
  const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = e2e.stats;
  const crashed = (e2eStatus !== 0 && unexpected === 0) || expected + unexpected + flaky === 0;
  suites.push({
    name: 'browser (playwright)',
    passed: expected + flaky,
    failed: unexpected + skipped + (crashed ? 1 : 0),
  });
} else {
  suites.push({ name: 'browser (playwright)', passed: 0, failed: 1 });
}

console.log('');
for (const s of suites) console.log(`${s.name}: ${s.passed} passed, ${s.failed} failed`);
const passed = suites.reduce((n, s) => n + s.passed, 0);
const failed = suites.reduce((n, s) => n + s.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
