/**
 * What a cluster node can be coloured, sized or ringed by: its member count, or any metric in
 * the registry (src/domain/metrics/registry.ts, iterated, so a new metric shows up by itself) that
 * the page model holds values for. A metric whose descriptor says `kind: 'category'` (e.g. a
 * community) is categorical: coloured from a palette, never sized. Labels in the UI language.
 */
import type { PageClusterId } from '../../domain/page/ids';
import type { PageModel } from '../../domain/page/model';
import { METRICS } from '../../domain/metrics/registry';
import { metricWord } from '../../domain/metrics/words';
import type { Language } from '../../domain/i18n/language';

export interface ClusterAttribute {
  /** 'members' or a metric id, as the URL carries it. */
  readonly id: string;
  readonly kind: 'number' | 'category';
  readonly label: (lang: Language) => string;
  /** The cluster's value; null where it is not computed. */
  readonly value: (model: PageModel, cluster: PageClusterId) => number | null;
}

type Descriptor = (typeof METRICS)[number];

/** The registry's own words (src/domain/metrics/words.ts) in the UI language. */
export function metricLabel(metric: Descriptor, lang: Language): string {
  return metricWord(metric.id, 'label', lang);
}

const readMetric =
  (id: string) =>
  (model: PageModel, cluster: PageClusterId): number | null => {
    const values = model.metrics.clusters.get(cluster) as
      Readonly<Record<string, number | null | undefined>> | undefined;
    const v = values?.[id];
    return typeof v === 'number' && Number.isFinite(v) ? v : null;
  };

export const MEMBERS_ATTRIBUTE: ClusterAttribute = {
  id: 'members',
  kind: 'number',
  label: (lang) => (lang === 'nb' ? 'Antall medlemmer' : 'Number of members'),
  value: (model, cluster) => model.clusters.get(cluster)?.members ?? null,
};

/** Members first, then the registry's metrics in registry order. */
export const CLUSTER_ATTRIBUTES: readonly ClusterAttribute[] = [
  MEMBERS_ATTRIBUTE,
  ...METRICS.map((m): ClusterAttribute => {
    return {
      id: m.id,
      kind: m.kind === 'category' ? 'category' : 'number',
      label: (lang) => metricLabel(m, lang),
      value: readMetric(m.id),
    };
  }),
];

/** The attributes the model has values for (a metric not reported for clusters is left out). */
export function attributesFor(model: PageModel): ClusterAttribute[] {
  const ids = [...model.clusters.keys()];
  return CLUSTER_ATTRIBUTES.filter((a) => ids.some((id) => a.value(model, id) !== null));
}

export const attributeById = (id: string): ClusterAttribute | undefined =>
  CLUSTER_ATTRIBUTES.find((a) => a.id === id);
