/**
 * The county views' questions to the worker, answered on the index of the last build and keyed
 * by page ids: the link matrix under a scheme and through chosen clusters (fig. 3-5), the
 * clusters and organisations behind one cell, and each cluster's members by unit (fig. 3-4) and
 * by type (fig. 3-2). Pure functions of (index, model), so they run in Node tests as well; the
 * worker keeps the context of its last build (pipeline-api.ts) and the page asks through the
 * client, so a matrix over 200 000 rows never runs on the main thread.
 */
import { countyScheme, type CountySchemeId, type UnplacedReason } from '../domain/geo/schemes';
import {
  computeCountyLinkMatrix,
  countedMembers,
  type CountyLinkOptions,
  type UnplacedCount,
} from '../domain/graph/county-links';
import {
  clusterMembersByType,
  clusterMembersByUnit,
  linkCarriers,
  linkOrganisations,
} from '../domain/graph/county-link-views';
import type { MembershipIndex } from '../domain/graph/membership-index';
import type { ClusterId, MemberType } from '../domain/membership/types';
import type { PageClusterId, PageCountyId, PageOrgId } from '../domain/page/ids';
import type { PageModel } from '../domain/page/model';

/** What the worker keeps of its last build for these questions. */
export interface CountyContext {
  readonly index: MembershipIndex;
  readonly model: PageModel;
}

/** A row/column of a scheme: its page county id ("03", "38", "viken") and its names. */
export interface PageSchemeUnit {
  readonly id: PageCountyId;
  readonly name: string;
  readonly nameEn?: string;
}

export interface CountyLinksRequest {
  readonly scheme: CountySchemeId;
  /** Links through these clusters only (their members count); empty: all clusters. */
  readonly clusters: readonly PageClusterId[];
}

export interface PageCountyMatrix {
  readonly scheme: CountySchemeId;
  readonly clusters: readonly PageClusterId[];
  readonly units: readonly PageSchemeUnit[];
  readonly members: readonly number[];
  readonly pairs: readonly (readonly number[])[];
  readonly perMember: readonly (readonly number[])[];
  readonly lift: readonly (readonly (number | null)[])[];
  readonly totalPairs: number;
  readonly placed: number;
  readonly unplaced: UnplacedCount;
}

export interface PageLinkCarrier {
  readonly cluster: PageClusterId;
  readonly pairs: number;
  readonly from: readonly PageOrgId[];
  readonly to: readonly PageOrgId[];
}

export interface CountyCellRequest extends CountyLinksRequest {
  readonly from: PageCountyId;
  readonly to: PageCountyId;
}

export interface CountyCell {
  readonly from: PageCountyId;
  readonly to: PageCountyId;
  readonly carriers: readonly PageLinkCarrier[];
  /** Every member in A (resp. B) of a carrying cluster, once each. */
  readonly organisations: {
    readonly from: readonly PageOrgId[];
    readonly to: readonly PageOrgId[];
  };
}

export interface PageClusterByUnit {
  readonly cluster: PageClusterId;
  readonly members: number;
  readonly byUnit: readonly number[];
  readonly unplaced: Readonly<Record<UnplacedReason, number>>;
}

export interface MembersByUnit {
  readonly scheme: CountySchemeId;
  readonly units: readonly PageSchemeUnit[];
  readonly rows: readonly PageClusterByUnit[];
  /** All lists together: each organisation once. */
  readonly all: Omit<PageClusterByUnit, 'cluster'>;
}

export type TypeColumn = MemberType | 'unknown';

export interface PageClusterByType {
  readonly cluster: PageClusterId;
  readonly byType: Readonly<Record<TypeColumn, number>>;
}

export interface MembersByType {
  readonly rows: readonly PageClusterByType[];
  /** All lists together: each organisation (member of some cluster) once. */
  readonly all: Readonly<Record<TypeColumn, number>>;
}

export const schemeUnits = (scheme: CountySchemeId): PageSchemeUnit[] =>
  countyScheme(scheme).units.map((u) => ({
    id: u.id as PageCountyId,
    name: u.name,
    ...(u.nameEn ? { nameEn: u.nameEn } : {}),
  }));

function options(context: CountyContext, request: CountyLinksRequest): CountyLinkOptions {
  const internal = request.clusters
    .map((c) => context.model.internalCluster.get(c))
    .filter((c): c is ClusterId => c !== undefined);
  return internal.length > 0
    ? { scheme: request.scheme, clusters: new Set(internal) }
    : { scheme: request.scheme };
}

export function countyLinkMatrix(
  context: CountyContext,
  request: CountyLinksRequest,
): PageCountyMatrix {
  const m = computeCountyLinkMatrix(context.index, options(context, request));
  return {
    scheme: m.scheme,
    clusters: request.clusters.filter((c) => context.model.internalCluster.has(c)),
    units: schemeUnits(m.scheme),
    members: m.members,
    pairs: m.pairs,
    perMember: m.perMember,
    lift: m.lift,
    totalPairs: m.totalPairs,
    placed: m.placed,
    unplaced: m.unplaced,
  };
}

export function countyCell(context: CountyContext, request: CountyCellRequest): CountyCell {
  const units = schemeUnits(request.scheme);
  const from = units.findIndex((u) => u.id === request.from);
  const to = units.findIndex((u) => u.id === request.to);
  const empty = {
    from: request.from,
    to: request.to,
    carriers: [],
    organisations: { from: [], to: [] },
  };
  if (from < 0 || to < 0) return empty;
  const { model } = context;
  const org = (id: Parameters<typeof model.orgPageId.get>[0]) => model.orgPageId.get(id)!;
  const carriers = linkCarriers(context.index, from, to, options(context, request));
  const orgs = linkOrganisations(carriers);
  return {
    from: request.from,
    to: request.to,
    carriers: carriers.map((c) => ({
      cluster: model.clusterPageId.get(c.cluster)!,
      pairs: c.pairs,
      from: c.from.map(org),
      to: c.to.map(org),
    })),
    organisations: { from: orgs.from.map(org), to: orgs.to.map(org) },
  };
}

export function membersByUnit(context: CountyContext, scheme: CountySchemeId): MembersByUnit {
  const units = schemeUnits(scheme);
  const { unitOf, reasonOf } = countedMembers(context.index, { scheme });
  const byUnit = new Array<number>(units.length).fill(0);
  const unplaced = { abroad: 0, unknown: 0, ambiguous: 0 };
  for (const [org, unit] of unitOf) {
    if (unit >= 0) byUnit[unit]!++;
    else unplaced[reasonOf.get(org)!]++;
  }
  return {
    all: { members: unitOf.size, byUnit, unplaced },
    scheme,
    units,
    rows: clusterMembersByUnit(context.index, { scheme }).map((r) => ({
      cluster: context.model.clusterPageId.get(r.cluster)!,
      members: r.members,
      byUnit: r.byUnit,
      unplaced: r.unplaced,
    })),
  };
}

export function membersByType(context: CountyContext): MembersByType {
  const all = { startup: 0, established: 0, public: 0, research: 0, investor: 0, unknown: 0 };
  for (const [org, clusters] of context.index.clustersOf) {
    if (clusters.length === 0) continue;
    all[context.index.organisations.get(org)!.type ?? 'unknown']++;
  }
  return {
    all,
    rows: clusterMembersByType(context.index).map((r) => ({
      cluster: context.model.clusterPageId.get(r.cluster)!,
      byType: r.byType,
    })),
  };
}
