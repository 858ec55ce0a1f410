/**
 * What the report worker does, and what the page sends it: the report model is linear in the
 * data but heavy enough at ten times the example (about half a second, bench/report-model.ts) to
 * block the page, so it is made off the main thread. The page sends a slim copy of the dataset
 * (ids, placements, types, memberships, file names: no aliases, sources or register data) and
 * the names as displayName gives them, so the anonymised mode holds.
 */
import type { Dataset } from '../../domain/membership/types';
import type { ClusterId, OrgId } from '../../domain/membership/types';
import type { Language } from '../../domain/i18n/language';
import type { Analysis } from '../../domain/analysis/types';
import { reportModel, type ReportModel } from '../../domain/report/report-model';

export interface ReportRequest {
  readonly dataset: Dataset;
  readonly histogram: Analysis['membershipHistogram'];
  readonly lang: Language;
  readonly source: 'default' | 'files';
  readonly date: string;
  readonly clusterNames: ReadonlyMap<ClusterId, string>;
  readonly orgNames: ReadonlyMap<OrgId, string>;
}

export function buildReport(request: ReportRequest): ReportModel {
  const { dataset, histogram, lang, source, date, clusterNames, orgNames } = request;
  return reportModel(dataset, { membershipHistogram: histogram }, lang, {
    source,
    date,
    names: {
      cluster: (id) => clusterNames.get(id) ?? '',
      organisation: (id) => orgNames.get(id) ?? '',
    },
  });
}

/** The dataset without what the report never reads, to keep the copy to the worker small. */
export function slimDataset(dataset: Dataset): Dataset {
  return {
    organisations: dataset.organisations.map((o) => ({
      id: o.id,
      name: '',
      aliases: [],
      placement: o.placement,
      ...(o.type ? { type: o.type } : {}),
      sources: [],
    })),
    clusters: dataset.clusters.map((c) => ({ id: c.id, name: '' })),
    memberships: dataset.memberships,
    report: {
      ...dataset.report,
      merges: [],
      warnings: [],
      files: dataset.report.files.map((f) => ({ ...f, skipped: [] })),
    },
  };
}

export interface ReportWorkerApi {
  build(request: ReportRequest): ReportModel;
}
