/**
 * The default dataset (data/default) built through the worker's API, as the app builds it, once
 * per test file: the page model plus the analysis document to compare with. Not a test file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createPipelineApi } from '../../../src/worker/pipeline-api';
import type { BuildResult } from '../../../src/worker/types';

const dir = fileURLToPath(new URL('../../../data/default/', import.meta.url));

let cached: Promise<Extract<BuildResult, { ok: true }>> | null = null;

export function defaultBuilt(): Promise<Extract<BuildResult, { ok: true }>> {
  cached ??= (async () => {
    const files = readdirSync(dir).filter((f) => /\.(csv|xlsx)$/.test(f));
    const api = createPipelineApi();
    await api.readFiles(
      files.map((name) => {
        const bytes = readFileSync(dir + name);
        return {
          name,
          bytes: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length),
        };
      }),
    );
    const result = await api.build({ files, salt: 'upset-test' });
    if (!result.ok) throw new Error(`files missing: ${result.missing.join(', ')}`);
    return result;
  })();
  return cached;
}
