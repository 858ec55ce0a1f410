/**
 * `npm run analyze -- <files or folders...> [--json] [--lang nb|en]`: the same domain code as the
 * app, without a browser. An unreadable file is reported and the rest still runs; the exit status
 * is non-zero only when nothing could be read.
 */
import { analyse } from '../domain/analysis/analyse';
import { buildDataset } from '../domain/membership/build-dataset';
import type { FileRead } from '../domain/membership/table';
import { message } from '../domain/messages/make';
import { readFile } from '../io/read-file';
import { collectFiles, readBytes } from './collect-files';
import { formatSummary, type CliLanguage } from './summary';

const USAGE = 'usage: npm run analyze -- <files or folders...> [--json] [--lang nb|en]';

function main(argv: readonly string[]): number {
  const json = argv.includes('--json');
  const langIndex = argv.indexOf('--lang');
  const langValue = langIndex >= 0 ? argv[langIndex + 1] : 'nb';
  if (langValue !== 'nb' && langValue !== 'en') {
    process.stderr.write(`unknown --lang value "${langValue ?? ''}" (nb or en)\n${USAGE}\n`);
    return 2;
  }
  const language: CliLanguage = langValue;
  const unknown = argv.find(
    (a, i) => a.startsWith('--') && a !== '--json' && a !== '--lang' && i !== langIndex + 1,
  );
  if (unknown !== undefined) {
    process.stderr.write(`unknown option ${unknown}\n${USAGE}\n`);
    return 2;
  }
  const paths = argv.filter(
    (a, i) => !a.startsWith('--') && (langIndex < 0 || i !== langIndex + 1),
  );
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
      reason: message('file.missing'),
    })),
    ...files.map((file): FileRead => {
      try {
        return readFile(file.name, readBytes(file));
      } catch (error) {
        return {
          file: file.name,
          ok: false,
          reason: message('file.unreadable', { detail: (error as Error).message }),
        };
      }
    }),
  ];
  const dataset = buildDataset(reads);
  const analysis = analyse(dataset);
  const seconds = (performance.now() - started) / 1000;
  if (json) process.stdout.write(`${JSON.stringify(analysis, null, 2)}\n`);
  else {
    process.stdout.write(`${formatSummary(analysis, language, dataset.report.rejected)}\n`);
    process.stderr.write(
      `\n${files.length} ${language === 'nb' ? 'filer' : 'files'}, ${seconds.toFixed(2)} s\n`,
    );
  }
  return reads.some((r) => r.ok) ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
