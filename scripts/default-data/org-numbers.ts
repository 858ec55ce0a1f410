/**
 * Synthetic organisation numbers: nine digits starting with 1, so none can belong to a real
 * organisation (real ones start with 8 or 9), with a valid MOD11 check digit so the app treats
 * them exactly as it would real ones. Bases whose check digit does not exist are skipped.
 */
import { mod11CheckDigit } from '../../src/domain/membership/org-number';
import { intBelow, type Rng } from './prng';

export function newOrgNumber(rng: Rng, taken: Set<string>): string {
  for (;;) {
    const firstEight = `1${String(intBelow(rng, 10_000_000)).padStart(7, '0')}`;
    const check = mod11CheckDigit(firstEight);
    if (check === null) continue;
    const number = `${firstEight}${check}`;
    if (taken.has(number)) continue;
    taken.add(number);
    return number;
  }
}
