import { describe, expect, it } from 'vitest';
import type { RecognitionDecision } from '../../../src/domain/membership/decisions';
import type { OrgId } from '../../../src/domain/membership/types';
import { describeDecision, nameResolver } from '../../../src/features/review/decision-words';
import { translator } from '../../../src/ui/i18n/I18nProvider';
import { idOf, sample } from './sample';

const nb = translator('nb');
const en = translator('en');
const before = sample();
const nordlys = idOf(before, 'Nordlys Teknologi AS');
const teknolgi = idOf(before, 'Nordlys Teknolgi');
const bergvik = before.organisations
  .filter((o) => o.name === 'Bergvik Advokatfirma')
  .map((o) => o.id);
const none = new Map<OrgId, string>();

describe('describeDecision', () => {
  it('names both organisations of a merge and a keep-apart', () => {
    const nameOf = nameResolver(before.organisations, none, nb);
    expect(describeDecision({ kind: 'merge', a: nordlys, b: teknolgi }, nameOf, nb)).toBe(
      'Slo sammen «Nordlys Teknologi AS» og «Nordlys Teknolgi»',
    );
    expect(describeDecision({ kind: 'keep-apart', a: nordlys, b: teknolgi }, nameOf, en)).toBe(
      'Kept “Nordlys Teknologi AS” and “Nordlys Teknolgi” apart',
    );
  });

  it('still names a merged-away organisation once it has left the dataset', () => {
    const merges: RecognitionDecision[] = [
      { kind: 'merge', a: nordlys, b: teknolgi },
      { kind: 'merge', a: bergvik[0]!, b: bergvik[1]! },
    ];
    const after = sample({ decisions: merges });
    expect(after.organisations.some((o) => o.id === teknolgi)).toBe(false);
    const cold = nameResolver(after.organisations, none, nb);
    // A name id finds its spelling among the merged organisation's aliases; a number id says so.
    expect(describeDecision(merges[0]!, cold, nb)).toBe(
      'Slo sammen «Nordlys Teknologi AS» og «Nordlys Teknolgi»',
    );
    expect(describeDecision(merges[1]!, cold, nb)).toBe(
      'Slo sammen «Bergvik Advokatfirma» og «org.nr. 943 753 709»',
    );
    const remembered = new Map(before.organisations.map((o) => [o.id, o.name]));
    const warm = nameResolver(after.organisations, remembered, nb);
    expect(describeDecision(merges[1]!, warm, nb)).toBe(
      'Slo sammen «Bergvik Advokatfirma» og «Bergvik Advokatfirma»',
    );
  });

  it('says which row of which file was split out, with the name written there', () => {
    const merge: RecognitionDecision = { kind: 'merge', a: nordlys, b: teknolgi };
    const split: RecognitionDecision = {
      kind: 'split',
      source: { file: 'Sørklyngen.csv', row: 2 },
    };
    const after = sample({ decisions: [merge, split] });
    const nameOf = nameResolver(after.organisations, none, nb);
    expect(describeDecision(split, nameOf, nb)).toBe(
      'Skilte ut rad 2 i Sørklyngen.csv («Nordlys Teknolgi»)',
    );
    const sheet: RecognitionDecision = {
      kind: 'split',
      source: { file: 'liste.xlsx', sheet: 'Ark2', row: 7 },
    };
    expect(describeDecision(sheet, nameOf, en)).toBe(
      'Split out row 7 of liste.xlsx (Ark2) (“rad:liste.xlsx/Ark2:7”)',
    );
  });
});
