/**
 * Messages from the domain and io layers (`{code, params}`) rendered in the UI's language with
 * the one message dictionary (src/domain/messages/). Components call `useMessage()(reason)`.
 */
import { renderMessage } from '../../domain/messages/render';
import type { Message } from '../../domain/messages/types';
import { useLang } from './I18nProvider';

export type RenderMessage = (message: Message) => string;

export function useMessage(): RenderMessage {
  const lang = useLang();
  return (message) => renderMessage(message, lang);
}
