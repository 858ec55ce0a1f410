/**
 * `npm run bench`: prints tables. Quality of recognition on generated messy lists, and speed of
 * the pipeline steps, measured side by side in one run. Nothing here is asserted by tests.
 */
import { countyLinksTable } from './county-links';
import { entityResolutionBench } from './entity-resolution';
import { compareWithGraphology, type GraphologyComparison } from './metrics-scale';
import { pipelineAtScale, type PipelineResult } from './pipeline-stages';
import { speedBench } from './speed';
import { startupBench } from './startup';
import { table } from './table';

const pct = (x: number) => x.toFixed(4);

console.log('## Recognition on generated messy lists (pairwise over rows)\n');
for (const [seed, orgs, lists] of [
  [7, 2000, 12],
  [11, 5000, 16],
] as const) {
  const result = entityResolutionBench(seed, orgs, lists);
  const n = result.noise;
  console.log(
    `seed ${seed}: ${orgs} true organisations, ${lists} lists, ${n.rows} rows; noise: ${n.typo} typos, ${n.abbreviation} abbreviations, ${n.initials} initials, ${n.missingNumber} missing numbers, ${n.badCheckDigit} bad check digits, ${n.legalForm} legal-form variants, ${n.caseOrPunctuation} case/punctuation`,
  );
  console.log(
    table(
      ['step', 'organisations', 'precision', 'recall', 'proposals'],
      result.rows.map((r) => [
        r.step,
        r.organisations,
        pct(r.score.precision),
        pct(r.score.recall),
        r.proposals ?? '',
      ]),
    ),
  );
  console.log(
    `proposal precision (share of proposals that are true duplicates): ${pct(result.proposalPrecision)}`,
  );
  console.log('targets: automatic precision >= 0.995; recall with reviewed proposals >= 0.98\n');
}

console.log('## Speed (median of runs, same process)\n');
const speed = await speedBench();
console.log(
  table(
    ['step', 'size', 'median ms', 'runs'],
    speed.map((r) => [r.step, r.size, r.medianMs.toFixed(1), r.runs]),
  ),
);

console.log('\n## County-link matrix (target: 100x under 1 000 ms)\n\n' + countyLinksTable(table));
console.log('\n## Heavy input (generated CSV, read as the app reads it)\n');
const heavy = (await import('./heavy-input')).heavyInputBench();
console.log(
  table(
    ['step', 'size', 'median ms', 'runs'],
    heavy.map((r) => [r.step, r.size, r.medianMs.toFixed(1), r.runs]),
  ),
);

console.log(
  '\n## The pipeline at 1x, 10x, 100x, stage by stage (scaled-data.ts read back as CSV; wall ms (CPU ms), heap/RSS change in MB)\n',
);
// Progress on stderr: at 100x a stage can take a while on a busy machine.
const scales: PipelineResult[] = [];
for (const scale of [1, 10, 100])
  scales.push(
    await pipelineAtScale(scale, (r) =>
      process.stderr.write(
        `  ${scale}x ${r.stage}: ${r.ms.toFixed(0)} ms, cpu ${r.cpuMs.toFixed(0)} ms\n`,
      ),
    ),
  );
const stages = scales[0]!.rows.map((r) => r.stage);
const cell = (result: PipelineResult, stage: string) => {
  const r = result.rows.find((x) => x.stage === stage)!;
  const time = `${r.ms.toFixed(0)} ms (cpu ${r.cpuMs.toFixed(0)}), ${r.heapMb.toFixed(0)}/${r.rssMb.toFixed(0)} MB`;
  return r.note ? `${time} (${r.note})` : time;
};
// graphology-metrics' exact betweenness on the same bipartite graph, at 1x and 10x (at 100x it
// would take hours): its time, the ratio to the whole analyse, and the largest difference.
const comparisons = scales.map((s) => {
  if (s.scale > 10) return null;
  const analyseMs = s.rows.find((r) => r.stage === 'analyse (whole)')!.ms;
  return compareWithGraphology(s.scale, analyseMs);
});
const compared = (f: (c: GraphologyComparison) => string) =>
  comparisons.map((c) => (c ? f(c) : 'not run'));
console.log(
  table(
    [
      'stage',
      ...scales.map((s) => `${s.scale}x (${s.organisations} orgs / ${s.clusters} clusters)`),
    ],
    [
      ...stages.map((stage) => [stage, ...scales.map((s) => cell(s, stage))]),
      [
        'graphology-metrics betweenness (organisations)',
        ...compared((c) => `${c.graphologyMs.toFixed(0)} ms`),
      ],
      [
        'ratio: graphology-metrics betweenness / analyse (whole)',
        ...compared((c) => c.ratio.toFixed(1)),
      ],
      [
        'largest difference from graphology-metrics',
        ...compared((c) => c.largestDifference.toExponential(2)),
      ],
    ],
  ),
);
console.log(`peak RSS of this process: ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MB`);
console.log(
  'targets: 10x ratio >= 50 with difference <= 1e-9; 100x every metric < 10 s, analyse (whole) < 30 s and < 1 GB\n',
);

console.log('## CLI start-up (median of 3, usage only)\n');
console.log(
  table(
    ['how', 'ms'],
    startupBench().map((r) => [r.how, r.ms.toFixed(0)]),
  ),
);
