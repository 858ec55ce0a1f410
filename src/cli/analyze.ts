/**
 * `npm run analyze -- <files or folders...> [--json] [--lang nb|en] [--file-timeout SECONDS]`:
 * the same domain code as the app, without a browser. An unreadable file is reported and the rest still runs; the exit status
 * is non-zero only when nothing could be read. Flags are parsed in args.ts; files are read in a
 * worker thread, each under a time limit (read-with-timeout.ts).
 */
import { analyse } from '../domain/analysis/analyse';
import { buildDataset } from '../domain/membership/build-dataset';
import type { FileRead } from '../domain/membership/table';
import { flagValue, parseArgs } from './args';
import { collectFiles } from './collect-files';
import { DEFAULT_FILE_TIMEOUT_SECONDS, readFilesWithTimeout } from './read-with-timeout';
import { formatSummary, type CliLanguage } from './summary';

const USAGE =
  'usage: npm run analyze -- <files or folders...> [--json] [--lang nb|en] [--file-timeout SECONDS]';

async function main(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv);
  if (!args.ok) {
    process.stderr.write(`${args.message}\n${USAGE}\n`);
    return 2;
  }
  const json = args.flags.has('--json');
  const language = flagValue(args, '--lang', 'nb') as CliLanguage;
  const seconds = Number(flagValue(args, '--file-timeout', String(DEFAULT_FILE_TIMEOUT_SECONDS)));
  const { paths } = args;
  if (paths.length === 0) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const started = performance.now();
  const { files, missing } = collectFiles(paths);
  const reads: FileRead[] = [
    ...missing.map((path): FileRead => ({
      file: path,
      ok: false,
      reason: `${path}: no such file or folder`,
    })),
    ...(await readFilesWithTimeout(files, seconds)),
  ];
  const dataset = buildDataset(reads);
  const analysis = analyse(dataset);
  const elapsed = (performance.now() - started) / 1000;
  if (json) process.stdout.write(`${JSON.stringify(analysis, null, 2)}\n`);
  else {
    process.stdout.write(`${formatSummary(analysis, language)}\n`);
    process.stderr.write(
      `\n${files.length} ${language === 'nb' ? 'filer' : 'files'}, ${elapsed.toFixed(2)} s\n`,
    );
  }
  return reads.some((r) => r.ok) ? 0 : 1;
}

// A reader that stops early (`| head`) closes the pipe: that is an ordinary end, not a crash.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

process.exitCode = await main(process.argv.slice(2));
