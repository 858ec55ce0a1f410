/**
 * Everything the regenerated report chapter shows (the Menon report's chapter 3, "Klynger og
 * geografiske koblinger"), computed from whatever data is loaded: the five figures' data and the
 * sentences with their live numbers, in bokmål or English. Pure: the page, the CLI's HTML file
 * and the tests all render this one value through ReportDocument (src/report/).
 *
 * Counting rules, as in analysis/analyse.ts: organisations counted are those in at least one
 * cluster; shares (member types, Oslo/Viken/elsewhere) are over organisations, each once, so
 * the chapter's "47 % i Oslo" reads as it did in the source; per-cluster bars count members.
 * Names come through `names` (the page passes its displayName, so the anonymised mode holds);
 * by default the analysis document's unique names.
 */
import { uniqueNames } from '../analysis/unique-names';
import type { Analysis } from '../analysis/types';
import { countyScheme, schemePlacer } from '../geo/schemes';
import { clusterMembersByType, MEMBER_TYPE_COLUMNS } from '../graph/county-link-views';
import { computeCountyLinkMatrix } from '../graph/county-links';
import { indexMemberships } from '../graph/membership-index';
import { clusterOverlaps } from '../graph/overlap';
import type { Language } from '../i18n/language';
import type { ClusterId, Dataset, MemberType, OrgId } from '../membership/types';
import { circleLayout } from './circle-layout';
import { joinWords, reportDecimal, reportInteger, reportPercent } from './format';
import { REPORT_WORDS } from './words';

/** Fig. 3-3 draws at most this many links, the strongest (the analysis keeps them all). */
export const MAX_NETWORK_EDGES = 400;
/** The report's three origin rows of fig. 3-5: the counties that made Viken. */
export const LINK_ROWS: readonly string[] = ['32', '33', '31'];

export type TypeKey = MemberType | 'unknown';
export type RegionKey = 'oslo' | 'viken' | 'rest' | 'unplaced';
export const REGION_KEYS: readonly RegionKey[] = ['oslo', 'viken', 'rest', 'unplaced'];

export interface ReportNames {
  readonly cluster: (id: ClusterId) => string;
  readonly organisation: (id: OrgId) => string;
}

export interface ReportOptions {
  /** 'default' adds the synthetic-data note. */
  readonly source?: 'default' | 'files';
  /** The date line, as written (e.g. "2026-12-02"); none when absent. */
  readonly date?: string;
  readonly names?: ReportNames;
}

export interface ReportCluster {
  readonly id: ClusterId;
  readonly name: string;
  readonly members: number;
}

export interface StackedRow {
  readonly id: ClusterId;
  readonly name: string;
  /** Aligned with the figure's series. */
  readonly values: readonly number[];
}

export interface Series<K extends string> {
  readonly key: K;
  readonly label: string;
}

export interface NetworkNode extends ReportCluster {
  /** In the unit square. */
  readonly x: number;
  readonly y: number;
}

export interface NetworkEdge {
  readonly a: ClusterId;
  readonly b: ClusterId;
  readonly shared: number;
}

export interface MatrixUnit {
  readonly id: string;
  readonly name: string;
}

export interface ReportSection {
  readonly id: 'sizes' | 'types' | 'overlap' | 'geo' | 'links';
  readonly heading: string;
  readonly sentences: readonly string[];
}

