import { describe, expect, it } from 'vitest';
import type { OrgId } from '../../../src/domain/membership/types';
import { CountyChooser } from '../../../src/features/places/CountyChooser';
import { ManualPlacements } from '../../../src/features/places/ManualPlacements';
import { UnplacedTable } from '../../../src/features/places/UnplacedTable';
import { manualPlacement, manualRows, unplacedRows } from '../../../src/features/places/unplaced';
import { indexOrganisations } from '../../../src/state/org-index';
import { attributesOf, render, textOf, textsOf } from '../review/render';
import { idOf, sample } from '../review/sample';

const dataset = sample();
const index = indexOrganisations(dataset);
const rows = unplacedRows(dataset.organisations, index);
const ignore = () => undefined;

describe('UnplacedTable', () => {
  it('shows each unplaced organisation with its clusters and why, and ticks the selected', () => {
    const selected = new Set<OrgId>([idOf(dataset, 'Stedløs AS')]);
    const html = render(UnplacedTable, {
      rows,
      selected,
      onToggle: ignore,
      onToggleAll: ignore,
    });
    expect(textsOf(html, 'tr').slice(1)).toEqual([
      'Annen Vikenbedrift Sørklyngen «Viken» er nå Østfold, Akershus eller Buskerud; velg fylke',
      'Vikenbedriften AS Nordklyngen «Viken» er nå Østfold, Akershus eller Buskerud; velg fylke',
      'Stedløs AS Nordklyngen Verken kommune eller fylke oppgitt',
      'Ukjentby Bygg Sørklyngen Ingen kjent kommune eller fylke i «Atlantis»',
    ]);
    expect(attributesOf(html, 'input', 'aria-label')).toEqual([
      'Velg alle',
      'Velg Annen Vikenbedrift',
      'Velg Vikenbedriften AS',
      'Velg Stedløs AS',
      'Velg Ukjentby Bygg',
    ]);
    const checked = html.match(/<input[^>]*>/g)!.map((tag) => tag.includes('checked'));
    expect(checked).toEqual([false, false, false, true, false]);
  });
});

describe('CountyChooser', () => {
  const props = {
    value: '' as const,
    selectedCount: 2,
    busy: false,
    onChange: ignore,
    onPlace: ignore,
  };

  it('offers the candidate counties first, then the other counties, then abroad', () => {
    const html = render(CountyChooser, { ...props, suggested: ['31', '32', '33'] });
    expect(attributesOf(html, 'optgroup', 'label')).toEqual(['Mulige fylker', 'Alle fylker']);
    const options = textsOf(html, 'option');
    expect(options.slice(0, 4)).toEqual(['Velg fylke …', 'Østfold', 'Akershus', 'Buskerud']);
    expect(options).toHaveLength(1 + 15 + 1);
    expect(options.at(-1)).toBe('Utlandet');
    expect(textsOf(html, 'button')).toEqual(['Plasser 2 organisasjoner']);
    // No county chosen yet: the button waits.
    expect(html).toMatch(/<button[^>]*disabled/);
  });

  it('has no candidate group when nothing selected is ambiguous', () => {
    const html = render(CountyChooser, { ...props, suggested: [], value: '03', selectedCount: 1 });
    expect(attributesOf(html, 'optgroup', 'label')).toEqual(['Alle fylker']);
    expect(textsOf(html, 'button')).toEqual(['Plasser 1 organisasjon']);
    expect(html).not.toMatch(/<button[^>]*disabled/);
  });
});

describe('ManualPlacements', () => {
  it('lists each manual placement with a remove button', () => {
    const list = manualRows(
      {
        [idOf(dataset, 'Stedløs AS')]: manualPlacement('32'),
        [idOf(dataset, 'Ukjentby Bygg')]: manualPlacement('abroad'),
      },
      index.byId,
    );
    const html = render(ManualPlacements, { rows: list, busy: false, onRemove: ignore }, 'en');
    expect(textsOf(html, 'li')).toEqual([
      'Stedløs AS → Akershus Remove',
      'Ukjentby Bygg → Abroad Remove',
    ]);
    expect(attributesOf(html, 'button', 'aria-label')).toEqual([
      'Remove the placement of Stedløs AS',
      'Remove the placement of Ukjentby Bygg',
    ]);
  });

  it('says when there is none', () => {
    expect(textOf(render(ManualPlacements, { rows: [], busy: false, onRemove: ignore }))).toBe(
      'Ingen organisasjoner er plassert for hånd.',
    );
  });
});
