/**
 * English texts of the message catalogue. The file a message concerns is never in the text: the
 * renderers show it beside the message, once.
 */
import type { Dictionary } from './catalogue';

const AGAIN = 'download it again, or open it in Excel or LibreOffice and save it again';

export const en: Dictionary = {
  'file.empty-bytes': 'the file is empty (0 bytes)',
  'file.blank': 'the file is empty (it holds only blank lines or spaces)',
  'file.no-cells': 'the file has no filled cells',
  'file.html': 'the file is a web page without a table, not a spreadsheet',
  'file.xml': 'the file is an XML document, not a table',
  'file.json': 'the file is JSON data, not a table; export the list as CSV or XLSX instead',
  'file.not-a-list':
    'the file is prose (running text), not a membership list: no table with columns such as Navn or Org.nr. was found',
  'file.too-large':
    'the file is {size}, more than the {max} this app reads; remove unused sheets or split the list',
  'file.too-many-rows':
    'the file has more than {max} rows, the most this app reads from one file; split it into smaller files',
  'file.too-many-columns':
    'a table in the file has more than {max} columns, the most this app reads; remove unused columns',
  'file.too-many-cells':
    'the file has more than {max} filled or repeated cells, the most this app reads from one file; split it into smaller files',
  'file.cell-too-long':
    'row {row} has a cell longer than {max} characters, more than any member list needs; the file may be damaged or the wrong file',
  'file.binary':
    'the file is {what@thing}, not a spreadsheet or CSV file; export the member list as XLSX or CSV and try again',
  'file.other-kind': 'the file is {what@thing}, not a spreadsheet',
  'file.zip-archive':
    'the file is a zip archive holding {names:and}; unpack it and import the files inside',
  'file.zip-directory': `the file starts like a spreadsheet (XLSX or ODS are zip files), but {problem@zip}; download it or save it again`,
  'file.zip-too-big':
    'the file unpacks to {unpacked} from {packed}, more than the {max} allowed; refused as a possible zip bomb',
  'file.zip-ratio':
    'the file unpacks to {unpacked} from {packed} (more than {ratio} times its size); refused as a possible zip bomb',
  'file.zip-password': 'the zip file is password-protected; save it again without a password',
  'file.zip-part-bomb':
    'its part "{part}" unpacks to more than the size it declares; refused as a possible zip bomb',
  'file.zip-part-damaged': `its part "{part}" is damaged ({detail}); ${AGAIN}`,
  'file.zip-part-cut': `its part "{part}" is cut off; ${AGAIN}`,
  'file.zip-part-checksum': `its part "{part}" is damaged (checksum mismatch); ${AGAIN}`,
  'file.zip-part-method':
    'its part "{part}" uses a compression method ({method}) this app cannot read; save the file again from Excel or LibreOffice',
  'file.password':
    'the file is password-protected; open it in Excel, remove the password (File > Info > Protect Workbook) and save it again',
  'file.unreadable':
    'the file could not be read ({detail}); it may be damaged: open it in Excel or LibreOffice and save it again',
  'file.text-not-spreadsheet':
    'the file is plain text, not a spreadsheet, although its name ends in .{ext}, and has no header row (such as Navn or Org.nr.); it may be damaged or the wrong file',
  'file.unclosed-quote':
    'row {row}: a quoted field starts here but its closing quote (") is missing, so the rest of the file would run into one cell; add the missing quote and try again',
  'file.no-data-sheet': 'the workbook has no sheet with data',
  'file.no-sheets': 'the workbook has no sheets',
  'file.missing': 'no such file or folder',
  'file.renamed':
    'another file in the same drop was also named "{original}"; this one is kept as "{name}"',
  'file.read-timeout':
    'reading the file took more than {seconds} s and was stopped; it may be damaged: open it in Excel or LibreOffice and save it again',
  'note.no-header':
    'no header row was recognised, so every row is read as data and the columns are named Column 1, Column 2, ...',
  'note.no-header-sheet':
    'sheet "{sheet}": no header row was recognised, so every row is read as data and the columns are named Column 1, Column 2, ...',
  'note.no-data': 'has a header (row {headerRow}) but no data rows',
  'note.no-data-sheet': 'sheet "{sheet}" has a header (row {headerRow}) but no data rows',
  'note.really-workbook':
    'the file is really {format@format} although its name ends in .{ext}; it was read as a workbook',
  'note.html-table':
    'the file is a web page (HTML table), not a real Excel file; its table was read',
  'note.plain-text':
    'the file is plain text ({shape@shape}), not a spreadsheet, although its name ends in .{ext}; it was read as text',
  'note.sheet-empty': 'sheet "{sheet}" is empty and was skipped',
  'note.sheet-hidden-empty': 'sheet "{sheet}" is hidden and empty; skipped',
  'note.sheet-hidden-read':
    'sheet "{sheet}" is hidden; it holds a table and was read like the others',
  'note.sheet-hidden-skipped':
    'sheet "{sheet}" is hidden and has no header row (a lookup list?); it was not read, unhide it in Excel if it holds members',
  'note.mixed-encoding':
    'the file is UTF-8 but {count} byte(s) are not; they were read as Windows-1252 (the rows are marked)',
  'note.cluster-from-file':
    'the file name leaves no cluster name, so the cluster is named "{cluster}" after the file as written',
  'note.no-cluster-name': 'the file name leaves no cluster name',
  'row.no-name-or-number': 'no organisation name or organisation number',
  'row.no-name-number-not-9':
    'no organisation name, and organisation number "{text}" is not 9 digits',
  'row.no-name-number-digits':
    'no organisation name, and organisation number "{text}" has {digits} digits, not 9',
  'row.no-name-number-check-digit':
    'no organisation name, and organisation number {number} fails its check digit',
  'row.not-a-name': '"{name}" is not an organisation name (no letters or digits)',
  'row.no-cluster-marked': 'not marked as a member of any cluster column',
  'row.no-cluster-named': 'no cluster named in the cluster column',
  'row.formula-without-value':
    'formula without a saved value (the file was written by a program that does not compute formulas); open it in Excel or LibreOffice and save it again',
  'row.org-number-not-9': 'organisation number "{text}" is not 9 digits; matched by name instead',
  'row.org-number-digits':
    'organisation number "{text}" has {digits} digits, not 9; matched by name instead',
  'row.org-number-check-digit':
    'organisation number {number} fails its check digit; matched by name instead',
  'row.unknown-type': 'member type "{type}" is not one of the five types',
  'row.ambiguous-name':
    '"{name}" has no organisation number and its name matches {count} organisations with different numbers; kept apart',
  'row.unusual-quote':
    'a quote (") in this row is used unusually; the row was read line by line, check its cells',
  'row.encoding-guess':
    'this row has bytes that are not UTF-8; they were read as Windows-1252 (æ, ø, å …), check the spelling',
  'skip.title': 'title above the header',
  'skip.blank': 'blank row',
  'skip.repeated-header': 'repeated header',
  'skip.note': 'note below the table',
  'place.municipality-in-counties': 'The municipality "{name}" exists in {counties:and}',
  'place.split-county': '"{text}" is now {counties:or}; choose a county',
  'place.nothing': 'Neither municipality nor county given',
  'place.not-known': 'No known municipality or county in "{text}"',
  'thing.pdf': 'a PDF document',
  'thing.png': 'a PNG image',
  'thing.jpeg': 'a JPEG image',
  'thing.gif': 'a GIF image',
  'thing.tiff': 'a TIFF image',
  'thing.rar': 'a RAR archive',
  'thing.7z': 'a 7-Zip archive',
  'thing.gzip': 'a gzip-compressed file',
  'thing.rtf': 'an RTF document',
  'thing.binary': 'binary data',
  'thing.docx': 'a Word document (.docx)',
  'thing.pptx': 'a PowerPoint presentation (.pptx)',
  'thing.odt': 'an OpenDocument text document (.odt)',
  'thing.odp': 'an OpenDocument presentation (.odp)',
  'thing.odg': 'an OpenDocument drawing (.odg)',
  'thing.doc': 'a Word document (.doc)',
  'thing.ppt': 'a PowerPoint presentation (.ppt)',
  'thing.zip': 'a zip archive',
  'format.xlsx': 'an Excel workbook (XLSX)',
  'format.xlsb': 'an Excel binary workbook (XLSB)',
  'format.ods': 'an OpenDocument spreadsheet (ODS)',
  'format.xls': 'an Excel 97-2003 workbook (XLS)',
  'shape.tab': 'tab-separated',
  'shape.semicolon': 'semicolon-separated',
  'shape.comma': 'comma-separated',
  'shape.pipe': 'pipe-separated',
  'shape.none': 'one column',
  'zip.missing':
    'its zip directory is missing, so the file is incomplete or damaged (an interrupted download?)',
  'zip.damaged': 'its zip directory is damaged',
  'workspace-file.not-a-workspace':
    'the file is not a klyngekart workspace file (one is JSON, saved by “Save the workspace as a file”)',
  'workspace-file.too-large': 'the file is {size}, more than the {max} a workspace file may be',
  'workspace-file.wrong-format':
    'the file is JSON, but not a klyngekart workspace (its format name is missing or another)',
  'workspace-file.newer':
    'the file was saved by a newer version of klyngekart (format version {found}; this one reads up to {known}); update the app',
  'workspace-file.bad-version': 'the file’s format version is missing or not a whole number',
  'workspace-file.bad-field': 'the file is damaged: the field “{field}” is missing or wrong',
  'workspace-file.missing-bytes': 'the file is incomplete: the contents of “{file}” are missing',
  'workspace-file.wrong-size':
    'the file is damaged: the contents of “{file}” are not the size the file says',
  'zip.entry-damaged': 'an entry of its zip directory points at missing or damaged data',
};
