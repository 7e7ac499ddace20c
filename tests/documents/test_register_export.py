"""The export model: which items reach which table, in which order, with which cell texts."""

from __future__ import annotations

import dataclasses
import datetime as dt

from register_sample import EXEMPTED_TITLES, REGISTER, export, indonesian

from ckanext.ppid.documents.dates import format_date, format_datetime, parse_date
from ckanext.ppid.documents.register_cells import plain_text
from ckanext.ppid.documents.register_export import build


def _titles(document) -> list[str]:
    return [row["title"] for table in document.tables for row in table.rows]


def test_dip_lists_the_public_categories_in_legal_order_without_exempted_items():
    document = build(export("dip"), indonesian)
    assert [table.category for table in document.tables] == ["berkala", "serta_merta", "setiap_saat"]
    assert [table.heading for table in document.tables] == [
        "Informasi Berkala",
        "Informasi Serta Merta",
        "Informasi Setiap Saat",
    ]
    assert not set(EXEMPTED_TITLES) & set(_titles(document))
    assert len(_titles(document)) == len(REGISTER) - len(EXEMPTED_TITLES)


def test_dik_holds_only_exempted_items_and_no_link_or_file():
    document = build(export("dik"), indonesian)
    assert [table.category for table in document.tables] == ["dikecualikan"]
    assert sorted(_titles(document)) == sorted(EXEMPTED_TITLES)
    fields = {column.field for column in document.columns}
    assert not fields & {"url", "resources", "notes"}
    for row in document.tables[0].rows:
        assert not any("example/" in text for text in row.values())


def test_rows_are_numbered_per_table_and_sorted_by_unit_then_title():
    berkala = build(export("dip"), indonesian).tables[0]
    assert [row["no"] for row in berkala.rows] == ["1", "2", "3"]
    assert [row["unit_title"] for row in berkala.rows] == [
        "Dinas Kesehatan",
        "Dinas Kesehatan",
        "Kecamatan Sungai Jernih",
    ]
    assert berkala.rows[0]["title"].startswith("Laporan Keuangan")


def test_the_unit_column_appears_only_in_the_consolidated_export():
    assert "unit_title" in {column.field for column in build(export("dip"), indonesian).columns}
    unit = build(export("dip", "Dinas Kesehatan"), indonesian)
    assert "unit_title" not in {column.field for column in unit.columns}
    assert unit.scope == "Dinas Kesehatan"
    assert {row["title"] for table in unit.tables for row in table.rows} >= {"Profil Dinas Kesehatan"}


def test_labels_come_from_the_law_and_values_are_written_out():
    document = build(export("dip"), str)
    first = document.tables[0].rows[0]
    assert first["kategori"] == "Periodic information"
    assert first["item_berkala"] == "Summary of financial reports"
    assert first["periodisitas"] == "Yearly"
    assert first["bentuk_tersedia"] == "Softcopy, Hardcopy"
    assert first["waktu_pembuatan"] == "7 Maret 2026"
    assert first["notes"] == "Ringkasan Laporan Keuangan Dinas Kesehatan Tahun 2025 dengan tautan."
    assert document.tables[1].rows[0]["bentuk_tersedia"] == "Softcopy"


def test_a_field_of_another_category_is_left_empty():
    rencana = next(
        row for row in build(export("dip"), str).tables[0].rows if row["title"].startswith("Rencana")
    )
    assert rencana["jenis_serta_merta"] == ""


def test_exemption_cells_name_the_ground_period_dates_and_status():
    rows = build(export("dik"), indonesian).tables[0].rows
    medical = next(row for row in rows if row["title"].startswith("Rekam Medis"))
    assert medical["dasar_pengecualian"].startswith("17.h.2 ")
    assert medical["jangka_waktu_pengecualian"] == "Selama diperlukan"
    assert medical["tanggal_penetapan"] == "2 Maret 2026"
    assert medical["status_pengecualian"] == "Berlaku"  # no status stored: in force
    reporter = next(row for row in rows if row["title"].startswith("Identitas"))
    assert reporter["jangka_waktu_pengecualian"] == "5 years"
    assert reporter["tanggal_berakhir"] == "2 Maret 2031"


def test_codes_mode_keeps_stored_values():
    document = build(export("dik"), indonesian, values="codes")
    row = document.tables[0].rows[0]
    assert row["kategori"] == "dikecualikan"
    assert row["tanggal_penetapan"] == "2026-03-02"
    assert (
        build(export("dip"), str, values="codes").tables[0].rows[0]["bentuk_tersedia"] == "softcopy;hardcopy"
    )


def test_unknown_codes_are_shown_as_they_are():
    rows = [dict(REGISTER[0], item_berkala="kode_lama", title="Item Lama")]
    assert build(export("dip", rows=rows), str).tables[0].rows[0]["item_berkala"] == "kode_lama"


def test_establishment_text():
    assert build(export("dip"), indonesian).established == (
        "Ditetapkan oleh PPID Utama (SK Nomor 188.4/12/PPID/2026) pada tanggal 23 November 2026"
    )
    unset = dataclasses.replace(export("dip"), established_on=None)
    assert build(unset, str).established == "Not yet established by the PPID"


def test_dates_do_not_depend_on_the_os_locale():
    assert format_date(dt.date(2026, 11, 23)) == "23 November 2026"
    assert format_date(dt.date(2026, 5, 1)) == "1 Mei 2026"
    assert format_date(dt.date(2026, 5, 1), "en") == "1 May 2026"
    assert format_datetime(export("dip").generated_at) == "24 November 2026 08.05 WIB"
    assert parse_date("2026-02-30") is None
    assert parse_date("2026-02-03T10:00:00") == dt.date(2026, 2, 3)


def test_plain_text_of_a_markdown_summary():
    assert plain_text("# Judul\n\n**Tebal** dan [tautan](http://x) `kode`\n> kutipan") == (
        "Judul Tebal dan tautan kode kutipan"
    )
