/**
 * The metrics table's rows and columns: one row per cluster of the page model (keyed by page id,
 * named by displayName), members, then one value per metric, and the columns generated from the
 * metric registry, so a metric added there gets its column here with nothing else to change.
 * A header and help come from the dictionary when it has `metrics.<id>` / `metrics.<id>Help`,
 * else from the descriptor's own label and description.
 */
import { METRICS } from '../../domain/metrics/registry';
import type { PageClusterId } from '../../domain/page/ids';
import type { PageModel } from '../../domain/page/model';
import { type MessageKey, nb } from '../../ui/i18n/nb';

export interface MetricRow {
  readonly id: PageClusterId;
  readonly name: string;
  readonly members: number;
  /** By metric id. */
  readonly values: ReadonlyMap<string, number>;
}

export interface MetricColumn {
  readonly id: string;
  readonly label: MessageKey | string;
  readonly help: MessageKey | string;
  /** Whether label/help are dictionary keys (else text from the descriptor). */
  readonly translated: boolean;
  /** Decimals shown: 0 when every value in the column is a whole number (counts). */
  readonly digits: number;
}

/** The metrics of the overlap graph (clusters), in registry order. */
export const CLUSTER_METRICS = METRICS.filter((m) => m.graph !== 'organisations');

const isMessageKey = (key: string): key is MessageKey => Object.hasOwn(nb, key);

export function metricRows(model: PageModel, nameOf: (id: PageClusterId) => string): MetricRow[] {
  return [...model.clusters.values()]
    .map((cluster) => {
      const m = (model.metrics.clusters.get(cluster.id) ?? {}) as Readonly<Record<string, unknown>>;
      const values = new Map<string, number>();
      for (const metric of CLUSTER_METRICS) {
        const v = m[metric.id];
        if (typeof v === 'number') values.set(metric.id, v);
      }
      return { id: cluster.id, name: nameOf(cluster.id), members: cluster.members, values };
    })
    .sort((x, y) => x.name.localeCompare(y.name, 'nb') || (x.id < y.id ? -1 : 1));
}

export function metricColumns(rows: readonly MetricRow[]): MetricColumn[] {
  return CLUSTER_METRICS.map((metric) => {
    const id: string = metric.id;
    const label = `metrics.${id}`;
    const help = `metrics.${id}Help`;
    const translated = isMessageKey(label) && isMessageKey(help);
    const whole = rows.every((r) => Number.isInteger(r.values.get(id) ?? 0));
    return {
      id,
      label: translated ? label : metric.label,
      help: translated ? help : metric.description,
      translated,
      digits: whole ? 0 : 3,
    };
  });
}
