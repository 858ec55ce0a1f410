/** Members of a cluster and shared members, found by document names and sorted for reading. */
import { describe, expect, it } from 'vitest';

import { membersOfCluster, sharedMembers } from '../../../src/domain/analysis/queries';
import { makeDataset } from './make-dataset';

// Two clusters are both called "Tech"; the analysis document calls the second "Tech (2)".
const dataset = makeDataset(
  [
    { id: '1', name: 'Åsen AS', clusters: ['t1', 't2'] },
    { id: '2', name: 'Bergen Bio', clusters: ['t1'] },
    { id: '3', name: 'aker solutions', clusters: ['t1', 't2'] },
    { id: '4', name: 'Øst Energi', clusters: ['t1', 't2'] },
    { id: '5', name: 'Zeta', clusters: ['t2'] },
  ],
  { clusterNames: { t1: 'Tech', t2: 'Tech' } },
);

describe('membersOfCluster', () => {
  it.each([
    // Norwegian order: Z before Æ, Ø, Å; case does not matter.
    ['Tech', ['aker solutions', 'Bergen Bio', 'Øst Energi', 'Åsen AS']],
    ['Tech (2)', ['aker solutions', 'Zeta', 'Øst Energi', 'Åsen AS']],
    ['Nope', []],
  ])('%s', (cluster, names) => {
    expect(membersOfCluster(dataset, cluster).map((o) => o.name)).toEqual(names);
  });
});

describe('sharedMembers', () => {
  it.each([
    ['Tech', 'Tech (2)', ['aker solutions', 'Øst Energi', 'Åsen AS']],
    ['Tech (2)', 'Tech', ['aker solutions', 'Øst Energi', 'Åsen AS']],
    ['Tech', 'Nope', []],
  ])('%s and %s', (a, b, names) => {
    const shared = sharedMembers(dataset, a, b);
    expect(shared.map((o) => o.name)).toEqual(names);
    expect(shared[0]?.id).toBe(names.length ? '3' : undefined);
  });
});
