/**
 * The user's decisions in words, newest first, each with its own undo, and "undo last" on top.
 * Presentational: the words come from a name lookup, the undos go out through callbacks.
 */
import type { RecognitionDecision } from '../../domain/membership/decisions';
import { useT } from '../../ui/i18n/I18nProvider';
import { describeDecision, type NameOf } from './decision-words';

export function ChangesList(props: {
  decisions: readonly RecognitionDecision[];
  nameOf: NameOf;
  busy: boolean;
  onUndo: (index: number) => void;
}) {
  const t = useT();
  const { decisions } = props;
  if (decisions.length === 0) return <p className="muted">{t('changes.empty')}</p>;
  const newestFirst = decisions.map((decision, index) => ({ decision, index })).reverse();
  return (
    <ol className="changes" data-testid="changes" reversed>
      {newestFirst.map(({ decision, index }) => {
        const words = describeDecision(decision, props.nameOf, t);
        return (
          <li key={index} className={`change change-${decision.kind}`}>
            <span className="change-words">{words}</span>
            <button
              type="button"
              className="button subtle"
              aria-label={`${t('changes.undo')}: ${words}`}
              disabled={props.busy}
              onClick={() => props.onUndo(index)}
            >
              {t('changes.undo')}
            </button>
          </li>
        );
      })}
    </ol>
  );
}
