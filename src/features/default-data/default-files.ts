/**
 * The bundled example dataset: the files in data/default, emitted by Vite as same-origin assets
 * and fetched when the example opens (no network beyond the app's own server).
 */
import type { ExampleSource } from '../../state/store';
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

/** The example data for the store: opened on first start and by "Tilbake til eksempeldata". */
export const exampleSource: ExampleSource = { count: ENTRIES.length, fetch: fetchDefaultFiles };
