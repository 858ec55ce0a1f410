/**
 * The analysis worker's own metrics workers under the built app: loading the example data
 * starts at least one (the betweenness searches are shared with it), and the built worker
 * answers a task with the partial sums the domain code gives here in Node.
 */
import Graph from 'graphology';
import { foldedAdjacencyOf } from '../../src/domain/metrics/adjacency';
import { betweennessPartial, searchSources } from '../../src/domain/metrics/betweenness';
import { DEFAULT_FACTS, expect, test } from './fixtures';
import { openApp } from './helpers';

/** Two clusters sharing two organisations, each with organisations of its own. */
function smallMembershipGraph(): Graph {
  const g = new Graph({ type: 'undirected' });
  const edges = [
    ['a', 'X'],
    ['b', 'X'],
    ['c', 'Y'],
    ['d', 'X'],
    ['d', 'Y'],
    ['e', 'X'],
    ['e', 'Y'],
    ['f', 'Y'],
    ['f', 'Z'],
    ['g', 'Z'],
  ];
  for (const [o, c] of edges) g.mergeEdge(o!, c!);
  return g;
}

test('the metrics worker starts with a load and answers tasks as the domain code does', async ({
  page,
}) => {
  await openApp(page, DEFAULT_FACTS.clusters);
  const worker = page.workers().find((w) => /metrics\.worker/.test(w.url()));
  expect(
    worker,
    page
      .workers()
      .map((w) => w.url())
      .join(', '),
  ).toBeDefined();

  const folded = foldedAdjacencyOf(smallMembershipGraph());
  const sources = searchSources(folded);
  const expected = Array.from(betweennessPartial(folded, sources));
  const plain = (a: ArrayLike<number>) => Array.from(a);
  const message = {
    starts: plain(folded.starts),
    neighbours: plain(folded.neighbours),
    isLeaf: plain(folded.isLeaf),
    leafCount: plain(folded.leafCount),
    twin: plain(folded.twin),
    twinCount: plain(folded.twinCount),
    sources: plain(sources),
  };
  const answered = await worker!.evaluate(
    (m) =>
      new Promise<number[]>((resolve) => {
        const scope = self as unknown as {
          postMessage: (a: unknown) => void;
          onmessage: (e: { data: unknown }) => void;
        };
        const post = scope.postMessage;
        scope.postMessage = (answer) => {
          scope.postMessage = post;
          resolve(Array.from((answer as { partial: Float64Array }).partial));
        };
        scope.onmessage({
          data: {
            id: 1,
            task: {
              kind: 'betweenness',
              arrays: {
                starts: Int32Array.from(m.starts),
                neighbours: Int32Array.from(m.neighbours),
                isLeaf: Uint8Array.from(m.isLeaf),
                leafCount: Int32Array.from(m.leafCount),
                twin: Int32Array.from(m.twin),
                twinCount: Int32Array.from(m.twinCount),
              },
              sources: Int32Array.from(m.sources),
              from: 0,
              to: m.sources.length,
            },
          },
        });
      }),
    message,
  );
  expect(expected.some((v) => v > 0)).toBe(true);
  expect(answered).toEqual(expected);
});
