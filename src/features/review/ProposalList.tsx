/**
 * The proposals to review, with the controls around them: lowest score shown, search, sort, and
 * the bulk merge. Long lists render in pages ("show more") so hundreds of proposals stay quick.
 * Presentational: the decisions go out through callbacks.
 */
import { useId, useMemo, useState } from 'react';
import type { RecognitionDecision } from '../../domain/membership/decisions';
import { formatDecimal, formatInteger } from '../../ui/i18n/format';
import { useT } from '../../ui/i18n/I18nProvider';
import { SearchInput } from '../../ui/SearchInput';
import { BulkMerge } from './BulkMerge';
import { ProposalCard } from './ProposalCard';
import {
  filterProposals,
  mergesAtOrAbove,
  PROPOSAL_SORTS,
  sortProposals,
  type ProposalSort,
} from './proposal-list';
import type { ProposalView } from '../shared/proposal-views';

const PAGE = 25;
const DEFAULT_BULK_THRESHOLD = 0.9;

export function ProposalList(props: {
  views: readonly ProposalView[];
  busy: boolean;
  onDecide: (decision: RecognitionDecision) => void;
  onDecideAll: (decisions: readonly RecognitionDecision[]) => void;
}) {
  const t = useT();
  const id = useId();
  const [sort, setSort] = useState<ProposalSort>('score-desc');
  const [minScore, setMinScore] = useState(0);
  const [query, setQuery] = useState('');
  const [limit, setLimit] = useState(PAGE);
  const [threshold, setThreshold] = useState(DEFAULT_BULK_THRESHOLD);
  const shown = useMemo(
    () => sortProposals(filterProposals(props.views, { minScore, query }), sort),
    [props.views, minScore, query, sort],
  );

  if (props.views.length === 0) return <p className="muted">{t('review.none')}</p>;
  const decide = (kind: 'merge' | 'keep-apart') => (view: ProposalView) =>
    props.onDecide({ kind, a: view.proposal.a, b: view.proposal.b });

  return (
    <div className="proposal-list">
      <BulkMerge
        views={props.views}
        threshold={threshold}
        busy={props.busy}
        onThreshold={setThreshold}
        onMergeAll={(value) => props.onDecideAll(mergesAtOrAbove(props.views, value))}
      />
      <div className="proposal-filters">
        <label className="inline-field">
          <span>{t('review.minScore')}</span>
          <input
            type="number"
            className="score-input"
            data-testid="review-min-score"
            min={0}
            max={1}
            step={0.05}
            value={minScore}
            onChange={(e) => {
              const value = Number(e.target.value);
              if (Number.isFinite(value)) setMinScore(Math.min(1, Math.max(0, value)));
            }}
          />
        </label>
        <label className="inline-field" htmlFor={`${id}-sort`}>
          <span>{t('review.sort')}</span>
          <select
            id={`${id}-sort`}
            value={sort}
            onChange={(e) => setSort(e.target.value as ProposalSort)}
          >
            {PROPOSAL_SORTS.map((s) => (
              <option key={s} value={s}>
                {t(`review.sort.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <SearchInput label={t('review.search')} value={query} onChange={setQuery} />
      </div>
      <p className="muted" aria-live="polite" data-testid="review-showing">
        {t('review.showing', {
          shown: formatInteger(Math.min(limit, shown.length)),
          total: formatInteger(shown.length),
        })}
      </p>
      {shown.length === 0 ? (
        <p className="muted">{t('review.noneShown', { score: formatDecimal(minScore, 2) })}</p>
      ) : (
        <ul className="proposals" data-testid="proposals">
          {shown.slice(0, limit).map((view) => (
            <ProposalCard
              key={view.key}
              view={view}
              busy={props.busy}
              onMerge={decide('merge')}
              onKeepApart={decide('keep-apart')}
            />
          ))}
        </ul>
      )}
      {shown.length > limit ? (
        <button type="button" className="button subtle" onClick={() => setLimit((l) => l + PAGE)}>
          {t('review.showMore', { count: formatInteger(Math.min(PAGE, shown.length - limit)) })}
        </button>
      ) : null}
    </div>
  );
}
