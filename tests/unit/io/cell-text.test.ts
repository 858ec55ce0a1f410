import type { CellObject } from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { cellText, integerText, serialToIso } from '../../../src/io/cell-text';

describe('cellText', () => {
  it.each<[string, CellObject | undefined, string]>([
    ['no cell', undefined, ''],
    ['text, trimmed', { t: 's', v: '  Bjørnstad Æsj AS ' }, 'Bjørnstad Æsj AS'],
    ['org number as a number', { t: 'n', v: 923609016, w: '923609016' }, '923609016'],
    [
      'org number shown in scientific notation',
      { t: 'n', v: 923609016, w: '9.24E+08' },
      '923609016',
    ],
    [
      'org number with a grouping format',
      { t: 'n', v: 923609016, w: '923 609 016', z: '### ### ###' },
      '923609016',
    ],
    ['postal code with a 0000 format', { t: 'n', v: 150, w: '0150', z: '0000' }, '0150'],
    ['integer without formatted text', { t: 'n', v: 42 }, '42'],
    ['huge integer', { t: 'n', v: 1e21, w: '1E+21' }, '1000000000000000000000'],
    ['negative integer', { t: 'n', v: -7, w: '-7' }, '-7'],
    ['fraction as shown', { t: 'n', v: 0.25, w: '25%', z: '0%' }, '25%'],
    ['fraction without formatted text', { t: 'n', v: 1.5 }, '1.5'],
    ['date serial', { t: 'n', v: 44333, w: '17.05.2021', z: 'dd\\.mm\\.yyyy' }, '2021-05-17'],
    [
      'date and time',
      { t: 'n', v: 44333.5, w: '17.05.2021 12:00', z: 'dd.mm.yyyy hh:mm' },
      '2021-05-17 12:00',
    ],
    ['time only', { t: 'n', v: 0.75, w: '18:00', z: 'hh:mm' }, '18:00'],
    ['boolean', { t: 'b', v: true, w: 'TRUE' }, 'TRUE'],
    ['error', { t: 'e', v: 42, w: '#N/A' }, '#N/A'],
    ['stub', { t: 'z' }, ''],
    ['formula result (cached text)', { t: 's', v: 'BJØRNSTAD', f: 'UPPER(A4)' }, 'BJØRNSTAD'],
    ['formula without cached value', { t: 'n', f: 'A1*2' }, ''],
    ['JS date (cellDates)', { t: 'd', v: new Date(2022, 2, 1) }, '2022-03-01'],
  ])('%s', (_label, cell, expected) => {
    expect(cellText(cell)).toBe(expected);
  });

  it('reads serials of the 1904 date system', () => {
    // 1904 system: serial 0 is 1904-01-01; 42871 days later is 2021-05-17.
    expect(cellText({ t: 'n', v: 42871, z: 'yyyy-mm-dd' }, true)).toBe('2021-05-17');
  });
});

describe('serialToIso', () => {
  it.each([
    [1, '1900-01-01'],
    [60, '1900-02-29'],
    [61, '1900-03-01'],
    [44621, '2022-03-01'],
    [44621.25, '2022-03-01 06:00'],
  ])('%d -> %s', (serial, iso) => {
    // Excel's own calendar, including its fictitious 1900-02-29 (serial 60).
    expect(serialToIso(serial, false)).toBe(iso);
  });
});

describe('integerText', () => {
  it.each([
    [0, '0'],
    [-0, '0'],
    [923609016, '923609016'],
    [2 ** 53 + 2, '9007199254740994'],
  ])('%d', (value, text) => {
    expect(integerText(value)).toBe(text);
  });
});
