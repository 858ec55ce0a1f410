/**
 * CLI start-up: the time from process start to exit for `analyze` with no arguments (it prints
 * its usage and exits 2, so only start-up is measured), run through tsx from source and as the
 * built bundle (scripts/build-cli.mjs), median of a few runs.
 */
import { spawnSync } from 'node:child_process';

function medianMs(command: string, args: string[], runs: number): number {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    spawnSync(command, args, { encoding: 'utf8' });
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)]!;
}

export function startupBench(runs = 3): { readonly how: string; readonly ms: number }[] {
  spawnSync('node', ['scripts/build-cli.mjs']);
  return [
    {
      how: 'tsx src/cli/analyze.ts (before)',
      ms: medianMs('npx', ['tsx', 'src/cli/analyze.ts'], runs),
    },
    {
      how: 'node dist-cli/analyze.mjs (built)',
      ms: medianMs('node', ['dist-cli/analyze.mjs'], runs),
    },
    {
      how: 'npm run analyze (staleness check + built)',
      ms: medianMs('npm', ['run', '-s', 'analyze'], runs),
    },
  ];
}
