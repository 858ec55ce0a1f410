/**
 * Recognising the same organisation across rows and lists. A valid organisation number decides
 * when present: rows with the same number are one organisation, rows with different numbers never
 * are. A row without a number joins by its normalised name, but only when that name points to a
 * single organisation; an ambiguous name stays apart with a warning. No fuzzy matching here:
 * looser matches are proposals for the user (see proposals), never automatic merges.
 */
import type { MemberRow } from './member-rows';
import { normaliseName } from './names';
import type { OrgId } from './types';

export interface ResolvedGroup {
  readonly id: OrgId;
  readonly rows: readonly MemberRow[];
  readonly orgNumber?: string;
}

export interface Resolution {
  readonly groups: readonly ResolvedGroup[];
  /** Rows left apart because their name matches organisations with different numbers. */
  readonly ambiguous: readonly { readonly row: MemberRow; readonly numbers: readonly string[] }[];
}

/** Name keys that mean nothing on their own (placeholders for rows with only a number). */
function nameKeyOf(row: MemberRow): string {
  return row.hasName ? normaliseName(row.name) : '';
}

export function resolveOrganisations(rows: readonly MemberRow[]): Resolution {
  const byNumber = new Map<string, MemberRow[]>();
  const numbersByName = new Map<string, Set<string>>();
  for (const row of rows) {
    if (!row.orgNumber) continue;
    byNumber.set(row.orgNumber, [...(byNumber.get(row.orgNumber) ?? []), row]);
    const key = nameKeyOf(row);
    if (key !== '')
      numbersByName.set(key, (numbersByName.get(key) ?? new Set()).add(row.orgNumber));
  }

  const byName = new Map<string, MemberRow[]>();
  const ambiguous: { row: MemberRow; numbers: string[] }[] = [];
  const ambiguousApart = new Map<string, MemberRow[]>();
  for (const row of rows) {
    if (row.orgNumber) continue;
    const key = nameKeyOf(row);
    const numbers = [...(numbersByName.get(key) ?? [])];
    if (numbers.length === 1) byNumber.get(numbers[0]!)!.push(row);
    else if (numbers.length > 1) {
      ambiguous.push({ row, numbers });
      ambiguousApart.set(key, [...(ambiguousApart.get(key) ?? []), row]);
    } else byName.set(key, [...(byName.get(key) ?? []), row]);
  }

  // Keep groups in the order their first row was read, so ids and display names are stable.
  const firstIndex = new Map<MemberRow, number>(rows.map((row, i) => [row, i]));
  const groups: ResolvedGroup[] = [
    ...[...byNumber].map(([number, members]) => ({
      id: `nr:${number}` as OrgId,
      rows: members,
      orgNumber: number,
    })),
    ...[...byName].map(([key, members]) => ({ id: `navn:${key}` as OrgId, rows: members })),
    ...[...ambiguousApart].map(([key, members]) => ({
      id: `navn?:${key}` as OrgId,
      rows: members,
    })),
  ].map((g) => ({
    ...g,
    rows: [...g.rows].sort((a, b) => firstIndex.get(a)! - firstIndex.get(b)!),
  }));
  groups.sort((a, b) => firstIndex.get(a.rows[0]!)! - firstIndex.get(b.rows[0]!)!);
  return { groups, ambiguous };
}
