/**
 * How each cluster's list looks: one file per cluster, named after it, and deliberately unlike
 * each other, as lists gathered from 16 cluster managers are: Windows-1252 semicolon CSV from
 * Norwegian Excel, UTF-8 comma CSV with English headers, a UTF-8 CSV with a byte-order mark,
 * XLSX workbooks (one with a title and a blank row above the header), organisation numbers
 * written four ways, and two 2022 lists with 2020-23 municipality numbers and a "Fylke" column.
 */
import type { ClusterCode } from './clusters';
import type { TextEncoding } from './encode';
import type { Variant } from './names';

export type ColumnKind =
  | 'name'
  | 'orgNumber'
  | 'municipalityNumber'
  | 'municipalityName'
  | 'county'
  | 'type'
  | 'contact'
  | 'email'
  | 'website'
  | 'joined';

/** "923609016", "923 609 016", "923.609.016", "NO 923 609 016 MVA", or an Excel number. */
export type NumberStyle = 'plain' | 'spaced' | 'dotted' | 'mva' | 'excel-number';

interface LayoutBase {
  readonly cluster: ClusterCode;
  readonly language: 'no' | 'en';
  /** Column kinds and the header each is written under. */
  readonly columns: readonly (readonly [ColumnKind, string])[];
  readonly numberStyle: NumberStyle;
  /** Municipality numbers (and county names) of 2024, or of 2020-23 for lists from 2022. */
  readonly scheme: '2024' | '2020';
  /** Share of rows that leave the organisation number out. */
  readonly missingNumbers: number;
  /** Rows sorted by name, or in the order members joined. */
  readonly order: 'name' | 'joined';
  /** Latest join date the list can show (its export date), ISO. */
  readonly exported: string;
  /** A spelling every row of this list uses (e.g. no legal forms). */
  readonly nameStyle?: Variant;
}

export type FileLayout =
  | (LayoutBase & {
      readonly format: 'csv';
      readonly encoding: TextEncoding;
      readonly delimiter: ';' | ',';
      readonly eol: '\r\n' | '\n';
    })
  | (LayoutBase & {
      readonly format: 'xlsx';
      readonly sheet: string;
      /** A title row, then a blank row, above the header. */
      readonly title?: string;
      /** Municipality numbers as Excel numbers (0301 shows as 301). */
      readonly municipalityAsNumber?: boolean;
    });

const NO_CSV = { format: 'csv', encoding: 'windows-1252', delimiter: ';', eol: '\r\n' } as const;
const EN_CSV = { format: 'csv', encoding: 'utf-8', delimiter: ',' } as const;

