/**
 * Which organisations still lack a place (placement 'unknown' or 'ambiguous') and what the county
 * chooser offers for a selection of them: the counties the selected ambiguous ones may be in
 * first (most often named first), then the other 2024 counties, then abroad. Also the manual
 * placements of the workspace, named for the list where they can be removed. Pure.
 */
import { COUNTIES_2024 } from '../../domain/geo/counties';
import type { CountyNumber, Placement } from '../../domain/geo/types';
import type { OrgId, Organisation } from '../../domain/membership/types';
import type { OrgIndex } from '../../state/org-index';
import { isUnplaced, type Unplaced } from '../shared/unplaced';

export interface UnplacedRow {
  readonly org: Organisation;
  readonly placement: Unplaced;
  readonly clusters: readonly string[];
}

/** Unplaced organisations, ambiguous ones (a choice among few) first, then by name. */
export function unplacedRows(
  organisations: readonly Organisation[],
  index: OrgIndex,
): UnplacedRow[] {
  const rows: UnplacedRow[] = [];
  for (const org of organisations) {
    if (isUnplaced(org.placement))
      rows.push({ org, placement: org.placement, clusters: index.clustersOf(org.id) });
  }
  const rank = (r: UnplacedRow) => (r.placement.kind === 'ambiguous' ? 0 : 1);
  return rows.sort(
    (x, y) =>
      rank(x) - rank(y) ||
      x.org.name.localeCompare(y.org.name, 'nb') ||
      x.org.id.localeCompare(y.org.id),
  );
}

export function filterUnplaced(rows: readonly UnplacedRow[], query: string): UnplacedRow[] {
  const needle = query.trim().toLocaleLowerCase('nb');
  if (needle === '') return [...rows];
  const digits = needle.replace(/\s+/g, '');
  return rows.filter(
    ({ org }) =>
      [org.name, ...org.aliases].some((n) => n.toLocaleLowerCase('nb').includes(needle)) ||
      (/^\d+$/.test(digits) && (org.orgNumber ?? '').includes(digits)),
  );
}

/** Candidate counties of the selected ambiguous organisations, most often named first. */
export function suggestedCounties(
  rows: readonly UnplacedRow[],
  selected: ReadonlySet<OrgId>,
): CountyNumber[] {
  const votes = new Map<CountyNumber, number>();
  for (const { org, placement } of rows) {
    if (!selected.has(org.id) || placement.kind !== 'ambiguous') continue;
    for (const c of placement.candidates) votes.set(c, (votes.get(c) ?? 0) + 1);
  }
  const order = new Map(COUNTIES_2024.map((c, i) => [c.number, i]));
  return [...votes]
    .sort((x, y) => y[1] - x[1] || order.get(x[0])! - order.get(y[0])!)
    .map(([c]) => c);
}

export type PlaceChoice = CountyNumber | 'abroad';

export interface ChooserOptions {
  readonly suggested: readonly CountyNumber[];
  readonly others: readonly CountyNumber[];
}

/** Every 2024 county once: the suggested ones in their order, then the rest in number order. */
export function chooserOptions(suggested: readonly CountyNumber[]): ChooserOptions {
  const first = new Set(suggested);
  return {
    suggested,
    others: COUNTIES_2024.map((c) => c.number).filter((n) => !first.has(n)),
  };
}

export function manualPlacement(choice: PlaceChoice): Placement {
  return choice === 'abroad'
    ? { kind: 'abroad', via: 'manual' }
    : { kind: 'county', county: choice, via: 'manual' };
}

export interface ManualRow {
  readonly id: OrgId;
  /** The organisation, when it is still in the dataset under this id. */
  readonly org?: Organisation;
  readonly placement: Placement;
}

/** The workspace's manual placements, by organisation name (ids no longer present last). */
export function manualRows(
  placements: Readonly<Record<string, Placement>>,
  byId: ReadonlyMap<OrgId, Organisation>,
): ManualRow[] {
  return Object.entries(placements)
    .map(([id, placement]) => {
      const org = byId.get(id as OrgId);
      return { id: id as OrgId, placement, ...(org ? { org } : {}) };
    })
    .sort(
      (x, y) =>
        Number(!x.org) - Number(!y.org) ||
        (x.org?.name ?? x.id).localeCompare(y.org?.name ?? y.id, 'nb') ||
        x.id.localeCompare(y.id),
    );
}
