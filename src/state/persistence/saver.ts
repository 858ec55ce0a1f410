/**
 * Saving without ever stopping the app: storage is opened once, on first use; saves run in the
 * order they were asked for; a storage that cannot open, or a save that fails (quota), is reported
 * and the app goes on in memory.
 */
import type { WorkspaceStorage } from './types';

export interface Saver {
  /** The storage, or null when it could not be opened. */
  storage(): Promise<WorkspaceStorage | null>;
  /** Queues a save; resolves when it has run (failed or not). */
  save(work: (storage: WorkspaceStorage) => Promise<void>): Promise<void>;
  /** Resolves when every save asked for so far has run. */
  idle(): Promise<void>;
}

export function createSaver(
  open: () => Promise<WorkspaceStorage>,
  report: { works(): void; fails(message: string): void },
): Saver {
  const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
  let opened: Promise<WorkspaceStorage | null> | null = null;
  const storage = () =>
    (opened ??= open().then(
      (s) => {
        report.works();
        return s;
      },
      (error: unknown) => {
        report.fails(messageOf(error));
        return null;
      },
    ));
  let saving: Promise<void> = Promise.resolve();
  return {
    storage,
    save(work) {
      saving = saving.then(async () => {
        const s = await storage();
        if (!s) return;
        try {
          await work(s);
        } catch (error) {
          report.fails(messageOf(error));
        }
      });
      return saving;
    },
    idle: () => saving,
  };
}
