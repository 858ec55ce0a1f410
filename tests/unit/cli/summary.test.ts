/** The CLI text summary names each refused file once, with its cause in the chosen language. */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/domain/analysis/analyse';
import { buildDataset } from '../../../src/domain/membership/build-dataset';
import { readFile } from '../../../src/io/read-file';
import { formatSummary } from '../../../src/cli/summary';

const bad = readFile('bad.csv', new TextEncoder().encode('[{"navn": "Nordlys AS"}]\n'));
const good = readFile('Klynge.csv', new TextEncoder().encode('Navn\nNordlys AS\n'));
const dataset = buildDataset([bad, good]);

describe('formatSummary', () => {
  it.each([
    ['nb', '  bad.csv, hele filen: filen er JSON-data, ikke en tabell;'],
    ['en', '  bad.csv, whole file: the file is JSON data, not a table;'],
  ] as const)('%s: the refused file named once, its cause in the language', (lang, start) => {
    const text = formatSummary(analyse(dataset), lang, dataset.report.rejected);
    const line = text.split('\n').find((l) => l.includes('bad.csv'))!;
    expect(line.startsWith(start)).toBe(true);
    expect(line.split('bad.csv')).toHaveLength(2);
  });
});