export interface ReportModel {
  readonly lang: Language;
  readonly title: string;
  readonly subtitle: string;
  readonly syntheticNote: string | null;
  /** Data source, files not read, date. */
  readonly sourceLines: readonly string[];
  readonly totals: {
    readonly clusters: number;
    readonly organisations: number;
    readonly memberships: number;
    readonly in2: number;
    readonly in3: number;
    readonly in4plus: number;
    /** Organisations in two or more clusters over all organisations in one or more. */
    readonly multiShare: number;
  };
  readonly largest: ReportCluster | null;
  readonly smallest: ReportCluster | null;
  readonly sections: readonly ReportSection[];
  readonly figures: {
    readonly f1: {
      readonly title: string;
      readonly desc: string;
      readonly bars: readonly ReportCluster[];
    };
    readonly f2: {
      readonly title: string;
      readonly desc: string;
      readonly series: readonly Series<TypeKey>[];
      readonly rows: readonly StackedRow[];
    };
    readonly f3: {
      readonly title: string;
      readonly desc: string;
      readonly nodes: readonly NetworkNode[];
      readonly edges: readonly NetworkEdge[];
      readonly allEdges: number;
      readonly note: string | null;
    };
    readonly f4: {
      readonly title: string;
      readonly desc: string;
      readonly series: readonly Series<RegionKey>[];
      readonly rows: readonly StackedRow[];
      /** Shares over all organisations, by region key. */
      readonly overall: Readonly<Record<RegionKey, number>>;
    };
    readonly f5: {
      readonly title: string;
      readonly desc: string;
      readonly corner: string;
      readonly rows: readonly MatrixUnit[];
      readonly columns: readonly MatrixUnit[];
      /** perMember[row][column]. */
      readonly values: readonly (readonly number[])[];
      readonly note: string;
    };
  };
}

/**
 * `analysis` is the dataset's analysis document; only its histogram is read (the rest is
 * counted from the dataset's index), so a worker can be sent the histogram alone.
 */
