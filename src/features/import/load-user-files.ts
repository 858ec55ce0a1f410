/** Files the user picked or dropped -> named byte buffers -> the worker, replacing the data. */
import { actions } from '../../state/store';
import type { InputFile } from '../../worker/types';

async function toInputFiles(files: readonly File[]): Promise<InputFile[]> {
  return Promise.all(
    files.map(async (file) => ({ name: file.name, bytes: await file.arrayBuffer() })),
  );
}

export function loadUserFiles(files: readonly File[]): Promise<void> {
  const list = [...files];
  if (list.length === 0) return Promise.resolve();
  return actions.load('files', list.length, () => toInputFiles(list));
}
