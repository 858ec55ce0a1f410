/**
 * Names that are also JavaScript's own property names ("__proto__", "constructor", "toString",
 * "hasOwnProperty", "valueOf") used as file, cluster and organisation names: each is imported and
 * appears in the analysis document as an ordinary key, also after JSON.stringify.
 */
import { describe, expect, it } from 'vitest';

import { analyse } from '../../../src/domain/analysis/analyse';
import { nameRecord, ownValue } from '../../../src/domain/analysis/name-record';
import { buildDataset } from '../../../src/domain/membership/build-dataset';
import { read, table } from '../membership/table-helpers';

const HOSTILE = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'];

describe('nameRecord', () => {
  it.each(HOSTILE)('keeps %j as an own key that JSON.stringify emits', (name) => {
    const record = nameRecord([
      [name, 1],
      ['Sintef', 2],
    ]);
    expect(Object.keys(record)).toEqual([name, 'Sintef']);
    expect(Object.hasOwn(record, name)).toBe(true);
    expect(JSON.parse(JSON.stringify(record))).toEqual(
      JSON.parse(`{${JSON.stringify(name)}:1,"Sintef":2}`),
    );
    expect(JSON.stringify(record)).toContain(`${JSON.stringify(name)}:1`);
  });

  it.each(HOSTILE)('ownValue finds nothing inherited under %j', (name) => {
    expect(ownValue({}, name)).toBeUndefined();
    expect(ownValue(nameRecord([[name, 'x']]), name)).toBe('x');
  });
});

describe('files, clusters and organisations with hostile names', () => {
  it.each(HOSTILE)('imports the file and keeps the organisation named %j', (name) => {
    const reads = [
      read(
        table(
          name,
          ['Navn', 'Kommunenr'],
          [
            [name, '0301'],
            ['Nordlys AS', '3201'],
          ],
        ),
      ),
      read(
        table(
          'Energi.csv',
          ['Navn', 'Kommunenr'],
          [
            [name, '0301'],
            ['Sørlys AS', '4601'],
          ],
        ),
      ),
    ];
    // The app always passes its workspace records, empty or not.
    const dataset = buildDataset(reads, { mappings: {}, placements: {}, register: {} });
    expect(dataset.report.rejected).toEqual([]);
    expect(dataset.organisations.map((o) => o.name)).toEqual([name, 'Nordlys AS', 'Sørlys AS']);

    const analysis = analyse(dataset);
    // The cluster takes the file's name, tidied ("__proto__" loses its underscores).
    const cluster = dataset.clusters[0]!.name;
    expect(cluster).toBe(name.replace(/_/g, ''));
    expect(analysis.clusters.map((c) => c.name)).toEqual([cluster, 'Energi']);
    expect(analysis.clusters[0]!.counties).toEqual(
      nameRecord([
        ['Oslo', 1],
        ['Akershus', 1],
      ]),
    );
    expect(Object.hasOwn(analysis.metrics.organisations, name)).toBe(true);
    expect(Object.hasOwn(analysis.metrics.clusters, cluster)).toBe(true);
    expect(Object.keys(analysis.metrics.organisations)).toHaveLength(3);

    const json = JSON.parse(JSON.stringify(analysis)) as typeof analysis;
    expect(Object.keys(json.metrics.organisations)).toEqual([name, 'Nordlys AS', 'Sørlys AS']);
    expect(Object.keys(json.metrics.clusters)).toEqual([cluster, 'Energi']);
    expect(json.metrics.organisations[name]!.degree).toBe(2);
  });
});
