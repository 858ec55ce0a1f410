/**
 * The parameters the iterative metrics (eigenvector, PageRank) share: which edge attribute
 * weighs, how many iterations, and when the iteration counts as settled.
 */
import type { NumberParamSpec, WeightParamSpec } from './types';

export const sharedWeightParam = {
  kind: 'edge-weight',
  label: 'Edge weight',
  description: 'Edge attribute used as weight; null for unweighted.',
  default: 'shared',
} satisfies WeightParamSpec;

export function maxIterationsParam(defaultIterations: number, description: string) {
  return {
    kind: 'number',
    label: 'Max. iterations',
    description,
    default: defaultIterations,
    min: 1,
    max: 100_000,
    integer: true,
  } satisfies NumberParamSpec;
}

export const toleranceParam = {
  kind: 'number',
  label: 'Tolerance',
  description: 'Stop when the summed change is below n times this.',
  default: 1e-6,
  min: 1e-12,
  max: 1e-2,
} satisfies NumberParamSpec;
