/**
 * A user-visible message as data: a code and its parameters. The domain and io layers say
 * `{code, params}`; the UI, the report CSV and the CLI render it in the user's language with one
 * bokmål and one English dictionary (render.ts). No English sentence is ever parsed back.
 */
export type MessageParam = string | number;

export interface Message {
  readonly code: string;
  readonly params?: Readonly<Record<string, MessageParam>>;
}
