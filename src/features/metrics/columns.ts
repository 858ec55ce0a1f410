/**
 * The metrics table's rows and columns: one row per cluster (name, members, then one value per
 * metric in analysis.metrics.clusters), and the columns generated from the metric registry, so a
 * metric added there gets its column here with nothing else to change. Only `METRICS` is iterated
 * and `id` read: a header and help come from the bokmål/English dictionary when it has
 * `metrics.<id>` / `metrics.<id>Help`, else from the descriptor's own label and description.
 */
import type { Analysis } from '../../domain/analysis/types';
import { METRICS } from '../../domain/metrics/registry';
import { type MessageKey, nb } from '../../ui/i18n/nb';

export interface MetricRow {
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

const isMessageKey = (key: string): key is MessageKey => Object.hasOwn(nb, key);

export function metricRows(analysis: Analysis): MetricRow[] {
  return analysis.clusters
    .map((cluster) => {
      const m = new Map<string, number>(
        Object.entries(analysis.metrics.clusters[cluster.name] ?? {}),
      );
      const values = new Map<string, number>();
      for (const metric of METRICS) values.set(metric.id, m.get(metric.id) ?? 0);
      return { name: cluster.name, members: cluster.members, values };
    })
    .sort((x, y) => x.name.localeCompare(y.name, 'nb'));
}

export function metricColumns(rows: readonly MetricRow[]): MetricColumn[] {
  return METRICS.map((metric) => {
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
