/**
 * The county-link matrix (perMember, one decimal) as aligned plain text for the CLI summary, with
 * its heading and the unplaced count, in bokmål or English.
 */
import type { CountyLinks } from '../domain/analysis/types';
import { countyScheme } from '../domain/geo/schemes';

const WORDS = {
  nb: {
    heading: (scheme: string) =>
      `Fylkeskoblinger (${scheme}): gjennomsnittlig antall koblede medlemmer i kolonnefylket per medlem i radfylket`,
    members: 'medl.',
    unplaced: (n: number, a: number, u: number, m: number) =>
      `Uten fylke: ${n} (utlandet ${a}, ukjent ${u}, tvetydig ${m})`,
  },
  en: {
    heading: (scheme: string) =>
      `County links (${scheme}): average number of linked members in the column county per member in the row county`,
    members: 'memb.',
    unplaced: (n: number, a: number, u: number, m: number) =>
      `Without a county: ${n} (abroad ${a}, unknown ${u}, ambiguous ${m})`,
  },
} as const;

export function countyMatrixText(links: CountyLinks, language: 'nb' | 'en'): string {
  const w = WORDS[language];
  const locale = language === 'nb' ? 'nb-NO' : 'en-GB';
  const units = countyScheme(links.scheme).units;
  const label = (name: string) =>
    language === 'en' ? (units.find((u) => u.name === name)?.nameEn ?? name) : name;
  const fmt = (v: number) =>
    v.toLocaleString(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const names = links.counties;
  const cells = names.map((from) => names.map((to) => fmt(links.perMember[from]![to]!)));
  const rowWidth = Math.max(w.members.length, ...names.map((n) => label(n).length));
  const widths = names.map((to, j) =>
    Math.max(label(to).length, ...cells.map((row) => row[j]!.length)),
  );
  const memberWidth = Math.max(
    w.members.length,
    ...names.map((n) => String(links.members[n]).length),
  );
  const line = (head: string, count: string, values: readonly string[]) =>
    [
      head.padEnd(rowWidth),
      count.padStart(memberWidth),
      ...values.map((v, j) => v.padStart(widths[j]!)),
    ]
      .join('  ')
      .trimEnd();
  const { total, abroad, unknown, ambiguous } = links.unplaced;
  return [
    w.heading(links.scheme),
    line('', w.members, names.map(label)),
    ...names.map((from, i) => line(label(from), String(links.members[from]), cells[i]!)),
    w.unplaced(total, abroad, unknown, ambiguous),
  ].join('\n');
}
