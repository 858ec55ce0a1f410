#!/usr/bin/env python3
"""Writes the hostile-input XLSX fixtures in tests/fixtures/io/hostile/ by hand, the way
openpyxl and other non-computing writers lay them out: formula cells with <f> and no <v>, a
visible cover sheet in front of a veryHidden member sheet, and a sheet whose declared range is
A1:XFD1048576 although it holds five rows. Run: python3 scripts/make-hostile-fixtures.py"""
import zipfile
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "io" / "hostile"

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
{sheets}
</Types>"""
ROOT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
</Relationships>"""


def cell(ref, value):
    if isinstance(value, tuple):  # ('f', formula): a formula without a saved value
        return f'<c r="{ref}"><f>{value[1]}</f></c>'
    if isinstance(value, (int, float)):
        return f'<c r="{ref}"><v>{value}</v></c>'
    return f'<c r="{ref}" t="inlineStr"><is><t>{value}</t></is></c>'


def sheet_xml(rows, dimension=None):
    out = []
    for r, row in enumerate(rows, start=1):
        cells = "".join(cell(f"{chr(65 + c)}{r}", v) for c, v in enumerate(row) if v != "")
        out.append(f'<row r="{r}">{cells}</row>')
    dim = f'<dimension ref="{dimension}"/>' if dimension else ""
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        f'{dim}<sheetData>{"".join(out)}</sheetData></worksheet>'
    )


def workbook(path, sheets):
    """sheets: list of (name, state, rows, dimension)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        overrides = "".join(
            f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            for i in range(1, len(sheets) + 1)
        )
        z.writestr("[Content_Types].xml", CONTENT_TYPES.format(sheets=overrides))
        z.writestr("_rels/.rels", ROOT_RELS)
        entries = "".join(
            f'<sheet name="{name}" sheetId="{i}" state="{state}" r:id="rId{i}"/>'
            for i, (name, state, _, _) in enumerate(sheets, start=1)
        )
        z.writestr(
            "xl/workbook.xml",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            f"<sheets>{entries}</sheets></workbook>",
        )
        rels = "".join(
            f'<Relationship Id="rId{i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i}.xml"/>'
            for i in range(1, len(sheets) + 1)
        )
        z.writestr(
            "xl/_rels/workbook.xml.rels",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{rels}</Relationships>',
        )
        for i, (_, _, rows, dimension) in enumerate(sheets, start=1):
            z.writestr(f"xl/worksheets/sheet{i}.xml", sheet_xml(rows, dimension))


OUT.mkdir(parents=True, exist_ok=True)
workbook(
    OUT / "formler-uten-verdi.xlsx",
    [
        (
            "Medlemmer",
            "visible",
            [
                ["Navn", "Org.nr.", "Kommune"],
                ["Nordlys AS", 923609016, "Oslo"],
                [("f", 'CONCATENATE("Fjord"," AS")'), ("f", "982463718"), ""],
                ["Berg AS", "", "Bergen"],
            ],
            None,
        )
    ],
)
workbook(
    OUT / "skjult-medlemsark.xlsx",
    [
        ("Forside", "visible", [["Medlemsliste for Oslo Cancer Cluster"], ["Se neste ark"]], None),
        ("Data", "veryHidden", [["Navn", "Org.nr."], ["Nordlys AS", 923609016], ["Fjord AS", 982463718]], None),
        ("Kommuner", "hidden", [["Oslo"], ["Bergen"], ["Molde"]], None),
    ],
)
workbook(
    OUT / "stort-omraade.xlsx",
    [
        (
            "Ark1",
            "visible",
            [["Navn", "Kommune"], ["Nordlys AS", "Oslo"], ["Fjord AS", "Molde"], ["Berg AS", "Bergen"], ["Ås AS", "Ås"]],
            "A1:XFD1048576",
        )
    ],
)


def ods(path, table_xml):
    """A minimal ODS whose one sheet is `table_xml` (table:table-row elements)."""
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        f'<office:body><office:spreadsheet><table:table table:name="Ark1">{table_xml}'
        "</table:table></office:spreadsheet></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
        '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet", zipfile.ZIP_STORED)
        z.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
        z.writestr(
            "styles.xml",
            '<?xml version="1.0" encoding="UTF-8"?><office:document-styles '
            'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" office:version="1.2"/>',
            zipfile.ZIP_DEFLATED,
        )
        z.writestr("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)


ods(
    OUT / "million-kolonner.ods",
    '<table:table-row><table:table-cell office:value-type="string"><text:p>Navn</text:p></table:table-cell></table:table-row>'
    '<table:table-row><table:table-cell table:number-columns-repeated="1000000" office:value-type="string">'
    "<text:p>x</text:p></table:table-cell></table:table-row>",
)
ods(
    OUT / "tomme-kolonner.ods",
    '<table:table-row><table:table-cell office:value-type="string"><text:p>Navn</text:p></table:table-cell>'
    '<table:table-cell table:number-columns-repeated="16383"/></table:table-row>'
    '<table:table-row><table:table-cell office:value-type="string"><text:p>Nordlys AS</text:p></table:table-cell>'
    '<table:table-cell table:number-columns-repeated="16383"/></table:table-row>'
    '<table:table-row table:number-rows-repeated="1048574"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>',
)
