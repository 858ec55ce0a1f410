/**
 * `npm run analyze -- <files or folders...> [--json] [--lang nb|en]
 * [--scheme 2024|report|2020-23|region] [--cluster NAME]... [--partners NAME
 * [--partners-mode similar|complementary]] [--export DIR] [--report FILE.html]
 * [--file-timeout SECONDS]`: the same
 * domain code as the app, without a browser. An unreadable file is reported and the rest still runs; the exit status is
 * 1 when nothing could be read, 2 for a usage error (unknown option, value or cluster name).
 */
import { analyse, analyseInParallel, type AnalyseOptions } from '../domain/analysis/analyse';
import { COUNTY_SCHEME_IDS, type CountySchemeId } from '../domain/geo/schemes';
import type { ClusterId } from '../domain/membership/types';
import { buildDataset } from '../domain/membership/build-dataset';
import type { FileRead } from '../domain/membership/table';
import { message } from '../domain/messages/make';
import { renderMessage } from '../domain/messages/render';
import { flagValue, parseArgs, type FlagSpec } from './args';
import { collectFiles } from './collect-files';
import { countyMatrixText } from './county-matrix-text';
import { writeExportDir } from './export-dir';
import { DEFAULT_FILE_TIMEOUT_SECONDS, readFilesWithTimeout } from './read-with-timeout';
import { partnersFor } from './partners';
import { metricsThreads } from './metrics-threads';
import { isExampleInput, writeReportHtml } from './report-html';
import { formatSummary, type CliLanguage } from './summary';

const USAGE =
  'usage: npm run analyze -- <files or folders...> [--json] [--lang nb|en] [--scheme 2024|report|2020-23|region] [--cluster NAME]... [--partners NAME [--partners-mode similar|complementary]] [--export DIR] [--report FILE.html] [--file-timeout SECONDS]';

const FLAGS: readonly FlagSpec[] = [
  { name: 'json', value: false, repeatable: false },
  { name: 'lang', value: true, repeatable: false, values: ['nb', 'en'] },
  { name: 'scheme', value: true, repeatable: false, values: COUNTY_SCHEME_IDS },
  { name: 'cluster', value: true, repeatable: true },
  { name: 'partners', value: true, repeatable: false },
  { name: 'partners-mode', value: true, repeatable: false, values: ['similar', 'complementary'] },
  { name: 'export', value: true, repeatable: false },
  { name: 'file-timeout', value: true, repeatable: false },
  { name: 'report', value: true, repeatable: false },
];

