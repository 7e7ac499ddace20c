"""A register file wider or longer than the limits is refused with a message, before its headers are read."""

from __future__ import annotations

import io
import time

import openpyxl

from ckanext.ppid.register.core.importing.preview import read_register_file

LIMIT = 5 * 1024 * 1024


def test_a_csv_of_100000_columns_is_refused_at_once():
    data = (";".join(f"kolom {n}" for n in range(100_000)) + "\n").encode() * 3
    started = time.monotonic()
    preview = read_register_file("register.csv", data, {}, max_bytes=LIMIT, max_columns=200)
    assert time.monotonic() - started < 2
    assert [error.message.format(**error.params) for error in preview.errors] == [
        "The file has more than 200 columns."
    ]


def test_a_csv_longer_than_the_row_limit_is_refused():
    data = b"judul;kategori\n" + b"Profil;berkala\n" * 60
    preview = read_register_file("register.csv", data, {}, max_bytes=LIMIT, max_rows=50)
    assert [error.message.format(**error.params) for error in preview.errors] == [
        "The file has more than 50 rows."
    ]


def test_a_sheet_whose_merged_cell_spans_the_whole_width_is_refused():
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet["A1"] = "Daftar Informasi Publik"
    sheet.merge_cells("A1:XFD1")
    buffer = io.BytesIO()
    workbook.save(buffer)
    preview = read_register_file("register.xlsx", buffer.getvalue(), {}, max_bytes=LIMIT, max_columns=200)
    assert [error.message.format(**error.params) for error in preview.errors] == [
        "The file has more than 200 columns."
    ]
