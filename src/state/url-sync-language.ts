/**
 * The language the user chose last, remembered in localStorage (`klyngekart.language`), so it
 * survives a reload when the URL does not say. Guarded: storage may be off, full or hostile
 * (private windows, blocked cookies), and then the app simply does not remember.
 */
import { isLanguage, type Language } from '../domain/i18n/language';

export const LANGUAGE_STORAGE_KEY = 'klyngekart.language';

export function rememberedLanguage(): Language | null {
  try {
    const value = globalThis.localStorage?.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(value) ? value : null;
  } catch {
    return null;
  }
}

export function rememberLanguage(language: Language): void {
  try {
    globalThis.localStorage?.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Not remembered: the URL still carries it for this tab.
  }
}