async function main(argv: readonly string[]): Promise<number> {
  const parsed = parseArgs(argv, FLAGS);
  if (!parsed.ok || parsed.args.positional.length === 0) {
    process.stderr.write(`${parsed.ok ? '' : `analyze: ${parsed.error}\n`}${USAGE}\n`);
    return 2;
  }
  const json = parsed.args.flags.has('json');
  const language = (flagValue(parsed.args, 'lang') ?? 'nb') as CliLanguage;
  const scheme = (flagValue(parsed.args, 'scheme') ?? '2024') as CountySchemeId;
  const clusterNames = parsed.args.flags.get('cluster') ?? [];
  const paths = parsed.args.positional;
  const partnersOf = flagValue(parsed.args, 'partners');
  const mode = (flagValue(parsed.args, 'partners-mode') ?? 'similar') as
    'similar' | 'complementary';
  if (parsed.args.flags.has('partners-mode') && partnersOf === undefined) {
    process.stderr.write(`analyze: --partners-mode needs --partners NAME\n${USAGE}\n`);
    return 2;
  }
  const timeoutText =
    flagValue(parsed.args, 'file-timeout') ?? String(DEFAULT_FILE_TIMEOUT_SECONDS);
  if (!/^\d+(\.\d+)?$/.test(timeoutText) || Number(timeoutText) <= 0) {
    process.stderr.write(
      `analyze: --file-timeout ${timeoutText}: not a number of seconds above 0\n${USAGE}\n`,
    );
    return 2;
  }
  const started = performance.now();
  const { files, missing } = collectFiles(paths);
  const reads: FileRead[] = [
    ...missing.map((path): FileRead => ({
      file: path,
      ok: false,
      reason: message('file.missing'),
    })),
    ...(await readFilesWithTimeout(files, Number(timeoutText))),
  ];
  const dataset = buildDataset(reads);
  // --cluster names a cluster exactly as the data writes it; every cluster of that name counts.
  const unknownClusters = clusterNames.filter((n) => !dataset.clusters.some((c) => c.name === n));
  if (unknownClusters.length > 0) {
    const known = dataset.clusters.map((c) => `"${c.name}"`).join(', ');
    process.stderr.write(
      `analyze: --cluster ${unknownClusters.map((n) => `"${n}"`).join(', ')}: no such cluster in the data (clusters: ${known})\n`,
    );
    return 2;
  }
  const selected = new Set<ClusterId>(
    dataset.clusters.filter((c) => clusterNames.includes(c.name)).map((c) => c.id),
  );
  const partners =
    partnersOf === undefined ? undefined : partnersFor(dataset, partnersOf, mode, language);
  if (partners && !partners.ok) {
    process.stderr.write(`analyze: ${partners.message}\n`);
    return 2;
  }
  const analyseOptions: AnalyseOptions = {
    countyLinks: { scheme, ...(clusterNames.length > 0 ? { clusters: selected } : {}) },
  };
  // Betweenness shares its searches with threads on the other cores (one thread from source).
  const runner = metricsThreads();
  const analysis = runner
    ? await analyseInParallel(dataset, { ...analyseOptions, runner }).finally(() => runner.close())
    : analyse(dataset, analyseOptions);
  const seconds = (performance.now() - started) / 1000;
  const document = partners ? { ...analysis, partners: partners.partners } : analysis;
  if (json) process.stdout.write(`${JSON.stringify(document, null, 2)}\n`);
  else {
    process.stdout.write(`${formatSummary(analysis, language, dataset.report.rejected)}\n`);
    process.stdout.write(`\n${countyMatrixText(analysis.countyLinks, language)}\n`);
    process.stderr.write(
      `\n${files.length} ${language === 'nb' ? 'filer' : 'files'}, ${seconds.toFixed(2)} s\n`,
    );
  }
  const exportDir = flagValue(parsed.args, 'export');
  let exportFailed = false;
  if (exportDir !== undefined) {
    const outcome = writeExportDir(exportDir, dataset, analysis, language);
    process.stderr.write(
      `${language === 'nb' ? 'Skrev' : 'Wrote'} ${outcome.written.length} ${language === 'nb' ? 'filer til' : 'files to'} ${exportDir}\n`,
    );
    for (const f of outcome.failed) {
      process.stderr.write(
        `analyze: --export: ${f.file}: ${language === 'nb' ? 'kunne ikke skrives' : 'could not be written'} (${f.error})\n`,
      );
    }
    exportFailed = outcome.failed.length > 0;
  }
  const reportFile = flagValue(parsed.args, 'report');
  let reportFailed = false;
  if (reportFile !== undefined) {
    for (const r of dataset.report.rejected.filter((x) => x.row === null)) {
      process.stderr.write(
        `analyze: --report: ${r.file}: ${language === 'nb' ? 'ikke lest' : 'not read'} (${renderMessage(r.reason, language)})\n`,
      );
    }
    const source = isExampleInput(paths) ? 'default' : 'files';
    const error = writeReportHtml(reportFile, dataset, analysis, language, source);
    process.stderr.write(
      error === null
        ? `${language === 'nb' ? 'Skrev rapporten til' : 'Wrote the report to'} ${reportFile}\n`
        : `analyze: --report: ${reportFile}: ${language === 'nb' ? 'kunne ikke skrives' : 'could not be written'} (${error})\n`,
    );
    reportFailed = error !== null;
  }
  return reads.some((r) => r.ok) && !exportFailed && !reportFailed ? 0 : 1;
}

// A reader that stops early (`| head`) closes the pipe: that is an ordinary end, not a crash.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

process.exitCode = await main(process.argv.slice(2));
