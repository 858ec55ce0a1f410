/**
 * The presentation's own controls, shown while it runs: the step indicator ("2 / 3") with the
 * saved view's name, previous / next / leave buttons, and the page-wide keys (mounted here, in
 * the capture phase, so Escape leaves the presentation rather than clearing the selection and
 * Space steps rather than pressing the focused button). Typing in a field keeps its keys.
 */
import { useEffect } from 'react';
import { savedViewsOf } from '../../state/saved-views';
import { useAppState } from '../../state/store';
import { formatInteger } from '../../ui/i18n/format';
import { useT } from '../../ui/i18n/I18nProvider';
import { isTextField } from '../../ui/key-press';
import {
  fullscreenChanged,
  leavePresentation,
  step,
  stepOfKey,
  usePresentation,
} from './presentation';
import './present.css';

export function PresentationControls() {
  const t = useT();
  const { active, index } = usePresentation();
  const views = useAppState((s) => savedViewsOf(s.workspace));

  useEffect(() => {
    if (!active) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target instanceof HTMLElement ? event.target : null;
      if (
        target &&
        isTextField(
          target.tagName,
          target.isContentEditable,
          target instanceof HTMLInputElement ? target.type : undefined,
        )
      )
        return;
      const which = stepOfKey(event.key);
      if (!which) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      step(which);
    };
    window.addEventListener('keydown', onKey, { capture: true });
    document.addEventListener('fullscreenchange', fullscreenChanged);
    return () => {
      window.removeEventListener('keydown', onKey, { capture: true });
      document.removeEventListener('fullscreenchange', fullscreenChanged);
    };
  }, [active]);

  // The sequence lost its views (deleted in another tab): nothing left to present.
  useEffect(() => {
    if (active && views.length === 0) leavePresentation();
  }, [active, views.length]);

  if (!active) return null;
  const total = views.length;
  const current = views[Math.min(index, total - 1)];
  const n = formatInteger(Math.min(index, total - 1) + 1);
  const all = formatInteger(total);
  return (
    <nav
      className="presentation-bar"
      aria-label={t('present.stepLabel', { n, total: all, name: current?.name ?? '' })}
    >
      {/* The page's top heading while the app's header is hidden: the view on screen. */}
      <h1 className="presentation-step" data-testid="presentation-step" aria-live="polite">
        <strong>{t('present.step', { n, total: all })}</strong>{' '}
        <span className="presentation-name">{current?.name ?? ''}</span>
      </h1>
      <span className="presentation-buttons">
        <button
          type="button"
          className="button"
          onClick={() => step('previous')}
          disabled={index === 0}
        >
          {t('present.previous')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => step('next')}
          disabled={index >= total - 1}
        >
          {t('present.next')}
        </button>
        <button
          type="button"
          className="button"
          onClick={leavePresentation}
          title={t('present.keys')}
          data-testid="presentation-exit"
        >
          {t('present.exit')}
        </button>
      </span>
    </nav>
  );
}
