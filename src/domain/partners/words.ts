/**
 * The partner finder's reasons in words, bokmål and English: one sentence per message code,
 * with the message's parameters in braces. Rendered by the CLI (--partners) and the UI.
 */
import type { Message } from '../messages/types';

export type PartnerLanguage = 'nb' | 'en';

const WORDS: ReadonlyMap<string, Readonly<Record<PartnerLanguage, string>>> = new Map([
  [
    'partners.shared',
    {
      nb: 'Deler {count} medlemmer, {lift} ganger så mange som to tilfeldige lister av samme størrelse ville.',
      en: 'Shares {count} members, {lift} times as many as two random lists of their sizes would.',
    },
  ],
  [
    'partners.introducers',
    {
      nb: '{count} medlemmer er med i begge og kan introdusere dere.',
      en: '{count} members belong to both and can introduce you.',
    },
  ],
  [
    'partners.indirect',
    {
      nb: '{count} av medlemmene deres sitter i en klynge som deler medlemmer med denne.',
      en: '{count} of your members sit in a cluster that shares members with this one.',
    },
  ],
  [
    'partners.twoStep',
    {
      nb: 'Ingen felles medlemmer, men klynger som overlapper med begge: {paths} (ressursallokering {score}).',
      en: 'No shared members, but clusters overlapping with both: {paths} (resource allocation {score}).',
    },
  ],
  [
    'partners.noPath',
    {
      nb: 'Ingen felles medlemmer og ingen klynge som overlapper med begge.',
      en: 'No shared members and no cluster overlapping with both.',
    },
  ],
  [
    'partners.similar',
    {
      nb: 'Lignende medlemmer: fylkeslikhet {county}, typelikhet {type} (cosinus).',
      en: 'Similar members: county similarity {county}, type similarity {type} (cosine).',
    },
  ],
  [
    'partners.complementary',
    {
      nb: 'Utfyllende medlemmer: fylkeslikhet bare {county}, typelikhet bare {type} (cosinus).',
      en: 'Complementary members: county similarity only {county}, type similarity only {type} (cosine).',
    },
  ],
  [
    'partners.overlapOwn',
    {
      nb: 'Klyngene dine deler {count} medlemskap med denne.',
      en: 'Your clusters share {count} memberships with this one.',
    },
  ],
  [
    'partners.coMembers',
    {
      nb: '{count} medlemmer her sitter allerede i en klynge med deg.',
      en: '{count} members here already sit in a cluster with you.',
    },
  ],
]);

export const PARTNER_CODES: readonly string[] = [...WORDS.keys()];

export function renderPartnerReason(message: Message, language: PartnerLanguage): string {
  const template = WORDS.get(message.code)?.[language];
  const params = message.params ?? {};
  if (!template) return `${message.code} ${JSON.stringify(params)}`;
  return template.replace(/\{(\w+)\}/g, (_m, key: string) => {
    const value = params[key];
    if (value === undefined) return `{${key}}`;
    return typeof value === 'number'
      ? value.toLocaleString(language === 'nb' ? 'nb-NO' : 'en-GB')
      : value;
  });
}
