/**
 * What a column header means, from the words Norwegian and English lists use. Shared by header
 * detection (io: which row is the header?) and column mapping (domain: which column is what?).
 */

export type ColumnRole =
  | 'name'
  | 'orgNumber'
  | 'cluster'
  | 'municipalityNumber'
  | 'municipalityName'
  | 'postalCode'
  | 'postalPlace'
  | 'county'
  | 'country'
  | 'type'
  | 'other';

/** Normalised header -> role. Order matters: the first entry whose pattern matches wins. */
const VOCABULARY: readonly (readonly [ColumnRole, RegExp])[] = [
  [
    'orgNumber',
    /^(org(anisasjons)?\.? ?(nr|nummer|no|number)|orgnr|organi[sz]ation ?(no|number|id)|foretaksnummer|org ?id|vat ?(no|number)?|mva ?nr)$/,
  ],
  [
    'municipalityNumber',
    /^(kommune ?(nr|nummer|kode)|kommunenr|knr|municipality ?(no|number|code))$/,
  ],
  ['municipalityName', /^(kommune|kommunenavn|municipality|municipality ?name)$/],
  ['postalCode', /^(post ?(nr|nummer|kode)|postnr|zip|zip ?code|postal ?code|postcode)$/],
  ['postalPlace', /^(poststed|sted|city|town|post ?sted|by)$/],
  ['county', /^(fylke|fylkesnavn|fylke ?(nr|nummer)|county|region)$/],
  ['country', /^(land|country|nasjon)$/],
  ['cluster', /^(klynge|klyngenavn|klynge ?navn|cluster|cluster ?name|nettverk|network)$/],
  ['type', /^(type|kategori|category|medlemstype|member ?type|aktortype|aktørtype|segment)$/],
  [
    'name',
    /^(navn|name|bedrift|bedriftsnavn|virksomhet|virksomhetsnavn|medlem|medlemmer|member|members|medlemsnavn|member ?name|organisasjon|organisasjonsnavn|organi[sz]ation|organi[sz]ation ?name|firma|firmanavn|company|company ?name|selskap|foretak|foretaksnavn|enhet|navn på virksomhet)$/,
  ],
  [
    'other',
    /^(e ?post|epost|email|e ?mail|telefon|tlf|phone|kontaktperson|kontakt|contact|nettside|web|website|hjemmeside|adresse|address|gateadresse|innmeldt|dato|date|kommentar|comment|merknad|notat|note|ansatte|employees|nace|bransje|sektor|sector)$/,
  ],
];

export function normaliseHeader(header: string): string {
  return header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[._:/\\()#*-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The role a header names, or null when the words are not known. */
export function roleOfHeader(header: string): ColumnRole | null {
  const key = normaliseHeader(header);
  if (key === '') return null;
  for (const [role, pattern] of VOCABULARY) if (pattern.test(key)) return role;
  return null;
}
