/**
 * "Merge all above a score": a slider and a number for the threshold, how many proposals that
 * takes, and a confirmation step before anything is merged (each merge stays undoable).
 */
import { useId, useState } from 'react';
import { formatDecimal, formatInteger } from '../../ui/i18n/format';
import { useT } from '../../ui/i18n/I18nProvider';
import type { ProposalView } from '../shared/proposal-views';
import { atOrAbove } from './proposal-list';

export function BulkMerge(props: {
  views: readonly ProposalView[];
  threshold: number;
  busy: boolean;
  onThreshold: (value: number) => void;
  onMergeAll: (threshold: number) => void;
}) {
  const t = useT();
  const id = useId();
  const [confirming, setConfirming] = useState(false);
  const count = props.views.filter((v) => atOrAbove(v.proposal.score, props.threshold)).length;
  const n = formatInteger(count);
  const score = formatDecimal(props.threshold, 2);
  const setThreshold = (raw: string) => {
    const value = Number(raw);
    if (!Number.isFinite(value)) return;
    setConfirming(false);
    props.onThreshold(Math.min(1, Math.max(0, value)));
  };

  return (
    <fieldset className="bulk-merge" data-testid="bulk-merge">
      <legend>{t('review.bulk.title')}</legend>
      <div className="bulk-merge-controls">
        <label htmlFor={`${id}-range`}>{t('review.bulk.threshold')}</label>
        <input
          id={`${id}-range`}
          type="range"
          min={0}
          max={1}
          step={0.01}
          value={props.threshold}
          onChange={(e) => setThreshold(e.target.value)}
        />
        <input
          type="number"
          aria-label={t('review.bulk.threshold')}
          className="score-input"
          min={0}
          max={1}
          step={0.01}
          value={props.threshold}
          onChange={(e) => setThreshold(e.target.value)}
        />
      </div>
      <p className="muted" aria-live="polite" data-testid="bulk-count">
        {t(count === 1 ? 'review.bulk.count.one' : 'review.bulk.count.other', { n, score })}
      </p>
      {confirming ? (
        <div className="bulk-merge-confirm" role="alertdialog" aria-label={t('review.bulk.title')}>
          <p>{t('review.bulk.confirm', { n })}</p>
          <button
            type="button"
            className="button primary"
            disabled={props.busy}
            onClick={() => {
              setConfirming(false);
              props.onMergeAll(props.threshold);
            }}
          >
            {t('review.bulk.yes')}
          </button>
          <button type="button" className="button" onClick={() => setConfirming(false)}>
            {t('review.bulk.cancel')}
          </button>
        </div>
      ) : (
        <button
          type="button"
          className="button"
          disabled={count === 0 || props.busy}
          onClick={() => setConfirming(true)}
        >
          {t('review.bulk.button', { n })}
        </button>
      )}
    </fieldset>
  );
}
