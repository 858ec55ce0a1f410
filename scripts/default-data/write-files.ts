/**
 * One cluster's list as file bytes, following its layout, and the ground-truth row for every data
 * row written: which organisation stands on which physical row (1-based, as a spreadsheet numbers
 * it). Names may be written in another spelling of the same organisation, numbers left out or
 * written another way, municipalities given in the 2020-23 scheme: never so that recognition by
 * number-or-name could miss or confuse an organisation.
 */
import { utils, write } from '@e965/xlsx';
import crosswalkJson from '../../data/geo/municipality-crosswalk-2020-2024.json';
import { countyName } from '../../src/domain/geo/counties';
import type { CountyNumber } from '../../src/domain/geo/types';
import { formatOrgNumber } from '../../src/domain/membership/org-number';
import type { MemberType } from '../../src/domain/membership/types';
import { clusterSpec } from './clusters';
import { csvText, encodeText } from './encode';
import type { ColumnKind, FileLayout } from './file-layouts';
import { VARIANTS, writtenName, type Variant } from './names';
import type { SyntheticOrg } from './organisations';
import { intBelow, pick, substream, type Rng } from './prng';
import { FIRST_NAMES, SURNAMES } from './words';

export interface TruthRow {
  readonly file: string;
  readonly sheet?: string;
  readonly row: number;
  readonly orgKey: string;
}

export interface GeneratedFile {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly rows: readonly TruthRow[];
}

export const TYPE_LABELS: Readonly<Record<'no' | 'en', Readonly<Record<MemberType, string>>>> = {
  no: {
    established: 'Etablert bedrift',
    startup: 'Oppstartsbedrift',
    public: 'Offentlig',
    research: 'FoU/akademia',
    investor: 'Investor',
  },
  en: {
    established: 'Established company',
    startup: 'Startup',
    public: 'Public sector',
    research: 'R&D/academia',
    investor: 'Investor',
  },
};

/** 2024 number -> its 2020-23 number and name (Ålesund/Haram, split in 2024, are never used). */
const TO_2020 = new Map<string, { number: string; name: string }>();
for (const row of crosswalkJson as readonly {
  number2020: string;
  name: string;
  number2024: string;
}[])
  TO_2020.set(row.number2024, { number: row.number2020, name: row.name });

const COUNTY_2020: Readonly<Partial<Record<CountyNumber, string>>> = {
  '31': 'Viken',
  '32': 'Viken',
  '33': 'Viken',
  '39': 'Vestfold og Telemark',
  '40': 'Vestfold og Telemark',
  '55': 'Troms og Finnmark',
  '56': 'Troms og Finnmark',
};

function municipalityIn(org: SyntheticOrg, scheme: '2024' | '2020') {
  const m = org.municipality;
  if (scheme === '2024') return { number: m.number, name: m.name, county: countyName(m.county) };
  if (m.number === '1508' || m.number === '1580')
    throw new Error(`${m.name} has no single 2020-23 number`);
  const old = TO_2020.get(m.number) ?? { number: m.number, name: m.name };
  return { ...old, county: COUNTY_2020[m.county] ?? countyName(m.county) };
}

function asciiSlug(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFD')
    .replace(/[^a-z0-9]/g, '');
}

function numberText(digits: string, layout: FileLayout): string {
  switch (layout.numberStyle) {
    case 'spaced':
      return formatOrgNumber(digits);
    case 'dotted':
      return `${digits.slice(0, 3)}.${digits.slice(3, 6)}.${digits.slice(6)}`;
    case 'mva':
      return `NO ${digits} MVA`;
    case 'plain':
    case 'excel-number':
      return digits;
  }
}

function joinDate(rng: Rng, exported: string): string {
  const end = Date.parse(`${exported}T00:00:00Z`);
  const start = Date.parse('2012-01-01T00:00:00Z');
  const day = 86_400_000;
  return new Date(start + intBelow(rng, Math.floor((end - start) / day)) * day)
    .toISOString()
    .slice(0, 10);
}

