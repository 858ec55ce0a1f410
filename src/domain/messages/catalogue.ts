/**
 * Every message code the domain and io layers can say, with the names of its parameters. The
 * dictionaries (en.ts, nb.ts) are typed by this list, so a code without a text in a language is
 * a type error, and messages.test.ts checks that each template uses exactly these parameters.
 *
 * Template syntax (render.ts): `{n}` a parameter (numbers grouped per language); `{list:and}` /
 * `{list:or}` a parameter holding several names separated by "\n", joined in the language;
 * `{kind@thing}` the text of the code `thing.<value of kind>` (a fixed word such as "a PDF
 * document", itself in the catalogue).
 */
export const MESSAGE_PARAMS = {
  // Whole files refused.
  'file.empty-bytes': [],
  'file.blank': [],
  'file.no-cells': [],
  'file.html': [],
  'file.xml': [],
  'file.json': [],
  'file.not-a-list': [],
  'file.too-large': ['size', 'max'],
  'file.too-many-rows': ['max'],
  'file.too-many-columns': ['max'],
  'file.too-many-cells': ['max'],
  'file.cell-too-long': ['max', 'row'],
  'file.binary': ['what'],
  'file.other-kind': ['what'],
  'file.zip-archive': ['names'],
  'file.zip-directory': ['problem'],
  'file.zip-too-big': ['unpacked', 'packed', 'max'],
  'file.zip-ratio': ['unpacked', 'packed', 'ratio'],
  'file.zip-password': [],
  'file.zip-part-bomb': ['part'],
  'file.zip-part-damaged': ['part', 'detail'],
  'file.zip-part-cut': ['part'],
  'file.zip-part-checksum': ['part'],
  'file.zip-part-method': ['part', 'method'],
  'file.password': [],
  'file.unreadable': ['detail'],
  'file.text-not-spreadsheet': ['ext'],
  'file.unclosed-quote': ['row'],
  'file.no-data-sheet': [],
  'file.no-sheets': [],
  'file.missing': [],
  'file.read-timeout': ['seconds'],
  'file.renamed': ['original', 'name'],
  // Notes on files that were read.
  'note.no-header': [],
  'note.no-header-sheet': ['sheet'],
  'note.no-data': ['headerRow'],
  'note.no-data-sheet': ['sheet', 'headerRow'],
  'note.really-workbook': ['format', 'ext'],
  'note.html-table': [],
  'note.plain-text': ['shape', 'ext'],
  'note.sheet-empty': ['sheet'],
  'note.sheet-hidden-empty': ['sheet'],
  'note.sheet-hidden-read': ['sheet'],
  'note.sheet-hidden-skipped': ['sheet'],
  'note.mixed-encoding': ['count'],
  'note.cluster-from-file': ['cluster'],
  'note.no-cluster-name': [],
  // Rows rejected.
  'row.no-name-or-number': [],
  'row.no-name-number-not-9': ['text'],
  'row.no-name-number-digits': ['text', 'digits'],
  'row.no-name-number-check-digit': ['number'],
  'row.not-a-name': ['name'],
  'row.no-cluster-marked': [],
  'row.no-cluster-named': [],
  'row.formula-without-value': [],
  // Remarks on rows that were imported.
  'row.org-number-not-9': ['text'],
  'row.org-number-digits': ['text', 'digits'],
  'row.org-number-check-digit': ['number'],
  'row.unknown-type': ['type'],
  'row.ambiguous-name': ['name', 'count'],
  'row.unusual-quote': [],
  'row.encoding-guess': [],
  // Rows skipped.
  'skip.title': [],
  'skip.blank': [],
  'skip.repeated-header': [],
  'skip.note': [],
  // Why an organisation has no county.
  'place.municipality-in-counties': ['name', 'counties'],
  'place.split-county': ['text', 'counties'],
  'place.nothing': [],
  'place.not-known': ['text'],
  // Fixed words used inside other messages ({what@thing}, {format@format}, {shape@shape}).
  'thing.pdf': [],
  'thing.png': [],
  'thing.jpeg': [],
  'thing.gif': [],
  'thing.tiff': [],
  'thing.rar': [],
  'thing.7z': [],
  'thing.gzip': [],
  'thing.rtf': [],
  'thing.binary': [],
  'thing.docx': [],
  'thing.pptx': [],
  'thing.odt': [],
  'thing.odp': [],
  'thing.odg': [],
  'thing.doc': [],
  'thing.ppt': [],
  'thing.zip': [],
  'format.xlsx': [],
  'format.xlsb': [],
  'format.ods': [],
  'format.xls': [],
  'shape.tab': [],
  'shape.semicolon': [],
  'shape.comma': [],
  'shape.pipe': [],
  'shape.none': [],
  'zip.missing': [],
  'zip.damaged': [],
  'zip.entry-damaged': [],
} as const satisfies Readonly<Record<string, readonly string[]>>;

export type MessageCode = keyof typeof MESSAGE_PARAMS;

/** A dictionary: one template per code. */
export type Dictionary = Readonly<Record<MessageCode, string>>;
