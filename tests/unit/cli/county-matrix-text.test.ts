/* The county matrix as text: one decimal in the language's style, aligned right-hand columns. */
import { describe, expect, it } from 'vitest';

import { countyMatrixText } from '../../../src/cli/county-matrix-text';
import { countyLinksByName } from '../../../src/domain/analysis/county-links-by-name';
import { indexMemberships } from '../../../src/domain/graph/membership-index';
import { makeDataset } from '../analysis/make-dataset';

// Oslo {a, b}, Viken-side Akershus {c}: K = {a, b, c}. perMember Oslo->Oslo 1, Oslo->Viken 1,
// Viken->Oslo 2; one member abroad in K.
const index = indexMemberships(
  makeDataset([
    { id: 'a', where: '03', clusters: ['K'] },
    { id: 'b', where: '03', clusters: ['K'] },
    { id: 'c', where: '32', clusters: ['K'] },
    { id: 'x', where: 'abroad', clusters: ['K'] },
  ]),
);
const links = countyLinksByName(index, { scheme: 'region' });

describe('countyMatrixText', () => {
  it.each([
    ['nb', 'Fylkeskoblinger (region)', 'Resten av landet', '2,0', 'Uten fylke: 1 (utlandet 1'],
    ['en', 'County links (region)', 'Rest of Norway', '2.0', 'Without a county: 1 (abroad 1'],
  ] as const)('%s', (language, heading, rest, two, unplaced) => {
    const lines = countyMatrixText(links, language).split('\n');
    expect(lines[0]).toContain(heading);
    expect(lines).toHaveLength(1 + 1 + 3 + 1);
    expect(lines[3]).toMatch(new RegExp(`^Viken +1 +${two.replace('.', '\\.')} +0[.,]0 +0[.,]0$`));
    expect(lines[4]!.startsWith(rest)).toBe(true);
    expect(lines[5]).toContain(unplaced);
    // Right-aligned: every row ends at the same column as the header row.
    const width = lines[1]!.length;
    for (const line of lines.slice(2, 5)) expect(line.length).toBe(width);
  });
});
