/**
 * Heavy input, as CSV bytes read the way the app reads them: a 199 999-row long list (with the
 * header, the 200 000-row limit; an organisation column and a cluster column, every organisation
 * in two clusters), the same number
 * of rows for only 50 organisations (many rows of one organisation, which was quadratic in
 * resolution), and a 55 000-member single list. Times readFile, buildDataset, the resolution
 * step alone and analyse, so a regression to per-row copying shows up as a jump here.
 */
import { analyse } from '../src/domain/analysis/analyse';
import { buildDataset } from '../src/domain/membership/build-dataset';
import { proposeDuplicates } from '../src/domain/membership/proposals';
import { readMemberRow } from '../src/domain/membership/member-rows';
import { detectMapping } from '../src/domain/membership/column-mapping';
import { resolveOrganisations } from '../src/domain/membership/resolve';
import type { FileRead } from '../src/domain/membership/table';
import { readFile } from '../src/io/read-file';
import { time, type SpeedRow } from './speed';

const encoder = new TextEncoder();

/** Organisation number with a valid MOD11 check digit, from a serial. */
function orgNumber(serial: number): string {
  const weights = [3, 2, 7, 6, 5, 4, 3, 2];
  // Three bodies per serial: at most one of them lacks a check digit (remainder 10).
  for (let n = serial * 3; ; n++) {
    const body = String(10_000_000 + n);
    const sum = weights.reduce((s, w, i) => s + w * Number(body[i]), 0);
    const check = 11 - (sum % 11);
    if (check === 10) continue;
    return `${body}${check === 11 ? 0 : check}`;
  }
}

const MUNICIPALITIES = ['0301', '3201', '4601', '5001', '1103', '3301'];

/** `rows` rows over `orgs` organisations, each row one (organisation, cluster) membership. */
export function longListCsv(rows: number, orgs: number, clusters = 16): Uint8Array {
  const lines = ['Navn;Organisasjonsnummer;Kommunenr;Klynge'];
  for (let i = 0; i < rows; i++) {
    const org = i % orgs;
    const cluster = (org + Math.floor(i / orgs)) % clusters;
    lines.push(
      `Bedrift ${org} AS;${orgNumber(org)};${MUNICIPALITIES[org % MUNICIPALITIES.length]};Klynge ${cluster + 1}`,
    );
  }
  return encoder.encode(`${lines.join('\r\n')}\r\n`);
}

/** One cluster's list of `members` organisations, named by the file. */
export function singleListCsv(members: number): Uint8Array {
  const lines = ['Navn;Organisasjonsnummer;Kommunenr'];
  for (let i = 0; i < members; i++)
    lines.push(`Medlem ${i} AS;${orgNumber(i)};${MUNICIPALITIES[i % MUNICIPALITIES.length]}`);
  return encoder.encode(`${lines.join('\r\n')}\r\n`);
}

function rowsOf(name: string, bytes: Uint8Array, withAnalyse: boolean): SpeedRow[] {
  const size = `${name}, ${(bytes.length / 1e6).toFixed(1)} MB`;
  let read: FileRead | undefined;
  const readMs = time(1, () => {
    read = readFile(name, bytes);
  });
  const reads = [read!];
  const dataset = buildDataset(reads);
  const memberRows = read!.ok
    ? read!.tables.flatMap((t) => {
        const mapping = detectMapping(t, read!.ok ? read!.tables.length : 1);
        return t.rows.flatMap((r) => {
          const o = readMemberRow(t, r, mapping);
          return o.ok ? [o.row] : [];
        });
      })
    : [];
  const rows: SpeedRow[] = [
    { step: 'readFile', size, medianMs: readMs, runs: 1 },
    {
      step: 'resolveOrganisations',
      size,
      medianMs: time(3, () => resolveOrganisations(memberRows)),
      runs: 3,
    },
    { step: 'buildDataset', size, medianMs: time(1, () => buildDataset(reads)), runs: 1 },
    {
      step: 'proposeDuplicates',
      size,
      medianMs: time(1, () => proposeDuplicates(dataset.organisations)),
      runs: 1,
    },
  ];
  if (!withAnalyse) return rows;
  return [
    ...rows,
    {
      step: `analyse (${dataset.organisations.length} orgs)`,
      size,
      medianMs: time(1, () => analyse(dataset)),
      runs: 1,
    },
  ];
}

/**
 * analyse() on these sizes is dominated by the metrics (betweenness and closeness over the whole
 * organisation-cluster graph), which take minutes at 100 000 organisations: it runs only with
 * BENCH_HEAVY_ANALYSE=1, so `npm run bench` stays usable.
 */
export function heavyInputBench(
  withAnalyse = process.env['BENCH_HEAVY_ANALYSE'] === '1',
): SpeedRow[] {
  return [
    ...rowsOf('long-199999-rows.csv', longListCsv(199_999, 100_000), withAnalyse),
    ...rowsOf('long-199999-rows-50-orgs.csv', longListCsv(199_999, 50), withAnalyse),
    ...rowsOf('single-55000.csv', singleListCsv(55_000), withAnalyse),
  ];
}
