/**
 * The whole pipeline at one scale, stage by stage, each timed with its memory change (stages.ts's
 * `measure`): the generated data written as a CSV list and read back (parse), organisations
 * recognised across rows (resolve), duplicate proposals, then the analysis stages (graphs, each
 * metric, county links, the whole analyse; then betweenness and analyse with the CLI's threads,
 * threaded-stages.ts) and the force layout the page runs in its worker
 * (graphology's ForceAtlas2, 100 iterations, on the overlap map and on the member graph of
 * organisations in two or more clusters). One list of rows for bench/run.ts's one table.
 */
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { indexMemberships, type MembershipIndex } from '../src/domain/graph/membership-index';
import { buildOverlapGraph, clusterOverlaps } from '../src/domain/graph/overlap';
import { buildDataset } from '../src/domain/membership/build-dataset';
import { proposeDuplicates } from '../src/domain/membership/proposals';
import { readFile } from '../src/io/read-file';
import { scaledCsv } from './scaled-csv';
import { scaledDataset } from './scaled-data';
import { analysisStages, measure, onStage, type StageRow } from './stages';
import { threadedStages } from './threaded-stages';

const ITERATIONS = 100;

function seeded(graph: Graph): Graph {
  let i = 0;
  graph.forEachNode((node) => {
    // A deterministic spiral: FA2 needs distinct starting points.
    const a = i * 2.399963;
    const r = Math.sqrt(++i) * 10;
    graph.mergeNodeAttributes(node, { x: r * Math.cos(a), y: r * Math.sin(a) });
  });
  return graph;
}

/** The member graph the page shows by default: the bridges (two or more clusters) and clusters. */
function bridgeGraph(index: MembershipIndex): Graph {
  const graph = new Graph({ type: 'undirected' });
  for (const [org, clusters] of index.clustersOf) {
    if (clusters.length < 2) continue;
    graph.mergeNode(`o:${org}`);
    for (const c of clusters) {
      graph.mergeNode(`c:${c}`);
      graph.mergeEdge(`o:${org}`, `c:${c}`);
    }
  }
  return seeded(graph);
}

function layout(graph: Graph): void {
  forceAtlas2.assign(graph, { iterations: ITERATIONS, settings: forceAtlas2.inferSettings(graph) });
}

export interface PipelineResult {
  readonly scale: number;
  readonly organisations: number;
  readonly clusters: number;
  readonly rows: StageRow[];
}

export async function pipelineAtScale(
  scale: number,
  onRow?: (row: StageRow) => void,
): Promise<PipelineResult> {
  const generated = scaledDataset({ scale });
  const bytes = new TextEncoder().encode(scaledCsv(generated));
  const rows: StageRow[] = [];
  onStage(onRow);
  const read = measure('parse (CSV list)', () => readFile(`klynger-${scale}x.csv`, bytes), rows);
  const dataset = measure('resolve (recognise organisations)', () => buildDataset([read]), rows);
  const proposals = measure('proposals', () => proposeDuplicates(dataset.organisations), rows);
  rows[rows.length - 1] = { ...rows.at(-1)!, note: `${proposals.length} proposals` };
  rows.push(...analysisStages(dataset, onRow));
  rows.push(...(await threadedStages(dataset)));
  const index = indexMemberships(dataset);
  const overlap = seeded(buildOverlapGraph(index, clusterOverlaps(index)).copy() as Graph);
  measure(`layout (FA2 x${ITERATIONS}, overlap map)`, () => layout(overlap), rows);
  const members = bridgeGraph(index);
  measure(`layout (FA2 x${ITERATIONS}, member graph)`, () => layout(members), rows);
  rows[rows.length - 1] = { ...rows.at(-1)!, note: `${members.order} nodes` };
  onStage(undefined);
  return {
    scale,
    organisations: dataset.organisations.length,
    clusters: dataset.clusters.length,
    rows,
  };
}
