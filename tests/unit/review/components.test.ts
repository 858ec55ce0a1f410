import { describe, expect, it } from 'vitest';
import type { RecognitionDecision } from '../../../src/domain/membership/decisions';
import { ChangesList } from '../../../src/features/review/ChangesList';
import { nameResolver } from '../../../src/features/review/decision-words';
import { indexOrganisations } from '../../../src/state/org-index';
import { ProposalCard } from '../../../src/features/review/ProposalCard';
import { proposalViews } from '../../../src/features/shared/proposal-views';
import { ProposalList } from '../../../src/features/review/ProposalList';
import { SplitRows } from '../../../src/features/shared/SplitRows';
import { translator } from '../../../src/ui/i18n/I18nProvider';
import { attributesOf, render, textOf, textsOf } from './render';
import { idOf, proposalsOf, sample } from './sample';

const dataset = sample();
const views = proposalViews(proposalsOf(dataset), indexOrganisations(dataset));
const typo = views.find((v) => v.proposal.reason === 'typo')!;
const ignore = () => undefined;

describe('ProposalCard', () => {
  it('shows score, reason, both names, numbers, places and clusters, and both choices', () => {
    const html = render(ProposalCard, {
      view: typo,
      busy: false,
      onMerge: ignore,
      onKeepApart: ignore,
    });
    const text = textOf(html);
    expect(text).toContain('Nesten likt navn (skrivefeil?)');
    expect(text).toMatch(/Likhet \d,\d\d/);
    expect(text).toContain('Nordlys Teknologi AS 923 609 016 Oslo Klynger: Nordklyngen');
    expect(text).toContain('Nordlys Teknolgi uten org.nr. Oslo Klynger: Sørklyngen');
    expect(textsOf(html, 'button')).toEqual(['Slå sammen', 'Hold adskilt']);
    expect(attributesOf(html, 'li', 'aria-label')).toEqual([
      '«Nordlys Teknologi AS» og «Nordlys Teknolgi»',
    ]);
  });

  it('disables the choices while the data is being rebuilt, and speaks English', () => {
    const html = render(
      ProposalCard,
      { view: typo, busy: true, onMerge: ignore, onKeepApart: ignore },
      'en',
    );
    expect(textsOf(html, 'button')).toEqual(['Merge', 'Keep apart']);
    expect(html.match(/<button[^>]*disabled/g)).toHaveLength(2);
    expect(textOf(html)).toContain('Nearly the same name (typo?)');
  });
});

describe('ProposalList', () => {
  it('lists every proposal, most alike first, with the bulk merge above', () => {
    const html = render(ProposalList, {
      views,
      busy: false,
      onDecide: ignore,
      onDecideAll: ignore,
    });
    const scores = attributesOf(html, 'span', 'data-score').map(Number);
    expect(scores).toHaveLength(views.length);
    expect(scores).toEqual([...scores].sort((x, y) => y - x));
    expect(textOf(html)).toContain(`Viser ${views.length} av ${views.length} forslag`);
    // The default bulk threshold is 0,90: the abbreviation (0.9) only.
    expect(textOf(html)).toContain('1 forslag har likhet 0,90 eller høyere.');
  });

  it('says so when there is nothing to review', () => {
    const html = render(ProposalList, {
      views: [],
      busy: false,
      onDecide: ignore,
      onDecideAll: ignore,
    });
    expect(textOf(html)).toBe('Ingen mulige duplikater.');
  });
});

describe('ChangesList', () => {
  const t = translator('nb');
  const nameOf = nameResolver(dataset.organisations, new Map(), t);
  const decisions: RecognitionDecision[] = [
    { kind: 'merge', a: typo.proposal.a, b: typo.proposal.b },
    { kind: 'keep-apart', a: typo.proposal.a, b: typo.proposal.b },
  ];

  it('lists the decisions newest first, each with its undo', () => {
    const html = render(ChangesList, { decisions, nameOf, busy: false, onUndo: ignore });
    expect(textsOf(html, 'span')).toEqual([
      'Holdt «Nordlys Teknologi AS» og «Nordlys Teknolgi» adskilt',
      'Slo sammen «Nordlys Teknologi AS» og «Nordlys Teknolgi»',
    ]);
    expect(attributesOf(html, 'button', 'aria-label')).toEqual([
      'Angre: Holdt «Nordlys Teknologi AS» og «Nordlys Teknolgi» adskilt',
      'Angre: Slo sammen «Nordlys Teknologi AS» og «Nordlys Teknolgi»',
    ]);
  });

  it('explains the list when it is empty', () => {
    const html = render(ChangesList, { decisions: [], nameOf, busy: false, onUndo: ignore });
    expect(textOf(html)).toMatch(/^Ingen endringer ennå/);
  });
});

describe('SplitRows', () => {
  const merged = sample({
    decisions: [{ kind: 'merge', a: typo.proposal.a, b: typo.proposal.b }],
  });

  it('shows each row with its file, row number and written name', () => {
    const org = merged.organisations.find((o) => o.id === typo.proposal.a)!;
    const html = render(SplitRows, { org, busy: false, onSplit: ignore });
    expect(textsOf(html, 'summary')).toEqual(['2 rader']);
    expect(textsOf(html, 'li')).toEqual([
      'Nordklyngen.csv, rad 2: Nordlys Teknologi AS Skill ut',
      'Sørklyngen.csv, rad 2: Nordlys Teknolgi Skill ut',
    ]);
    expect(attributesOf(html, 'button', 'aria-label')).toEqual([
      'Skill ut rad 2 i Nordklyngen.csv som egen organisasjon',
      'Skill ut rad 2 i Sørklyngen.csv som egen organisasjon',
    ]);
  });

  it('renders nothing for an organisation from one row', () => {
    const org = dataset.organisations.find((o) => o.id === idOf(dataset, 'Stedløs AS'))!;
    expect(render(SplitRows, { org, busy: false, onSplit: ignore })).toBe('');
  });
});
