/**
 * The four overlap measures of a cluster pair as descriptors, so a view can offer a choice of
 * measure (edge width, table column) and explain each one without knowing the formulas. The
 * explanations are {nb, en} text here because the domain has no i18n dictionary; a view may map
 * the id to its own key instead.
 */
import type { ClusterOverlap } from './overlap';

export type OverlapMeasureId = 'shared' | 'jaccard' | 'overlapCoefficient' | 'lift';

/** What a measure needs from a pair: s = |A ∩ B|, the two sizes, N = members of >= 1 cluster. */
export interface PairCounts {
  readonly shared: number;
  readonly sizeA: number;
  readonly sizeB: number;
  readonly members: number;
}

export interface OverlapMeasure {
  readonly id: OverlapMeasureId;
  readonly label: { readonly nb: string; readonly en: string };
  readonly explanation: { readonly nb: string; readonly en: string };
  /** From the raw counts; 0 where the formula's denominator is 0. */
  readonly compute: (counts: PairCounts) => number;
  /** Read the value already computed on a ClusterOverlap. */
  readonly read: (overlap: ClusterOverlap) => number;
}

const ratio = (x: number, y: number) => (y > 0 ? x / y : 0);

export const OVERLAP_MEASURES: readonly OverlapMeasure[] = [
  {
    id: 'shared',
    label: { nb: 'Felles medlemmer', en: 'Shared members' },
    explanation: {
      nb: 'Antall organisasjoner som er medlem i begge klyngene.',
      en: 'The number of organisations that are members of both clusters.',
    },
    compute: ({ shared }) => shared,
    read: (o) => o.shared,
  },
  {
    id: 'jaccard',
    label: { nb: 'Jaccard-indeks', en: 'Jaccard index' },
    explanation: {
      nb: 'Felles medlemmer delt på alle som er med i minst én av de to klyngene (0 til 1).',
      en: 'Shared members divided by everyone in at least one of the two clusters (0 to 1).',
    },
    compute: ({ shared, sizeA, sizeB }) => ratio(shared, sizeA + sizeB - shared),
    read: (o) => o.jaccard,
  },
  {
    id: 'overlapCoefficient',
    label: { nb: 'Overlappskoeffisient', en: 'Overlap coefficient' },
    explanation: {
      nb: 'Felles medlemmer delt på størrelsen til den minste klyngen: 1 når den minste ligger helt inni den største.',
      en: 'Shared members divided by the size of the smaller cluster: 1 when the smaller lies wholly inside the larger.',
    },
    compute: ({ shared, sizeA, sizeB }) => ratio(shared, Math.min(sizeA, sizeB)),
    read: (o) => o.overlapCoefficient,
  },
  {
    id: 'lift',
    label: { nb: 'Løft', en: 'Lift' },
    explanation: {
      nb: 'Hvor mange ganger flere felles medlemmer enn tilfeldig medlemskap ville gitt (1 = som tilfeldig).',
      en: 'How many times more shared members than chance membership would give (1 = as by chance).',
    },
    compute: ({ shared, sizeA, sizeB, members }) => ratio(shared * members, sizeA * sizeB),
    read: (o) => o.lift,
  },
];

export const OVERLAP_MEASURE_BY_ID: ReadonlyMap<OverlapMeasureId, OverlapMeasure> = new Map(
  OVERLAP_MEASURES.map((m) => [m.id, m]),
);
