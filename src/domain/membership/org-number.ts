/**
 * Norwegian organisation numbers: reading them in the forms lists really use ("923 609 016",
 * "923.609.016", "NO 923609016 MVA", an Excel number 923609016) and checking the MOD11 digit.
 * A number that fails its check is reported, never silently used or dropped.
 */

const WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2] as const;

export type OrgNumberReading =
  | { readonly kind: 'absent' }
  | { readonly kind: 'valid'; readonly value: string }
  | {
      readonly kind: 'invalid';
      readonly raw: string;
      readonly reason: string;
      /** What is wrong, for the message codes row.org-number-<problem> and row.no-name-number-<problem>. */
      readonly problem: 'not-9' | 'digits' | 'check-digit';
      readonly params: Readonly<Record<string, string | number>>;
    };

/** The MOD11 check digit for eight digits, or null when no valid number has them (remainder 1). */
export function mod11CheckDigit(firstEight: string): number | null {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(firstEight[i]) * WEIGHTS[i]!;
  const remainder = sum % 11;
  if (remainder === 0) return 0;
  if (remainder === 1) return null;
  return 11 - remainder;
}

export function isValidOrgNumber(digits: string): boolean {
  if (!/^\d{9}$/.test(digits)) return false;
  return mod11CheckDigit(digits.slice(0, 8)) === Number(digits[8]);
}

/** Groups as people write them: "923 609 016". */
export function formatOrgNumber(digits: string): string {
  return `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}`;
}

export function readOrgNumber(raw: string | null | undefined): OrgNumberReading {
  const text = (raw ?? '').trim();
  if (text === '' || /^[-–—]+$/.test(text) || /^(n\/?a|ukjent|mangler|ingen)$/i.test(text)) {
    return { kind: 'absent' };
  }
  // "NO 923 609 016 MVA", "Org.nr. 923.609.016", "923609016.0" (Excel number as text)
  let core = text
    .replace(/^(org\.?\s*(nr|nummer)\.?:?|no)\s*/i, '')
    .replace(/\s*(mva)\.?$/i, '')
    .replace(/\.0+$/, '');
  core = core.replace(/[\s.\u00a0\u202f-]/g, '');
  if (!/^\d+$/.test(core)) {
    return {
      kind: 'invalid',
      raw: text,
      reason: `organisation number "${text}" is not 9 digits`,
      problem: 'not-9',
      params: { text },
    };
  }
  if (core.length !== 9) {
    return {
      kind: 'invalid',
      raw: text,
      reason: `organisation number "${text}" has ${core.length} digits, not 9`,
      problem: 'digits',
      params: { text, digits: core.length },
    };
  }
  if (!isValidOrgNumber(core)) {
    return {
      kind: 'invalid',
      raw: text,
      reason: `organisation number ${formatOrgNumber(core)} fails its check digit`,
      problem: 'check-digit',
      params: { number: formatOrgNumber(core) },
    };
  }
  return { kind: 'valid', value: core };
}
