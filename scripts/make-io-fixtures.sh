#!/usr/bin/env bash
# Makes the io-layer fixtures in tests/fixtures/io: spreadsheets written by LibreOffice from flat
# ODF sources (kept beside them as *.fods), and text files written byte by byte the way Excel and
# other programs write them. The binaries are committed; run this only to remake them.
# Needs: soffice (Debian: libreoffice-calc-nogui) and node.
set -euo pipefail
cd "$(dirname "$0")/.."
out=tests/fixtures/io
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# (1) A member list as people keep them: a title, a blank row, then the header; æøå in names,
# org numbers and postal codes stored as numbers (postal code formatted 0000), a date, a formula
# whose cached value must be read, a blank row and two notes below the table.
cat > "$out/medlemsliste-tittel.fods" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
  xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
  xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
  xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
  xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"
  xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2"
  office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
 <office:automatic-styles>
  <number:number-style style:name="N4"><number:number number:decimal-places="0" number:min-decimal-places="0" number:min-integer-digits="4"/></number:number-style>
  <number:date-style style:name="D1"><number:day number:style="long"/><number:text>.</number:text><number:month number:style="long"/><number:text>.</number:text><number:year number:style="long"/></number:date-style>
  <style:style style:name="cePost" style:family="table-cell" style:data-style-name="N4"/>
  <style:style style:name="ceDate" style:family="table-cell" style:data-style-name="D1"/>
 </office:automatic-styles>
 <office:body>
  <office:spreadsheet>
   <table:table table:name="Medlemmer">
    <table:table-row><table:table-cell office:value-type="string"><text:p>Medlemsliste pr. 01.03.2022</text:p></table:table-cell></table:table-row>
    <table:table-row><table:table-cell/></table:table-row>
    <table:table-row>
     <table:table-cell office:value-type="string"><text:p>Navn</text:p></table:table-cell>
     <table:table-cell office:value-type="string"><text:p>Org.nr</text:p></table:table-cell>
     <table:table-cell office:value-type="string"><text:p>Postnr</text:p></table:table-cell>
     <table:table-cell office:value-type="string"><text:p>Poststed</text:p></table:table-cell>
     <table:table-cell office:value-type="string"><text:p>Innmeldt</text:p></table:table-cell>
     <table:table-cell office:value-type="string"><text:p>Kortnavn</text:p></table:table-cell>
    </table:table-row>
    <table:table-row>
     <table:table-cell office:value-type="string"><text:p>Bjørnstad Æsj AS</text:p></table:table-cell>
     <table:table-cell office:value-type="float" office:value="923609016"/>
     <table:table-cell table:style-name="cePost" office:value-type="float" office:value="150"/>
     <table:table-cell office:value-type="string"><text:p>Oslo</text:p></table:table-cell>
     <table:table-cell table:style-name="ceDate" office:value-type="date" office:date-value="2021-05-17"/>
     <table:table-cell table:formula="of:=UPPER([.A4])"/>
    </table:table-row>
    <table:table-row>
     <table:table-cell office:value-type="string"><text:p>Ålesund Øl og Mat AS</text:p></table:table-cell>
     <table:table-cell office:value-type="float" office:value="982463718"/>
     <table:table-cell table:style-name="cePost" office:value-type="float" office:value="6002"/>
     <table:table-cell office:value-type="string"><text:p>Ålesund</text:p></table:table-cell>
     <table:table-cell table:style-name="ceDate" office:value-type="date" office:date-value="2019-11-02"/>
     <table:table-cell table:formula="of:=UPPER([.A5])"/>
    </table:table-row>
    <table:table-row>
     <table:table-cell office:value-type="string"><text:p>Kjøkkenhagen Økologiske SA</text:p></table:table-cell>
     <table:table-cell office:value-type="float" office:value="943753709"/>
     <table:table-cell table:style-name="cePost" office:value-type="float" office:value="1606"/>
     <table:table-cell office:value-type="string"><text:p>Fredrikstad</text:p></table:table-cell>
     <table:table-cell table:style-name="ceDate" office:value-type="date" office:date-value="2022-02-28"/>
     <table:table-cell table:formula="of:=UPPER([.A6])"/>
    </table:table-row>
    <table:table-row><table:table-cell/></table:table-row>
    <table:table-row>
     <table:table-cell office:value-type="string"><text:p>Totalt</text:p></table:table-cell>
     <table:table-cell table:formula="of:=COUNTA([.A4:.A6])"/>
    </table:table-row>
    <table:table-row><table:table-cell office:value-type="string"><text:p>Kilde: medlemsregisteret, uttrekk mars 2022</text:p></table:table-cell></table:table-row>
   </table:table>
  </office:spreadsheet>
 </office:body>
</office:document>
XML

