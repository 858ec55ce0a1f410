/**
 * Member types of the five-factor model (startups, established firms, public sector, R&D and
 * academia, investors) read from the labels lists use, in bokmål or English.
 */
import type { MemberType } from './types';

const LABELS: readonly (readonly [MemberType, RegExp])[] = [
  [
    'startup',
    /^(startup|start-up|startups|oppstart|oppstartsbedrift|gründer|grunder|gründer\/startup|entreprenør)/,
  ],
  [
    'research',
    /^(fou|r ?& ?d|r&d|research|forskning|akademia|academia|universitet|university|høgskole|institutt|fou\/akademia|kunnskapsaktør)/,
  ],
  ['public', /^(offentlig|public|myndighet|government|kommune|fylkeskommune|stat|virkemiddel)/],
  ['investor', /^(investor|investors|kapital|capital|venture)/],
  [
    'established',
    /^(etablert|established|bedrift|company|firma|industri|næringsliv|business|sme|storbedrift|leverandør)/,
  ],
];

export function readMemberType(text: string): MemberType | undefined {
  const key = text.trim().toLowerCase();
  if (key === '') return undefined;
  for (const [type, pattern] of LABELS) if (pattern.test(key)) return type;
  return undefined;
}
