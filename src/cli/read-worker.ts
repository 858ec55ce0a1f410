/**
 * The CLI's reading process: reads one file per message and answers with its FileRead, so the
 * main thread can stop a read that takes too long (a damaged .xls that loops) by killing
 * this process. The reader module may be swapped by KLYNGEKART_CLI_READER, a test hook that
 * names a module exporting readFile (tests use one that never returns).
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { FileRead } from '../domain/membership/table';
import { message } from '../domain/messages/make';

type Reader = (name: string, bytes: Uint8Array) => FileRead;

async function loadReader(): Promise<Reader> {
  const override = process.env['KLYNGEKART_CLI_READER'];
  const module = (
    override ? await import(pathToFileURL(override).href) : await import('../io/read-file')
  ) as { readFile: Reader };
  return module.readFile;
}

const reader = loadReader();
// Tells the CLI the reader is loaded, so its per-file clock does not count start-up.
void reader.then(() => process.send?.('ready'));

process.on('message', (job: { name: string; path: string }) => {
  void reader.then((read) => {
    let result: FileRead;
    try {
      result = read(job.name, new Uint8Array(readFileSync(job.path)));
    } catch (error) {
      result = {
        file: job.name,
        ok: false,
        reason: message('file.unreadable', { detail: (error as Error).message }),
      };
    }
    process.send?.(result);
  });
});
