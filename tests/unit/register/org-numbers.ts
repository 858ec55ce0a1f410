/** Valid organisation numbers for the register tests: eight digits plus their MOD11 check digit. */
import { mod11CheckDigit } from '../../../src/domain/membership/org-number';

export function validOrgNumbers(count: number, start = 91000000): string[] {
  const numbers: string[] = [];
  for (let n = start; numbers.length < count; n++) {
    const check = mod11CheckDigit(String(n));
    if (check !== null) numbers.push(`${n}${check}`);
  }
  return numbers;
}
