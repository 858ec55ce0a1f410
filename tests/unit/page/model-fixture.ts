/**
 * Builds the page model of the committed page-model fixture files through the worker's API (as
 * the app does), with a chosen salt and file order. Not a test file itself.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createPipelineApi } from '../../../src/worker/pipeline-api';
import type { BuildResult } from '../../../src/worker/types';

export const FILES = ['Alfaklyngen.csv', 'Betaklyngen.csv'] as const;
const dir = fileURLToPath(new URL('../../fixtures/page-model/', import.meta.url));

export async function built(
  salt: string,
  files: readonly string[] = FILES,
): Promise<Extract<BuildResult, { ok: true }>> {
  const api = createPipelineApi();
  await api.readFiles(
    files.map((name) => {
      const bytes = readFileSync(dir + name);
      return { name, bytes: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) };
    }),
  );
  const result = await api.build({ files, salt });
  if (!result.ok) throw new Error(`files missing: ${result.missing.join(', ')}`);
  return result;
}
