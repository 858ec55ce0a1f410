/** "1 fil" / "2 filer": a formatted count with the singular or plural noun of the language. */
import { formatInteger } from './format';
import type { Translate } from './I18nProvider';

export type CountNoun = 'files' | 'clusters' | 'organisations';

export function count(t: Translate, noun: CountNoun, n: number): string {
  return t(n === 1 ? `count.${noun}.one` : `count.${noun}.other`, { n: formatInteger(n) });
}
