/**
 * The workspace's decisions in words ("Slo sammen «A» og «B»"). A merged-away organisation is no
 * longer in the dataset, so its name comes from, in turn: the dataset, names remembered from
 * earlier datasets this session, a spelling in the dataset whose name key matches the id, and
 * finally the id itself (an organisation number or the name key), so a line never goes blank.
 */
import type { RecognitionDecision } from '../../domain/membership/decisions';
import { splitId } from '../../domain/membership/decisions';
import { normaliseName } from '../../domain/membership/names';
import { formatOrgNumber } from '../../domain/membership/org-number';
import type { OrgId, Organisation } from '../../domain/membership/types';
import type { Translate } from '../../ui/i18n/I18nProvider';

export type NameOf = (id: OrgId) => string;

/**
 * Names by id, from the dataset first and then from `remembered` (ids seen in earlier datasets).
 */
export function nameResolver(
  organisations: readonly Organisation[],
  remembered: ReadonlyMap<OrgId, string>,
  t: Translate,
): NameOf {
  const byId = new Map(organisations.map((o) => [o.id, o.name]));
  let byKey: Map<string, string> | null = null;
  const spellingFor = (key: string): string | undefined => {
    if (!byKey) {
      byKey = new Map();
      for (const org of organisations) {
        for (const name of [org.name, ...org.aliases]) {
          const k = normaliseName(name);
          if (!byKey.has(k)) byKey.set(k, name);
        }
      }
    }
    return byKey.get(key);
  };
  return (id) => {
    const known = byId.get(id) ?? remembered.get(id);
    if (known !== undefined) return known;
    const name = /^navn\??:(.*)$/.exec(id);
    if (name) return spellingFor(name[1]!) ?? name[1]!;
    const number = /^nr:(\d{9})$/.exec(id);
    if (number) return t('changes.orgNumber', { number: formatOrgNumber(number[1]!) });
    return id;
  };
}

export function describeDecision(
  decision: RecognitionDecision,
  nameOf: NameOf,
  t: Translate,
): string {
  switch (decision.kind) {
    case 'merge':
      return t('changes.merge', { a: nameOf(decision.a), b: nameOf(decision.b) });
    case 'keep-apart':
      return t('changes.keepApart', { a: nameOf(decision.a), b: nameOf(decision.b) });
    case 'split': {
      const { source } = decision;
      return t('changes.split', {
        row: source.row,
        file: source.sheet ? `${source.file} (${source.sheet})` : source.file,
        name: nameOf(splitId(source)),
      });
    }
  }
}
