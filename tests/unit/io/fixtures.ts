/** Test helper: the io fixtures (made by scripts/make-io-fixtures.sh) as bytes. */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURE_DIR = fileURLToPath(new URL('../../fixtures/io/', import.meta.url));

export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(FIXTURE_DIR, name)));
}

export function fixtureOk<T extends { ok: boolean }>(read: T): Extract<T, { ok: true }> {
  if (!read.ok) throw new Error(`expected ok, got ${JSON.stringify(read)}`);
  return read as Extract<T, { ok: true }>;
}
