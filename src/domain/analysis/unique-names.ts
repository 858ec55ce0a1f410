/**
 * Names that key the analysis document, which is keyed by names so that it reads on its own,
 * but two organisations may share a display name (two "Sintef" records with different numbers,
 * say) and two lists may name clusters alike; a key must not swallow one of them.
 *
 * The rule, applied in dataset order:
 * 1. The first record with a name keeps it unchanged.
 * 2. A later record with a name already taken gets its organisation number, grouped as people
 *    write it: "Sintef (923 609 016)".
 * 3. If it has no number, or that too is taken, it gets the smallest counter from 2 up that
 *    gives a free name: "Sintef (2)", "Sintef (3)".
 * Names are compared exactly (after trimming), so "SINTEF" and "Sintef" both stay as they are:
 * records that resolution kept apart are shown apart.
 */
import { formatOrgNumber } from '../membership/org-number';

interface Named<Id> {
  readonly id: Id;
  readonly name: string;
  readonly orgNumber?: string;
}

export function uniqueNames<Id>(records: Iterable<Named<Id>>): Map<Id, string> {
  const byId = new Map<Id, string>();
  const taken = new Set<string>();
  // Names of records not yet reached must stay free for them: a second "Sintef" must not become
  // "Sintef (2)" when a record literally named "Sintef (2)" comes later.
  const list = [...records];
  const reserved = new Set(list.map((r) => r.name.trim()));

  for (const record of list) {
    if (byId.has(record.id)) continue;
    const base = record.name.trim();
    let name = base;
    if (taken.has(name)) {
      const withNumber = record.orgNumber ? `${base} (${formatOrgNumber(record.orgNumber)})` : null;
      if (withNumber !== null && !taken.has(withNumber) && !reserved.has(withNumber)) {
        name = withNumber;
      } else {
        let counter = 2;
        while (taken.has(`${base} (${counter})`) || reserved.has(`${base} (${counter})`)) counter++;
        name = `${base} (${counter})`;
      }
    }
    taken.add(name);
    byId.set(record.id, name);
  }
  return byId;
}
