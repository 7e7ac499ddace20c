"""The preview an officer sees, from each layout, and the clear refusals of files that cannot be imported."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import openpyxl
import pytest
from import_workbooks import dik_workbook

from ckanext.ppid.register.core.importing.preview import read_register_file

FIXTURES = Path(__file__).parent / "fixtures"
LIMIT = 1024 * 1024


def preview_of(name: str, defaults: dict | None = None, data: bytes | None = None):
    content = data if data is not None else (FIXTURES / name).read_bytes()
    return read_register_file(name, content, defaults or {}, max_bytes=LIMIT)


def test_csv_dip_with_category_column():
    preview = preview_of("dip_dinkes_semicolon.csv")

    assert preview.ok, [row.errors for row in preview.rows]
    assert preview.format == "csv" and preview.numbering == "line"
    assert preview.counts["by_kategori"] == {"berkala": 1, "serta_merta": 1, "setiap_saat": 1}
    profil, klb, renstra = preview.rows
    assert profil.source_row == 4
    assert profil.values["tempat_pembuatan"] == "Kepanjen"
    assert profil.values["waktu_pembuatan"] == "2 Januari 2024"
    assert profil.values["bentuk_tersedia"] == ["softcopy", "hardcopy"]
    assert profil.values["jangka_waktu_penyimpanan"] == "Selama berlaku"
    assert (
        klb.values["notes"]
        == "Memuat:\n\n- wilayah terdampak\n- cara pencegahan\n- fasilitas kesehatan rujukan"
    )
    assert klb.values["kategori"] == "serta_merta"
    assert renstra.values["penanggung_jawab"] == ["Subbagian Perencanaan", "Subbagian Keuangan"]
    assert renstra.values["tahun"] == 2021
    assert renstra.values["bentuk_tersedia"] == ["hardcopy"]
    # With no unit column and no unit chosen, the unit responsible for the item owns it.
    assert renstra.values["owner_org"] == "Subbagian Perencanaan"


def test_unit_chosen_on_the_form_owns_the_items():
    preview = preview_of("dip_dinkes_semicolon.csv", {"owner_org": "Dinas Kesehatan"})

    assert {row.values["owner_org"] for row in preview.rows} == {"Dinas Kesehatan"}


def test_html_sections_set_category_and_periodic_item():
    preview = preview_of("dip_sections_rowspan.html")

    assert preview.ok
    assert preview.mapping["Jangka Waktu Penyimpanana"] == "jangka_waktu_penyimpanan"
    assert [(section.text[:2], section.kategori) for section in preview.sections] == [
        ("A.", "berkala"),
        ("1.", "berkala"),
        ("B.", "setiap_saat"),
    ]
    lra, neraca, dip = preview.rows
    assert (lra.source_row, lra.continued_rows) == (16, (24, 25))
    assert lra.values["kategori"] == "berkala" and lra.values["item_berkala"] == "laporan_keuangan"
    assert lra.values["notes"] == "Realisasi pendapatan & belanja\n\n- Semester I\n- Semester II"
    # Every link of the item's rows becomes one of its documents.
    assert lra.values["url"] == [
        "https://example.go.id/lra-2023.pdf",
        "https://example.go.id/lra-2023-s1.pdf",
    ]
    assert not [warning for warning in lra.warnings if warning.field == "url"]
    assert neraca.values["item_berkala"] == "laporan_keuangan"
    assert dip.values["kategori"] == "setiap_saat" and "item_berkala" not in dip.values
    assert "url" not in dip.values
    assert [warning.params for warning in dip.warnings if warning.field == "url"] == [{"value": "Lihat"}]


def test_sql_dump_of_a_dik():
    preview = preview_of("dik_short_dump.sql", {"kategori": "dikecualikan", "owner_org": "Dinas Kesehatan"})

    assert preview.sheet == "dik"  # the users table has no register header and is not read
    pasien, kode = preview.rows
    assert pasien.values["dasar_pengecualian"] == "17.h.2"
    assert pasien.values["jangka_waktu_pengecualian"] == "selama_diperlukan"
    assert pasien.values["unit_penguasa"] == ["Direktur RSUD", "Kepala Dinas Kesehatan"]
    assert pasien.values["notes"] == "- Rekam medis\n- Hasil laboratorium\n- Data 'rahasia' pasien"
    assert kode.values["dasar_pengecualian"] == "17.c.6"
    assert kode.values["jangka_waktu_pengecualian"] == "5"
    assert kode.values["url"] == ["https://example.go.id/sk-dik.pdf"]


def test_xlsx_dik_with_two_row_header_not_on_row_one():
    decree = {
        "owner_org": "Dinas Kominfo",
        "nomor_sk_ppid": "188/12/KEP/2024",
        "persetujuan_pimpinan": "Bupati",
    }

    preview = read_register_file("dik.xlsx", dik_workbook(), decree, max_bytes=LIMIT)

    assert preview.sheet == "DIK 2024" and preview.numbering == "row"
    assert preview.sections[0].kategori == "dikecualikan"  # from the title above the header
    assert preview.mapping["Jangka Waktu"] == "jangka_waktu_pengecualian"
    pasien, server, pajak = preview.rows
    assert (pasien.source_row, pasien.continued_rows) == (6, (7,))
    assert pasien.values["kategori"] == "dikecualikan"
    assert pasien.values["notes"] == "- Rekam medis\n- Hasil laboratorium"
    assert pasien.values["bentuk_tersedia"] == ["softcopy"]
    assert pasien.values["dasar_pengecualian"] == "17.h.2"
    assert pasien.values["jangka_waktu_pengecualian"] == "selama_diperlukan"
    assert pasien.values["tanggal_penetapan"] == "2024-01-15"
    assert pasien.values["nomor_sk_ppid"] == "188/12/KEP/2024"  # one decree for the whole list
    assert (pasien.values["waktu_pembuatan"], pasien.values["tempat_pembuatan"]) == ("2024", "Kepanjen")
    assert pasien.errors == []
    assert server.values["bentuk_tersedia"] == ["softcopy", "hardcopy"]
    assert server.values["tanggal_penetapan"] == "2024-06-13"
    # The unknown ground is reported once, as the file's mistake.
    assert [(error.field, error.params) for error in server.errors] == [
        ("dasar_pengecualian", {"value": "Pasal 17 huruf k"})
    ]
    assert pajak.values["bentuk_tersedia"] == ["hardcopy"]
    assert [error.field for error in pajak.errors] == ["tanggal_penetapan", "jangka_waktu_pengecualian"]
    assert pajak.errors[1].message == 'Enter the period as a whole number of years or "selama_diperlukan".'
    assert "jangka_waktu_pengecualian" not in [warning.field for warning in pajak.warnings]
    assert not preview.ok
    assert preview.counts["with_errors"] == 2


def test_exempted_item_without_consequence_test_is_refused():
    data = b"Judul;Ringkasan;Unit\nData Pribadi;Nomor HP;Dinas Sosial\n"

    (row,) = preview_of("dik.csv", {"kategori": "dikecualikan"}, data=data).rows

    assert [error.field for error in row.errors] == [
        "dasar_pengecualian",
        "dasar_undang_undang",
        "konsekuensi",
        "pertimbangan_kepentingan_publik",
        "nomor_sk_ppid",
        "persetujuan_pimpinan",
        "tanggal_penetapan",
    ]


def test_rows_with_errors_say_what_is_wrong():
    preview = preview_of("dip_errors.csv")

    assert not preview.ok
    untitled, secret, decree = preview.rows
    assert [error.message for error in untitled.errors] == ["The title (judul informasi) is empty."]
    assert {error.field: error.params for error in secret.errors} == {
        "kategori": {"value": "Rahasia Negara"},
        "tahun": {"value": "dua ribu"},
    }
    assert [(error.field, error.params) for error in decree.errors if error.field == "tanggal_penetapan"] == [
        ("tanggal_penetapan", {"value": "31 Februari 2024"})
    ]
    assert untitled.values["owner_org"] == "Dinas Kominfo"


def test_overlong_cell_is_an_error():
    data = ("Judul;Ringkasan;Unit\n" + "x" * 501 + ";ringkas;Dinas\n").encode()

    (row,) = preview_of("long.csv", {"kategori": "berkala"}, data=data).rows

    assert [(error.field, error.params) for error in row.errors] == [("title", {"limit": 500})]


def test_without_category_anywhere_the_row_says_so():
    (row,) = preview_of("x.csv", data=b"Judul;Ringkasan;Unit\nProfil;Profil dinas;Dinas\n").rows

    assert [error.field for error in row.errors] == ["kategori"]


def messages(preview) -> list[str]:
    return [error.message.format(**error.params) for error in preview.errors]


def test_empty_file():
    assert messages(preview_of("dip.csv", data=b"  \n")) == ["The file is empty."]


def test_file_over_the_limit():
    preview = read_register_file("dip.csv", b"Judul\n" + b"x\n" * 2000, {}, max_bytes=1024)

    assert messages(preview) == ["The file is 4 KB; the largest file accepted is 1 KB."]
    assert not preview.ok


def test_content_that_does_not_match_the_extension():
    xlsx = dik_workbook()

    assert messages(preview_of("dip.csv", data=xlsx)) == [
        "The file is named .csv but its content is XLSX: rename it or export it again."
    ]
    assert messages(preview_of("dip.xlsx", data=(FIXTURES / "dip_errors.csv").read_bytes())) == [
        "The file is named .xlsx but its content is CSV: rename it or export it again."
    ]
    assert messages(preview_of("dip.csv", data=b"%PDF-1.7 ...")) == [
        "The file is named .csv but its content is PDF, which cannot be imported."
    ]


def test_unsupported_extension():
    assert messages(preview_of("dip.pdf", data=b"%PDF-1.7")) == [
        'Files named "dip.pdf" cannot be imported: upload a CSV, XLSX, HTML or SQL file.'
    ]


def test_damaged_workbook():
    data = io.BytesIO()
    with zipfile.ZipFile(data, "w") as archive:
        archive.writestr("xl/workbook.xml", "<not xml")

    assert messages(preview_of("dip.xlsx", data=data.getvalue())) == [
        "The XLSX workbook is damaged and cannot be opened."
    ]


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("pegawai.csv", b"Nama;NIK;Alamat\nBudi;3507;Kepanjen\n"),
        ("page.html", b"<html><body><table><tr><td>Menu</td></tr></table></body></html>"),
        ("users.sql", b"CREATE TABLE u (nama text, email text);\nINSERT INTO u VALUES ('Budi', 'b@x');\n"),
    ],
)
def test_no_recognisable_header(name, data):
    preview = preview_of(name, data=data)

    assert [error.message for error in preview.errors] == [
        "No header row was recognised: a row must name the columns, the title (judul) among them."
    ]
    assert preview.rows == [] and not preview.ok


def test_header_without_rows():
    assert messages(preview_of("dip.csv", data=b"Judul;Ringkasan\n;\n")) == [
        "The file has a header but no rows below it."
    ]


def test_unknown_default_category():
    assert messages(preview_of("dip_errors.csv", {"kategori": "rahasia"})) == [
        'Unknown default category "rahasia".'
    ]


def test_header_parts_that_add_no_field_are_not_an_item():
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    for cell, text in (("A1", "Judul"), ("B1", "Pejabat yang Menguasai"), ("B2", "Nama"), ("C2", "Jabatan")):
        sheet[cell] = text
    sheet.merge_cells("A1:A2")
    sheet.merge_cells("B1:C1")
    sheet.append(["Profil Dinas", "Budi", "Sekretaris"])
    data = io.BytesIO()
    workbook.save(data)

    preview = read_register_file("dip.xlsx", data.getvalue(), {"kategori": "berkala"}, max_bytes=LIMIT)

    assert [row.values["title"] for row in preview.rows] == ["Profil Dinas"]
    assert preview.rows[0].source_row == 3
