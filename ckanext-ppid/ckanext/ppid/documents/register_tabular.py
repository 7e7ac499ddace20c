"""The DIP and the DIK as CSV and XLSX, from the same model as the PDF.

CSV: one row per item with the category as a column, UTF-8 with a byte-order mark (without it Excel reads
UTF-8 as the ANSI code page and garbles every accented name). XLSX: a sheet per category with a title
block (body, list, scope, establishment), a bold frozen header row, set widths and wrapped text.

Headers are readable labels in the export's language or the stable field names (``headers="fields"``);
cell values are readable labels or the stored codes and ISO dates (``values="codes"``) for machines.
"""

from __future__ import annotations

import csv
import io
import re
from typing import Literal

from openpyxl import Workbook
from openpyxl.cell import Cell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from ckanext.ppid.documents.dates import Locale
from ckanext.ppid.documents.register_cells import Translate, Values
from ckanext.ppid.documents.register_export import CATEGORY, Column, RegisterDocument, RegisterExport, build

Headers = Literal["labels", "fields"]

# Characters that make Excel or LibreOffice read a cell as a formula (CSV/formula injection, OWASP).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# Column widths in characters; a column not listed gets the default.
WIDTHS = {"no": 6, "title": 42, "notes": 60, "url": 48, "kategori": 22, "bentuk_tersedia": 18, "tahun": 8}
DEFAULT_WIDTH = 26
# Excel's limits on sheet names.
SHEET_NAME_LENGTH = 31
SHEET_NAME_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
HEADER_FILL = PatternFill("solid", fgColor="E6E6E6")
WRAP = Alignment(wrap_text=True, vertical="top")


def _safe(text: str) -> str:
    return "'" + text if text.startswith(FORMULA_START) else text


def _header(document: RegisterDocument, column: Column, headers: Headers) -> str:
    return column.field if headers == "fields" else document.header(column)


def register_csv(
    export: RegisterExport,
    translate: Translate,
    locale: Locale = "id",
    headers: Headers = "labels",
    values: Values = "labels",
    delimiter: str = ",",
) -> bytes:
    """The export as CSV bytes: all categories in one table, in the order of the PDF.

    ``delimiter=";"`` suits Excel on a computer set to Indonesian, whose list separator is the semicolon.
    """
    document = build(export, translate, locale, values)
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(_header(document, column, headers) for column in document.columns)
    for table in document.tables:
        for row in table.rows:
            writer.writerow(_safe(row[column.field]) for column in document.columns)
    return buffer.getvalue().encode("utf-8-sig")


def _sheet_name(title: str, taken: set[str]) -> str:
    name = SHEET_NAME_FORBIDDEN.sub(" ", title)[:SHEET_NAME_LENGTH].strip() or "Sheet"
    candidate, number = name, 2
    while candidate.casefold() in taken:
        suffix = f" ({number})"
        candidate, number = name[: SHEET_NAME_LENGTH - len(suffix)] + suffix, number + 1
    taken.add(candidate.casefold())
    return candidate


def _text_cell(sheet: Worksheet, row: int, column: int, value: str | int) -> Cell:
    cell = sheet.cell(row=row, column=column, value=value)
    # openpyxl stores a string starting with "=" as a formula; register text is never one.
    if cell.data_type == "f":
        cell.data_type = "s"
    return cell


def _title_block(sheet: Worksheet, document: RegisterDocument, heading: str) -> int:
    """Write the title lines; return the row of the table header."""
    lines = (document.body_name, f"{document.title}: {heading}", document.scope, document.established)
    for number, text in enumerate(lines, start=1):
        cell = _text_cell(sheet, number, 1, text)
        cell.font = Font(bold=number <= 2, size=13 if number == 1 else 11)
    _text_cell(sheet, len(lines) + 1, 1, document.generated).font = Font(italic=True, size=9)
    return len(lines) + 3


def _sheet(sheet: Worksheet, document: RegisterDocument, table_index: int, headers: Headers) -> None:
    table = document.tables[table_index]
    columns = [
        column
        for column in document.columns
        if column is not CATEGORY and (column.only_for is None or table.category in column.only_for)
    ]
    header_row = _title_block(sheet, document, table.heading)
    for index, column in enumerate(columns, start=1):
        cell = _text_cell(sheet, header_row, index, _header(document, column, headers))
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        sheet.column_dimensions[get_column_letter(index)].width = WIDTHS.get(column.field, DEFAULT_WIDTH)
    for offset, row in enumerate(table.rows, start=1):
        for index, column in enumerate(columns, start=1):
            text = row[column.field]
            value: str | int = int(text) if column.field == "no" else text
            _text_cell(sheet, header_row + offset, index, value).alignment = WRAP
    if not table.rows:
        _text_cell(sheet, header_row + 1, 1, document.empty).font = Font(italic=True)
    last = get_column_letter(len(columns))
    sheet.freeze_panes = sheet.cell(row=header_row + 1, column=1)
    sheet.auto_filter.ref = f"A{header_row}:{last}{header_row + max(len(table.rows), 1)}"
    sheet.print_title_rows = f"{header_row}:{header_row}"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True


def register_xlsx(
    export: RegisterExport,
    translate: Translate,
    locale: Locale = "id",
    headers: Headers = "labels",
    values: Values = "labels",
) -> bytes:
    """The export as an XLSX workbook (bytes): one sheet per category, in the order of the PDF."""
    document = build(export, translate, locale, values)
    workbook = Workbook()
    taken: set[str] = set()
    for index, table in enumerate(document.tables):
        sheet = workbook.active if index == 0 else workbook.create_sheet()
        sheet.title = _sheet_name(table.heading, taken)
        _sheet(sheet, document, index, headers)
    workbook.properties.title = f"{document.title}: {document.scope}"
    workbook.properties.creator = document.body_name
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
