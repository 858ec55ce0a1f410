/**
 * An array too long to build in one task (127 600 table rows took ~0.5 s in one task at 100x),
 * built a slice at a time with a frame between slices (inChunks), so the page answers clicks meanwhile.
 * An array of at most one slice is built at once, during render: small data never shows a
 * loading state. A new job (by identity) starts over; an unmounted one stops.
 */
import { useEffect, useMemo, useState } from 'react';
import { inChunks } from './graph/chunks';

export interface SlicedJob<T> {
  readonly total: number;
  readonly make: (index: number) => T;
}

export interface SlicedArray<T> {
  /** The whole array once built; null while slices are still coming. */
  readonly items: readonly T[] | null;
  readonly built: number;
  readonly total: number;
}

export const SLICE_ITEMS = 10_000;

function buildAll<T>(job: SlicedJob<T>): T[] {
  const out = new Array<T>(job.total);
  for (let i = 0; i < job.total; i++) out[i] = job.make(i);
  return out;
}

interface Progress<T> {
  readonly job: SlicedJob<T>;
  readonly items: T[] | null;
  readonly built: number;
}

export function useSlicedArray<T>(job: SlicedJob<T> | null, slice = SLICE_ITEMS): SlicedArray<T> {
  const small = job === null || job.total <= slice;
  const atOnce = useMemo(() => (job && small ? buildAll(job) : null), [job, small]);
  const [progress, setProgress] = useState<Progress<T> | null>(null);

  useEffect(() => {
    if (!job || small) return;
    const out = new Array<T>(job.total);
    return inChunks(job.total, slice, (from, to) => {
      for (let i = from; i < to; i++) out[i] = job.make(i);
      setProgress({ job, items: to >= job.total ? out : null, built: to });
    });
  }, [job, small, slice]);

  if (!job) return { items: [], built: 0, total: 0 };
  if (atOnce) return { items: atOnce, built: job.total, total: job.total };
  // Progress of an earlier job is not this one's.
  const mine = progress?.job === job ? progress : null;
  return { items: mine?.items ?? null, built: mine?.built ?? 0, total: job.total };
}
