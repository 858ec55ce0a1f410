/**
 * Which workspace is open (the example data, or the user's saved files), and the ways out of it:
 * a new empty workspace, back to the example data, or one saved earlier in this browser.
 */
import { useEffect, useState } from 'react';
import { actions, useAppState } from '../../state/store';
import type { Workspace } from '../../state/types';
import { count } from '../../ui/i18n/count';
import { useLang, useT } from '../../ui/i18n/I18nProvider';
import './import.css';

function SavedWorkspaces({ current }: { current: string }) {
  const t = useT();
  const lang = useLang();
  const [saved, setSaved] = useState<readonly Workspace[]>([]);
  const [chosen, setChosen] = useState('');
  useEffect(() => {
    let live = true;
    void actions.listWorkspaces().then((list) => {
      if (live) setSaved(list);
    });
    return () => {
      live = false;
    };
  }, [current]);
  const others = saved.filter((w) => w.id !== current);
  if (others.length === 0) return null;
  const date = new Intl.DateTimeFormat(lang === 'nb' ? 'nb-NO' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  return (
    <form
      className="saved-workspaces"
      onSubmit={(e) => {
        e.preventDefault();
        if (chosen) void actions.openWorkspace(chosen);
      }}
    >
      <label>
        {t('workspace.saved')}{' '}
        <select value={chosen} onChange={(e) => setChosen(e.target.value)}>
          <option value="" />
          {others.map((w) => (
            <option key={w.id} value={w.id}>
              {t('workspace.savedItem', {
                date: date.format(new Date(w.created ?? 0)),
                files: count(t, 'files', w.files.length),
              })}
            </option>
          ))}
        </select>
      </label>{' '}
      <button type="submit" className="button" disabled={!chosen}>
        {t('workspace.open')}
      </button>
    </form>
  );
}

export function WorkspaceBar() {
  const t = useT();
  const workspace = useAppState((s) => s.workspace);
  const storageFailed = useAppState((s) => s.storage.kind === 'failed');
  const isExample = workspace.source === 'default';
  const files = count(t, 'files', workspace.files.length);
  const summary = isExample
    ? t('workspace.example', { files })
    : workspace.files.length === 0
      ? t('workspace.empty')
      : t(storageFailed ? 'workspace.userMemory' : 'workspace.user', { files });
  return (
    <div className="workspace-bar" data-testid="workspace-bar">
      <p>
        <strong>{t('workspace.title')}:</strong>{' '}
        <span data-testid="workspace-summary">{summary}</span>
      </p>
      <div className="workspace-actions">
        <button type="button" className="button" onClick={() => void actions.newWorkspace()}>
          {t('workspace.new')}
        </button>
        {isExample ? null : (
          <button type="button" className="button" onClick={() => void actions.openExample()}>
            {t('workspace.backToExample')}
          </button>
        )}
        <SavedWorkspaces current={workspace.id} />
      </div>
    </div>
  );
}
