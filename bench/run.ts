/**
 * `npm run bench`: prints tables. Quality of recognition on generated messy lists, and speed of
 * the pipeline steps, measured side by side in one run. Nothing here is asserted by tests.
 */
import { countyLinksTable } from './county-links';
import { entityResolutionBench } from './entity-resolution';
import { speedBench } from './speed';

function table(headers: string[], rows: (string | number)[][]): string {
  const cells = [headers, ...rows.map((r) => r.map(String))];
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => r[i]!.length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [
    line(headers),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...cells.slice(1).map(line),
  ].join('\n');
}

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
