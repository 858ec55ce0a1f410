/**
 * A message in a language: the code's template with its parameters filled in. Numbers are
 * grouped as each language writes them ("1 276" with a no-break space in bokmål, as the rest of
 * the app shows numbers; "1,276" in English). An unknown code or parameter stays visible rather
 * than vanishing, so a message from a newer version still says something.
 */
import { MESSAGE_PARAMS, type Dictionary, type MessageCode } from './catalogue';
import { en } from './en';
import { nb } from './nb';
import type { Message, MessageParam } from './types';

export type MessageLang = 'nb' | 'en';

export const DICTIONARIES: Readonly<Record<MessageLang, Dictionary>> = { nb, en };

const NUMBER_FORMAT: Readonly<Record<MessageLang, Intl.NumberFormat>> = {
  nb: new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }),
};
const LIST_WORD: Readonly<Record<MessageLang, Readonly<Record<'and' | 'or', string>>>> = {
  nb: { and: 'og', or: 'eller' },
  en: { and: 'and', or: 'or' },
};

/** `{name}`, `{name:and}`, `{name:or}`, `{name@prefix}`. */
export const PLACEHOLDER = /\{(\w+)(?::(and|or)|@([\w-]+))?\}/g;

export function isMessageCode(code: string): code is MessageCode {
  return Object.prototype.hasOwnProperty.call(MESSAGE_PARAMS, code);
}

export function formatNumber(value: number, lang: MessageLang): string {
  return NUMBER_FORMAT[lang].format(value);
}

function joinList(items: readonly string[], word: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${word} ${items[items.length - 1]}`;
}

function paramText(value: MessageParam, lang: MessageLang): string {
  return typeof value === 'number' ? formatNumber(value, lang) : value;
}

export function renderMessage(message: Message, lang: MessageLang): string {
  const dictionary = DICTIONARIES[lang];
  if (!isMessageCode(message.code)) return message.code;
  const params = message.params ?? {};
  return dictionary[message.code].replace(
    PLACEHOLDER,
    (whole, name: string, list?: string, prefix?: string) => {
      const value = params[name];
      if (value === undefined) return whole;
      if (list) return joinList(String(value).split('\n'), LIST_WORD[lang][list as 'and' | 'or']);
      if (prefix) {
        const code = `${prefix}.${value}`;
        return isMessageCode(code) ? dictionary[code] : String(value);
      }
      return paramText(value, lang);
    },
  );
}

/** "file: message", or "file, sheet "S": message": a message with the place it concerns. */
export function renderWithFile(file: string, message: Message, lang: MessageLang): string {
  return `${file}: ${renderMessage(message, lang)}`;
}
