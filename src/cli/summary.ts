/**
 * The plain-text summary the CLI prints without --json, in bokmål or English.
 */
import type { Analysis } from '../domain/analysis/types';
import type { Rejection } from '../domain/membership/types';
import { renderMessage } from '../domain/messages/render';

export type CliLanguage = 'nb' | 'en';

const WORDS = {
  nb: {
    organisations: 'Unike organisasjoner',
    memberships: 'Medlemskap',
    histogram: 'Antall klynger per organisasjon',
    clusters: 'Klynger (medlemmer)',
    overlaps: 'Største overlapp (felles medlemmer)',
    rows: 'Rader lest',
    imported: 'importert',
    merged: 'slått sammen',
    rejected: 'avvist',
    row: 'rad',
    file: 'hele filen',
    central: 'Mest sentrale klynger (betweenness)',
  },
  en: {
    organisations: 'Unique organisations',
    memberships: 'Memberships',
    histogram: 'Clusters per organisation',
    clusters: 'Clusters (members)',
    overlaps: 'Largest overlaps (shared members)',
    rows: 'Rows read',
    imported: 'imported',
    merged: 'merged',
    rejected: 'rejected',
    row: 'row',
    file: 'whole file',
    central: 'Most central clusters (betweenness)',
  },
} as const;

/**
 * `rejected` are the dataset's rejections (with their message codes), rendered in `language`;
 * each refused file is named once, beside its cause.
 */
export function formatSummary(
  analysis: Analysis,
  language: CliLanguage,
  rejected: readonly Rejection[],
): string {
  const w = WORDS[language];
  const n = (value: number) => value.toLocaleString(language === 'nb' ? 'nb-NO' : 'en-GB');
  const h = analysis.membershipHistogram;
  const { rows, imported, merged } = analysis.import;
  const rowRejections = rejected.filter((r) => r.row !== null).length;
  const lines = [
    `${w.organisations}: ${n(analysis.organisations)}`,
    `${w.memberships}: ${n(analysis.memberships)}`,
    `${w.histogram}: 1: ${n(h['1'])}  2: ${n(h['2'])}  3: ${n(h['3'])}  4+: ${n(h['4+'])}`,
    `${w.rows}: ${n(rows)} (${n(imported)} ${w.imported}, ${n(merged)} ${w.merged}, ${n(rowRejections)} ${w.rejected})`,
    ...rejected.map(
      (r) =>
        `  ${r.sheet ? `${r.file} (${r.sheet})` : r.file}, ${r.row === null ? w.file : `${w.row} ${r.row}`}: ${renderMessage(r.reason, language)}`,
    ),
    '',
    `${w.clusters}:`,
    ...[...analysis.clusters]
      .sort((a, b) => b.members - a.members)
      .map((c) => `  ${c.name.padEnd(44)} ${n(c.members).padStart(6)}`),
    '',
    `${w.overlaps}:`,
    ...analysis.overlaps
      .slice(0, 10)
      .map((o) => `  ${`${o.a} – ${o.b}`.padEnd(60)} ${n(o.shared).padStart(5)}`),
    '',
    `${w.central}:`,
    ...Object.entries(analysis.metrics.clusters)
      .sort((a, b) => (b[1]['betweenness'] ?? -1) - (a[1]['betweenness'] ?? -1))
      .slice(0, 5)
      .map(([name, m]) => `  ${name.padEnd(44)} ${m['betweenness']?.toFixed(3) ?? '–'}`),
  ];
  return lines.join('\n');
}