export function reportModel(
  dataset: Dataset,
  analysis: Pick<Analysis, 'membershipHistogram'>,
  lang: Language,
  options: ReportOptions = {},
): ReportModel {
  const w = REPORT_WORDS[lang];
  const int = (n: number) => reportInteger(n, lang);
  const pct = (s: number) => reportPercent(s, lang);
  const index = indexMemberships(dataset);
  const names = options.names ?? defaultNames(index);

  // Totals: the histogram is the analysis's own (organisations in >= 1 cluster).
  const h = analysis.membershipHistogram;
  const organisations = h['1'] + h['2'] + h['3'] + h['4+'];
  const multi = h['2'] + h['3'] + h['4+'];
  const multiShare = organisations > 0 ? multi / organisations : 0;

  const clusters: ReportCluster[] = [...index.clusters.keys()].map((id) => ({
    id,
    name: names.cluster(id),
    members: index.membersOf.get(id)!.length,
  }));
  // First in dataset order wins ties, so the sentence is stable.
  const largest = clusters.reduce<ReportCluster | null>(
    (best, c) => (best === null || c.members > best.members ? c : best),
    null,
  );
  const smallest = clusters.reduce<ReportCluster | null>(
    (best, c) => (best === null || c.members < best.members ? c : best),
    null,
  );
  const members = (n: number) => w.members(int(n), n === 1);

  const sizeSentences = [
    w.totals({
      clusters: int(clusters.length),
      organisations: int(organisations),
      in2: int(h['2']),
      in3: int(h['3']),
      in4: int(h['4+']),
      share: pct(multiShare),
    }),
  ];
  if (largest && smallest && clusters.length > 1) {
    sizeSentences.push(
      w.range({
        small: smallest.name,
        smallN: int(smallest.members),
        large: largest.name,
        largeN: int(largest.members),
      }),
    );
  } else if (largest) {
    sizeSentences.push(w.onlyOne({ name: largest.name, n: members(largest.members) }));
  }

  // Fig. 3-2: member types per cluster; shares over organisations.
  const byType = clusterMembersByType(index);
  const typeSeries = MEMBER_TYPE_COLUMNS.map((key) => ({ key, label: w.types[key] }));
  const typeRows: StackedRow[] = byType.map(({ cluster, byType: counts }) => ({
    id: cluster,
    name: names.cluster(cluster),
    values: MEMBER_TYPE_COLUMNS.map((k) => counts[k]),
  }));
  const typeTotals = Object.fromEntries(MEMBER_TYPE_COLUMNS.map((k) => [k, 0])) as Record<
    TypeKey,
    number
  >;
  for (const [org, held] of index.clustersOf) {
    if (held.length > 0) typeTotals[index.organisations.get(org)!.type ?? 'unknown']++;
  }
  const typeParts = MEMBER_TYPE_COLUMNS.filter((k) => k !== 'unknown' || typeTotals[k] > 0)
    .map((k) => [k, typeTotals[k]] as const)
    .sort((x, y) => y[1] - x[1])
    .map(([k, n]) => w.typeShare(pct(organisations > 0 ? n / organisations : 0), w.typesInText[k]));
  const allFive = byType.filter(({ byType: c }) =>
    MEMBER_TYPE_COLUMNS.every((k) => k === 'unknown' || c[k] > 0),
  ).length;
  const typeSentences =
    organisations > 0
      ? [
          w.typeShares(joinWords(typeParts, lang)),
          w.allFive({ n: int(allFive), of: int(clusters.length) }),
        ]
      : [];

  // Fig. 3-3: the overlap network.
  const position = new Map([...index.clusters.keys()].map((c, i) => [c, i]));
  const overlaps = clusterOverlaps(index).sort(
    (x, y) => y.shared - x.shared || y.jaccard - x.jaccard,
  );
  const drawn = overlaps.slice(0, MAX_NETWORK_EDGES);
  const points = circleLayout(
    clusters.map((c) => c.members),
    drawn.map((o) => ({ a: position.get(o.a)!, b: position.get(o.b)!, weight: o.shared })),
  );
  const nodes: NetworkNode[] = clusters.map((c, i) => ({ ...c, ...points[i]! }));
  const overlapSentences = [
    overlaps.length === 0
      ? w.noOverlap
      : w.strongest(
          joinWords(
            overlaps
              .slice(0, 3)
              .map((o) => w.pair(names.cluster(o.a), names.cluster(o.b), int(o.shared))),
            lang,
          ),
        ),
  ];
  const top = [...index.clustersOf]
    .filter(([, held]) => held.length >= 2)
    .sort((x, y) => y[1].length - x[1].length)
    .slice(0, 3);
  if (top.length > 0) {
    overlapSentences.push(
      w.mostClusters(
        joinWords(
          top.map(([org, held]) => w.orgClusters(names.organisation(org), int(held.length))),
          lang,
        ),
      ),
    );
  }

  // Fig. 3-4: Oslo / Viken / elsewhere / unplaced, per cluster and over all organisations.
  const region = schemePlacer(countyScheme('region'));
  const regionOf = new Map<OrgId, RegionKey>();
  for (const org of index.organisations.values()) {
    const place = region(org.placement);
    regionOf.set(org.id, place.unit < 0 ? 'unplaced' : REGION_KEYS[place.unit]!);
  }
  const regionRows: StackedRow[] = clusters.map((c) => {
    const counts = REGION_KEYS.map(() => 0);
    for (const org of index.membersOf.get(c.id)!)
      counts[REGION_KEYS.indexOf(regionOf.get(org)!)]!++;
    return { id: c.id, name: c.name, values: counts };
  });
  const overallCounts = REGION_KEYS.map(() => 0);
  for (const [org, held] of index.clustersOf) {
    if (held.length > 0) overallCounts[REGION_KEYS.indexOf(regionOf.get(org)!)]!++;
  }
  const overall = Object.fromEntries(
    REGION_KEYS.map((k, i) => [k, organisations > 0 ? overallCounts[i]! / organisations : 0]),
  ) as Record<RegionKey, number>;
  const geoSentences: string[] = [];
  if (organisations > 0) {
    geoSentences.push(
      w.geoAll({ oslo: pct(overall.oslo), viken: pct(overall.viken), rest: pct(overall.rest) }) +
        (overallCounts[3]! > 0 ? w.geoUnplaced(int(overallCounts[3]!)) : ''),
    );
    const most = (k: number) =>
      regionRows
        .filter((r) => clusters[regionRows.indexOf(r)]!.members > 0)
        .reduce<{ row: StackedRow; share: number } | null>((best, row) => {
          const total = row.values.reduce((a, b) => a + b, 0);
          const share = row.values[k]! / total;
          return best === null || share > best.share ? { row, share } : best;
        }, null);
    const [v, o, r] = [most(1), most(0), most(2)];
    if (v && o && r && clusters.length > 1) {
      geoSentences.push(
        w.geoExtremes({
          viken: v.row.name,
          vikenShare: pct(v.share),
          oslo: o.row.name,
          osloShare: pct(o.share),
          rest: r.row.name,
          restShare: pct(r.share),
        }),
      );
    }
  }

  // Fig. 3-5: county links under the report's scheme, its three origin rows.
  const matrix = computeCountyLinkMatrix(index, { scheme: 'report' });
  const units = matrix.units.map((u) => ({ id: u.id, name: u.name }));
  const rowIdx = LINK_ROWS.map((id) => units.findIndex((u) => u.id === id));
  const values = rowIdx.map((r) => matrix.perMember[r]!);
  const linkSentences = rowIdx.flatMap((r) => {
    const ranked = units
      .map((u, c) => ({ u, v: matrix.perMember[r]![c]! }))
      .filter((x) => x.v > 0)
      .sort((x, y) => y.v - x.v)
      .slice(0, 3);
    if (ranked.length === 0) return [];
    return [
      w.linksRow({
        from: units[r]!.name,
        to: joinWords(
          ranked.map((x) => w.linkTo(x.u.name, reportDecimal(x.v, 1, lang))),
          lang,
        ),
      }),
    ];
  });

  const read = dataset.report.files.map((f) => f.file);
  const files = [...new Set(read)];
  const refused = [
    ...new Set(dataset.report.rejected.filter((r) => r.row === null).map((r) => r.file)),
  ];
  const sourceLines = [
    files.length > 0
      ? w.source(
          joinWords(
            files.map((f) => `«${f}»`),
            lang,
          ),
        )
      : w.sourceNoFiles,
    ...(refused.length > 0
      ? [
          w.rejectedFiles(
            joinWords(
              refused.map((f) => `«${f}»`),
              lang,
            ),
          ),
        ]
      : []),
    ...(options.date ? [w.generated(options.date)] : []),
  ];

  return {
    lang,
    title: w.title,
    subtitle: w.subtitle,
    syntheticNote: options.source === 'default' ? w.synthetic : null,
    sourceLines,
    totals: {
      clusters: clusters.length,
      organisations,
      memberships: index.membershipCount,
      in2: h['2'],
      in3: h['3'],
      in4plus: h['4+'],
      multiShare,
    },
    largest,
    smallest,
    sections: [
      { id: 'sizes', heading: w.section.sizes, sentences: sizeSentences },
      { id: 'types', heading: w.section.types, sentences: typeSentences },
      { id: 'overlap', heading: w.section.overlap, sentences: overlapSentences },
      { id: 'geo', heading: w.section.geo, sentences: geoSentences },
      {
        id: 'links',
        heading: w.section.links,
        sentences: linkSentences.length > 0 ? linkSentences : [w.linksNone],
      },
    ],
    figures: {
      f1: { title: w.figure.f1, desc: w.figureDesc.f1, bars: clusters },
      f2: { title: w.figure.f2, desc: w.figureDesc.f2, series: typeSeries, rows: typeRows },
      f3: {
        title: w.figure.f3,
        desc: w.figureDesc.f3,
        nodes,
        edges: drawn.map(({ a, b, shared }) => ({ a, b, shared })),
        allEdges: overlaps.length,
        note:
          overlaps.length > drawn.length
            ? w.edgesHidden(int(drawn.length), int(overlaps.length))
            : null,
      },
      f4: {
        title: w.figure.f4,
        desc: w.figureDesc.f4,
        series: REGION_KEYS.map((key) => ({ key, label: w.regions[key] })),
        rows: regionRows,
        overall,
      },
      f5: {
        title: w.figure.f5,
        desc: w.figureDesc.f5,
        corner: w.matrixRow,
        rows: rowIdx.map((r) => units[r]!),
        columns: units,
        values,
        note: w.linksMeaning,
      },
    },
  };
}

function defaultNames(index: ReturnType<typeof indexMemberships>): ReportNames {
  const clusterNames = uniqueNames(index.clusters.values());
  const orgNames = uniqueNames(index.organisations.values());
  return {
    cluster: (id) => clusterNames.get(id) ?? '',
    organisation: (id) => orgNames.get(id) ?? '',
  };
}
