"""Reads an XLSX with openpyxl (an independent reader) and prints, as JSON, per sheet the cell
values and their data types (openpyxl's "s" string, "n" number, "f" formula...).
Used by tests/unit/export/xlsx.test.ts.  usage: python3 read_xlsx.py FILE
"""
import json
import sys

import openpyxl

book = openpyxl.load_workbook(sys.argv[1])
out = {}
for ws in book.worksheets:
    out[ws.title] = [[{"v": c.value, "t": c.data_type} for c in row] for row in ws.iter_rows()]
print(json.dumps(out, default=str))
