/**
 * Writing metric values onto a graph, as its own named step (graphology's `metric.assign`):
 * compute functions stay pure, and only code that wants node attributes (e.g. for styling)
 * pays for the mutation.
 */
import type { MetricGraph, NodeValues } from './types';

/** Sets `attribute` on every node that has a value; nodes without one are left untouched. */
export function assignMetric(graph: MetricGraph, attribute: string, values: NodeValues): void {
  for (const [node, value] of Object.entries(values)) {
    if (graph.hasNode(node)) graph.setNodeAttribute(node, attribute, value);
  }
}
