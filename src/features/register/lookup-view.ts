/**
 * What the register panel shows, worked out from the dataset and a lookup's result: which
 * numbers are left to look up, how many of those organisations the lists leave unplaced, the
 * answers counted by kind, the failures in words, and the rows of the results table.
 */
import { placementFromRegister, type RegisterEntry } from '../../domain/membership/register';
import type { Organisation } from '../../domain/membership/types';
import type { FailureReason, LookupResult } from '../../io/enhetsregisteret/types';
import { formatInteger } from '../../ui/i18n/format';
import type { Translate } from '../../ui/i18n/I18nProvider';
import { municipalityLabel } from '../shared/municipality-label';

export { municipalityLabel };

const isPlaced = (org: Organisation) =>
  org.placement.kind === 'county' || org.placement.kind === 'abroad';

export interface LookupTargets {
  /** Numbers of organisations without a register entry yet, each once. */
  readonly numbers: readonly string[];
  /** Of those, organisations the lists leave without a county. */
  readonly unplaced: number;
  /** Organisations with any number at all. */
  readonly withNumber: number;
}

export function lookupTargets(organisations: readonly Organisation[]): LookupTargets {
  const numbers = new Set<string>();
  let unplaced = 0;
  let withNumber = 0;
  for (const org of organisations) {
    if (!org.orgNumber) continue;
    withNumber++;
    if (org.register || numbers.has(org.orgNumber)) continue;
    numbers.add(org.orgNumber);
    if (!isPlaced(org)) unplaced++;
  }
  return { numbers: [...numbers], unplaced, withNumber };
}

/** Organisations without a place that these entries place (what the rebuild will do). */
export function placedBy(
  organisations: readonly Organisation[],
  entries: readonly RegisterEntry[],
): number {
  const byNumber = new Map(entries.map((e) => [e.orgNumber, e]));
  return organisations.filter((org) => {
    const entry = org.orgNumber ? byNumber.get(org.orgNumber) : undefined;
    return !isPlaced(org) && entry !== undefined && placementFromRegister(entry) !== null;
  }).length;
}

export function countOutcomes(result: LookupResult) {
  const counts = { found: 0, gone: 0, notFound: 0 };
  for (const outcome of result.outcomes.values()) {
    if (outcome.kind === 'found') counts.found++;
    else if (outcome.kind === 'gone') counts.gone++;
    else counts.notFound++;
  }
  return counts;
}

export function numbersText(t: Translate, n: number): string {
  return t(n === 1 ? 'register.numbers.one' : 'register.numbers.other', { n: formatInteger(n) });
}

/** "Enhetsregisteret svarte 503 for 3 numre; prøv igjen senere." */
export function failureText(t: Translate, reason: FailureReason, numbers: number): string {
  const count = numbersText(t, numbers);
  switch (reason.kind) {
    case 'http':
      return t('register.error.http', { status: reason.status, count });
    case 'network':
      return t('register.error.network', { count });
    case 'timeout':
      return t('register.error.timeout', { seconds: reason.seconds, count });
    case 'bad-response':
      return t('register.error.badResponse', { count });
  }
}

export interface ResultRow {
  readonly org: Organisation;
  readonly entry: RegisterEntry;
  readonly municipality: string;
}

/** Organisations with a register entry, unplaced-by-the-lists (placed by the register) first. */
export function resultRows(organisations: readonly Organisation[]): ResultRow[] {
  const rows = organisations.flatMap((org) =>
    org.register
      ? [{ org, entry: org.register, municipality: municipalityLabel(org.register) }]
      : [],
  );
  const byRegister = (r: ResultRow) =>
    r.org.placement.kind !== 'unknown' &&
    r.org.placement.kind !== 'ambiguous' &&
    r.org.placement.via === 'register'
      ? 0
      : 1;
  return rows
    .map((row, i) => ({ row, i }))
    .sort((a, b) => byRegister(a.row) - byRegister(b.row) || a.i - b.i)
    .map(({ row }) => row);
}
