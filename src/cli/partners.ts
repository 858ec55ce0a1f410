/**
 * `--partners NAME`: the partner finder's ranking for one cluster, in the JSON shape the CLI
 * prints (names, not ids; reasons rendered in --lang, bokmål by default).
 */
import { uniqueNames } from '../domain/analysis/unique-names';
import { indexMemberships } from '../domain/graph/membership-index';
import type { ClusterId, Dataset } from '../domain/membership/types';
import { clusterPartners, type PartnerMode } from '../domain/partners/cluster-partners';
import { renderPartnerReason, type PartnerLanguage } from '../domain/partners/words';

export interface PartnerRow {
  readonly cluster: string;
  readonly score: number;
  readonly shared: number;
  readonly lift: number;
  readonly introducers: readonly string[];
  readonly reasons: readonly string[];
}

/** The ranking, or the error message when no cluster has that name. */
export function partnersFor(
  dataset: Dataset,
  name: string,
  mode: PartnerMode,
  language: PartnerLanguage,
):
  | { readonly ok: true; readonly partners: PartnerRow[] }
  | { readonly ok: false; readonly message: string } {
  const index = indexMemberships(dataset);
  const clusterNames = uniqueNames(index.clusters.values());
  const orgNames = uniqueNames(index.organisations.values());
  let picked: ClusterId | undefined;
  for (const [id, n] of clusterNames) if (n === name) picked = id;
  if (picked === undefined) {
    const known = [...clusterNames.values()].map((n) => `"${n}"`).join(', ');
    return {
      ok: false,
      message: `--partners "${name}": no such cluster in the data (clusters: ${known})`,
    };
  }
  return {
    ok: true,
    partners: clusterPartners(index, picked, mode).map((p) => ({
      cluster: clusterNames.get(p.cluster)!,
      score: p.score,
      shared: p.shared,
      lift: p.lift,
      introducers: p.introducers.map((o) => orgNames.get(o)!),
      reasons: p.reasons.map((r) => renderPartnerReason(r, language)),
    })),
  };
}