export const LAYOUTS: readonly FileLayout[] = [
  {
    cluster: 'NHT',
    format: 'xlsx',
    sheet: 'Members',
    language: 'en',
    columns: [
      ['name', 'Company name'],
      ['orgNumber', 'Organisation number'],
      ['municipalityNumber', 'Municipality number'],
      ['municipalityName', 'Municipality'],
      ['type', 'Member type'],
      ['contact', 'Contact'],
      ['email', 'Email'],
    ],
    numberStyle: 'excel-number',
    municipalityAsNumber: true,
    scheme: '2024',
    missingNumbers: 0.1,
    order: 'name',
    exported: '2024-02-15',
  },
  {
    cluster: 'OCC',
    ...NO_CSV,
    language: 'no',
    columns: [
      ['name', 'Navn'],
      ['orgNumber', 'Org.nr.'],
      ['municipalityNumber', 'Kommunenr'],
      ['municipalityName', 'Kommune'],
      ['type', 'Medlemstype'],
      ['contact', 'Kontaktperson'],
      ['email', 'E-post'],
    ],
    numberStyle: 'spaced',
    scheme: '2024',
    missingNumbers: 0.12,
    order: 'name',
    exported: '2024-01-10',
  },
  {
    cluster: 'TLSC',
    ...EN_CSV,
    eol: '\n',
    language: 'en',
    columns: [
      ['name', 'Name'],
      ['orgNumber', 'Organisation number'],
      ['municipalityNumber', 'Municipality number'],
      ['type', 'Member type'],
    ],
    numberStyle: 'plain',
    scheme: '2024',
    missingNumbers: 0.15,
    order: 'joined',
    exported: '2024-03-01',
  },
  {
    cluster: 'SEM',
    format: 'xlsx',
    sheet: 'Medlemmer',
    title: 'Medlemsliste pr. 01.03.2022',
    language: 'no',
    columns: [
      ['name', 'Virksomhet'],
      ['orgNumber', 'Organisasjonsnummer'],
      ['municipalityNumber', 'Kommunenummer'],
      ['municipalityName', 'Kommune'],
      ['county', 'Fylke'],
      ['type', 'Kategori'],
      ['joined', 'Innmeldt'],
    ],
    numberStyle: 'spaced',
    scheme: '2020',
    missingNumbers: 0.08,
    order: 'name',
    exported: '2022-03-01',
  },
  {
    cluster: 'AAI',
    ...EN_CSV,
    eol: '\r\n',
    language: 'en',
    columns: [
      ['name', 'Organization'],
      ['orgNumber', 'Org no'],
      ['municipalityNumber', 'Municipality code'],
      ['municipalityName', 'Municipality name'],
      ['type', 'Category'],
      ['website', 'Website'],
    ],
    numberStyle: 'plain',
    scheme: '2024',
    missingNumbers: 0.14,
    order: 'name',
    exported: '2024-02-01',
  },
  {
    cluster: 'DECOM',
    ...NO_CSV,
    language: 'no',
    columns: [
      ['name', 'Bedrift'],
      ['orgNumber', 'Orgnr'],
      ['municipalityNumber', 'Knr'],
      ['municipalityName', 'Kommune'],
      ['type', 'Aktørtype'],
      ['contact', 'Kontakt'],
    ],
    numberStyle: 'plain',
    scheme: '2024',
    missingNumbers: 0.2,
    order: 'joined',
    exported: '2024-01-20',
  },
  {
    cluster: 'KB',
    ...NO_CSV,
    language: 'no',
    columns: [
      ['name', 'Navn'],
      ['orgNumber', 'Org.nr.'],
      ['municipalityNumber', 'Kommunenr'],
      ['municipalityName', 'Kommune'],
      ['county', 'Fylke'],
      ['type', 'Medlemstype'],
    ],
    numberStyle: 'spaced',
    scheme: '2020',
    missingNumbers: 0.1,
    order: 'name',
    exported: '2022-02-14',
    nameStyle: 'no-form',
  },
  {
    cluster: 'VTK',
    format: 'csv',
    encoding: 'utf-8-bom',
    delimiter: ';',
    eol: '\r\n',
    language: 'no',
    columns: [
      ['name', 'Medlem'],
      ['orgNumber', 'Foretaksnummer'],
      ['municipalityNumber', 'Kommunenummer'],
      ['municipalityName', 'Kommune'],
      ['county', 'Fylke'],
      ['type', 'Medlemstype'],
      ['contact', 'Kontaktperson'],
    ],
    numberStyle: 'mva',
    scheme: '2024',
    missingNumbers: 0.1,
    order: 'name',
    exported: '2024-02-20',
  },
  {
    cluster: 'SOL',
    ...NO_CSV,
    language: 'no',
    columns: [
      ['name', 'Navn'],
      ['orgNumber', 'Organisasjonsnummer'],
      ['municipalityNumber', 'Kommunenr'],
      ['municipalityName', 'Kommune'],
      ['type', 'Medlemstype'],
      ['email', 'E-post'],
    ],
    numberStyle: 'dotted',
    scheme: '2024',
    missingNumbers: 0.12,
    order: 'name',
    exported: '2024-01-31',
  },
  {
    cluster: 'CC',
    format: 'xlsx',
    sheet: 'Ark1',
    language: 'no',
    columns: [
      ['name', 'Bedriftsnavn'],
      ['orgNumber', 'Org.nr.'],
      ['municipalityNumber', 'Kommunenr'],
      ['municipalityName', 'Kommune'],
      ['type', 'Medlemstype'],
      ['contact', 'Kontaktperson'],
      ['joined', 'Innmeldt'],
    ],
    numberStyle: 'plain',
    scheme: '2024',
    missingNumbers: 0.1,
    order: 'joined',
    exported: '2024-03-05',
  },
  {
    cluster: 'NFTA',
    ...EN_CSV,
    eol: '\n',
    language: 'en',
    columns: [
      ['name', 'Member'],
      ['orgNumber', 'Org number'],
      ['municipalityNumber', 'Municipality number'],
      ['municipalityName', 'Municipality'],
      ['type', 'Member type'],
      ['email', 'Email'],
    ],
    numberStyle: 'plain',
    scheme: '2024',
    missingNumbers: 0.15,
    order: 'name',
    exported: '2024-02-08',
  },
  {
    cluster: 'H2',
    ...NO_CSV,
    language: 'no',
    columns: [
      ['name', 'Navn'],
      ['orgNumber', 'Org.nr'],
      ['municipalityNumber', 'Kommunenr'],
      ['municipalityName', 'Kommune'],
      ['type', 'Type'],
    ],
    numberStyle: 'spaced',
    scheme: '2024',
    missingNumbers: 0.12,
    order: 'name',
    exported: '2024-02-12',
  },
  {
    cluster: 'EV',
    format: 'xlsx',
    sheet: 'Members 2024',
    language: 'en',
    columns: [
      ['name', 'Name'],
      ['orgNumber', 'Organisation number'],
      ['municipalityNumber', 'Municipality number'],
      ['municipalityName', 'Municipality'],
      ['type', 'Member type'],
      ['contact', 'Contact'],
      ['email', 'Email'],
    ],
    numberStyle: 'spaced',
    scheme: '2024',
    missingNumbers: 0.12,
    order: 'name',
    exported: '2024-03-01',
  },
  {
    cluster: 'NCCE',
    ...NO_CSV,
    language: 'no',
    columns: [
      ['name', 'Virksomhetsnavn'],
      ['orgNumber', 'Org.nummer'],
      ['municipalityNumber', 'Kommunenr'],
      ['municipalityName', 'Kommunenavn'],
      ['type', 'Medlemstype'],
      ['joined', 'Innmeldt'],
    ],
    numberStyle: 'plain',
    scheme: '2024',
    missingNumbers: 0.14,
    order: 'joined',
    exported: '2024-01-15',
  },
  {
    cluster: 'EDTECH',
    ...EN_CSV,
    eol: '\n',
    language: 'en',
    columns: [
      ['name', 'Company'],
      ['orgNumber', 'Organisation number'],
      ['municipalityNumber', 'Municipality number'],
      ['type', 'Member type'],
      ['website', 'Website'],
    ],
    numberStyle: 'plain',
    scheme: '2024',
    missingNumbers: 0.18,
    order: 'name',
    exported: '2024-02-26',
  },
  {
    cluster: 'SAMS',
    format: 'csv',
    encoding: 'utf-8',
    delimiter: ';',
    eol: '\r\n',
    language: 'no',
    columns: [
      ['name', 'Navn'],
      ['orgNumber', 'Org.nr.'],
      ['municipalityNumber', 'Kommunenr'],
      ['municipalityName', 'Kommune'],
      ['type', 'Medlemstype'],
    ],
    numberStyle: 'spaced',
    scheme: '2024',
    missingNumbers: 0.1,
    order: 'name',
    exported: '2024-01-05',
  },
];
