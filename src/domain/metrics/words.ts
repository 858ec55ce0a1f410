/**
 * Words for every registered metric, in bokmål and English, keyed by metric id: a short label, a
 * description, and a one-sentence plain-language meaning with a {name} slot ("{name} connects
 * clusters that share no one else"). The UI and the CLI render from here under the keys
 * metric.<id>.label / .description / .meaning, and the messages a failed metric gives
 * (metric.notConverged, metric.failed) too. A unit test checks every registered metric has all
 * three in both languages, so a new metric cannot ship without words.
 */
import type { Message } from '../messages/types';
import type { MetricId } from './types';

export type MetricLanguage = 'nb' | 'en';
export type MetricWordKind = 'label' | 'description' | 'meaning';

interface Words {
  readonly label: string;
  readonly description: string;
  readonly meaning: string;
}

export const METRIC_WORDS: ReadonlyMap<MetricId, Readonly<Record<MetricLanguage, Words>>> = new Map(
  [
    [
      'degree',
      {
        nb: {
          label: 'Grad',
          description:
            'Antall naboer: klynger en virksomhet er med i, eller klynger med felles medlemmer.',
          meaning: '{name} har direkte forbindelse til mange andre.',
        },
        en: {
          label: 'Degree',
          description:
            'Number of neighbours: clusters of an organisation, or clusters sharing members.',
          meaning: '{name} is directly linked to many others.',
        },
      },
    ],
    [
      'weightedDegree',
      {
        nb: {
          label: 'Vektet grad',
          description: 'Sum av felles medlemmer med alle andre klynger.',
          meaning: '{name} deler mange medlemmer med andre klynger til sammen.',
        },
        en: {
          label: 'Weighted degree',
          description: 'Sum of shared members with all other clusters.',
          meaning: '{name} shares many members with other clusters in all.',
        },
      },
    ],
    [
      'betweenness',
      {
        nb: {
          label: 'Mellomhet',
          description: 'Andel av korteste veier mellom andre som går gjennom noden (0–1).',
          meaning: '{name} binder sammen klynger som ellers ikke deler noen.',
        },
        en: {
          label: 'Betweenness',
          description: 'Share of shortest paths between others that pass through the node (0–1).',
          meaning: '{name} connects clusters that share no one else.',
        },
      },
    ],
    [
      'closeness',
      {
        nb: {
          label: 'Nærhet',
          description:
            'Invers gjennomsnittlig avstand til nåbare noder, skalert med andelen nåbare (0–1).',
          meaning: '{name} er få steg unna alle de andre.',
        },
        en: {
          label: 'Closeness',
          description:
            'Inverse mean distance to reachable nodes, scaled by the share reachable (0–1).',
          meaning: '{name} is few steps away from all the others.',
        },
      },
    ],
    [
      'harmonic',
      {
        nb: {
          label: 'Harmonisk nærhet',
          description:
            'Gjennomsnitt av 1 / avstand til alle andre noder (0–1); de som ikke nås, teller 0.',
          meaning: '{name} når mange andre i få steg.',
        },
        en: {
          label: 'Harmonic closeness',
          description: 'Mean of 1 / distance to every other node (0–1); unreachable nodes add 0.',
          meaning: '{name} reaches many others in few steps.',
        },
      },
    ],
    [
      'eigenvector',
      {
        nb: {
          label: 'Egenvektor',
          description: 'Sentralitet fra sentrale naboer (enhetsnorm).',
          meaning: '{name} henger sammen med dem som selv er sentrale.',
        },
        en: {
          label: 'Eigenvector',
          description: 'Centrality from central neighbours (unit Euclidean norm).',
          meaning: '{name} is linked to those who are central themselves.',
        },
      },
    ],
    [
      'pagerank',
      {
        nb: {
          label: 'PageRank',
          description: 'Andel av tiden en tilfeldig vandring langs felles medlemskap er i noden.',
          meaning: '{name} er et sted man ofte havner ved å følge felles medlemmer.',
        },
        en: {
          label: 'PageRank',
          description: 'Share of time a random walk along shared memberships spends at the node.',
          meaning: '{name} is where one often ends up by following shared members.',
        },
      },
    ],
    [
      'clustering',
      {
        nb: {
          label: 'Klyngekoeffisient',
          description: 'Andel av par av overlappspartnere som også overlapper hverandre (0–1).',
          meaning: 'Klyngene {name} overlapper med, overlapper også med hverandre.',
        },
        en: {
          label: 'Clustering coefficient',
          description: 'Share of pairs of overlap partners that overlap each other (0–1).',
          meaning: 'The clusters {name} overlaps with also overlap each other.',
        },
      },
    ],
    [
      'community',
      {
        nb: {
          label: 'Fellesskap',
          description: 'Louvain-fellesskap vektet med felles medlemmer; 0 er det største.',
          meaning: '{name} hører til en gruppe klynger som deler mange medlemmer seg imellom.',
        },
        en: {
          label: 'Community',
          description: 'Louvain community weighted by shared members; 0 is the largest.',
          meaning:
            '{name} belongs to a group of clusters that share many members among themselves.',
        },
      },
    ],
  ],
);

/** The i18n key of one kind of word for a metric. */
export function metricWordKey(id: MetricId, kind: MetricWordKind): string {
  return `metric.${id}.${kind}`;
}

/** A metric's word in a language; the id itself when none is written (never undefined). */
export function metricWord(id: MetricId, kind: MetricWordKind, language: MetricLanguage): string {
  return METRIC_WORDS.get(id)?.[language][kind] ?? id;
}

const FAILURES: ReadonlyMap<string, Readonly<Record<MetricLanguage, string>>> = new Map([
  [
    'metric.notConverged',
    {
      nb: '{metric} ble ikke beregnet: iterasjonen stabiliserte seg ikke innen {iterations} runder (toleranse {tolerance}, {nodes} noder).',
      en: '{metric} could not be computed: the iteration did not settle within {iterations} rounds (tolerance {tolerance}, {nodes} nodes).',
    },
  ],
  [
    'metric.failed',
    {
      nb: '{metric} ble ikke beregnet: {detail}',
      en: '{metric} could not be computed: {detail}',
    },
  ],
]);

/** A failed metric's message in words; unknown codes show the code and parameters. */
export function renderMetricMessage(message: Message, language: MetricLanguage): string {
  const template = FAILURES.get(message.code)?.[language];
  const params = message.params ?? {};
  if (!template) return `${message.code} ${JSON.stringify(params)}`;
  return template.replace(/\{(\w+)\}/g, (_m, key: string) => {
    const value = params[key];
    if (value === undefined) return `{${key}}`;
    return key === 'metric' ? metricWord(String(value), 'label', language) : String(value);
  });
}
