/** What the last workspace-file import has to say (opened, or refused and why): memory only. */
import { useSyncExternalStore } from 'react';
import { createStore } from 'zustand/vanilla';
import type { Message } from '../../domain/messages/types';

export type FileNotice =
  | { readonly kind: 'reading'; readonly file: string }
  | { readonly kind: 'opened'; readonly file: string }
  | { readonly kind: 'refused'; readonly file: string; readonly reason: Message };

const notice = createStore<{ notice: FileNotice | null }>()(() => ({ notice: null }));

export const useFileNotice = (): FileNotice | null =>
  useSyncExternalStore(notice.subscribe, () => notice.getState().notice);
export const setFileNotice = (next: FileNotice | null): void => notice.setState({ notice: next });
