/**
 * The analysis as tables for CSV and XLSX: clusters, overlaps (every measure), exclusive
 * intersections, organisations, the county link matrices (per member, pairs, lift), the metrics
 * of clusters and organisations, and the rejected rows. Headers in bokmål or English; values
 * stay raw numbers (the writers format them), names stay as the data writes them.
 */
import type { Analysis } from '../analysis/types';
import type { Cell, ExportTable } from './table';

export type TableLanguage = 'nb' | 'en';

type Words = Readonly<Record<string, { readonly nb: string; readonly en: string }>>;

const W = {
  cluster: { nb: 'Klynge', en: 'Cluster' },
  clusterA: { nb: 'Klynge A', en: 'Cluster A' },
  clusterB: { nb: 'Klynge B', en: 'Cluster B' },
  members: { nb: 'Medlemmer', en: 'Members' },
  shared: { nb: 'Felles medlemmer', en: 'Shared members' },
  jaccard: { nb: 'Jaccard', en: 'Jaccard' },
  overlapCoefficient: { nb: 'Overlappkoeffisient', en: 'Overlap coefficient' },
  lift: { nb: 'Løft', en: 'Lift' },
  clusters: { nb: 'Klynger', en: 'Clusters' },
  clusterCount: { nb: 'Antall klynger', en: 'Number of clusters' },
  organisations: { nb: 'Organisasjoner', en: 'Organisations' },
  name: { nb: 'Navn', en: 'Name' },
  orgNumber: { nb: 'Organisasjonsnummer', en: 'Organisation number' },
  county: { nb: 'Fylke', en: 'County' },
  memberType: { nb: 'Medlemstype', en: 'Member type' },
  from: { nb: 'Fra fylke', en: 'From county' },
  file: { nb: 'Fil', en: 'File' },
  row: { nb: 'Rad', en: 'Row' },
  reason: { nb: 'Årsak', en: 'Reason' },
  tClusters: { nb: 'Klynger', en: 'Clusters' },
  tOverlaps: { nb: 'Overlapp mellom klynger', en: 'Cluster overlaps' },
  tIntersections: { nb: 'Eksklusive snitt', en: 'Exclusive intersections' },
  tOrganisations: { nb: 'Organisasjoner', en: 'Organisations' },
  tPerMember: {
    nb: 'Fylkeskoblinger per medlem',
    en: 'County links per member',
  },
  tPairs: { nb: 'Fylkeskoblinger, par', en: 'County links, pairs' },
  tLift: { nb: 'Fylkeskoblinger, løft', en: 'County links, lift' },
  tClusterMetrics: { nb: 'Mål for klynger', en: 'Cluster metrics' },
  tOrgMetrics: { nb: 'Mål for organisasjoner', en: 'Organisation metrics' },
  tRejected: { nb: 'Avviste rader', en: 'Rejected rows' },
} as const satisfies Words;

const own = <V>(record: Readonly<Record<string, V>>, key: string): V | undefined =>
  Object.hasOwn(record, key) ? record[key] : undefined;

/** Metric columns: every key any row has, in first-seen order. */
function metricTable(
  id: string,
  title: string,
  nameHeader: string,
  names: readonly string[],
  values: Readonly<Record<string, object>>,
): ExportTable {
  const keys: string[] = [];
  for (const name of names) {
    for (const key of Object.keys(own(values, name) ?? {})) if (!keys.includes(key)) keys.push(key);
  }
  return {
    id,
    title,
    header: [nameHeader, ...keys],
    rows: names.map((name) => {
      const row = (own(values, name) ?? {}) as Readonly<Record<string, unknown>>;
      return [name, ...keys.map((k) => (typeof row[k] === 'number' ? (row[k] as number) : null))];
    }),
  };
}

function matrixTable(
  id: string,
  title: string,
  corner: string,
  counties: readonly string[],
  matrix: Readonly<Record<string, Readonly<Record<string, number | null>>>>,
): ExportTable {
  return {
    id,
    title,
    header: [corner, ...counties],
    rows: counties.map((from): Cell[] => [
      from,
      ...counties.map((to) => own(own(matrix, from) ?? {}, to) ?? null),
    ]),
  };
}

export function analysisTables(analysis: Analysis, lang: TableLanguage): ExportTable[] {
  const w = (key: keyof typeof W) => W[key][lang];
  const links = analysis.countyLinks;
  return [
    {
      id: 'clusters',
      title: w('tClusters'),
      header: [w('cluster'), w('members')],
      rows: analysis.clusters.map((c) => [c.name, c.members]),
    },
    {
      id: 'overlaps',
      title: w('tOverlaps'),
      header: [
        w('clusterA'),
        w('clusterB'),
        w('shared'),
        w('jaccard'),
        w('overlapCoefficient'),
        w('lift'),
      ],
      rows: analysis.overlaps.map((o) => [
        o.a,
        o.b,
        o.shared,
        o.jaccard,
        o.overlapCoefficient,
        o.lift,
      ]),
    },
    {
      id: 'intersections',
      title: w('tIntersections'),
      header: [w('clusters'), w('clusterCount'), w('organisations')],
      rows: analysis.intersections.map((i) => [i.clusters.join(' + '), i.clusters.length, i.size]),
    },
    {
      id: 'organisations',
      title: w('tOrganisations'),
      header: [
        w('name'),
        w('orgNumber'),
        w('county'),
        w('memberType'),
        w('clusterCount'),
        w('clusters'),
      ],
      rows: analysis.organisationList.map((o) => [
        o.name,
        o.orgNumber,
        o.county,
        o.memberType,
        o.clusters.length,
        o.clusters.join('; '),
      ]),
    },
    matrixTable(
      'county-links-per-member',
      w('tPerMember'),
      w('from'),
      links.counties,
      links.perMember,
    ),
    matrixTable('county-links-pairs', w('tPairs'), w('from'), links.counties, links.pairs),
    matrixTable('county-links-lift', w('tLift'), w('from'), links.counties, links.lift),
    metricTable(
      'cluster-metrics',
      w('tClusterMetrics'),
      w('cluster'),
      analysis.clusters.map((c) => c.name),
      analysis.metrics.clusters,
    ),
    metricTable(
      'organisation-metrics',
      w('tOrgMetrics'),
      w('name'),
      analysis.organisationList.map((o) => o.name),
      analysis.metrics.organisations,
    ),
    {
      id: 'rejected-rows',
      title: w('tRejected'),
      header: [w('file'), w('row'), w('reason')],
      rows: analysis.import.rejected.map((r) => [r.file, r.row, r.reason]),
    },
  ];
}
