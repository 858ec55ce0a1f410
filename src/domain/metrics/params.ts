/**
 * Parameter values for a metric: the defaults of its descriptor, overridden by what the caller
 * gave, checked against the declared ranges. A value out of range is an error that names the
 * metric and the parameter, because a silently clamped alpha would give numbers nobody asked for.
 */
import type { MetricId, ParamSpecs, ParamValues } from './types';

export function resolveParams<S extends ParamSpecs>(
  metric: MetricId,
  specs: S,
  given: Partial<ParamValues<S>> = {},
): ParamValues<S> {
  const values: Record<string, number | string | null> = {};
  for (const [name, spec] of Object.entries(specs)) {
    const value: unknown = (given as Record<string, unknown>)[name] ?? spec.default;
    if (spec.kind === 'number') {
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        throw new Error(
          `Metric ${metric}: parameter ${name} must be a number, got ${String(value)}.`,
        );
      }
      if (value < spec.min || value > spec.max || (spec.integer && !Number.isInteger(value))) {
        throw new Error(
          `Metric ${metric}: parameter ${name} must be ${spec.integer ? 'a whole number ' : ''}between ${spec.min} and ${spec.max}, got ${value}.`,
        );
      }
      values[name] = value;
    } else {
      // `??` above would turn an explicit null (unweighted) into the default.
      const raw: unknown = (given as Record<string, unknown>)[name];
      const weight = raw === undefined ? spec.default : raw;
      if (weight !== null && typeof weight !== 'string') {
        throw new Error(
          `Metric ${metric}: parameter ${name} must name an edge attribute or be null, got ${String(weight)}.`,
        );
      }
      values[name] = weight;
    }
  }
  return values as ParamValues<S>;
}

/** The weight of an edge under a weight parameter: the attribute if it is a number, else 1. */
export function edgeWeight(
  attributes: Readonly<Record<string, unknown>>,
  weight: string | null,
): number {
  if (weight === null) return 1;
  const value = attributes[weight];
  return typeof value === 'number' && !Number.isNaN(value) ? value : 1;
}
