/**
 * Save the workspace as one file (files, mappings, decisions, placements, register, saved views)
 * and open such a file as a new workspace. A file that cannot be read is refused with the
 * reason, and the open workspace stays as it was.
 */
import { useRef } from 'react';
import {
  decodeWorkspaceFile,
  encodeWorkspaceFile,
  WORKSPACE_EXTENSION,
} from '../../domain/workspace-file/codec';
import { actions, getAppState } from '../../state/store';
import { useT } from '../../ui/i18n/I18nProvider';
import { contentOf, workspaceOf } from './convert';
import { setFileNotice } from './file-notice';

function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

export function WorkspaceFileButtons() {
  const t = useT();
  const input = useRef<HTMLInputElement>(null);

  const save = () => {
    const ws = getAppState().workspace;
    const bytes = new Map(
      [...actions.fileBytes()].map(([name, b]) => [name, new Uint8Array(b)] as const),
    );
    const text = encodeWorkspaceFile(contentOf(ws), bytes);
    download(
      new Blob([text], { type: 'application/json' }),
      `${t('wsfile.fileBase')}.${WORKSPACE_EXTENSION}`,
    );
  };

  const open = async (file: File) => {
    setFileNotice({ kind: 'reading', file: file.name });
    const result = decodeWorkspaceFile(new Uint8Array(await file.arrayBuffer()));
    if (!result.ok) {
      setFileNotice({ kind: 'refused', file: file.name, reason: result.message });
      return;
    }
    const { workspace, bytes } = result.value;
    await actions.importWorkspace(
      workspaceOf(workspace),
      new Map([...bytes].map(([name, b]) => [name, b.slice().buffer as ArrayBuffer])),
    );
    setFileNotice({ kind: 'opened', file: file.name });
  };

  return (
    <span className="workspace-file-buttons">
      <button type="button" className="button" onClick={save} data-testid="wsfile-export">
        {t('wsfile.export')}
      </button>
      <button
        type="button"
        className="button"
        onClick={() => input.current?.click()}
        data-testid="wsfile-import"
      >
        {t('wsfile.import')}
      </button>
      <input
        ref={input}
        type="file"
        accept={`.${WORKSPACE_EXTENSION},.json,application/json`}
        hidden
        aria-label={t('wsfile.import')}
        data-testid="wsfile-input"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void open(file);
        }}
      />
    </span>
  );
}
