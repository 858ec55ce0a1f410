import { describe, expect, it } from 'vitest';
import { VIEWS } from '../../../src/app/views';
import { TabBar } from '../../../src/features/navigation/TabBar';
import { attributesOf, render, textOf, textsOf } from '../review/render';

const ignore = () => undefined;

// A fixed row of views: the tab row's rules do not depend on how many views the registry has.
const FOUR = VIEWS.filter((v) =>
  ['kart', 'import', 'duplikater', 'plassering', 'rapport'].includes(v.id),
);
describe('TabBar', () => {
  it('is a tablist of five tabs, the open one selected and the only tab stop', () => {
    const html = render(TabBar, {
      current: 'duplikater',
      views: FOUR,
      counts: new Map(),
      onSelect: ignore,
    });
    expect(html).toMatch(/^<div[^>]*role="tablist"[^>]*aria-label="Visninger"/);
    expect(textsOf(html, 'button')).toEqual([
      'Kart',
      'Import',
      'Duplikater',
      'Plassering',
      'Rapport',
    ]);
    expect(attributesOf(html, 'button', 'role')).toEqual(['tab', 'tab', 'tab', 'tab', 'tab']);
    expect(attributesOf(html, 'button', 'aria-selected')).toEqual([
      'false',
      'false',
      'true',
      'false',
      'false',
    ]);
    expect(attributesOf(html, 'button', 'tabindex')).toEqual(['-1', '-1', '0', '-1', '-1']);
    expect(attributesOf(html, 'button', 'aria-controls')).toEqual([
      'tabpanel-kart',
      'tabpanel-import',
      'tabpanel-duplikater',
      'tabpanel-plassering',
      'tabpanel-rapport',
    ]);
  });

  it('shows a count only where there is something, with its meaning in words', () => {
    const html = render(TabBar, {
      current: 'kart',
      views: FOUR,
      counts: new Map([
        ['import', 1],
        ['duplikater', 1234],
        ['plassering', 0],
      ]),
      onSelect: ignore,
    });
    expect(attributesOf(html, 'span', 'data-testid')).toEqual([
      'tab-badge-import',
      'tab-badge-duplikater',
    ]);
    expect(textsOf(html, 'button')).toEqual([
      'Kart',
      'Import 1 , 1 rad eller fil avvist',
      'Duplikater 1 234 , 1 234 mulige duplikater å vurdere',
      'Plassering',
      'Rapport',
    ]);
    // Rejections look like a problem, proposals like work to do.
    expect(html).toMatch(/class="tab-badge problem"[^>]*>1</);
    expect(html).toMatch(/class="tab-badge todo"[^>]*>1\u00a0234</);
  });

  it('speaks English', () => {
    const html = render(
      TabBar,
      { current: 'kart', views: FOUR, counts: new Map([['plassering', 2]]), onSelect: ignore },
      'en',
    );
    expect(textOf(html)).toBe(
      'Map Import Duplicates Placement 2 , 2 organisations without a county Report',
    );
  });
});
