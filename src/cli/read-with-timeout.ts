/**
 * Reads the CLI's files one by one in a child process, each under a time limit: a file whose
 * read does not finish in time (a damaged workbook that sends the reader into a loop) is
 * rejected with a message, the reader process is replaced, and the other files are still read. This is
 * the CLI's counterpart of the app's 60 s watchdog on its Web Worker.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { FileRead } from '../domain/membership/table';
import { message } from '../domain/messages/make';
import type { InputFile } from './collect-files';

export const DEFAULT_FILE_TIMEOUT_SECONDS = 60;

/**
 * A child process rather than a worker thread: Node 20 does not hand tsx's loader (how the CLI
 * runs from source) on to worker threads, but a child started with the same execArgv has it.
 * 'advanced' serialisation carries the FileRead (typed arrays included) as structured clone.
 */
/**
 * Resolves once the reader process has loaded its modules (or has died trying, or two minutes
 * passed). The timer also keeps the CLI alive meanwhile: the child and its channel are unref'd.
 */
function ready(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => done(), 120_000);
    const done = () => {
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('exit', done);
      resolve();
    };
    const onMessage = (message: unknown) => {
      if (message === 'ready') done();
    };
    child.on('message', onMessage);
    child.on('exit', done);
  });
}

function startWorker(): ChildProcess {
  const fromSource = import.meta.url.endsWith('.ts');
  const entry = new URL(`./read-worker.${fromSource ? 'ts' : 'js'}`, import.meta.url);
  const child = fork(fileURLToPath(entry), [], {
    execArgv: process.execArgv,
    serialization: 'advanced',
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  child.unref();
  child.channel?.unref();
  return child;
}

/** The read, or null when the time ran out; `broken` when the worker must be replaced. */
function readOne(
  worker: ChildProcess,
  file: InputFile,
  seconds: number,
): Promise<{ read: FileRead | null; broken: boolean }> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => finish(null, true), seconds * 1000);
    const onMessage = (read: unknown) => finish(read as FileRead, false);
    const onError = (error: Error) =>
      finish(
        {
          file: file.name,
          ok: false,
          reason: message('file.unreadable', { detail: error.message }),
        },
        true,
      );
    const onExit = (code: number | null) =>
      onError(new Error(`the reader stopped${code === null ? '' : ` with status ${code}`}`));
    function finish(read: FileRead | null, broken: boolean) {
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      resolve({ read, broken });
    }
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    worker.send({ name: file.name, path: file.path });
  });
}

export async function readFilesWithTimeout(
  files: readonly InputFile[],
  seconds = DEFAULT_FILE_TIMEOUT_SECONDS,
): Promise<FileRead[]> {
  const reads: FileRead[] = [];
  let worker: ChildProcess | null = null;
  for (const file of files) {
    if (!worker) {
      worker = startWorker();
      await ready(worker);
    }
    const { read, broken } = await readOne(worker, file, seconds);
    reads.push(
      read ?? {
        file: file.name,
        ok: false,
        reason: message('file.read-timeout', { seconds }),
      },
    );
    if (broken) {
      worker.kill('SIGKILL');
      worker = null;
    }
  }
  worker?.kill();
  return reads;
}
