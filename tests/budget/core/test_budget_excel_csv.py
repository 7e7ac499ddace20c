"""A SIPD workbook saved as CSV by Excel reads as the workbook itself.

Excel keeps a merged cell's text in its first cell only ("Kode" in A, B-D blank; "Operasi" in F, G
blank), separates fields by the locale's list separator (";" in Indonesia, "," elsewhere) and writes
UTF-8 with a BOM ("CSV UTF-8") or Windows-1252 ("CSV").
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import openpyxl
import pytest
from budget_workbooks import ROWS, sipd_workbook

from ckanext.ppid.budget.core.importing import ImportDefaults, read_budget_file
from ckanext.ppid.budget.core.layout import find_layout
from ckanext.ppid.tabular.csv_reader import read_csv

LAMPUNG = (
    Path(__file__).resolve().parents[3]
    / "shared"
    / "data"
    / "budget"
    / "apbd_lampungselatan_diskominfo_lra_jul2026.xlsx"
)
REALISASI_JULI = ImportDefaults(2026, "realisasi", "2026-07", None, None)
# A name Windows-1252 writes as one byte (the en dash), so that the cp1252 file is not also UTF-8.
KERTAS = "Belanja Alat/Bahan untuk Kegiatan Kantor \u2013 Kertas dan Cover"
ROWS_WITH_DASH = [(*row[:4], KERTAS, *row[5:]) if row[3] == "5.1.02.01.001.00025" else row for row in ROWS]
CP1252_NOTICE = "The file is not UTF-8; it was read as Windows-1252."


def saved_as_csv(workbook: bytes, delimiter: str, encoding: str, *, trailing: bool = False) -> bytes:
    """The first sheet as Excel saves it as CSV: a merged range's text in its first cell, the rest blank."""
    sheet = openpyxl.load_workbook(io.BytesIO(workbook)).active
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    for values in sheet.iter_rows(values_only=True):
        writer.writerow(["" if value is None else value for value in values] + ([""] if trailing else []))
    return out.getvalue().encode(encoding)


def signature(result):
    """What an import of the file gives the officer."""
    return (
        result.problems,
        result.lines,
        result.checked_totals,
        result.skipped_subtotals,
        [(column.label, column.column, column.year, column.kelompok_belanja) for column in result.columns],
    )


@pytest.fixture(scope="module")
def workbook() -> bytes:
    return sipd_workbook(ROWS_WITH_DASH)


@pytest.fixture(scope="module")
def from_xlsx(workbook):
    return read_budget_file(workbook, "lra_jul2026.xlsx", REALISASI_JULI)


@pytest.mark.parametrize(
    ("delimiter", "encoding"), [(";", "utf-8-sig"), (",", "utf-8-sig"), (";", "cp1252"), (",", "cp1252")]
)
def test_the_sipd_workbook_saved_as_csv_gives_the_workbooks_lines(workbook, from_xlsx, delimiter, encoding):
    data = saved_as_csv(workbook, delimiter, encoding)
    assert data.count(b"Kode" + delimiter.encode() * 4) == 1  # "Kode" stands in column A only
    result = read_budget_file(data, "lra_jul2026.csv", REALISASI_JULI)
    assert from_xlsx.problems == () and len(from_xlsx.lines) == 5
    assert signature(result) == signature(from_xlsx)
    assert any(line.uraian_rekening == KERTAS for line in result.lines)
    notices = [notice.message for notice in result.notices]
    assert notices == ([CP1252_NOTICE] if encoding == "cp1252" else [])


def test_the_csv_header_names_every_column_as_the_merged_header_does(workbook):
    result = read_budget_file(saved_as_csv(workbook, ";", "utf-8-sig"), "lra.csv", REALISASI_JULI)
    labels = [column.label for column in result.columns]
    assert labels[:4] == ["Kode", "Kode (2)", "Kode (3)", "Kode (4)"]
    assert labels[6] == "Kelompok Belanja / Operasi / Realisasi"
    assert labels[12] == "Kelompok Belanja / Transfer / Realisasi"


def test_an_empty_column_after_the_header_stays_unnamed_and_unused(workbook, from_xlsx):
    data = saved_as_csv(workbook, ";", "utf-8-sig", trailing=True)
    result = read_budget_file(data, "lra.csv", REALISASI_JULI)
    assert result.lines == from_xlsx.lines
    assert result.notices == ()
    assert [(column.label, column.column) for column in result.columns][-1] == ("#14", None)


def test_the_lampung_selatan_export_saved_as_csv_gives_the_workbooks_lines():
    if not LAMPUNG.is_file():
        pytest.skip(f"real budget data not available: {LAMPUNG} is missing (shared data folder not mounted)")
    workbook = LAMPUNG.read_bytes()
    from_xlsx = read_budget_file(workbook, LAMPUNG.name, REALISASI_JULI)
    for delimiter, encoding in ((";", "cp1252"), (",", "utf-8-sig")):
        result = read_budget_file(saved_as_csv(workbook, delimiter, encoding), "lra.csv", REALISASI_JULI)
        assert result.problems == ()
        assert len(result.lines) == 192
        assert signature(result) == signature(from_xlsx)
        assert result.checked_totals == result.skipped_subtotals == 490 - 9 - 192


def test_a_label_spreads_only_under_the_label_above_it():
    # "Realisasi" spans two rows; "Anggaran" spans 2025 and 2026: nothing of these spreads into D.
    data = b"Uraian;Anggaran;;Realisasi\r\n;2025;2026;\r\nBelanja Pegawai;10;12;9\r\n"
    layout = find_layout(read_csv(data))
    assert layout.labels == ("Uraian", "Anggaran / 2025", "Anggaran / 2026", "Realisasi")
    assert layout.data_start == 2
