"""The downloadable import templates (XLSX and CSV), one per category: the form's Indonesian labels as the
header and an example row of the officer's own unit (``register.core.importing.sheet_template``)."""

from __future__ import annotations

import csv
import io

import ckan.plugins.toolkit as tk
from openpyxl import Workbook
from openpyxl.styles import Font

from ckanext.ppid.register.core.importing.sheet_template import COLUMNS, SheetTemplate, sheet_template
from ckanext.ppid.register.core.restriction import DATASET_TYPE

FORMATS = {
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "csv": "text/csv; charset=utf-8",
}
# The language of the header: the importer reads Indonesian headers.
HEADER_LANGUAGE = "id"
COLUMN_WIDTH = 28


def _labels() -> dict[str, str]:
    """The form's label of every field a template has, in Indonesian."""
    schema = tk.h.scheming_get_dataset_schema(DATASET_TYPE) or {}
    wanted = {name for fields in COLUMNS.values() for name in fields}
    labels = {}
    for fields in (schema.get("dataset_fields") or [], schema.get("resource_fields") or []):
        for field in fields:
            if field["field_name"] in wanted and field["field_name"] not in labels:
                labels[field["field_name"]] = tk.h.scheming_language_text(
                    field.get("label") or "", prefer_lang=HEADER_LANGUAGE
                )
    return labels


def template(category: str, unit: str) -> SheetTemplate:
    return sheet_template(category, _labels(), unit)


def file_name(category: str, fmt: str) -> str:
    return f"templat-impor-{category.replace('_', '-')}.{fmt}"


def as_xlsx(sheet: SheetTemplate) -> bytes:
    workbook = Workbook()
    worksheet = workbook.active
    worksheet.title = sheet.category.replace("_", " ").title()
    worksheet.append(list(sheet.header))
    worksheet.append(list(sheet.example))
    for cell in worksheet[1]:
        cell.font = Font(bold=True)
        worksheet.column_dimensions[cell.column_letter].width = COLUMN_WIDTH
    worksheet.freeze_panes = "A2"
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def as_csv(sheet: SheetTemplate) -> bytes:
    """Semicolons, as a spreadsheet set to Indonesian writes CSV; a BOM so it opens as UTF-8."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";")
    writer.writerow(sheet.header)
    writer.writerow(sheet.example)
    return out.getvalue().encode("utf-8-sig")
