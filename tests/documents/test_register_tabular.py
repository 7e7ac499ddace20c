"""The CSV and XLSX exports, read back with csv and openpyxl."""

from __future__ import annotations

import csv
import io

import openpyxl
from register_sample import (
    BODY,
    EXEMPTED_TITLES,
    PUBLIC_TITLES,
    REGISTER,
    SECRET_FILE,
    SECRET_PAGE,
    export,
    indonesian,
)

from ckanext.ppid.documents.register_tabular import register_csv, register_xlsx


def _csv(data: bytes, delimiter: str = ",") -> list[list[str]]:
    assert data.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(data[3:].decode("utf-8")), delimiter=delimiter))


def test_csv_has_a_bom_readable_headers_and_one_row_per_public_item():
    header, *rows = _csv(register_csv(export("dip"), indonesian))
    assert header[:4] == ["No.", "Kategori Informasi", "Unit PPID", "Judul Informasi"]
    assert sorted(row[3] for row in rows) == sorted(PUBLIC_TITLES)
    assert [row[1] for row in rows] == ["Informasi Berkala"] * 3 + ["Informasi Serta Merta"] + [
        "Informasi Setiap Saat"
    ] * 2


def test_csv_with_field_names_and_codes_for_machines():
    header, *rows = _csv(register_csv(export("dip"), indonesian, headers="fields", values="codes"))
    assert header[:5] == ["no", "kategori", "unit_title", "title", "notes"]
    records = [dict(zip(header, row, strict=True)) for row in rows]
    assert {record["kategori"] for record in records} == {"berkala", "serta_merta", "setiap_saat"}
    first = records[0]
    assert first["item_berkala"] == "laporan_keuangan"
    assert first["bentuk_tersedia"] == "softcopy;hardcopy"
    assert first["url"] == "https://ppid.lembahhijau.example/informasi-publik/item-1"


def test_csv_of_a_unit_has_no_unit_column_and_a_semicolon_option():
    header, *rows = _csv(register_csv(export("dip", "Dinas Kesehatan"), str, delimiter=";"), ";")
    assert "PPID unit" not in header
    assert len(rows) == 4


def test_csv_dik_has_the_decision_columns_and_no_link():
    data = register_csv(export("dik"), indonesian, headers="fields")
    header, *rows = _csv(data)
    assert header == [
        "no",
        "kategori",
        "unit_title",
        "title",
        "unit_penguasa",
        "dasar_pengecualian",
        "dasar_undang_undang",
        "konsekuensi",
        "pertimbangan_kepentingan_publik",
        "jangka_waktu_pengecualian",
        "tanggal_berakhir",
        "tanggal_penetapan",
        "nomor_sk_ppid",
        "persetujuan_pimpinan",
        "status_pengecualian",
    ]
    assert sorted(row[3] for row in rows) == sorted(EXEMPTED_TITLES)
    text = data.decode("utf-8-sig")
    assert SECRET_PAGE not in text and SECRET_FILE not in text and "example/" not in text


def test_cells_that_look_like_formulas_are_kept_as_text():
    rows = [dict(REGISTER[0], title='=HYPERLINK("http://evil.example")')]
    _, row = _csv(register_csv(export("dip", rows=rows), str))
    assert row[3] == '\'=HYPERLINK("http://evil.example")'
    sheet = openpyxl.load_workbook(io.BytesIO(register_xlsx(export("dip", rows=rows), str))).worksheets[0]
    assert sheet.cell(row=8, column=3).data_type == "s"


def test_xlsx_has_a_sheet_per_category_with_title_block_and_frozen_bold_header():
    book = openpyxl.load_workbook(io.BytesIO(register_xlsx(export("dip"), indonesian)))
    assert book.sheetnames == ["Informasi Berkala", "Informasi Serta Merta", "Informasi Setiap Saat"]
    sheet = book["Informasi Berkala"]
    assert sheet["A1"].value == BODY
    assert sheet["A2"].value == "Daftar Informasi Publik: Informasi Berkala"
    assert "23 November 2026" in sheet["A4"].value
    header = [cell.value for cell in sheet[7]]
    assert header[:3] == ["No.", "Unit PPID", "Judul Informasi"]
    assert "Kategori Informasi" not in header
    assert all(cell.font.bold for cell in sheet[7])
    assert sheet.freeze_panes == "A8"
    assert sheet.column_dimensions["C"].width == 42
    assert sheet["D8"].alignment.wrap_text
    titles = [row[2] for row in sheet.iter_rows(min_row=8, values_only=True)]
    assert titles == [
        "Laporan Keuangan Dinas Kesehatan Tahun 2025",
        "Profil Dinas Kesehatan",
        "Rencana Kerja Kecamatan Sungai Jernih Tahun 2026",
    ]
    assert sheet["A8"].value == 1


def test_xlsx_sheets_carry_only_their_categorys_columns():
    book = openpyxl.load_workbook(io.BytesIO(register_xlsx(export("dip"), str, headers="fields")))
    berkala = [cell.value for cell in book.worksheets[0][7]]
    serta_merta = [cell.value for cell in book.worksheets[1][7]]
    assert "item_berkala" in berkala and "jenis_serta_merta" not in berkala
    assert "jenis_serta_merta" in serta_merta and "item_berkala" not in serta_merta


def test_xlsx_empty_category_and_dik():
    rows = [row for row in REGISTER if row["kategori"] != "serta_merta"]
    book = openpyxl.load_workbook(io.BytesIO(register_xlsx(export("dip", rows=rows), str)))
    assert book.worksheets[1]["A8"].value == "No information in this category."
    dik = openpyxl.load_workbook(io.BytesIO(register_xlsx(export("dik"), indonesian)))
    assert dik.sheetnames == ["Informasi yang Dikecualikan"]
    values = [value for row in dik.worksheets[0].iter_rows(values_only=True) for value in row if value]
    assert not any("example/" in str(value) for value in values)
    assert set(EXEMPTED_TITLES) <= set(values)
