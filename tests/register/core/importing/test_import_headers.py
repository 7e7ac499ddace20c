"""Loose header matching: synonyms, typos, ambiguity, two-row headers, finding the header row."""

from __future__ import annotations

import pytest

from ckanext.ppid.register.core.importing.headers import (
    PERIOD,
    ROW_NUMBER,
    SOFTCOPY_FLAG,
    TIME_AND_PLACE,
    find_header,
    map_columns,
    match_column,
)
from ckanext.ppid.tabular.tables import Cell, SourceRow, Table, grid_row


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Judul Informasi", "title"),
        ("JUDUL", "title"),
        ("Ringkasan Isi Informasi", "notes"),
        ("Pejabat yang menguasai informasi", "unit_penguasa"),
        ("Pejabat/Unit yang Menguasai Informasi", "unit_penguasa"),
        ("Penanggungjawab Pembuatan Informasi", "penanggung_jawab"),
        ("penanggung_jawab", "penanggung_jawab"),
        ("Waktu Pembuatan/ Penerbitan Informasi", "waktu_pembuatan"),
        ("Waktu dan Tempat Pembuatan", TIME_AND_PLACE),
        ("Bentuk Informasi yang Tersedia", "bentuk_tersedia"),
        ("Jangka Waktu Penyimpanana", "jangka_waktu_penyimpanan"),
        ("Jangka Waktu Penyimpanan (Retensi)", "jangka_waktu_penyimpanan"),
        ("Jenis Media Yang Memuat Informasi", "url"),
        ("Berkas", "url"),
        ("Dasar Pengecualian (Pasal 17)", "dasar_pengecualian"),
        ("Konsekuensi Bila Dibuka", "konsekuensi"),
        ("Tgl Penetapan", "tanggal_penetapan"),
        ("Nomor SK PPID", "nomor_sk_ppid"),
        ("OPD", "owner_org"),
        ("No.", ROW_NUMBER),
    ],
)
def test_headers_as_dips_write_them(header, field):
    assert match_column(0, header, exempt=False).field == field


def test_a_bare_period_means_retention_in_a_dip_and_exemption_in_a_dik():
    assert match_column(0, "Jangka Waktu", exempt=False).field == "jangka_waktu_penyimpanan"
    assert match_column(0, "Jangka Waktu", exempt=True).field == "jangka_waktu_pengecualian"
    # A DIK column elsewhere in the header is enough to tell.
    columns = map_columns(["Judul", "Konsekuensi", "Jangka Waktu"], exempt=False)
    assert [column.field for column in columns] == ["title", "konsekuensi", "jangka_waktu_pengecualian"]
    assert PERIOD not in {column.field for column in columns}


def test_unknown_header_is_unmatched():
    column = match_column(3, "Tanggal Unggah", exempt=False)

    assert column.field is None
    assert not column.ambiguous


def test_the_better_named_column_keeps_a_field_the_other_is_reported():
    columns = map_columns(["Judul", "Media", "Berkas"], exempt=False)

    assert [column.field for column in columns] == ["title", None, "url"]
    assert columns[1].candidates == ("url", "Berkas")


def test_header_below_a_title_block_is_found():
    table = Table(
        "",
        [
            grid_row(1, ["DAFTAR INFORMASI PUBLIK 2024", "", ""]),
            grid_row(2, ["", "", ""]),
            grid_row(3, ["No", "Judul Informasi", "Ringkasan"]),
            grid_row(4, ["1", "Profil", "Profil dinas"]),
        ],
    )

    header = find_header(table, exempt=False)

    assert header is not None
    assert (header.start, header.depth) == (2, 1)
    assert header.fields() == {ROW_NUMBER, "title", "notes"}


def test_two_row_header_under_merged_cells():
    merged = Cell("Bentuk Informasi")
    table = Table(
        "",
        [
            SourceRow(3, [Cell("Judul"), Cell("Ringkasan"), merged, Cell("Bentuk Informasi", hspan=True)]),
            SourceRow(
                4,
                [
                    Cell("Judul", vspan=True),
                    Cell("Ringkasan", vspan=True),
                    Cell("Softcopy"),
                    Cell("Hardcopy"),
                ],
            ),
            SourceRow(5, [Cell("Profil"), Cell("Profil dinas"), Cell("v"), Cell("")]),
        ],
    )

    header = find_header(table, exempt=False)

    assert header is not None
    assert header.depth == 2
    assert [column.field for column in header.columns] == ["title", "notes", SOFTCOPY_FLAG, "_hardcopy"]


def test_a_sheet_without_a_title_column_has_no_header():
    table = Table(
        "", [grid_row(1, ["Nama Lengkap", "Email", "NIK"]), grid_row(2, ["Budi", "b@example.org", "1"])]
    )

    assert find_header(table, exempt=False) is None
