/**
 * The contract between the page and the analysis worker. The worker keeps every file it has read
 * (bytes -> FileRead, the slow part) in a cache by file name, so a rebuild with other options
 * (a changed mapping, a decision, a placement) reuses the reads. Plain data only, so everything
 * crosses postMessage intact.
 */
import type { PartnerRequest, PartnerResult } from './partners';
import type { Analysis } from '../domain/analysis/types';
import type { BuildOptions } from '../domain/membership/build-dataset';
import type { ColumnMapping } from '../domain/membership/column-mapping';
import type { MergeProposal } from '../domain/membership/proposals';
import type { SourceTable, TableRow } from '../domain/membership/table';
import type { Dataset } from '../domain/membership/types';
import type { Message } from '../domain/messages/types';
import type { MetricColumns, PageModel } from '../domain/page/model';

export interface InputFile {
  /** File name as the user gave it (no folders); used in every error message. */
  readonly name: string;
  /** The raw bytes; transferred (not copied) to the worker, so detached afterwards. */
  readonly bytes: ArrayBuffer;
  /** The name it came with, when another file of the same drop had it (see file-names.ts). */
  readonly renamedFrom?: string;
}

/**
 * One table (a CSV file or a sheet) as the column-mapping view shows it: the SourceTable's own
 * fields, with only its first rows.
 */
export interface TablePreview extends Pick<
  SourceTable,
  'file' | 'sheet' | 'encoding' | 'delimiter' | 'headerRow' | 'header' | 'skipped'
> {
  /** tableKey(table) from build-dataset.ts: the key of workspace.mappings. */
  readonly key: string;
  /** The first data rows (PREVIEW_ROWS at most). */
  readonly rows: readonly TableRow[];
  /** Data rows in the whole table. */
  readonly rowCount: number;
  /** Tables in the same file (decides the default cluster name of a per-cluster table). */
  readonly sheetsInFile: number;
  /** The mapping the build used: the user's (or a remembered one), else the detected one. */
  readonly mapping: ColumnMapping;
  /** What detection alone gives. */
  readonly detected: ColumnMapping;
}

/** What reading one file gave, in brief: its tables, or the reason it was refused. */
export interface FileStatus {
  readonly file: string;
  readonly ok: boolean;
  /** Why the file was refused (ok false). */
  readonly reason?: Message;
  /** Remarks on a file that was read (e.g. "really an XLSX although its name ends in .csv"). */
  readonly notes: readonly Message[];
  /** Keys of its tables. */
  readonly tables: readonly string[];
}

/** What readFiles() answers: the files just read. */
export interface ReadSummary {
  readonly files: readonly FileStatus[];
  readonly previews: readonly TablePreview[];
}

export interface BuildRequest extends BuildOptions {
  /** The files to build from, in this order; each must have been read (readFiles) before. */
  readonly files: readonly string[];
  /** The workspace's salt for page ids (domain/page/page-hash.ts); absent: a fixed one. */
  readonly salt?: string;
  /**
   * Phase one only (worker/build.ts): the answer comes without organisation metrics and with
   * provisional proposals (metricsPending, proposalsPending); metrics() and proposals() on its
   * buildId then make them. Absent: the whole build in one answer.
   */
  readonly phased?: boolean;
}

export type BuildResult =
  | {
      readonly ok: true;
      /** This build in the worker, for its metrics() and proposals() (0: not the worker's). */
      readonly buildId: number;
      readonly dataset: Dataset;
      readonly analysis: Analysis;
      /** The page model: ids, indexes and metrics every view reads (built once, here). */
      readonly model: PageModel;
      /** Possible duplicates, minus the pairs the user kept apart. */
      readonly proposals: readonly MergeProposal[];
      /** The organisation metrics are not made yet: the model's columns are NaN, the analysis has none. */
      readonly metricsPending: boolean;
      /** `proposals` are what is left of the last build's until the new ones are made. */
      readonly proposalsPending: boolean;
      readonly previews: readonly TablePreview[];
      readonly files: readonly FileStatus[];
    }
  /** Some files are not in the cache (e.g. a restarted worker): read them, then build again. */
  | { readonly ok: false; readonly missing: readonly string[] };

/** Phase two's organisation metrics of one build (null from the worker: a later build came). */
export interface MetricsResult {
  readonly buildId: number;
  /** As Analysis.metrics.organisations; put in with withOrganisationMetrics(). */
  readonly organisations: Analysis['metrics']['organisations'];
  readonly errors: Analysis['metricErrors'];
  /** The page model's organisation columns, aligned with its orgOrder. */
  readonly columns: MetricColumns;
}

/** Phase two's proposals of one build (null from the worker: a later build came). */
export interface ProposalsResult {
  readonly buildId: number;
  readonly proposals: readonly MergeProposal[];
}

/** The old one-shot result: dataset and analysis of a set of files. */
export interface PipelineResult {
  readonly dataset: Dataset;
  readonly analysis: Analysis;
}

import type { CountySchemeId } from '../domain/geo/schemes';
import type {
  CountyCell,
  CountyCellRequest,
  CountyLinksRequest,
  MembersByType,
  MembersByUnit,
  PageCountyMatrix,
} from './county-api';
import type { Slice } from '../domain/records/pieces';

export interface PipelineApi {
  /** Reads the files into the cache (replacing any of the same name) and previews them. */
  readFiles(files: readonly InputFile[]): Promise<ReadSummary>;
  /**
   * `onProgress` hears how far the metrics of a build in one go are: steps done, of all. With
   * `onSlice`, the result's large collections come through it first, as slices (pieces.ts),
   * and the result holds markers where they go: the page joins them with joinPieces.
   */
  build(
    request: BuildRequest,
    onProgress?: (done: number, total: number) => void,
    onSlice?: (slice: Slice) => void,
  ): Promise<BuildResult>;
  /**
   * The organisation metrics of a phased build; null if it is no longer the last build.
   * `onProgress` hears how far they are: steps done, of all.
   */
  metrics(
    buildId: number,
    onProgress?: (done: number, total: number) => void,
    onSlice?: (slice: Slice) => void,
  ): Promise<MetricsResult | null>;
  /** The proposals of a phased build; null if it is no longer the last build. */
  proposals(buildId: number): Promise<ProposalsResult | null>;
  /**
   * Takes a build made earlier (the page's cache of built models) as the last build, so the
   * county views and the partner finder answer on it without a rebuild.
   */
  adopt(
    built: Pick<Extract<BuildResult, { ok: true }>, 'dataset' | 'model' | 'proposals'>,
  ): Promise<void>;
  /**
   * Records that a file is refused without reading it (it got a reader stuck before): builds
   * then count it as read and refused with `reason`, instead of asking for it again.
   */
  refuse(name: string, reason: Message): Promise<void>;
  /** Drops files from the cache; no names drops them all. */
  forget(names?: readonly string[]): Promise<void>;
  /** One shot, no cache: read and analyse the files. */
  analyseFiles(files: readonly InputFile[]): Promise<PipelineResult>;
  /** The county views on the last build (county-api.ts); rejects before any build. */
  countyLinks(request: CountyLinksRequest): Promise<PageCountyMatrix>;
  countyCell(request: CountyCellRequest): Promise<CountyCell>;
  membersByUnit(scheme: CountySchemeId): Promise<MembersByUnit>;
  membersByType(): Promise<MembersByType>;
  /** The partner finder on the last build (worker/partners.ts). */
  partners(request: PartnerRequest): Promise<PartnerResult>;
}
