/**
 * How much one file may ask of the browser tab before it is refused whole. The caps protect the
 * page from files that would freeze or crash it (huge exports, zip bombs); a file that passes is
 * read completely, a file that does not is refused with the number that stopped it.
 */

export interface ReadLimits {
  /** Largest file accepted, in bytes, before any parsing. */
  readonly maxFileBytes: number;
  /** Most rows (lines or records for text, sheet rows summed over sheets) in one file. */
  readonly maxRows: number;
  /** Most bytes an XLSX/ODS may unpack to, summed over its zip entries. */
  readonly maxUnpackedBytes: number;
  /** Largest unpacked:packed ratio allowed once the unpacked size passes `ratioCheckFromBytes`. */
  readonly maxZipRatio: number;
  /** Small workbooks compress very well (repetitive XML); the ratio only matters above this. */
  readonly ratioCheckFromBytes: number;
}

export const DEFAULT_LIMITS: ReadLimits = Object.freeze({
  maxFileBytes: 50 * 1024 * 1024,
  maxRows: 200_000,
  maxUnpackedBytes: 300 * 1024 * 1024,
  maxZipRatio: 100,
  ratioCheckFromBytes: 10 * 1024 * 1024,
});

/**
 * Most cells (filled or blank, up to each row's last) in one file, summed over its sheets: past
 * it a file is refused whole, whatever its format (CSV, XLSX, ODS, HTML), before the cells are
 * shaped into rows and organisations.
 */
export const MAX_CELLS = 5_000_000;

/** The defaults with any given caps laid over them; a cap that is not a positive number is ignored. */
export function resolveLimits(limits?: Partial<ReadLimits>): ReadLimits {
  const out: Record<keyof ReadLimits, number> = { ...DEFAULT_LIMITS };
  if (limits) {
    for (const key of Object.keys(DEFAULT_LIMITS) as (keyof ReadLimits)[]) {
      const value = limits[key];
      if (typeof value === 'number' && value > 0) out[key] = value;
    }
  }
  return out;
}

/** "40 KB", "2.1 GB": sizes for messages, in powers of 1024 as file managers show them. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const text = value >= 10 ? Math.round(value).toString() : value.toFixed(1);
  return `${text} ${units[unit]}`;
}

/** "200 000": thousands grouped with a space, the Norwegian way, for row counts in messages. */
export function formatCount(n: number): string {
  return Math.round(n)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
}
