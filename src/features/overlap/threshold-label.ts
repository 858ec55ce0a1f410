/**
 * The threshold slider's label in words, with the grammar right: "minst 1 felles medlem",
 * "minst 2 felles medlemmer" ("at least 1 shared member", "at least 2 shared members"), and for
 * a ratio measure "Jaccard minst 0,10" ("Jaccard at least 0.10"). Pure, given the translator and
 * the number formats of the language.
 */
import type { OverlapMeasureId } from '../../domain/graph/overlap-measures';
import type { Translate } from '../../ui/i18n/I18nProvider';
import type { NumberFormats } from '../../ui/i18n/use-format';

/** Decimals shown for a ratio threshold: two for [0, 1] ratios, one for lift. */
export const ratioDigits = (measure: OverlapMeasureId): number => (measure === 'lift' ? 1 : 2);

export function thresholdLabel(
  t: Translate,
  formats: NumberFormats,
  measure: OverlapMeasureId,
  value: number,
): string {
  if (measure === 'shared') {
    const n = formats.integer(value);
    return t(value === 1 ? 'overlap.threshold.shared.one' : 'overlap.threshold.shared.other', {
      n,
    });
  }
  return t('overlap.threshold.ratio', {
    measure: t(`overlap.measureShort.${measure}`),
    value: formats.decimal(value, ratioDigits(measure)),
  });
}
