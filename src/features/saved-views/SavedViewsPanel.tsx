/**
 * The saved views: name what is on screen and save it (the URL's hash: view, selection, filters,
 * measure, scheme), then open, rename, delete, reorder or copy the link of each. The list order
 * is the presentation's order. Names are the user's text, rendered as text.
 */
import { useState, type FormEvent } from 'react';
import { savedViewsOf } from '../../state/saved-views';
import { actions, useAppState } from '../../state/store';
import type { SavedView } from '../../state/types';
import { hashNow, linkHashFor, openSavedHash } from '../../state/url-sync';
import { useT } from '../../ui/i18n/I18nProvider';
import { Panel } from '../../ui/Panel';
import { setSavedViewsOpen, useSavedViewsOpen } from './panel-open';
import './saved-views.css';

const newViewId = (): string =>
  (crypto.randomUUID?.() ?? `${Date.now()}-${Math.random()}`).replace(/[^A-Za-z0-9_-]/g, '');

export function SavedViewsPanel() {
  const t = useT();
  const open = useSavedViewsOpen();
  const views = useAppState((s) => savedViewsOf(s.workspace));
  const isExample = useAppState((s) => s.workspace.source === 'default');
  const [name, setName] = useState('');
  const [said, setSaid] = useState('');
  if (!open) return null;

  const save = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === '') return;
    void actions.saveView({ id: newViewId(), name, hash: hashNow() });
    setName('');
  };

  return (
    <div id="saved-views" className="saved-views" data-testid="saved-views">
      <Panel
        title={t('views.title')}
        actions={
          <button type="button" className="button subtle" onClick={() => setSavedViewsOpen(false)}>
            {t('views.close')}
          </button>
        }
      >
        <form className="saved-views-form" onSubmit={save}>
          <label>
            {t('views.nameLabel')}
            <input
              type="text"
              value={name}
              maxLength={120}
              placeholder={t('views.namePlaceholder')}
              onChange={(e) => setName(e.target.value)}
              data-testid="saved-view-name"
            />
          </label>
          <button type="submit" className="button primary" disabled={name.trim() === ''}>
            {t('views.save')}
          </button>
        </form>
        {isExample ? <p className="muted">{t('views.exampleNote')}</p> : null}
        {views.length === 0 ? (
          <p className="muted">{t('views.none')}</p>
        ) : (
          <ol className="saved-views-list" aria-label={t('views.list')}>
            {views.map((view, i) => (
              <SavedViewRow
                key={view.id}
                view={view}
                first={i === 0}
                last={i === views.length - 1}
                onSaid={setSaid}
              />
            ))}
          </ol>
        )}
        <p className="muted" aria-live="polite" data-testid="saved-views-said">
          {said}
        </p>
      </Panel>
    </div>
  );
}

function SavedViewRow(props: {
  view: SavedView;
  first: boolean;
  last: boolean;
  onSaid: (text: string) => void;
}) {
  const { view, first, last, onSaid } = props;
  const t = useT();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(view.name);
  const name = view.name;

  const copy = async () => {
    const url = `${window.location.origin}${window.location.pathname}${linkHashFor(view.hash)}`;
    try {
      await navigator.clipboard.writeText(url);
      onSaid(t('views.copied'));
    } catch {
      onSaid(t('views.copyFailed', { url }));
    }
  };

  if (editing) {
    const done = (event: FormEvent) => {
      event.preventDefault();
      void actions.renameView(view.id, draft);
      setEditing(false);
    };
    return (
      <li className="saved-view" data-testid="saved-view">
        <form className="saved-view-rename" onSubmit={done}>
          <input
            type="text"
            value={draft}
            maxLength={120}
            aria-label={t('views.renameLabel', { name })}
            onChange={(e) => setDraft(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape') {
                e.stopPropagation();
                setEditing(false);
              }
            }}
            autoFocus
          />
          <button type="submit" className="button primary" disabled={draft.trim() === ''}>
            {t('views.renameDone')}
          </button>
          <button type="button" className="button subtle" onClick={() => setEditing(false)}>
            {t('views.cancel')}
          </button>
        </form>
      </li>
    );
  }
  return (
    <li className="saved-view" data-testid="saved-view">
      <button
        type="button"
        className="button saved-view-open"
        onClick={() => openSavedHash(view.hash)}
        data-testid="saved-view-open"
      >
        <span className="saved-view-name">{name}</span>
      </button>
      <span className="saved-view-tools">
        <button
          type="button"
          className="button subtle"
          aria-label={t('views.upLabel', { name })}
          title={t('views.up')}
          disabled={first}
          onClick={() => void actions.moveView(view.id, -1)}
        >
          ↑
        </button>
        <button
          type="button"
          className="button subtle"
          aria-label={t('views.downLabel', { name })}
          title={t('views.down')}
          disabled={last}
          onClick={() => void actions.moveView(view.id, 1)}
        >
          ↓
        </button>
        <button
          type="button"
          className="button subtle"
          onClick={() => {
            setDraft(name);
            setEditing(true);
          }}
        >
          {t('views.rename')}
        </button>
        <button
          type="button"
          className="button subtle"
          aria-label={t('views.copyLabel', { name })}
          onClick={() => void copy()}
        >
          {t('views.copy')}
        </button>
        <button
          type="button"
          className="button subtle"
          aria-label={t('views.deleteLabel', { name })}
          onClick={() => void actions.removeView(view.id)}
        >
          {t('views.delete')}
        </button>
      </span>
    </li>
  );
}
