/**
 * The report model of the data on screen, in the UI's language, with names through the page's
 * displayName (so the anonymised mode holds in the report too), made in a worker once per
 * dataset, language and naming (report-api.ts); and the clusters the shared selection points
 * at, as internal ids.
 */
import { type Remote, wrap } from 'comlink';
import { useEffect, useMemo, useState } from 'react';
import type { ClusterId, OrgId } from '../../domain/membership/types';
import type { ReportModel } from '../../domain/report/report-model';
import { useDisplayName } from '../../state/display-name';
import { useAppState } from '../../state/store';
import { type ReportRequest, type ReportWorkerApi, slimDataset } from './report-api';

let remote: Remote<ReportWorkerApi> | null = null;
const worker = () =>
  (remote ??= wrap<ReportWorkerApi>(
    new Worker(new URL('./report.worker.ts', import.meta.url), { type: 'module' }),
  ));

export interface ReportState {
  readonly report: ReportModel | null;
  /** A newer report is being made (the one shown, if any, is for older data or language). */
  readonly busy: boolean;
  readonly error: string | null;
}

export function useReport(): ReportState {
  const data = useAppState((s) => s.data);
  const language = useAppState((s) => s.language);
  const displayName = useDisplayName();
  const slim = useMemo(() => (data ? slimDataset(data.dataset) : null), [data]);
  const request = useMemo((): ReportRequest | null => {
    if (!data || !slim) return null;
    const { model } = data;
    const clusterNames = new Map<ClusterId, string>();
    for (const [page, id] of model.internalCluster) {
      clusterNames.set(id, displayName('cluster', page));
    }
    const orgNames = new Map<OrgId, string>();
    for (const [page, id] of model.internalOrg) {
      orgNames.set(id, displayName('organisation', page));
    }
    return {
      dataset: slim,
      histogram: data.analysis.membershipHistogram,
      lang: language,
      source: data.source,
      date: new Date().toISOString().slice(0, 10),
      clusterNames,
      orgNames,
    };
  }, [data, slim, language, displayName]);
  const [done, setDone] = useState<{
    readonly for: ReportRequest | null;
    readonly report: ReportModel | null;
    readonly error: string | null;
  }>({ for: null, report: null, error: null });

  useEffect(() => {
    if (!request) return;
    let current = true;
    worker()
      .build(request)
      .then(
        (report) => current && setDone({ for: request, report, error: null }),
        (error: unknown) =>
          current && setDone({ for: request, report: null, error: String(error) }),
      );
    return () => {
      current = false;
    };
  }, [request]);

  return { report: done.report, busy: done.for !== request, error: done.error };
}

/**
 * Clusters to highlight: those selected, those of a selected pair or intersection, and those a
 * selected organisation belongs to, so a selection made in any view shows in the report.
 */
export function useSelectedClusters(): ReadonlySet<ClusterId> {
  const model = useAppState((s) => s.data?.model ?? null);
  const selection = useAppState((s) => s.selection);
  return useMemo(() => {
    const out = new Set<ClusterId>();
    if (!model) return out;
    const add = (page: Parameters<typeof model.internalCluster.get>[0]) => {
      const id = model.internalCluster.get(page);
      if (id) out.add(id);
    };
    selection.clusters.forEach(add);
    selection.clusterPairs.forEach(([a, b]) => (add(a), add(b)));
    selection.intersections.forEach((list) => list.forEach(add));
    selection.organisations.forEach((org) => model.clustersOf.get(org)?.forEach(add));
    return out;
  }, [model, selection]);
}
