/** Bokmål reasons: the common domain and io reasons translated, anything else shown as written. */
import { describe, expect, it } from 'vitest';
import { reasonText } from '../../../src/features/import/reason-text';

describe('reason text', () => {
  it.each([
    ['no organisation name or organisation number', 'mangler navn og organisasjonsnummer'],
    [
      'organisation number 923 609 017 fails its check digit; matched by name instead',
      'organisasjonsnummer 923 609 017 har feil kontrollsiffer; koblet på navn i stedet',
    ],
    [
      'no organisation name, and organisation number 923 609 017 fails its check digit',
      'mangler navn, og organisasjonsnummer 923 609 017 har feil kontrollsiffer',
    ],
    [
      'organisation number "12345" has 5 digits, not 9',
      'organisasjonsnummer «12345» har 5 sifre, ikke 9',
    ],
    ['title above the header', 'tittel over overskriften'],
    ['blank row', 'tom rad'],
    ['repeated header', 'gjentatt overskriftsrad'],
    ['note below the table', 'merknad under tabellen'],
    ['not marked as a member of any cluster column', 'ikke merket som medlem i noen klyngekolonne'],
    [
      '"---" is not an organisation name (no letters or digits)',
      '«---» er ikke et organisasjonsnavn (ingen bokstaver eller sifre)',
    ],
    ['the file is empty (0 bytes)', 'filen er tom (0 byte)'],
  ])('%s', (english, bokmal) => {
    expect(reasonText(english, 'nb')).toBe(bokmal);
    expect(reasonText(english, 'en')).toBe(english);
  });

  it('keeps the file name in front of a file-level reason and translates the rest', () => {
    const reason =
      'ødelagt.xlsx: the file starts like a spreadsheet (XLSX or ODS are zip files), but its zip directory is missing, so the file is incomplete or damaged (a download that broke off?); download it or save it again';
    const text = reasonText(reason, 'nb', 'ødelagt.xlsx');
    expect(text.startsWith('ødelagt.xlsx: filen begynner som et regneark')).toBe(true);
    expect(text).toContain('zip-katalogen mangler');
    expect(text).not.toMatch(/download|missing/);
  });

  it('falls back to the original text for a reason it does not know', () => {
    const odd = 'the workbook has no sheet with data (Ark1: empty)';
    expect(reasonText(odd, 'nb')).toBe(odd);
    expect(reasonText('x.csv: something new', 'nb', 'x.csv')).toBe('x.csv: something new');
  });
});