# (2) Two clusters in two sheets of one workbook, the cluster name merged down its column in the
# first, and an empty third sheet.
cat > "$out/to-klynger.fods" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
  xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
  xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
  office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
 <office:body>
  <office:spreadsheet>
   <table:table table:name="Helse">
    <table:table-row>
     <table:table-cell office:value-type="string"><text:p>Klynge</text:p></table:table-cell>
     <table:table-cell office:value-type="string"><text:p>Bedrift</text:p></table:table-cell>
     <table:table-cell office:value-type="string"><text:p>Orgnr</text:p></table:table-cell>
    </table:table-row>
    <table:table-row>
     <table:table-cell table:number-rows-spanned="3" office:value-type="string"><text:p>Norway Health Tech</text:p></table:table-cell>
     <table:table-cell office:value-type="string"><text:p>Bjørnstad Æsj AS</text:p></table:table-cell>
     <table:table-cell office:value-type="string"><text:p>923 609 016</text:p></table:table-cell>
    </table:table-row>
    <table:table-row>
     <table:covered-table-cell/>
     <table:table-cell office:value-type="string"><text:p>Ålesund Øl og Mat AS</text:p></table:table-cell>
     <table:table-cell office:value-type="float" office:value="982463718"/>
    </table:table-row>
    <table:table-row>
     <table:covered-table-cell/>
     <table:table-cell office:value-type="string"><text:p>Universitetet i Oslo</text:p></table:table-cell>
     <table:table-cell office:value-type="float" office:value="971035854"/>
    </table:table-row>
   </table:table>
   <table:table table:name="Energi">
    <table:table-row>
     <table:table-cell office:value-type="string"><text:p>Klynge</text:p></table:table-cell>
     <table:table-cell office:value-type="string"><text:p>Bedrift</text:p></table:table-cell>
     <table:table-cell office:value-type="string"><text:p>Orgnr</text:p></table:table-cell>
    </table:table-row>
    <table:table-row>
     <table:table-cell table:number-rows-spanned="2" office:value-type="string"><text:p>NCE Smart Energy Markets</text:p></table:table-cell>
     <table:table-cell office:value-type="string"><text:p>Universitetet i Oslo</text:p></table:table-cell>
     <table:table-cell office:value-type="float" office:value="971035854"/>
    </table:table-row>
    <table:table-row>
     <table:covered-table-cell/>
     <table:table-cell office:value-type="string"><text:p>Østfold Energi AS</text:p></table:table-cell>
     <table:table-cell office:value-type="float" office:value="943753709"/>
    </table:table-row>
   </table:table>
   <table:table table:name="Tom">
    <table:table-row><table:table-cell/></table:table-row>
   </table:table>
  </office:spreadsheet>
 </office:body>
</office:document>
XML

soffice --headless --convert-to xlsx --outdir "$work" "$out/medlemsliste-tittel.fods" "$out/to-klynger.fods" >/dev/null
soffice --headless --convert-to ods --outdir "$work" "$out/medlemsliste-tittel.fods" >/dev/null
soffice --headless --convert-to 'xls:MS Excel 97' --outdir "$work" "$out/medlemsliste-tittel.fods" >/dev/null
cp "$work/medlemsliste-tittel.xlsx" "$work/to-klynger.xlsx" "$work/medlemsliste-tittel.ods" "$work/medlemsliste-tittel.xls" "$out/"
# A download that broke off halfway.
head -c 2000 "$out/medlemsliste-tittel.xlsx" > "$out/avbrutt-nedlasting.xlsx"

# Text files, byte-exact.
node --input-type=module - "$out" <<'JS'
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
const out = process.argv[2];
const put = (name, bytes) => writeFileSync(join(out, name), bytes);

// Windows-1252 by hand (only the characters used here), so the bytes are what Excel writes.
const cp1252 = (s) =>
  Buffer.from([...s].map((c) => {
    const code = c.codePointAt(0);
    if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) return code;
    throw new Error(`not in this table: ${c}`);
  }));

// Excel, Norwegian locale, "CSV (semikolonseparert)": ; CRLF windows-1252, trailing ; for the
// empty last cell, quotes only where a field holds ; or a line break.
put('excel-semikolon-cp1252.csv', cp1252([
  'Navn;Organisasjonsnummer;Kommune;Kommentar',
  'Bjørnstad Æsj AS;923609016;Oslo;',
  '"Ås; Økologisk Gård SA";982463718;Ås;"Første linje\r\nandre linje"',
  'ÆRLIG ÅPEN ØRRET AS;943753709;Fredrikstad;',
  '',
].join('\r\n')));

// Excel "CSV UTF-8 (kommadelt)": BOM, comma, CRLF.
put('csv-utf8-bom-komma.csv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from([
  'Name,Org number,City',
  '"Haugen, Berg & Co AS",923609016,Tromsø',
  'Øvre Årdal Næring AS,982463718,Årdal',
  '',
].join('\r\n'), 'utf8')]));

// Excel "Unicode text": UTF-16LE with BOM, tab-separated, CRLF.
put('unicode-text-utf16le.txt', Buffer.from('\ufeff' + [
  'Klynge\tMedlem\tOrg.nr.',
  'Solenergiklyngen\tBjørnstad Æsj AS\t923609016',
  'Solenergiklyngen\tÅlesund Øl og Mat AS\t982463718',
  '',
].join('\r\n'), 'utf16le'));

// Pipe-separated export from some other system: UTF-8 without BOM, LF.
put('pipe-separert.txt', Buffer.from([
  'Virksomhet|Orgnr|Fylke',
  'Bjørnstad Æsj AS|923609016|Oslo',
  'Kjøkkenhagen Økologiske SA|943753709|Østfold',
  '',
].join('\n'), 'utf8'));

// Not a table at all: pseudo-random bytes (fixed seed) with a .csv name.
const bytes = new Uint8Array(1024);
let x = 20220301;
for (let i = 0; i < bytes.length; i++) { x = (x * 1103515245 + 12345) >>> 0; bytes[i] = x >>> 24; }
put('tilfeldige-bytes.csv', bytes);
JS
ls -l "$out"
