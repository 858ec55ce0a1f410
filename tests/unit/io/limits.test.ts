import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, formatBytes, formatCount, resolveLimits } from '../../../src/io/limits';

describe('formatBytes', () => {
  it.each([
    [0, '0 bytes'],
    [1023, '1023 bytes'],
    [1024, '1.0 KB'],
    [40 * 1024, '40 KB'],
    [5274, '5.2 KB'],
    [300 * 2 ** 20, '300 MB'],
    [2.1 * 2 ** 30, '2.1 GB'],
  ])('%d -> %s', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });
});

describe('formatCount', () => {
  it.each([
    [7, '7'],
    [1276, '1 276'],
    [200000, '200 000'],
    [1234567, '1 234 567'],
  ])('%d -> %s', (n, text) => {
    expect(formatCount(n)).toBe(text);
  });
});

describe('resolveLimits', () => {
  it('lays given caps over the defaults and ignores nonsense', () => {
    expect(resolveLimits()).toEqual(DEFAULT_LIMITS);
    expect(resolveLimits({ maxRows: 10 })).toEqual({ ...DEFAULT_LIMITS, maxRows: 10 });
    expect(resolveLimits({ maxRows: 0, maxFileBytes: -1, maxZipRatio: Number.NaN })).toEqual(
      DEFAULT_LIMITS,
    );
  });

  it('cannot be changed by accident', () => {
    expect(Object.isFrozen(DEFAULT_LIMITS)).toBe(true);
  });
});
