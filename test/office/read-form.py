"""Reads a de06 progress form with openpyxl, a library de06 did not write it with, and prints as
JSON what the form's contract (DESIGN §2.7) and its printout depend on."""
import json
import sys

import openpyxl

wb = openpyxl.load_workbook(sys.argv[1])
ws = wb["Báo cáo"]


def rules(sheet):
    return [{"type": dv.type, "operator": dv.operator, "formula1": dv.formula1, "formula2": dv.formula2,
             "cells": str(dv.sqref), "allowBlank": bool(dv.allow_blank)} for dv in sheet.data_validations.dataValidation]


unlocked = {s.title: sorted(c.coordinate for row in s.iter_rows() for c in row if c.protection.locked is False) for s in wb.worksheets}
print(json.dumps({
    "sheets": wb.sheetnames,
    "active": wb.active.title,
    "states": {s.title: s.sheet_state for s in wb.worksheets},
    "labels": [ws["A7"].value, ws["A8"].value],
    "header": [ws.cell(10, c).value for c in range(1, 13)],
    "indicatorHeader": [wb["Chỉ tiêu"].cell(1, c).value for c in range(1, 6)],
    "proposalHeader": [wb["Đề xuất"].cell(1, c).value for c in range(1, 3)],
    "title": ws["A1"].value,
    "deadlineBold": bool(ws["A5"].font.b),
    "deadline": ws["A5"].value,
    "rules": rules(ws),
    "unlocked": unlocked,
    "protected": {s.title: bool(s.protection.sheet) for s in wb.worksheets},
    "password": {s.title: s.protection.password for s in wb.worksheets},
    "orientation": ws.page_setup.orientation,
    "paperSize": ws.page_setup.paperSize,
    "fitToWidth": ws.page_setup.fitToWidth,
    "wrap": bool(ws["C11"].alignment.wrap_text),
    "identity": [[c.value for c in row] for row in wb["_de06"].iter_rows(max_col=2, max_row=9)],
}, ensure_ascii=False, default=str))
