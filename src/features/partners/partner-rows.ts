/**
 * The partner finder's rows as the view and the exports show them: candidates from the worker
 * (page ids), named by displayName, reasons rendered as sentences in the UI language, and the
 * same rows as an export table (CSV/XLSX). Pure: names and words come in as functions.
 */
import type { ExportTable } from '../../domain/export/table';
import type { PageClusterId, PageOrgId } from '../../domain/page/ids';
import { renderPartnerReason } from '../../domain/partners/words';
import type { Language } from '../../ui/i18n/language';
import type { PartnerCandidate, PartnerRequest } from '../../worker/partners';

export interface PartnerRow {
  readonly rank: number;
  readonly cluster: PageClusterId;
  readonly name: string;
  readonly score: number;
  readonly shared: number;
  readonly lift: number;
  readonly overlap: number;
  readonly introducers: readonly PageOrgId[];
  readonly introducerNames: readonly string[];
  readonly reasons: readonly string[];
}

export interface Names {
  readonly cluster: (id: PageClusterId) => string;
  readonly organisation: (id: PageOrgId) => string;
}

export function partnerRows(
  candidates: readonly PartnerCandidate[],
  names: Names,
  language: Language,
): PartnerRow[] {
  return candidates.map((c, i) => ({
    rank: i + 1,
    cluster: c.cluster,
    name: names.cluster(c.cluster),
    score: c.score,
    shared: c.shared,
    lift: c.lift,
    overlap: c.overlap,
    introducers: c.introducers,
    introducerNames: c.introducers.map(names.organisation),
    reasons: c.reasons.map((r) => renderPartnerReason(r, language)),
  }));
}

export interface PartnerTableWords {
  readonly title: string;
  readonly rank: string;
  readonly candidate: string;
  readonly score: string;
  readonly shared: string;
  readonly lift: string;
  readonly overlap: string;
  readonly introducers: string;
  readonly reasons: string;
}

/** The rows as one export table; numbers stay numbers (the writers format them). */
export function partnerTable(
  kind: PartnerRequest['kind'],
  rows: readonly PartnerRow[],
  words: PartnerTableWords,
): ExportTable {
  const forCluster = kind === 'cluster';
  return {
    id: 'partners',
    title: words.title,
    header: [
      words.rank,
      words.candidate,
      words.score,
      ...(forCluster ? [words.shared, words.lift] : [words.overlap]),
      words.introducers,
      words.reasons,
    ],
    rows: rows.map((r) => [
      r.rank,
      r.name,
      Number(r.score.toFixed(4)),
      ...(forCluster ? [r.shared, Number(r.lift.toFixed(3))] : [r.overlap]),
      r.introducerNames.join(', '),
      r.reasons.join(' '),
    ]),
  };
}

/** What the partner finder is asked about: the focused cluster or organisation, else a selected cluster. */
export function partnerTarget(
  focus: { readonly kind: string; readonly id?: string } | null,
  clusters: readonly PageClusterId[],
): { readonly kind: 'cluster' | 'organisation'; readonly id: string } | null {
  if (focus?.kind === 'cluster' && focus.id) return { kind: 'cluster', id: focus.id };
  if (focus?.kind === 'organisation' && focus.id) return { kind: 'organisation', id: focus.id };
  const first = clusters[0];
  return first === undefined ? null : { kind: 'cluster', id: first };
}
