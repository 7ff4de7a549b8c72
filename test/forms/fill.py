"""Fills a de06 progress form the way a unit's clerk would, with a program that did not write it.

usage: fill.py FORM.xlsx OUT.xlsx SPEC.json

SPEC: {"submitted": "07/08/2026" | serial number | "2026-08-07" as a date cell (prefix "date:"),
       "document": "...",
       "rows": {"<Báo cáo row number>": {"G": "Đang thực hiện", "H": 60, ...}},
       "cells": {"Sheet!A1": value},      # any cell, e.g. a row added below the table
       "delete_rows": [12],               # rows deleted from Báo cáo
       "indicators": {"2": 85}, "proposals": ["..."]}
A value "date:YYYY-MM-DD" is written as a real date cell; other values as they are.
The sheet protection is left as it is: openpyxl, like a person who unprotects nothing, only
writes the cells.
"""
import datetime
import json
import sys

import openpyxl


def value(v):
    if isinstance(v, str) and v.startswith("date:"):
        return datetime.datetime.strptime(v[5:], "%Y-%m-%d")
    return v


def put(ws, ref, v):
    cell = ws[ref]
    cell.value = value(v)
    if isinstance(cell.value, datetime.datetime):
        cell.number_format = "DD/MM/YYYY"


def main():
    src, out, spec_path = sys.argv[1:4]
    with open(spec_path, encoding="utf-8") as f:
        spec = json.load(f)
    wb = openpyxl.load_workbook(src)
    ws = wb["Báo cáo"]
    if "submitted" in spec:
        put(ws, "C7", spec["submitted"])
    if "document" in spec:
        put(ws, "C8", spec["document"])
    for row, cells in spec.get("rows", {}).items():
        for col, v in cells.items():
            put(ws, f"{col}{row}", v)
    for i, v in spec.get("indicators", {}).items():
        put(wb["Chỉ tiêu"], f"E{i}", v)
    for i, text in enumerate(spec.get("proposals", [])):
        put(wb["Đề xuất"], f"B{2 + i}", text)
    for ref, v in spec.get("cells", {}).items():
        sheet, cell = ref.split("!")
        put(wb[sheet], cell, v)
    for row in sorted(spec.get("delete_rows", []), reverse=True):
        ws.delete_rows(row)
    wb.save(out)


main()
