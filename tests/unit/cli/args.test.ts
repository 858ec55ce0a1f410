/* The CLI's flag table: every flag, its values, and every way an argument can be wrong. */
import { describe, expect, it } from 'vitest';

import { type FlagSpec, flagValue, parseArgs } from '../../../src/cli/args';

describe('parseArgs', () => {
  it.each([
    [['data'], ['data'], {}],
    [['a.csv', 'b.xlsx', '--json'], ['a.csv', 'b.xlsx'], { '--json': [''] }],
    [['--lang', 'en', 'data'], ['data'], { '--lang': ['en'] }],
    [['--lang=nb', 'data'], ['data'], { '--lang': ['nb'] }],
    [['--file-timeout', '5', 'data'], ['data'], { '--file-timeout': ['5'] }],
    [['--file-timeout=0.5', 'data'], ['data'], { '--file-timeout': ['0.5'] }],
    [['data', '--', '--json'], ['data', '--json'], {}],
    [['-'], ['-'], {}],
  ])('%j -> paths %j, flags %j', (argv, paths, flags) => {
    const result = parseArgs(argv);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.paths).toEqual(paths);
    expect(Object.fromEntries(result.flags)).toEqual(flags);
  });

  it.each([
    [['data', '--bogus'], 'unknown option --bogus'],
    [['data', '-x'], 'unknown option -x'],
    [['data', '--JSON'], 'unknown option --JSON'],
    [['data', '--lang'], '--lang needs a value'],
    [['data', '--lang', 'de'], '--lang: unknown value "de" (one of nb, en)'],
    [['data', '--lang=sv'], '--lang: unknown value "sv" (one of nb, en)'],
    [['data', '--file-timeout', '0'], '--file-timeout: "0" is not a number of seconds above 0'],
    [['data', '--file-timeout', 'ten'], '--file-timeout: "ten" is not a number of seconds above 0'],
    [['data', '--file-timeout', '-3'], '--file-timeout: "-3" is not a number of seconds above 0'],
    [['data', '--json=yes'], '--json takes no value'],
    [['data', '--json', '--json'], '--json given more than once'],
    [['data', '--lang', 'en', '--lang', 'nb'], '--lang given more than once'],
  ])('%j is an error: %s', (argv, message) => {
    expect(parseArgs(argv)).toEqual({ ok: false, message });
  });

  it('collects every value of a repeatable flag, in order', () => {
    const specs: FlagSpec[] = [{ name: '--cluster', takesValue: true, repeatable: true }];
    const result = parseArgs(['--cluster', 'A', 'x.csv', '--cluster=B'], specs);
    expect(result).toMatchObject({ ok: true, paths: ['x.csv'] });
    if (!result.ok) return;
    expect(result.flags.get('--cluster')).toEqual(['A', 'B']);
    expect(flagValue(result, '--cluster', '')).toBe('A');
    expect(flagValue(result, '--other', 'fallback')).toBe('fallback');
  });
});
