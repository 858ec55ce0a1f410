/**
 * Pairwise precision and recall of a partition of rows against the truth: a pair of rows is
 * "predicted same" when both rows went to one organisation, "truly same" when the truth says so.
 */

export interface PairScore {
  readonly precision: number;
  readonly recall: number;
  readonly truePairs: number;
  readonly predictedPairs: number;
}

function pairsWithin<K>(labels: readonly K[]): Map<K, number[]> {
  const groups = new Map<K, number[]>();
  labels.forEach((label, i) => groups.set(label, [...(groups.get(label) ?? []), i]));
  return groups;
}

const choose2 = (n: number) => (n * (n - 1)) / 2;

export function pairScore(predicted: readonly string[], truth: readonly number[]): PairScore {
  let predictedPairs = 0;
  let correct = 0;
  for (const members of pairsWithin(predicted).values()) {
    predictedPairs += choose2(members.length);
    const byTruth = new Map<number, number>();
    for (const i of members) byTruth.set(truth[i]!, (byTruth.get(truth[i]!) ?? 0) + 1);
    for (const count of byTruth.values()) correct += choose2(count);
  }
  let truePairs = 0;
  for (const members of pairsWithin(truth).values()) truePairs += choose2(members.length);
  return {
    precision: predictedPairs === 0 ? 1 : correct / predictedPairs,
    recall: truePairs === 0 ? 1 : correct / truePairs,
    truePairs,
    predictedPairs,
  };
}
