/** The elements diff: removed, added and updated-in-place ids (updates keep positions). */
import { describe, expect, it } from 'vitest';
import { planSync } from '../../../../src/ui/graph/sync-plan';

const el = (id: string) => ({ id });

describe('planSync', () => {
  it.each([
    { current: [], wanted: ['a', 'b'], remove: [], add: ['a', 'b'], update: [] },
    { current: ['a', 'b'], wanted: ['a', 'b'], remove: [], add: [], update: ['a', 'b'] },
    { current: ['a', 'b', 'c'], wanted: ['b', 'd'], remove: ['a', 'c'], add: ['d'], update: ['b'] },
    { current: ['a'], wanted: [], remove: ['a'], add: [], update: [] },
  ])('$current -> $wanted', ({ current, wanted, remove, add, update }) => {
    const plan = planSync(current, wanted.map(el));
    expect(plan.remove).toEqual(remove);
    expect(plan.add.map((w) => w.id)).toEqual(add);
    expect(plan.update.map((w) => w.id)).toEqual(update);
  });
});
