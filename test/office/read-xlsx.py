"""Reads a report workbook with openpyxl, a library de06 did not write with, and prints as JSON,
per sheet, what a printout depends on: the title cell, the header row, the borders, wrapping and
number formats of the first data row, the print setup and the frozen pane."""
import json
import sys

import openpyxl

def widths(ws):
    # a <col min max> run is one dimension in openpyxl, keyed by its first column
    found = {}
    for dim in ws.column_dimensions.values():
        for c in range(dim.min or 1, (dim.max or dim.min or 1) + 1):
            found[c] = dim.width
    default = ws.sheet_format.defaultColWidth or 8.43
    return [found.get(c, default) for c in range(1, ws.max_column + 1)]


wb = openpyxl.load_workbook(sys.argv[1])
sheets = []
for ws in wb.worksheets:
    header = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).fill.fgColor.rgb == 'FFE7E6E6')
    first = [ws.cell(header + 1, c) for c in range(1, ws.max_column + 1)]
    sheets.append({
        'name': ws.title,
        'title': ws['A1'].value,
        'subtitle': ws['A2'].value,
        'header': [ws.cell(header, c).value for c in range(1, ws.max_column + 1)],
        'headerRow': header,
        'rows': sum(1 for r in range(header + 1, ws.max_row + 1) if any(ws.cell(r, c).value is not None for c in range(1, ws.max_column + 1))),
        'last': [ws.cell(ws.max_row, c).value for c in range(1, ws.max_column + 1)],
        'lastBold': bool(ws.cell(ws.max_row, 1).font.b),
        'borders': [c.border.left.style for c in first if c.value is not None],
        'gridLines': bool(ws.print_options.gridLines),
        'wrap': [bool(c.alignment.wrap_text) for c in first],
        'formats': [c.number_format for c in first],
        'fontSize': ws.cell(header + 1, 1).font.sz,
        'orientation': ws.page_setup.orientation,
        'paperSize': ws.page_setup.paperSize,
        'scale': ws.page_setup.scale,
        'fitToPage': ws.sheet_properties.pageSetUpPr.fitToPage if ws.sheet_properties.pageSetUpPr else False,
        'fitToWidth': ws.page_setup.fitToWidth,
        'printTitleRows': ws.print_title_rows,
        'printTitleCols': ws.print_title_cols,
        'freeze': ws.freeze_panes,
        'widths': widths(ws),
    })
print(json.dumps(sheets, ensure_ascii=False, default=str))
