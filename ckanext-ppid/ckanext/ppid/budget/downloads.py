"""The budget pages' downloads: the tables a page shows as CSV for spreadsheets, and the action's answer
behind the page as JSON.

The CSV is what Excel opens without a question: UTF-8 with a byte-order mark, the header row in the
page's language, codes and names quoted as text (``"2.16.01"``), amounts and percentages as plain numbers
(``10701893800``, ``1234.5``, ``43.75``), one table per file, no total rows to add up twice.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import Any

import ckan.plugins.toolkit as tk
from flask import Response

from ckanext.ppid.budget.choices import phase_label
from ckanext.ppid.budget.core.table_format import COLUMNS
from ckanext.ppid.law.markers import N_
from ckanext.ppid.security import download_names

LABELS = {column.name: column.label for column in COLUMNS}
# The columns that hold each level's code and name (kelompok belanja has a code and its name).
LEVEL_COLUMNS = {
    "urusan": ("kode_urusan", "nama_urusan"),
    "bidang_urusan": ("kode_bidang_urusan", "nama_bidang_urusan"),
    "program": ("kode_program", "nama_program"),
    "kegiatan": ("kode_kegiatan", "nama_kegiatan"),
    "sub_kegiatan": ("kode_sub_kegiatan", "nama_sub_kegiatan"),
    "rekening": ("kode_rekening", "uraian_rekening"),
    "kelompok_belanja": ("kelompok_belanja", None),
}
# A table to download: its header and its rows (text quoted, numbers not).
Table = tuple[list[str], list[list[Any]]]
# What one row of each level is called (the budget table's column labels, but for the accounts: the
# label of their names, "Uraian rekening", would name the wrong thing).
LEVEL_LABELS = {
    "urusan": LABELS["nama_urusan"],
    "bidang_urusan": LABELS["nama_bidang_urusan"],
    "program": LABELS["nama_program"],
    "kegiatan": LABELS["nama_kegiatan"],
    "sub_kegiatan": LABELS["nama_sub_kegiatan"],
    "rekening": N_("Accounts (rekening)"),
    "kelompok_belanja": LABELS["kelompok_belanja"],
}
OPD = N_("OPD")
RANK = N_("Rank")
NAME = N_("Name")
ABSORPTION = N_("Absorption (%)")
PERIOD = N_("Month")


def level_label(level: str) -> str:
    """What one row of the level is called: "Program", "Activity (kegiatan)", ..."""
    return tk._(LEVEL_LABELS[level])


def column_label(name: str) -> str:
    """The label of the budget table's column ``name`` in the reader's language."""
    return tk._(LABELS[name])


def code_label(level: str) -> str:
    return tk._(LABELS[LEVEL_COLUMNS[level][0]])


def name_label(level: str) -> str:
    name_column = LEVEL_COLUMNS[level][1]
    return tk._(LABELS[name_column]) if name_column else tk._(NAME)


def plain_number(value: float | None) -> Decimal | None:
    """``10701893800.0`` -> ``10701893800``, ``1234.5`` -> ``1234.5`` (written unquoted); None for none."""
    if value is None:
        return None
    number = Decimal(str(value))
    return number.quantize(Decimal(1)) if number == number.to_integral_value() else number.normalize()


def _measures(row: dict[str, Any]) -> list[Decimal | None]:
    return [plain_number(row["anggaran"]), plain_number(row["realisasi"]), plain_number(row["persentase"])]


def _measure_headers() -> list[str]:
    return [column_label("anggaran"), column_label("realisasi"), tk._(ABSORPTION)]


def _context_headers() -> list[str]:
    return [tk._(OPD), column_label("tahun_anggaran"), column_label("tahapan"), column_label("periode")]


def _context(found: dict[str, Any]) -> list[Any]:
    phase = phase_label(found["phase"]) if found["phase"] else ""
    return [found["organization"]["title"], found["year"], phase, found["period"] or ""]


def unit_rows(found: dict[str, Any]) -> Table:
    """The header and rows of an OPD page's table (``ppid_budget_summary``'s rows)."""
    level = found["level"]
    header = [*_context_headers(), code_label(level), name_label(level), *_measure_headers()]
    context = _context(found)
    return header, [
        [*context, row["code"] or "", row["name"] or "", *_measures(row)] for row in found["rows"]
    ]


def trend_rows(found: dict[str, Any]) -> Table:
    """The header and rows of an OPD page's monthly trend (cumulative realisation per period)."""
    header = [*_context_headers()[:2], tk._(PERIOD), *_measure_headers()]
    context = _context(found)[:2]
    return header, [[*context, point["period"], *_measures(point)] for point in found["trend"]]


def compare_rows(found: dict[str, Any]) -> Table:
    """The header and rows of the ranking across OPDs (``ppid_budget_compare``)."""
    header = [
        tk._(RANK),
        tk._(OPD),
        column_label("tahun_anggaran"),
        column_label("tahapan"),
        column_label("periode"),
        *_measure_headers(),
    ]
    rows = [
        [
            rank,
            row["organization"]["title"],
            found["year"],
            phase_label(row["phase"]),
            row["period"] or "",
            *_measures(row),
        ]
        for rank, row in enumerate(found["rows"], start=1)
    ]
    return header, rows


def csv_bytes(header: Sequence[str], rows: Iterable[Sequence[Any]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n", quoting=csv.QUOTE_NONNUMERIC)
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8-sig")


def csv_response(table: Table, filename: str) -> Response:
    return Response(
        csv_bytes(*table),
        content_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": download_names.attachment(f"{filename}.csv")},
    )


def json_response(found: dict[str, Any], filename: str) -> Response:
    return Response(
        json.dumps(found, ensure_ascii=False, indent=1),
        mimetype="application/json",
        headers={"Content-Disposition": download_names.attachment(f"{filename}.json")},
    )
