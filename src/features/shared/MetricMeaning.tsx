/**
 * One sentence saying what a metric value means for a named cluster or organisation, from the
 * metric's words (domain/metrics/words.ts). The plain-language `meaning` ("Universitetet i Oslo
 * connects clusters that share no one else") describes a high value, so it is said only when
 * the value stands out (`high`); otherwise the sentence says what the metric measures, which is
 * true whatever the value. Reused wherever a metric value is shown for a selected item.
 */
import type { MetricId } from '../../domain/metrics/types';
import { metricWord } from '../../domain/metrics/words';
import { useLang } from '../../ui/i18n/I18nProvider';

export interface MetricMeaningProps {
  readonly metric: MetricId;
  /** The item's name, from displayName. */
  readonly name: string;
  /** Whether the item's value stands out (e.g. among the top quarter, above 0). */
  readonly high: boolean;
  readonly className?: string;
}

/** The sentence itself (for tests, exports and text-only places). */
export function metricMeaningText(
  metric: MetricId,
  name: string,
  high: boolean,
  language: 'nb' | 'en',
): string {
  if (!high) return metricWord(metric, 'description', language);
  return metricWord(metric, 'meaning', language).replace('{name}', name);
}

export function MetricMeaning({ metric, name, high, className }: MetricMeaningProps) {
  const language = useLang();
  return (
    <p className={`metric-meaning ${className ?? ''}`.trim()} data-metric={metric}>
      {metricMeaningText(metric, name, high, language)}
    </p>
  );
}

/**
 * Whether a value stands out among `values`: above 0 and within the top quarter (at least the
 * top one). NaN values (not computed) never stand out.
 */
export function standsOut(value: number, values: ArrayLike<number>): boolean {
  if (!(value > 0)) return false;
  let above = 0;
  let counted = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (Number.isNaN(v)) continue;
    counted++;
    if (v > value) above++;
  }
  return above < Math.max(1, Math.ceil(counted / 4));
}
