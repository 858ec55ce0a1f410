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

/** Appends to the list under `key`, creating it: one push per row, never a copy (a copy per row
 * made 200 000 rows of a few organisations quadratic). */
function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function resolveOrganisations(rows: readonly MemberRow[]): Resolution {
  const byNumber = new Map<string, MemberRow[]>();
  const numbersByName = new Map<string, Set<string>>();
  const keys = new Map<MemberRow, string>();
  for (const row of rows) {
    const key = nameKeyOf(row);
    keys.set(row, key);
    if (!row.orgNumber) continue;
    pushTo(byNumber, row.orgNumber, row);
    if (key === '') continue;
    const numbers = numbersByName.get(key);
    if (numbers) numbers.add(row.orgNumber);
    else numbersByName.set(key, new Set([row.orgNumber]));
  }

  const byName = new Map<string, MemberRow[]>();
  const ambiguous: { row: MemberRow; numbers: string[] }[] = [];
  const ambiguousApart = new Map<string, MemberRow[]>();
  for (const row of rows) {
    if (row.orgNumber) continue;
    const key = keys.get(row)!;
    const found = numbersByName.get(key);
    if (found?.size === 1) byNumber.get(found.values().next().value!)!.push(row);
    else if (found && found.size > 1) {
      ambiguous.push({ row, numbers: [...found] });
      pushTo(ambiguousApart, key, row);
    } else pushTo(byName, key, row);
  }

  // Keep groups in the order their first row was read, so ids and display names are stable.
  const firstIndex = new Map<MemberRow, number>(rows.map((row, i) => [row, i]));
  const byIndex = (a: MemberRow, b: MemberRow) => firstIndex.get(a)! - firstIndex.get(b)!;
  const groups: ResolvedGroup[] = [];
  for (const [number, members] of byNumber)
    groups.push({ id: `nr:${number}` as OrgId, rows: members.sort(byIndex), orgNumber: number });
  for (const [key, members] of byName)
    groups.push({ id: `navn:${key}` as OrgId, rows: members.sort(byIndex) });
  for (const [key, members] of ambiguousApart)
    groups.push({ id: `navn?:${key}` as OrgId, rows: members.sort(byIndex) });
  groups.sort((a, b) => byIndex(a.rows[0]!, b.rows[0]!));
  for (const group of groups) Object.freeze(group.rows);
  return { groups, ambiguous };
}
