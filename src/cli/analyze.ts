/**
 * `npm run analyze -- <files or folders...> [--json] [--lang nb|en] [--partners NAME
 * [--partners-mode similar|complementary]]`: the same domain code as the app, without a browser.
 * An unreadable file is reported and the rest still runs; the exit status is 1 when nothing could
 * be read, 2 for a usage error (unknown option or value, unknown cluster name).
 */
import { analyse } from '../domain/analysis/analyse';
import { buildDataset } from '../domain/membership/build-dataset';
import type { FileRead } from '../domain/membership/table';
import { readFile } from '../io/read-file';
import { flagValue, parseArgs, type FlagSpec } from './args';
import { collectFiles, readBytes } from './collect-files';
import { partnersFor } from './partners';
import { formatSummary, type CliLanguage } from './summary';

const USAGE =
  'usage: npm run analyze -- <files or folders...> [--json] [--lang nb|en] [--partners NAME [--partners-mode similar|complementary]]';

const FLAGS: readonly FlagSpec[] = [
  { name: 'json', value: false, repeatable: false },
  { name: 'lang', value: true, repeatable: false, values: ['nb', 'en'] },
  { name: 'partners', value: true, repeatable: false },
  { name: 'partners-mode', value: true, repeatable: false, values: ['similar', 'complementary'] },
];

function main(argv: readonly string[]): number {
  const parsed = parseArgs(argv, FLAGS);
  if (!parsed.ok || parsed.args.positional.length === 0) {
    process.stderr.write(`${parsed.ok ? '' : `analyze: ${parsed.error}\n`}${USAGE}\n`);
    return 2;
  }
  const json = parsed.args.flags.has('json');
  const language = (flagValue(parsed.args, 'lang') ?? 'nb') as CliLanguage;
  const partnersOf = flagValue(parsed.args, 'partners');
  const mode = (flagValue(parsed.args, 'partners-mode') ?? 'similar') as
    'similar' | 'complementary';
  if (mode !== 'similar' && partnersOf === undefined) {
    process.stderr.write(`analyze: --partners-mode needs --partners NAME\n${USAGE}\n`);
    return 2;
  }
  const paths = parsed.args.positional;
  const started = performance.now();
  const { files, missing } = collectFiles(paths);
  const reads: FileRead[] = [
    ...missing.map((path): FileRead => ({
      file: path,
      ok: false,
      reason: `${path}: no such file or folder`,
    })),
    ...files.map((file): FileRead => {
      try {
        return readFile(file.name, readBytes(file));
      } catch (error) {
        return {
          file: file.name,
          ok: false,
          reason: `${file.name}: could not be read (${(error as Error).message})`,
        };
      }
    }),
  ];
  const dataset = buildDataset(reads);
  const partners =
    partnersOf === undefined ? undefined : partnersFor(dataset, partnersOf, mode, language);
  if (partners && !partners.ok) {
    process.stderr.write(`analyze: ${partners.message}\n`);
    return 2;
  }
  const analysis = analyse(dataset);
  const seconds = (performance.now() - started) / 1000;
  const document = partners ? { ...analysis, partners: partners.partners } : analysis;
  if (json) process.stdout.write(`${JSON.stringify(document, null, 2)}\n`);
  else {
    process.stdout.write(`${formatSummary(analysis, language)}\n`);
    process.stderr.write(
      `\n${files.length} ${language === 'nb' ? 'filer' : 'files'}, ${seconds.toFixed(2)} s\n`,
    );
  }
  return reads.some((r) => r.ok) ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
