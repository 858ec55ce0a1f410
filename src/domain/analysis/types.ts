/**
 * The analysis of a dataset, in the shape the CLI prints with --json and the app shows.
 * Names (not ids) key everything here so the document reads on its own.
 */
import type { CountySchemeId } from '../geo/schemes';
import type { UnplacedCount } from '../graph/county-links';
import type { MemberType } from '../membership/types';

import type { Message } from '../messages/types';

/**
 * One node's metric values by metric id (the registry's ids: degree, betweenness, harmonic,
 * community ...); null where that metric could not be computed (see Analysis.metricErrors).
 */
export type MetricValues = Readonly<Record<string, number | null>>;

/** A metric that could not be computed on one graph, and why (a message code). */
export interface MetricErrorSummary {
  readonly graph: 'clusters' | 'organisations';
  readonly metric: string;
  readonly reason: Message;
}

export interface ClusterSummary {
  readonly name: string;
  readonly members: number;
  /** Members per 2024 county name (plus "Utlandet" and "Ukjent" where present). */
  readonly counties: Readonly<Record<string, number>>;
}

export interface OverlapSummary {
  readonly a: string;
  readonly b: string;
  readonly shared: number;
  readonly jaccard: number;
  readonly overlapCoefficient: number;
  /** shared * N / (|A| * |B|), N the organisations in at least one cluster. */
  readonly lift: number;
}

/** One exclusive intersection: organisations in exactly these clusters (dataset order). */
export interface IntersectionSummary {
  readonly clusters: readonly string[];
  readonly size: number;
}

export interface OrganisationListEntry {
  readonly name: string;
  readonly orgNumber: string | null;
  /** 2024 county name, or "Utlandet" / "Ukjent" as in ClusterSummary.counties. */
  readonly county: string;
  readonly memberType: MemberType | null;
  /** Cluster names in dataset order. */
  readonly clusters: readonly string[];
}

export interface CountyLinks {
  readonly scheme: CountySchemeId;
  /** County names in display order. */
  readonly counties: readonly string[];
  /** Members placed per county (the denominators). */
  readonly members: Readonly<Record<string, number>>;
  /** perMember[A][B]: average, over members in A, of other members in B sharing a cluster. */
  readonly perMember: Readonly<Record<string, Readonly<Record<string, number>>>>;
  /** pairs[A][B]: the symmetric count of linked (member in A, member in B) pairs. */
  readonly pairs: Readonly<Record<string, Readonly<Record<string, number>>>>;
  /** lift[A][B]: pairs over the count expected at random; null where none is expected. */
  readonly lift: Readonly<Record<string, Readonly<Record<string, number | null>>>>;
  /** Counted members without a unit under the scheme, by reason. */
  readonly unplaced: UnplacedCount;
}

export interface Analysis {
  readonly organisations: number;
  readonly memberships: number;
  readonly membershipHistogram: {
    readonly '1': number;
    readonly '2': number;
    readonly '3': number;
    readonly '4+': number;
  };
  readonly clusters: readonly ClusterSummary[];
  readonly overlaps: readonly OverlapSummary[];
  /** Every non-empty exclusive intersection, by size desc (see graph/intersections.ts). */
  readonly intersections: readonly IntersectionSummary[];
  /** Every organisation, in dataset order. */
  readonly organisationList: readonly OrganisationListEntry[];
  readonly countyLinks: CountyLinks;
  readonly metrics: {
    readonly clusters: Readonly<Record<string, MetricValues>>;
    readonly organisations: Readonly<Record<string, MetricValues>>;
  };
  /** Metrics not computed, with reasons; their values are null. Empty when all went well. */
  readonly metricErrors: readonly MetricErrorSummary[];
  /** The Louvain partition of the overlap graph (metric `community`); null if not computed. */
  readonly communities: { readonly modularity: number; readonly count: number } | null;
  readonly import: {
    readonly rows: number;
    readonly imported: number;
    readonly merged: number;
    /** `reason` in English; `code` the message code behind it (src/domain/messages/). */
    readonly rejected: readonly {
      readonly file: string;
      readonly row: number | null;
      readonly reason: string;
      readonly code: string;
    }[];
    /** Every row skipped (title, note, blank, repeated header), with its reason in English. */
    readonly skipped: readonly {
      readonly file: string;
      readonly sheet?: string;
      readonly row: number;
      readonly reason: string;
      readonly code: string;
    }[];
  };
}
