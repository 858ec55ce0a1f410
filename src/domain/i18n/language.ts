/**
 * The languages the app, its exports and the CLI speak. Defined here, below every layer, because
 * the store, the domain's report tables and the UI all name it; `src/ui/i18n/language.ts`
 * re-exports it for the UI. There is one language type.
 */
export const LANGUAGES = ['nb', 'en'] as const;

export type Language = (typeof LANGUAGES)[number];

export const DEFAULT_LANGUAGE: Language = 'nb';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}