/** Alphabetical as a Norwegian reader expects (æ, ø, å after z), without locale tables. */
export function norwegianOrder(a: string, b: string): number {
  const key = (s: string) =>
    s.toLowerCase().replace(/æ/g, '{').replace(/ø/g, '|').replace(/å/g, '}');
  const ka = key(a);
  const kb = key(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

interface PlannedRow {
  readonly org: SyntheticOrg;
  readonly joined: string;
  readonly cells: readonly (string | number | undefined)[];
}

function planRows(layout: FileLayout, orgs: readonly SyntheticOrg[], rng: Rng): PlannedRow[] {
  const members = orgs.filter((o) => o.clusters.includes(layout.cluster));
  const dated = members.map((org) => ({ org, joined: joinDate(rng, layout.exported) }));
  dated.sort((a, b) =>
    layout.order === 'joined'
      ? a.joined.localeCompare(b.joined) || norwegianOrder(a.org.name.full, b.org.name.full)
      : norwegianOrder(a.org.name.full, b.org.name.full),
  );
  return dated.map(({ org, joined }) => {
    const inMany = org.clusters.length > 1;
    const variant: Variant =
      layout.nameStyle ?? (inMany && rng() < 0.4 ? pick(rng, VARIANTS) : 'canonical');
    const city = org.municipality.name.replace(/\s*\(.*\)$/, '');
    const withNumber = rng() >= layout.missingNumbers;
    const place = municipalityIn(org, layout.scheme);
    const first = pick(rng, FIRST_NAMES);
    const last = pick(rng, SURNAMES);
    const slug = asciiSlug(org.name.base);
    const cell = (kind: ColumnKind): string | number | undefined => {
      switch (kind) {
        case 'name':
          return writtenName(org.name, variant, city);
        case 'orgNumber':
          if (!withNumber) return undefined;
          return layout.numberStyle === 'excel-number'
            ? Number(org.orgNumber)
            : numberText(org.orgNumber, layout);
        case 'municipalityNumber':
          return layout.format === 'xlsx' && layout.municipalityAsNumber
            ? Number(place.number)
            : place.number;
        case 'municipalityName':
          return place.name;
        case 'county':
          return place.county;
        case 'type':
          return TYPE_LABELS[layout.language][org.type];
        case 'contact':
          return `${first} ${last}`;
        case 'email':
          return `${asciiSlug(first)}.${asciiSlug(last)}@${slug}.example`;
        case 'website':
          return `https://www.${slug}.example`;
        case 'joined':
          return layout.language === 'no' ? joined.split('-').reverse().join('.') : joined;
      }
    };
    return { org, joined, cells: layout.columns.map(([kind]) => cell(kind)) };
  });
}

export function fileNameOf(layout: FileLayout): string {
  return `${clusterSpec(layout.cluster).name}.${layout.format}`;
}

/** Fixed workbook properties, so the zip holds no time of writing. */
const WORKBOOK_PROPS = {
  Title: 'Medlemsliste',
  Author: 'klyngekart (syntetiske data)',
  CreatedDate: new Date('2022-03-01T08:00:00Z'),
  ModifiedDate: new Date('2024-03-01T08:00:00Z'),
};

export function writeFile(
  layout: FileLayout,
  orgs: readonly SyntheticOrg[],
  seed: number,
): GeneratedFile {
  const name = fileNameOf(layout);
  const planned = planRows(layout, orgs, substream(seed, `file:${name}`));
  const header = layout.columns.map(([, text]) => text);

  if (layout.format === 'csv') {
    const lines = [
      header,
      ...planned.map((p) => p.cells.map((c) => (c === undefined ? '' : String(c)))),
    ];
    const bytes = encodeText(csvText(lines, layout.delimiter, layout.eol), layout.encoding);
    // Header on line 1, data from line 2: no field spans lines.
    const rows = planned.map((p, i) => ({ file: name, row: i + 2, orgKey: p.org.key }));
    return { name, bytes, rows };
  }

  const above: (string | undefined)[][] = layout.title ? [[layout.title], []] : [];
  const aoa = [...above, header, ...planned.map((p) => [...p.cells])];
  const sheet = utils.aoa_to_sheet(aoa);
  sheet['!cols'] = layout.columns.map(([kind]) => ({ wch: kind === 'name' ? 38 : 20 }));
  const book = utils.book_new();
  utils.book_append_sheet(book, sheet, layout.sheet);
  book.Props = WORKBOOK_PROPS;
  const bytes = new Uint8Array(
    write(book, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer,
  );
  const firstDataRow = above.length + 2;
  const rows = planned.map((p, i) => ({
    file: name,
    sheet: layout.sheet,
    row: firstDataRow + i,
    orgKey: p.org.key,
  }));
  return { name, bytes, rows };
}
