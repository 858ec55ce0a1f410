/**
 * The one app store (zustand) and the actions that change it. Components read with
 * `useAppState(selector)` and change state only through `actions`; every change is one of the
 * pure functions in reducers.ts. Loading is the one asynchronous action: it asks the worker.
 */
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import { createPipelineClient, type PipelineClient } from '../worker/client';
import type { InputFile } from '../worker/types';
import * as reduce from './reducers';
import type { AppState, DataSource, Language } from './types';

const store = createStore<AppState>()(() => reduce.initialState());

let client: PipelineClient | null = null;
const pipeline = () => (client ??= createPipelineClient());

export function useAppState<T>(selector: (state: AppState) => T): T {
  return useStore(store, selector);
}

export const getAppState = (): AppState => store.getState();

const apply = (change: (state: AppState) => AppState) =>
  store.setState(change(store.getState()), true);

export const actions = {
  /**
   * Reads the files (fetch, File.arrayBuffer ...) and analyses them in the worker, replacing the
   * data when the result has clusters. Never throws: failures land in state.error.
   */
  async load(source: DataSource, expectedFiles: number, getFiles: () => Promise<InputFile[]>) {
    apply((s) => reduce.loadStarted(s, expectedFiles));
    const loadId = store.getState().loadId;
    try {
      const files = await getFiles();
      const names = files.map((f) => f.name);
      const result = await pipeline().analyseFiles(files);
      apply((s) => reduce.loadSucceeded(s, loadId, result, source, names));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      apply((s) => reduce.loadFailed(s, loadId, message));
    }
  },
  selectCluster: (name: string) => apply((s) => reduce.selectCluster(s, name)),
  selectOverlap: (a: string, b: string) => apply((s) => reduce.selectOverlap(s, a, b)),
  clearSelection: () => apply(reduce.clearSelection),
  setLanguage: (language: Language) => apply((s) => reduce.setLanguage(s, language)),
  setMinShared: (value: number) => apply((s) => reduce.setMinShared(s, value)),
  dismissNotice: () => apply(reduce.dismissNotice),
};
