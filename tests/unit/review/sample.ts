/**
 * A small dataset built through the real pipeline (buildDataset) for the review and places tests:
 * two lists sharing organisations, with a typo, an abbreviation, a same name under another number,
 * a 2020-23 "Viken" and rows with no place at all.
 */
import { buildDataset, type BuildOptions } from '../../../src/domain/membership/build-dataset';
import { proposeDuplicates } from '../../../src/domain/membership/proposals';
import type { Dataset, OrgId } from '../../../src/domain/membership/types';
import { read, table } from '../membership/table-helpers';

export const READS = [
  read(
    table(
      'Nordklyngen.csv',
      ['Navn', 'Org.nr.', 'Kommune', 'Fylke'],
      [
        ['Nordlys Teknologi AS', '923609016', 'Oslo', ''],
        ['Fjordvik Teknologi Consulting', '', 'Bergen', ''],
        ['Bergvik Advokatfirma', '982463718', 'Oslo', ''],
        ['Vikenbedriften AS', '', '', 'Viken'],
        ['Stedløs AS', '', '', ''],
      ],
    ),
  ),
  read(
    table(
      'Sørklyngen.csv',
      ['Navn', 'Org.nr.', 'Kommune', 'Fylke'],
      [
        ['Nordlys Teknolgi', '', '', 'Oslo'],
        ['Fjordvik Tekn. Consulting', '', '', 'Vestland'],
        ['Bergvik Advokatfirma', '943753709', 'Drammen', ''],
        ['Annen Vikenbedrift', '', '', 'Viken'],
        ['Ukjentby Bygg', '', 'Atlantis', ''],
      ],
    ),
  ),
];

export function sample(options: BuildOptions = {}): Dataset {
  return buildDataset(READS, options);
}

export function proposalsOf(dataset: Dataset) {
  return proposeDuplicates(dataset.organisations);
}

export function idOf(dataset: Dataset, name: string): OrgId {
  const org = dataset.organisations.find((o) => o.name === name);
  if (!org) throw new Error(`no organisation named ${name}`);
  return org.id;
}
