/**
 * The counts shown on the tabs: rows and files the import rejected, possible duplicates left to
 * review, organisations without a county. Counted the way the panels count them (the same
 * functions), so a badge and its panel never disagree. Pure.
 */
import type { LoadedData } from '../../state/types';
import { orgIndexOf } from '../../state/org-index';
import { isUnplaced } from '../shared/unplaced';
import { proposalViews } from '../shared/proposal-views';

type Data = Pick<LoadedData, 'dataset' | 'proposals'>;

export const rejectedCount = (data: Data): number => data.dataset.report.rejected.length;

export const reviewCount = (data: Data): number =>
  proposalViews(data.proposals, orgIndexOf(data.dataset)).length;

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
