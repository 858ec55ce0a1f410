/** "Last inn medlemslister": a button opening the file picker for one or many membership lists. */
import { useRef } from 'react';
import { useT } from '../../ui/i18n/I18nProvider';
import { loadUserFiles } from './load-user-files';

export const ACCEPTED_FILES = '.csv,.tsv,.txt,.xlsx,.xls,.ods';

export function LoadFilesButton() {
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  return (
    <div className="load-files">
      <button
        type="button"
        className="button primary"
        onClick={() => input.current?.click()}
        title={t('load.hint')}
      >
        {t('load.button')}
      </button>
      <input
        ref={input}
        type="file"
        multiple
        accept={ACCEPTED_FILES}
        hidden
        data-testid="file-input"
        onChange={(event) => {
          const files = Array.from(event.target.files ?? []);
          // Cleared so choosing the same file again still counts as a change.
          event.target.value = '';
          void loadUserFiles(files);
        }}
      />
    </div>
  );
}
