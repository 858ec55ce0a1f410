/**
 * The CLI's analysis of the default data, for browser tests to compare with (the same domain
 * code run in Node, so the page's numbers are checked against it, not against typed-in values).
 */
import { execFileSync } from 'node:child_process';

export interface CliAnalysis {
  readonly organisations: number;
  readonly countyLinks: {
    readonly perMember: Record<string, Record<string, number>>;
    readonly pairs: Record<string, Record<string, number>>;
    readonly lift: Record<string, Record<string, number | null>>;
  };
  readonly organisationList: readonly {
    readonly memberType?: string;
    readonly clusters: readonly string[];
  }[];
}

export function cliAnalysis(...args: string[]): CliAnalysis {
  const out = execFileSync(
    'npm',
    ['run', '-s', 'analyze', '--', 'data/default', '--json', ...args],
    {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    },
  );
  return JSON.parse(out) as CliAnalysis;
}

/** A number as the page writes it in bokmål, with `digits` decimals (spaces as U+00A0). */
export const nb = (value: number, digits: number): string =>
  new Intl.NumberFormat('nb-NO', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);

export const en = (value: number, digits: number): string =>
  new Intl.NumberFormat('en-GB', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
