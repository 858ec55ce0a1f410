/**
 * The generator's pure core: seed in, files and ground truth out, nothing written to disk. The
 * script (scripts/generate-default-data.ts) and the determinism test both call it.
 */
import { fileNameOf, writeFile, type GeneratedFile } from './write-files';
import { LAYOUTS } from './file-layouts';
import { buildOrganisations } from './organisations';
import { buildTruth, type GroundTruth } from './truth';
import { CLUSTERS } from './clusters';

/** The seed the committed dataset was made with (the report's mapping date, 1 March 2022). */
export const DEFAULT_SEED = 20220301;

export interface DefaultData {
  readonly files: readonly GeneratedFile[];
  readonly truth: GroundTruth;
}

export function generateDefaultData(seed: number = DEFAULT_SEED): DefaultData {
  if (
    LAYOUTS.length !== CLUSTERS.length ||
    new Set(LAYOUTS.map(fileNameOf)).size !== CLUSTERS.length
  )
    throw new Error('every cluster needs exactly one file layout');
  const orgs = buildOrganisations(seed);
  const files = LAYOUTS.map((layout) => writeFile(layout, orgs, seed));
  return { files, truth: buildTruth(seed, orgs, files) };
}
