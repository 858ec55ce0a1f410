/**
 * The counts shown on the tabs: rows and files the import rejected, possible duplicates left to
 * review, organisations without a county. Counted the way the panels count them (the same
 * functions), so a badge and its panel never disagree. Pure.
 */
import type { LoadedData } from '../../state/types';
import { isUnplaced } from '../places/unplaced';
import { orgIndexOf } from '../../state/org-index';
import { proposalViews } from '../review/proposal-list';
import type { TabId } from './tabs';

/** Only tabs with something to count have an entry; 0 means "nothing to do there". */
export type TabCounts = Readonly<Partial<Record<TabId, number>>>;

export function tabCounts(data: Pick<LoadedData, 'dataset' | 'proposals'> | null): TabCounts {
  if (!data) return {};
  const { dataset } = data;
  return {
    import: dataset.report.rejected.length,
    duplikater: proposalViews(data.proposals, orgIndexOf(dataset)).length,
    plassering: dataset.organisations.filter((o) => isUnplaced(o.placement)).length,
  };
}
