import { describe, expect, it } from 'vitest';
import type { MergeProposal } from '../../../src/domain/membership/proposals';
import type { OrgId } from '../../../src/domain/membership/types';
import { indexOrganisations } from '../../../src/state/org-index';
import {
  atOrAbove,
  filterProposals,
  mergesAtOrAbove,
  scoreRange,
  sortProposals,
} from '../../../src/features/review/proposal-list';
import { proposalViews } from '../../../src/features/shared/proposal-views';
import { idOf, proposalsOf, sample } from './sample';

const dataset = sample();
const index = indexOrganisations(dataset);
const views = proposalViews(proposalsOf(dataset), index);
const pairNames = (list: typeof views) => list.map((v) => `${v.a.org.name} ~ ${v.b.org.name}`);

const TYPO = 'Nordlys Teknologi AS ~ Nordlys Teknolgi';
const ABBREVIATION = 'Fjordvik Teknologi Consulting ~ Fjordvik Tekn. Consulting';
const OTHER_NUMBER = 'Bergvik Advokatfirma ~ Bergvik Advokatfirma';

describe('proposalViews', () => {
  it('joins each proposal with both organisations and their clusters', () => {
    expect(pairNames(views)).toEqual(expect.arrayContaining([TYPO, ABBREVIATION, OTHER_NUMBER]));
    const typo = views.find((v) => pairNames([v])[0] === TYPO)!;
    expect(typo.a.org.orgNumber).toBe('923609016');
    expect(typo.b.org.orgNumber).toBeUndefined();
    expect(typo.a.clusters).toEqual(['Nordklyngen']);
    expect(typo.b.clusters).toEqual(['Sørklyngen']);
  });

  it('drops proposals naming an organisation that is no longer in the dataset', () => {
    const gone: MergeProposal = {
      a: 'nr:923609016' as OrgId,
      b: 'navn:finnes ikke' as OrgId,
      score: 0.99,
      reason: 'typo',
    };
    expect(proposalViews([gone, ...proposalsOf(dataset)], index)).toHaveLength(views.length);
  });
});

describe('filterProposals and sortProposals', () => {
  it.each([
    [{ minScore: 0.8, query: '' }, [TYPO, ABBREVIATION]],
    [{ minScore: 0, query: 'bergvik' }, [OTHER_NUMBER]],
    [{ minScore: 0, query: '943 753' }, [OTHER_NUMBER]],
    [{ minScore: 0, query: 'TEKNOLGI' }, [TYPO]],
    [{ minScore: 0.95, query: '' }, []],
  ])('%j keeps %j', (filter, expected) => {
    expect(pairNames(filterProposals(views, filter)).sort()).toEqual([...expected].sort());
  });

  it('sorts by score both ways and by name', () => {
    const desc = sortProposals(views, 'score-desc').map((v) => v.proposal.score);
    const asc = sortProposals(views, 'score-asc').map((v) => v.proposal.score);
    expect(desc).toEqual([...desc].sort((x, y) => y - x));
    expect(asc).toEqual([...desc].reverse());
    const byName = sortProposals(views, 'name').map((v) => v.a.org.name);
    expect(byName).toEqual([...byName].sort((x, y) => x.localeCompare(y, 'nb')));
    expect(sortProposals(views, 'score-desc')[0]!.proposal.score).toBe(scoreRange(views)[1]);
  });
});

describe('merging all at or above a score', () => {
  it('counts a score equal to the threshold, despite decimal rounding', () => {
    expect(atOrAbove(0.1 + 0.2, 0.3)).toBe(true);
    expect(atOrAbove(0.29, 0.3)).toBe(false);
  });

  it('makes one merge per proposal at or above the threshold, which the dataset then applies', () => {
    const decisions = mergesAtOrAbove(views, 0.8);
    expect(decisions).toHaveLength(2);
    expect(decisions.every((d) => d.kind === 'merge')).toBe(true);
    const merged = sample({ decisions });
    expect(merged.organisations).toHaveLength(dataset.organisations.length - 2);
    const nordlys = merged.organisations.find(
      (o) => o.id === idOf(dataset, 'Nordlys Teknologi AS'),
    )!;
    expect(nordlys.aliases).toEqual(['Nordlys Teknolgi']);
    expect(nordlys.sources.map((s) => s.file)).toEqual(['Nordklyngen.csv', 'Sørklyngen.csv']);
  });

  it('merges nothing above the highest score', () => {
    expect(mergesAtOrAbove(views, scoreRange(views)[1] + 0.01)).toEqual([]);
  });
});
