"""Loose matching of source headers, and finding a header merged over several rows below a title."""

from __future__ import annotations

import pytest
from budget_workbooks import sipd_workbook

from ckanext.ppid.budget.core.headers import UNKNOWN_MEASURE, match_header, measure_from_context
from ckanext.ppid.budget.core.layout import find_layout
from ckanext.ppid.tabular.tables import Table, grid_row
from ckanext.ppid.tabular.xlsx_reader import read_xlsx


@pytest.mark.parametrize(
    ("header", "target"),
    [
        ("Kode", "kode"),
        ("Uraian Urusan, Organisasi, Program, Kegiatan dan Sub Kegiatan", "uraian"),
        ("Kode Sub Kegiatan", "kode_sub_kegiatan"),
        ("kode_sub_kegiatan", "kode_sub_kegiatan"),
        ("Nama Sub Kegiatan (Output)", "nama_sub_kegiatan"),
        ("OPD", "nama_skpd"),
        ("Perangkat Daerah", "nama_skpd"),
        ("Jenis Belanja", "uraian_rekening"),
        ("No. Rekening", "kode_rekening"),
        ("Anggaran (Rp)", "anggaran"),
        ("PAGU", "anggaran"),
        ("Realiasi s.d. Juli", "realisasi"),  # a typo and a period
        ("Tahun Anggaran", "tahun_anggaran"),
        ("Sumber Dana", "sumber_dana"),
        ("Kelompok Belanja", "kelompok_belanja"),
    ],
)
def test_headers_are_matched_loosely(header, target):
    assert match_header((header,)).target == target


@pytest.mark.parametrize(
    "header", ["No", "No. Urut", "Sisa Anggaran", "Persentase (%)", "Anggaran Sebelum Perubahan"]
)
def test_derived_and_bookkeeping_columns_fill_nothing(header):
    found = match_header((header,))
    assert (found.target, found.ignored) == (None, True)


def test_a_merged_header_is_an_amount_of_a_spending_group():
    found = match_header(("Kelompok Belanja", "Tak Terduga", "Realisasi"))
    assert (found.target, found.kelompok_belanja, found.year) == ("realisasi", "tidak_terduga", None)


def test_a_year_column_is_an_amount_of_that_year():
    found = match_header(("2021",))
    assert (found.target, found.year) == (UNKNOWN_MEASURE, 2021)
    assert match_header(("Pagu Anggaran Tahun 2026",)).year == 2026


def test_the_title_says_what_year_columns_hold():
    title = "Jumlah Nilai Realisasi APBD Kota Tangerang Selatan Menurut Jenis Belanja Tahun 2021-2022"
    assert measure_from_context(title, "murni") == "realisasi"
    assert measure_from_context("APBD Kota Contoh 2024", "realisasi") == "anggaran"
    assert measure_from_context("", "realisasi") == "realisasi"
    assert measure_from_context("", None) == "anggaran"


def test_the_sipd_header_is_found_below_the_titles_and_above_the_column_numbers():
    [table] = read_xlsx(sipd_workbook(), max_rows=1000)
    layout = find_layout(table)
    assert layout.recognised
    assert layout.labels[:5] == (
        "Kode",
        "Kode (2)",
        "Kode (3)",
        "Kode (4)",
        "Uraian Urusan, Organisasi, Program, Kegiatan dan Sub Kegiatan",
    )
    assert layout.labels[5] == "Kelompok Belanja / Operasi / Anggaran"
    assert layout.labels[12] == "Kelompok Belanja / Transfer / Realisasi"
    assert table.rows[layout.data_start].number == 10  # row 9 numbers the columns
    assert "TAHUN ANGGARAN 2026" in layout.title


def test_without_known_headers_the_widest_row_is_offered_for_mapping():
    table = Table("", [grid_row(1, ["Laporan"]), grid_row(2, ["A", "B", "C"]), grid_row(3, ["1", "x", "5"])])
    layout = find_layout(table)
    assert not layout.recognised
    assert layout.labels == ("A", "B", "C")
    assert layout.data_start == 2
