/**
 * What lies behind one link of the county map, by page id: for the ordered unit pair (A, B)
 * under a scheme and cluster filter, the clusters that carry its linked pairs (per cluster: the
 * pairs and its members in A and in B) and the organisations behind them, in A and in B, each
 * with the carrying clusters it is in. Pure, on the membership index (county-link-views.ts
 * counts); the panel and the export both read it.
 */
import type { CountySchemeId } from '../../domain/geo/schemes';
import { linkCarriers, linkOrganisations } from '../../domain/graph/county-link-views';
import type { MembershipIndex } from '../../domain/graph/membership-index';
import type { ClusterId, OrgId } from '../../domain/membership/types';
import type { PageClusterId, PageOrgId } from '../../domain/page/ids';
import type { PageModel } from '../../domain/page/model';

export interface PairCarrier {
  readonly cluster: PageClusterId;
  readonly pairs: number;
  readonly inFrom: number;
  readonly inTo: number;
}

export interface PairDetails {
  /** Ordered pairs through any counted cluster (the matrix cell), from the caller. */
  readonly carriers: readonly PairCarrier[];
  /** In the page's name order. */
  readonly orgsFrom: readonly PageOrgId[];
  readonly orgsTo: readonly PageOrgId[];
  /** The carrying clusters each organisation is in, in carrier order. */
  readonly carriersOf: ReadonlyMap<PageOrgId, readonly PageClusterId[]>;
}

export function pairDetails(
  model: PageModel,
  index: MembershipIndex,
  scheme: CountySchemeId,
  clusters: ReadonlySet<ClusterId> | undefined,
  from: number,
  to: number,
): PairDetails {
  const raw = linkCarriers(index, from, to, { scheme, clusters });
  const page = (o: OrgId) => model.orgPageId.get(o)!;
  const carriers = raw.map((c) => ({
    cluster: model.clusterPageId.get(c.cluster)!,
    pairs: c.pairs,
    inFrom: c.from.length,
    inTo: c.to.length,
  }));
  const carriersOf = new Map<PageOrgId, PageClusterId[]>();
  raw.forEach((c, at) => {
    const cluster = carriers[at]!.cluster;
    for (const o of new Set([...c.from, ...c.to])) {
      const id = page(o);
      const list = carriersOf.get(id);
      if (list) list.push(cluster);
      else carriersOf.set(id, [cluster]);
    }
  });
  const rank = orgRank(model);
  const byName = (x: PageOrgId, y: PageOrgId) => rank.get(x)! - rank.get(y)!;
  const orgs = linkOrganisations(raw);
  return {
    carriers,
    orgsFrom: orgs.from.map(page).sort(byName),
    orgsTo: orgs.to.map(page).sort(byName),
    carriersOf,
  };
}

const ranks = new WeakMap<PageModel, ReadonlyMap<PageOrgId, number>>();

function orgRank(model: PageModel): ReadonlyMap<PageOrgId, number> {
  let rank = ranks.get(model);
  if (!rank) {
    rank = new Map(model.orgOrder.map((id, at) => [id, at]));
    ranks.set(model, rank);
  }
  return rank;
}
