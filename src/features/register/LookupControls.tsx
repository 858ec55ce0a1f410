/**
 * The lookup itself, once turned on: the button with how many numbers it sends, progress and
 * cancel while it runs, then what came back (counts, requests, places, failures in words).
 */
import { formatInteger } from '../../ui/i18n/format';
import { useT } from '../../ui/i18n/I18nProvider';
import { count } from '../../ui/i18n/count';
import { countOutcomes, failureText, type LookupTargets } from './lookup-view';
import type { LookupRun } from './use-register-lookup';

export function LookupControls(props: {
  targets: LookupTargets;
  run: LookupRun;
  onStart: () => void;
  onCancel: () => void;
}) {
  const t = useT();
  const { targets, run } = props;
  const n = targets.numbers.length;

  if (run.phase === 'running') {
    const { done, total } = run.progress;
    const label = t('register.progress', {
      done: formatInteger(done),
      total: formatInteger(total),
    });
    return (
      <div className="register-run" data-testid="register-progress">
        <progress value={done} max={Math.max(total, 1)} aria-label={label} />
        <span aria-live="polite">{label}</span>
        <button type="button" className="button" onClick={props.onCancel}>
          {t('register.cancel')}
        </button>
      </div>
    );
  }

  return (
    <div className="register-run">
      {run.phase === 'applying' ? <p aria-live="polite">{t('register.applying')}</p> : null}
      {run.phase === 'done' ? <LookupOutcome run={run} /> : null}
      {n > 0 ? (
        <>
          <button
            type="button"
            className="button primary"
            onClick={props.onStart}
            disabled={run.phase === 'applying'}
          >
            {t(n === 1 ? 'register.lookup.one' : 'register.lookup.other', { n: formatInteger(n) })}
          </button>
          {targets.unplaced > 0 ? (
            <span className="muted">
              {t('register.unplacedHint', { count: count(t, 'organisations', targets.unplaced) })}
            </span>
          ) : null}
        </>
      ) : (
        <p className="muted">
          {t(targets.withNumber === 0 ? 'register.noNumbers' : 'register.allDone')}
        </p>
      )}
    </div>
  );
}

function LookupOutcome({ run }: { run: Extract<LookupRun, { phase: 'done' }> }) {
  const t = useT();
  const { result } = run;
  const counts = countOutcomes(result);
  return (
    <div className="register-outcome" data-testid="register-outcome">
      {result.cancelled ? <p>{t('register.cancelled')}</p> : null}
      <p>
        {t('register.summary', {
          found: formatInteger(counts.found),
          gone: formatInteger(counts.gone),
          notFound: formatInteger(counts.notFound),
        })}{' '}
        <span className="muted">
          {t('register.requests', {
            cached: formatInteger(result.fromCache),
            requests: formatInteger(result.requests),
          })}
        </span>
      </p>
      {run.placed > 0 ? (
        <p>
          {t(run.placed === 1 ? 'register.placed.one' : 'register.placed.other', {
            n: formatInteger(run.placed),
          })}
        </p>
      ) : null}
      {result.failures.length > 0 || run.applyError ? (
        <ul className="register-errors" role="alert">
          {result.failures.map((f) => (
            <li key={`${f.reason.kind}-${f.reason.kind === 'http' ? f.reason.status : ''}`}>
              {failureText(t, f.reason, f.numbers.length)}
            </li>
          ))}
          {run.applyError ? (
            <li>{t('register.applyFailed', { message: run.applyError })}</li>
          ) : null}
        </ul>
      ) : null}
    </div>
  );
}
