/**
 * The CLI's JSON for the example data (`npm run -s analyze -- data/default --json ...`), so a
 * browser test compares the page with the same domain code run in Node instead of hard-coded
 * numbers.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export function analyzeJson(...extra: string[]): Record<string, unknown> {
  const out = execFileSync(
    'npm',
    ['run', '-s', 'analyze', '--', 'data/default', '--json', ...extra],
    {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    },
  );
  return JSON.parse(out) as Record<string, unknown>;
}

/** A number as the page writes it in bokmål ("0,219", "1 276") read back. */
export const readNbNumber = (text: string): number =>
  Number(
    text
      .replace(/[\s\u00a0\u202f]/g, '')
      .replace(',', '.')
      .replace('−', '-'),
  );
