/**
 * The context an export is produced in, from the state as it is: the data shown, the language,
 * and the anonymised mode with the names and list policy it calls for (every export button and
 * table export builds its context here, so none forgets the mode).
 */
import { displayNameNow } from '../../state/display-name';
import { policyOf } from '../../state/organisation-list-policy';
import type { AppState, LoadedData } from '../../state/types';
import type { Language } from '../../ui/i18n/language';
import type { ExportContext } from './export-types';

export function exportContextOf(
  state: AppState & { readonly data: LoadedData },
  language: Language,
): ExportContext {
  return {
    data: state.data,
    language,
    anonymised: state.anonymised,
    displayName: displayNameNow(state),
    listNames: policyOf(state).listNames,
  };
}
