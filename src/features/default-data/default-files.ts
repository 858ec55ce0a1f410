/**
 * The bundled example dataset: the files in data/default, emitted by Vite as same-origin assets
 * and fetched on start (no network beyond the app's own server).
 */
import { actions } from '../../state/store';
import type { InputFile } from '../../worker/types';

const URLS = import.meta.glob<string>('/data/default/*.{csv,xlsx,ods}', {
  query: '?url',
  import: 'default',
  eager: true,
});

const ENTRIES = Object.entries(URLS).sort(([a], [b]) => a.localeCompare(b));

async function fetchDefaultFiles(): Promise<InputFile[]> {
  return Promise.all(
    ENTRIES.map(async ([path, url]) => {
      const name = path.slice(path.lastIndexOf('/') + 1);
      const response = await fetch(url);
      if (!response.ok) {
        throw new Error(`The example file ${name} could not be fetched (HTTP ${response.status})`);
      }
      return { name, bytes: await response.arrayBuffer() };
    }),
  );
}

/** Loads the example data into the app; called once when the app starts. */
export function loadDefaultData(): Promise<void> {
  return actions.load('default', ENTRIES.length, fetchDefaultFiles);
}
