/**
 * The membership model: organisations, clusters and who belongs where, plus the import report
 * that accounts for every input row. Ids are branded so an OrgId never stands in for a ClusterId.
 */
import type { Placement } from '../geo/types';
import type { Message } from '../messages/types';
import type { RegisterEntry } from './register';

export type OrgId = string & { readonly __brand: 'OrgId' };
export type ClusterId = string & { readonly __brand: 'ClusterId' };

/** The five-factor model of the report (fig. 3-2). */
export type MemberType = 'startup' | 'established' | 'public' | 'research' | 'investor';

export interface RowSource {
  readonly file: string;
  readonly sheet?: string;
  /** 1-based row number in the file or sheet. */
  readonly row: number;
}

export interface Organisation {
  readonly id: OrgId;
  /** Display name: the first spelling seen. */
  readonly name: string;
  /** Every other spelling seen, for search and review. */
  readonly aliases: readonly string[];
  /** Valid 9-digit organisation number, when any row gave one. */
  readonly orgNumber?: string;
  readonly placement: Placement;
  readonly type?: MemberType;
  readonly sources: readonly RowSource[];
  /** The name as written on each row of `sources`, in the same order ('' for a row without one). */
  readonly sourceNames?: readonly string[];
  /** What Enhetsregisteret says, when the user looked it up. */
  readonly register?: RegisterEntry;
}

export interface Cluster {
  readonly id: ClusterId;
  readonly name: string;
}

export interface Membership {
  readonly org: OrgId;
  readonly cluster: ClusterId;
}

export interface Rejection {
  readonly file: string;
  readonly sheet?: string;
  /** null when the whole file was rejected. */
  readonly row: number | null;
  readonly reason: Message;
}

/** A row merged into an organisation already seen (same number or same normalised name). */
export interface MergeNote {
  readonly source: RowSource;
  readonly into: OrgId;
  readonly by: 'org-number' | 'name' | 'user';
}

/** A non-fatal remark on a row that was still imported, e.g. a number failing its check digit. */
export interface RowWarning {
  readonly source: RowSource;
  readonly message: Message;
}

export interface FileReport {
  readonly file: string;
  readonly sheet?: string;
  readonly encoding?: string;
  readonly rowsRead: number;
  readonly imported: number;
  readonly merged: number;
  readonly rejected: number;
  /** Rows that were not data (titles, notes, blanks), with reasons. */
  readonly skipped: readonly { readonly row: number; readonly reason: Message }[];
}

export interface ImportReport {
  /** Data rows read over all files: imported + merged + rejected rows. */
  readonly rows: number;
  readonly imported: number;
  readonly merged: number;
  readonly rejected: readonly Rejection[];
  readonly merges: readonly MergeNote[];
  readonly warnings: readonly RowWarning[];
  readonly files: readonly FileReport[];
}

export interface Dataset {
  readonly organisations: readonly Organisation[];
  readonly clusters: readonly Cluster[];
  readonly memberships: readonly Membership[];
  readonly report: ImportReport;
}
