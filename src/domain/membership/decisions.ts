/**
 * The user's word on recognition, kept with the workspace and replayed on every rebuild: merge two
 * organisations, keep two apart (a rejected proposal), or split one row out into an organisation
 * of its own. Undo is removing a decision; ids are stable across rebuilds because they come from
 * numbers, name keys and row sources, not from positions.
 */
import type { ResolvedGroup } from './resolve';
import type { OrgId, RowSource } from './types';

export type RecognitionDecision =
  | { readonly kind: 'merge'; readonly a: OrgId; readonly b: OrgId }
  | { readonly kind: 'keep-apart'; readonly a: OrgId; readonly b: OrgId }
  | { readonly kind: 'split'; readonly source: RowSource };

export function sourceKey(source: RowSource): string {
  return `${source.file}\u0000${source.sheet ?? ''}\u0000${source.row}`;
}

export function splitId(source: RowSource): OrgId {
  return `rad:${source.file}${source.sheet ? `/${source.sheet}` : ''}:${source.row}` as OrgId;
}

/** Replays decisions in the order they were made; one whose organisation is gone is ignored. */
export function applyDecisions(
  groups: readonly ResolvedGroup[],
  decisions: readonly RecognitionDecision[],
): ResolvedGroup[] {
  let result: ResolvedGroup[] = [...groups];
  // An organisation merged into another answers to the other's id from then on.
  const mergedInto = new Map<OrgId, OrgId>();
  const current = (id: OrgId): OrgId => {
    let at = id;
    for (let next = mergedInto.get(at); next !== undefined; next = mergedInto.get(at)) at = next;
    return at;
  };
  for (const decision of decisions) {
    if (decision.kind === 'split') {
      const key = sourceKey(decision.source);
      const group = result.find((g) => g.rows.some((r) => sourceKey(r.source) === key));
      if (!group || group.rows.length < 2) continue;
      const row = group.rows.find((r) => sourceKey(r.source) === key)!;
      const rest: ResolvedGroup = { ...group, rows: group.rows.filter((r) => r !== row) };
      const alone: ResolvedGroup = {
        id: splitId(row.source),
        rows: [row],
        ...(row.orgNumber ? { orgNumber: row.orgNumber } : {}),
      };
      result = [...result.map((g) => (g === group ? rest : g)), alone];
    } else if (decision.kind === 'merge') {
      const into = result.find((g) => g.id === current(decision.a));
      const from = result.find((g) => g.id === current(decision.b));
      if (!into || !from || into === from) continue;
      mergedInto.set(from.id, into.id);
      const orgNumber = into.orgNumber ?? from.orgNumber;
      const merged: ResolvedGroup = {
        id: into.id,
        rows: [...into.rows, ...from.rows],
        ...(orgNumber ? { orgNumber } : {}),
      };
      result = result.filter((g) => g !== from).map((g) => (g === into ? merged : g));
    }
  }
  return result;
}
