/**
 * displayName, the one place the page gets a name: names from the model, and the anonymised
 * seam ("Organisasjon 3", no number) that swaps them out; unknown ids give no text.
 */
import { describe, expect, it } from 'vitest';
import type { PageCountyId, PageOrgId } from '../../../src/domain/page/ids';
import { ABROAD, UNKNOWN } from '../../../src/domain/page/model';
import { displayNameOf, orgNumberOf } from '../../../src/state/display-name';
import { built } from './model-fixture';

const { model } = await built('display-salt');
const sintef = [...model.organisations.values()].find((o) => o.name === 'Sintef AS')!;
const alfa = [...model.clusters.values()].find((c) => c.name === 'Alfaklyngen')!;

describe('displayName', () => {
  it.each([
    ['nb', false, 'Sintef AS'],
    ['en', false, 'Sintef AS'],
    ['nb', true, `Organisasjon ${sintef.index}`],
    ['en', true, `Organisation ${sintef.index}`],
  ] as const)('names an organisation (%s, anonymised %s) as %s', (language, anonymised, text) => {
    const name = displayNameOf(model, { language, anonymised });
    expect(name('organisation', sintef.id)).toBe(text);
  });

  it('numbers anonymised organisations apart, and never shows a name among them', () => {
    const name = displayNameOf(model, { language: 'nb', anonymised: true });
    const labels = [...model.organisations.keys()].map((id) => name('organisation', id));
    expect(new Set(labels).size).toBe(model.organisations.size);
    for (const org of model.organisations.values()) {
      for (const label of labels) expect(label).not.toContain(org.name);
    }
  });

  it.each([
    ['nb', '50', 'Trøndelag'],
    ['en', '50', 'Trøndelag'],
    ['nb', ABROAD, 'Utlandet'],
    ['en', ABROAD, 'Abroad'],
    ['nb', UNKNOWN, 'Ukjent'],
    ['en', UNKNOWN, 'Unknown'],
  ] as const)('names county %s in %s as %s', (language, id, text) => {
    const name = displayNameOf(model, { language, anonymised: false });
    expect(name('county', id as PageCountyId)).toBe(text);
  });

  it('keeps cluster names when anonymised (they name clusters, not members)', () => {
    const name = displayNameOf(model, { language: 'nb', anonymised: true });
    expect(name('cluster', alfa.id)).toBe('Alfaklyngen');
  });

  it('gives no text for an unknown id or without a model', () => {
    const name = displayNameOf(model, { language: 'nb', anonymised: false });
    expect(name('organisation', 'o0000000000' as PageOrgId)).toBe('');
    expect(displayNameOf(null, { language: 'nb', anonymised: false })('cluster', alfa.id)).toBe('');
  });

  it('shows an organisation number only when not anonymised', () => {
    expect(orgNumberOf(model, false, sintef.id)).toBe('982463718');
    expect(orgNumberOf(model, true, sintef.id)).toBeUndefined();
  });
});
