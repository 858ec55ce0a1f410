/* The flag table parser: what is accepted, and every way a command line is refused. */
import { describe, expect, it } from 'vitest';

import { type FlagSpec, parseArgs } from '../../../src/cli/args';

const TABLE: readonly FlagSpec[] = [
  { name: 'json', value: false, repeatable: false },
  { name: 'lang', value: true, repeatable: false, values: ['nb', 'en'] },
  { name: 'cluster', value: true, repeatable: true },
];

describe('parseArgs', () => {
  it.each([
    [['a', '--json', 'b'], { json: [''] }, ['a', 'b']],
    [['--lang', 'en', 'x'], { lang: ['en'] }, ['x']],
    [['--lang=nb', 'x'], { lang: ['nb'] }, ['x']],
    [['x', '--cluster', 'A B', '--cluster=C'], { cluster: ['A B', 'C'] }, ['x']],
    [['x'], {}, ['x']],
  ])('%j', (argv, flags, positional) => {
    const result = parseArgs(argv, TABLE);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(Object.fromEntries(result.args.flags)).toEqual(flags);
    expect(result.args.positional).toEqual(positional);
  });

  it.each([
    [['x', '--jsn'], 'unknown option --jsn'],
    [['x', '--lang'], '--lang needs a value'],
    [['x', '--lang', '--json'], '--lang needs a value'],
    [['x', '--lang', 'de'], '--lang de: unknown value (one of nb, en)'],
    [['x', '--json=yes'], '--json takes no value'],
    [['x', '--lang', 'en', '--lang', 'nb'], '--lang given twice'],
  ])('%j is refused', (argv, message) => {
    const result = parseArgs(argv, TABLE);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain(message);
  });
});
