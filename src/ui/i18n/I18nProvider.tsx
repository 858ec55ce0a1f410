/**
 * Gives components the current language's strings through `useT()`. The language itself lives in
 * the app store; the app passes it in, so shared UI pieces never depend on the store.
 */
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { en } from './en';
import { type Format, formatFor, setFormatLanguage } from './format';
import type { Language } from './language';
import { nb, type MessageKey, type Messages } from './nb';

export type Translate = (
  key: MessageKey,
  values?: Readonly<Record<string, string | number>>,
) => string;

const MESSAGES: Readonly<Record<Language, Messages>> = { nb, en };

/** Fills `{name}` placeholders; an unknown placeholder stays visible rather than vanishing. */
export function fill(template: string, values?: Readonly<Record<string, string | number>>): string {
  if (!values) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

export function translator(lang: Language): Translate {
  const messages = MESSAGES[lang];
  return (key, values) => fill(messages[key], values);
}

const I18nContext = createContext<{ lang: Language; t: Translate; format: Format }>({
  lang: 'nb',
  t: translator('nb'),
  format: formatFor('nb'),
});

export function I18nProvider({ lang, children }: { lang: Language; children: ReactNode }) {
  // The plain format helpers follow the page's one language (format.ts); set before children render.
  setFormatLanguage(lang);
  const value = useMemo(() => ({ lang, t: translator(lang), format: formatFor(lang) }), [lang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useT(): Translate {
  return useContext(I18nContext).t;
}

export function useLang(): Language {
  return useContext(I18nContext).lang;
}

/** Numbers and dates in the UI language ("1 276" / "1,276"), stable while the language is. */
export function useFormat(): Format {
  return useContext(I18nContext).format;
}
