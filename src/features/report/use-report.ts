/**
 * The report model of the data on screen, in the UI's language, with names through the page's
 * displayName (so the anonymised mode holds in the report too), computed once per dataset,
 * language and naming; and the clusters the shared selection points at, as internal ids.
 */
import { useMemo } from 'react';
import type { ClusterId } from '../../domain/membership/types';
import { reportModel, type ReportModel } from '../../domain/report/report-model';
import { useDisplayName } from '../../state/display-name';
import { useAppState } from '../../state/store';

export function useReport(): ReportModel | null {
  const data = useAppState((s) => s.data);
  const language = useAppState((s) => s.language);
  const displayName = useDisplayName();
  return useMemo(() => {
    if (!data) return null;
    const { model } = data;
    return reportModel(data.dataset, data.analysis, language, {
      source: data.source,
      date: new Date().toISOString().slice(0, 10),
      names: {
        cluster: (id) => {
          const page = model.clusterPageId.get(id);
          return page ? displayName('cluster', page) : '';
        },
        organisation: (id) => {
          const page = model.orgPageId.get(id);
          return page ? displayName('organisation', page) : '';
        },
      },
    });
  }, [data, language, displayName]);
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
