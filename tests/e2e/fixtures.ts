/**
 * The browser tests' `test`: every test gets a page whose uncaught exceptions and console errors
 * are collected and must be none when the test ends ("the app stays usable" includes "nothing
 * blew up"). Also the published facts of the example data the tests check against.
 */
import { test as base, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { watchErrors } from './helpers';

/** Published in the source report (shared/REPORT-FACTS.md), so the example data must match. */
export const DEFAULT_FACTS = { clusters: 16, organisations: 1276, kongsbergMembers: 10 } as const;

export const test = base.extend<{ pageErrors: string[] }>({
  pageErrors: [
    async ({ page }, use) => {
      const errors = watchErrors(page);
      await use(errors);
      expect(errors, 'uncaught errors in the page').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Organisation names in the first column of a CSV in data/default (UTF-8 or Windows-1252). */
export function namesInDefaultCsv(fileName: string): string[] {
  const bytes = readFileSync(new URL(`../../data/default/${fileName}`, import.meta.url));
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('windows-1252').decode(bytes);
  }
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '');
  const delimiter = lines[0]!.includes(';') ? ';' : ',';
  return lines.slice(1).map((line) => line.split(delimiter)[0]!.replace(/^"|"$/g, '').trim());
}

/** nb-NO groups thousands with a no-break space: "1 276". */
export function nb(n: number): RegExp {
  return new RegExp(`^${new Intl.NumberFormat('nb-NO').format(n).replace(/\s/g, '\\s')}$`);
}
