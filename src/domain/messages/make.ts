/**
 * Building messages in the domain and io layers: `message('file.json')` or
 * `message('row.not-a-name', { name })`, with the code checked against the catalogue.
 */
import type { MessageCode } from './catalogue';
import type { Message, MessageParam } from './types';

export function message(
  code: MessageCode,
  params?: Readonly<Record<string, MessageParam>>,
): Message {
  return params ? { code, params } : { code };
}

/** Several names as one list parameter, for `{name:and}` / `{name:or}` in a template. */
export function listParam(items: readonly string[]): string {
  return items.join('\n');
}
