/**
 * The counts shown on the tabs: rows and files the import rejected, possible duplicates left to
 * review, organisations without a county. Counted the way the panels count them (the same
 * functions), so a badge and its panel never disagree. Pure.
 */
import type { OrgId } from '../../domain/membership/types';
import type { LoadedData } from '../../state/types';
import { isUnplaced } from '../shared/unplaced';

type Data = Pick<LoadedData, 'dataset' | 'proposals'>;

export const rejectedCount = (data: Data): number => data.dataset.report.rejected.length;

/**
 * What `proposalViews` (shared/proposal-views.ts) lists, counted without its index (names and clusters of every
 * organisation): at 127 600 organisations that index took 0.2-0.3 s, on every new build.
 */
export function reviewCount(data: Data): number {
  const ids = orgIdsOf(data.dataset);
  return data.proposals.filter((p) => p.a !== p.b && ids.has(p.a) && ids.has(p.b)).length;
}

const idSets = new WeakMap<Data['dataset'], ReadonlySet<OrgId>>();
function orgIdsOf(dataset: Data['dataset']): ReadonlySet<OrgId> {
  let ids = idSets.get(dataset);
  if (!ids) idSets.set(dataset, (ids = new Set(dataset.organisations.map((o) => o.id))));
  return ids;
}

export const unplacedCount = (data: Data): number =>
  data.dataset.organisations.filter((o) => isUnplaced(o.placement)).length;

/** Only tabs with something to count have an entry; 0 means "nothing to do there". */
export type TabCounts = Readonly<Partial<Record<string, number>>>;

export function tabCounts(data: Data | null): TabCounts {
  if (!data) return {};
  return {
    import: rejectedCount(data),
    duplikater: reviewCount(data),
    plassering: unplacedCount(data),
  };
}
