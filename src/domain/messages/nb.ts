/**
 * Bokmål texts of the message catalogue. The file a message concerns is never in the text: the
 * renderers show it beside the message, once.
 */
import type { Dictionary } from './catalogue';

const AGAIN = 'last den ned på nytt, eller åpne den i Excel eller LibreOffice og lagre den på nytt';

export const nb: Dictionary = {
  'file.empty-bytes': 'filen er tom (0 byte)',
  'file.blank': 'filen er tom (bare tomme linjer eller mellomrom)',
  'file.no-cells': 'filen har ingen utfylte celler',
  'file.html': 'filen er en nettside uten tabell, ikke et regneark',
  'file.xml': 'filen er et XML-dokument, ikke en tabell',
  'file.json': 'filen er JSON-data, ikke en tabell; eksporter listen som CSV eller XLSX i stedet',
  'file.not-a-list':
    'filen er løpende tekst, ikke en medlemsliste: ingen tabell med kolonner som Navn eller Org.nr. ble funnet',
  'file.too-large':
    'filen er {size}, mer enn de {max} appen leser; fjern ark som ikke brukes, eller del listen',
  'file.too-many-rows':
    'filen har mer enn {max} rader, det meste appen leser fra én fil; del den i mindre filer',
  'file.too-many-columns':
    'en tabell i filen har mer enn {max} kolonner, det meste appen leser; fjern kolonner som ikke brukes',
  'file.too-many-cells':
    'filen har mer enn {max} utfylte eller gjentatte celler, det meste appen leser fra én fil; del den i mindre filer',
  'file.cell-too-long':
    'rad {row} har en celle med mer enn {max} tegn, mer enn noen medlemsliste trenger; filen kan være skadet eller feil fil',
  'file.binary':
    'filen er {what@thing}, ikke et regneark eller en CSV-fil; eksporter medlemslisten som XLSX eller CSV og prøv igjen',
  'file.other-kind': 'filen er {what@thing}, ikke et regneark',
  'file.zip-archive': 'filen er et zip-arkiv med {names:and}; pakk det ut og importer filene i det',
  'file.zip-directory':
    'filen begynner som et regneark (XLSX og ODS er zip-filer), men {problem@zip}; last den ned eller lagre den på nytt',
  'file.zip-too-big':
    'filen pakkes ut til {unpacked} fra {packed}, mer enn de {max} som er tillatt; avvist som mulig zip-bombe',
  'file.zip-ratio':
    'filen pakkes ut til {unpacked} fra {packed} (mer enn {ratio} ganger størrelsen); avvist som mulig zip-bombe',
  'file.zip-password': 'zip-filen er passordbeskyttet; lagre den på nytt uten passord',
  'file.zip-part-bomb':
    'delen «{part}» pakkes ut til mer enn størrelsen den oppgir; avvist som mulig zip-bombe',
  'file.zip-part-damaged': `delen «{part}» er skadet ({detail}); ${AGAIN}`,
  'file.zip-part-cut': `delen «{part}» er avkuttet; ${AGAIN}`,
  'file.zip-part-checksum': `delen «{part}» er skadet (feil kontrollsum); ${AGAIN}`,
  'file.zip-part-method':
    'delen «{part}» bruker en komprimeringsmetode ({method}) appen ikke kan lese; lagre filen på nytt fra Excel eller LibreOffice',
  'file.password':
    'filen er passordbeskyttet; åpne den i Excel, fjern passordet (Fil > Info > Beskytt arbeidsbok) og lagre den på nytt',
  'file.unreadable':
    'filen kunne ikke leses ({detail}); den kan være skadet: åpne den i Excel eller LibreOffice og lagre den på nytt',
  'file.text-not-spreadsheet':
    'filen er ren tekst, ikke et regneark, selv om navnet slutter på .{ext}, og har ingen overskriftsrad (som Navn eller Org.nr.); den kan være skadet eller feil fil',
  'file.unclosed-quote':
    'rad {row}: et felt i anførselstegn starter her, men det avsluttende anførselstegnet (") mangler, så resten av filen ville havnet i én celle; legg til anførselstegnet og prøv igjen',
  'file.no-data-sheet': 'arbeidsboken har ingen ark med data',
  'file.no-sheets': 'arbeidsboken har ingen ark',
  'file.missing': 'filen eller mappen finnes ikke',
  'file.renamed': 'en annen fil i samme slipp het også «{original}»; denne beholdes som «{name}»',
  'file.read-timeout':
    'lesingen tok mer enn {seconds} s og ble stoppet; filen kan være skadet: åpne den i Excel eller LibreOffice og lagre den på nytt',
  'note.no-header':
    'ingen overskriftsrad ble funnet, så alle rader leses som data og kolonnene heter Kolonne 1, Kolonne 2, ...',
  'note.no-header-sheet':
    'ark «{sheet}»: ingen overskriftsrad ble funnet, så alle rader leses som data og kolonnene heter Kolonne 1, Kolonne 2, ...',
  'note.no-data': 'har en overskrift (rad {headerRow}), men ingen datarader',
  'note.no-data-sheet': 'ark «{sheet}» har en overskrift (rad {headerRow}), men ingen datarader',
  'note.really-workbook':
    'filen er egentlig {format@format} selv om navnet slutter på .{ext}; den ble lest som arbeidsbok',
  'note.html-table':
    'filen er en nettside (HTML-tabell), ikke en ekte Excel-fil; tabellen ble lest',
  'note.plain-text':
    'filen er ren tekst ({shape@shape}), ikke et regneark, selv om navnet slutter på .{ext}; den ble lest som tekst',
  'note.sheet-empty': 'ark «{sheet}» er tomt og ble hoppet over',
  'note.sheet-hidden-empty': 'ark «{sheet}» er skjult og tomt; hoppet over',
  'note.sheet-hidden-read': 'ark «{sheet}» er skjult; det har en tabell og ble lest som de andre',
  'note.sheet-hidden-skipped':
    'ark «{sheet}» er skjult og har ingen overskriftsrad (en oppslagsliste?); det ble ikke lest, vis det i Excel hvis det har medlemmer',
  'note.mixed-encoding':
    'filen er UTF-8, men {count} byte er det ikke; de ble lest som Windows-1252 (radene er merket)',
  'note.cluster-from-file':
    'filnavnet gir ikke noe klyngenavn, så klyngen heter «{cluster}» etter filnavnet slik det er skrevet',
  'note.no-cluster-name': 'filnavnet gir ikke noe klyngenavn',
  'row.no-name-or-number': 'mangler navn og organisasjonsnummer',
  'row.no-name-number-not-9': 'mangler navn, og organisasjonsnummer «{text}» er ikke 9 sifre',
  'row.no-name-number-digits':
    'mangler navn, og organisasjonsnummer «{text}» har {digits} sifre, ikke 9',
  'row.no-name-number-check-digit':
    'mangler navn, og organisasjonsnummer {number} har feil kontrollsiffer',
  'row.not-a-name': '«{name}» er ikke et organisasjonsnavn (ingen bokstaver eller sifre)',
  'row.no-cluster-marked': 'ikke merket som medlem i noen klyngekolonne',
  'row.no-cluster-named': 'ingen klynge oppgitt i klyngekolonnen',
  'row.formula-without-value':
    'formel uten lagret verdi (filen ble skrevet av et program som ikke regner ut formler); åpne den i Excel eller LibreOffice og lagre den på nytt',
  'row.org-number-not-9': 'organisasjonsnummer «{text}» er ikke 9 sifre; koblet på navn i stedet',
  'row.org-number-digits':
    'organisasjonsnummer «{text}» har {digits} sifre, ikke 9; koblet på navn i stedet',
  'row.org-number-check-digit':
    'organisasjonsnummer {number} har feil kontrollsiffer; koblet på navn i stedet',
  'row.unknown-type': 'medlemstypen «{type}» er ikke en av de fem typene',
  'row.ambiguous-name':
    '«{name}» har ikke organisasjonsnummer, og navnet passer på {count} organisasjoner med ulike numre; holdt adskilt',
  'row.unusual-quote':
    'et anførselstegn (") i raden er brukt uvanlig; raden ble lest linje for linje, sjekk cellene',
  'row.encoding-guess':
    'raden har byte som ikke er UTF-8; de ble lest som Windows-1252 (æ, ø, å …), sjekk stavemåten',
  'skip.title': 'tittel over overskriften',
  'skip.blank': 'tom rad',
  'skip.repeated-header': 'gjentatt overskriftsrad',
  'skip.note': 'merknad under tabellen',
  'place.municipality-in-counties': 'Kommunen «{name}» finnes i {counties:and}',
  'place.split-county': '«{text}» er nå {counties:or}; velg fylke',
  'place.nothing': 'Verken kommune eller fylke oppgitt',
  'place.not-known': 'Ingen kjent kommune eller fylke i «{text}»',
  'thing.pdf': 'et PDF-dokument',
  'thing.png': 'et PNG-bilde',
  'thing.jpeg': 'et JPEG-bilde',
  'thing.gif': 'et GIF-bilde',
  'thing.tiff': 'et TIFF-bilde',
  'thing.rar': 'et RAR-arkiv',
  'thing.7z': 'et 7-Zip-arkiv',
  'thing.gzip': 'en gzip-komprimert fil',
  'thing.rtf': 'et RTF-dokument',
  'thing.binary': 'binærdata',
  'thing.docx': 'et Word-dokument (.docx)',
  'thing.pptx': 'en PowerPoint-presentasjon (.pptx)',
  'thing.odt': 'et OpenDocument-tekstdokument (.odt)',
  'thing.odp': 'en OpenDocument-presentasjon (.odp)',
  'thing.odg': 'en OpenDocument-tegning (.odg)',
  'thing.doc': 'et Word-dokument (.doc)',
  'thing.ppt': 'en PowerPoint-presentasjon (.ppt)',
  'thing.zip': 'et zip-arkiv',
  'format.xlsx': 'en Excel-arbeidsbok (XLSX)',
  'format.xlsb': 'en binær Excel-arbeidsbok (XLSB)',
  'format.ods': 'et OpenDocument-regneark (ODS)',
  'format.xls': 'en Excel 97-2003-arbeidsbok (XLS)',
  'shape.tab': 'tabulatorseparert',
  'shape.semicolon': 'semikolonseparert',
  'shape.comma': 'kommaseparert',
  'shape.pipe': 'loddstrekseparert',
  'shape.none': 'én kolonne',
  'zip.missing':
    'zip-katalogen mangler, så filen er ufullstendig eller skadet (en nedlasting som ble avbrutt?)',
  'zip.damaged': 'zip-katalogen er skadet',
  'workspace-file.not-a-workspace':
    'filen er ikke en arbeidsflatefil fra klyngekart (en slik er JSON, lagret med «Lagre arbeidsflaten som fil»)',
  'workspace-file.too-large': 'filen er {size}, mer enn de {max} en arbeidsflatefil kan være',
  'workspace-file.wrong-format':
    'filen er JSON, men ikke en arbeidsflate fra klyngekart (formatnavnet mangler eller er et annet)',
  'workspace-file.newer':
    'filen er lagret av en nyere versjon av klyngekart (formatversjon {found}; denne leser til og med {known}); oppdater appen',
  'workspace-file.bad-version': 'formatversjonen i filen mangler eller er ikke et heltall',
  'workspace-file.bad-field': 'filen er skadet: feltet «{field}» mangler eller er feil',
  'workspace-file.missing-bytes': 'filen er ufullstendig: innholdet i «{file}» mangler',
  'workspace-file.wrong-size':
    'filen er skadet: innholdet i «{file}» har ikke størrelsen filen oppgir',
  'zip.entry-damaged': 'zip-katalogen peker på data som mangler eller er skadet',
};
