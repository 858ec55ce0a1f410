import { describe, expect, it } from 'vitest';
import { roleOfHeader } from '../../../src/domain/membership/header-vocabulary';

describe('roleOfHeader', () => {
  it.each([
    ['Navn', 'name'],
    ['Bedrift', 'name'],
    ['Virksomhet', 'name'],
    ['Medlem', 'name'],
    ['Organisation name', 'name'],
    ['Company', 'name'],
    ['Org.nr.', 'orgNumber'],
    ['Organisasjonsnummer', 'orgNumber'],
    ['orgnr', 'orgNumber'],
    ['Organisation number', 'orgNumber'],
    ['Kommunenr', 'municipalityNumber'],
    ['Kommunenummer', 'municipalityNumber'],
    ['Kommune', 'municipalityName'],
    ['Postnr.', 'postalCode'],
    ['Poststed', 'postalPlace'],
    ['Fylke', 'county'],
    ['County', 'county'],
    ['Klynge', 'cluster'],
    ['Cluster', 'cluster'],
    ['Kategori', 'type'],
    ['Member type', 'type'],
    ['E-post', 'other'],
    ['Land', 'country'],
  ])('%j is %s', (header, role) => {
    expect(roleOfHeader(header)).toBe(role);
  });

  it.each(['', 'Medlemsliste pr. 01.03.2022', 'Norway Health Tech', '923609016'])(
    '%j is not a known header',
    (header) => {
      expect(roleOfHeader(header)).toBeNull();
    },
  );
});
