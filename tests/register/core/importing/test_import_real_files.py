"""The importer on registers published by real bodies (read from ../shared/data/register when present)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ckanext.ppid.register.core.importing.preview import read_register_file

REGISTER = Path(__file__).resolve().parents[4] / "shared" / "data" / "register"
MALANG = REGISTER / "dik_kabmalang_informasi_dikecualikan.sql"
JABAR = REGISTER / "dip_jabarprov_ppid_daftar_informasi_publik.blade.html"
LIMIT = 5 * 1024 * 1024


def real_file(path: Path) -> bytes:
    if not path.is_file():
        pytest.skip(
            f"real register data not available: {path} is missing (the shared data folder is not mounted)"
        )
    return path.read_bytes()


@pytest.fixture(scope="module")
def malang():
    data = real_file(MALANG)
    defaults = {"kategori": "dikecualikan", "owner_org": "PPID Kabupaten Malang"}
    return read_register_file(MALANG.name, data, defaults, max_bytes=LIMIT)


@pytest.fixture(scope="module")
def jabar():
    return read_register_file(JABAR.name, real_file(JABAR), {}, max_bytes=LIMIT)


def by_title(preview, title):
    return next(row for row in preview.rows if row.values.get("title") == title)


def test_malang_dik_all_rows_parsed(malang):
    assert malang.errors == [] and malang.notes == []
    assert malang.format == "sql" and malang.sheet == "informasi_dikecualikan"
    assert len(malang.rows) == 25
    assert malang.counts["by_kategori"] == {"dikecualikan": 25}
    assert [row.source_row for row in malang.rows] == list(range(49, 74))
    assert all(row.values["title"] and row.values["notes"] for row in malang.rows)
    assert malang.mapping == {
        "judul": "title",
        "ringkasan": "notes",
        "pejabat": "unit_penguasa",
        "penanggung_jawab": "penanggung_jawab",
        "waktu_penerbitan": "waktu_pembuatan",
        "bentuk": "bentuk_tersedia",
        "jangka_waktu": "jangka_waktu_pengecualian",
        "berkas": "url",
    }
    assert {column.header for column in malang.unmatched} == {"media", "tanggal_unggah"}


def test_malang_forms_lists_and_units(malang):
    forms = [tuple(row.values["bentuk_tersedia"]) for row in malang.rows]
    assert forms.count(("softcopy",)) == 2  # "Soft Copy"
    assert forms.count(("softcopy", "hardcopy")) == 23  # "Soft dan Hard Copy"
    kependudukan = by_title(malang, "Data dan Dokumentasi Kependudukan")
    notes = kependudukan.values["notes"].split("\n")
    assert len(notes) == 12
    assert notes[0] == "- Data base kependudukan" and notes[-1] == "- Data penyandang gizi buruk"
    assert "\\r\\n" not in kependudukan.values["notes"]
    assert kependudukan.values["unit_penguasa"] == [
        "Kepala Dinas Kependudukan dan Pencatatan Sipil",
        "Dinas Tenaga Kerja",
        "Dinas Pendidikan",
        "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
        "Dinas Kesehatan",
        "Dinas Perumahan, Kawasan Permukiman dan Cipta Karya",
    ]
    assert len(by_title(malang, "Pelaku Usaha").values["penanggung_jawab"]) == 3
    teknologi = by_title(malang, "Teknologi Informatika")
    assert teknologi.values["notes"].count("\n- ") == 10  # eleven items packed on one line


def test_malang_periods_and_gaps_are_explained(malang):
    sk = malang.rows[0]
    assert sk.values["url"][0].startswith("https://drive.google.com/")
    assert sk.values["owner_org"] == "PPID Kabupaten Malang"
    assert {warning.field for warning in sk.warnings} == {"unit_penguasa", "penanggung_jawab"}
    persandian = by_title(malang, "Data dan Informasi Persandian")
    # "30 tahun / selama jangka waktu yang ditetapkan" is not one period: kept as written, with a warning.
    assert persandian.values["jangka_waktu_pengecualian"].startswith("30 tahun")
    assert [warning.field for warning in persandian.warnings] == ["jangka_waktu_pengecualian"]
    assert sum(1 for row in malang.rows if "jangka_waktu_pengecualian" in row.values) == 24


def test_malang_without_a_unit_chosen_flags_the_row_with_no_unit():
    preview = read_register_file(
        MALANG.name, real_file(MALANG), {"kategori": "dikecualikan"}, max_bytes=LIMIT
    )

    unowned = [
        row.source_row for row in preview.rows if any(error.field == "owner_org" for error in row.errors)
    ]

    assert unowned == [49]


def test_jabar_dip_rows_per_section(jabar):
    assert jabar.errors == [] and jabar.ok
    assert len(jabar.rows) == 52
    assert jabar.counts["by_kategori"] == {"berkala": 32, "serta_merta": 2, "setiap_saat": 18}
    assert [section.kategori for section in jabar.sections if section.text[:2] in ("A.", "B.", "C.")] == [
        "berkala",
        "serta_merta",
        "setiap_saat",
    ]
    items = [row.values.get("item_berkala") for row in jabar.rows if row.values["kategori"] == "berkala"]
    assert [items.count(code) for code in ("profil", "program_kegiatan", "laporan_keuangan", "regulasi")] == [
        6,
        7,
        11,
        2,
    ]
    assert {"kinerja", "laporan_akses", "prosedur_informasi", "pengaduan_wewenang", "pengadaan"} <= set(items)


def test_jabar_header_typo_and_columns(jabar):
    assert jabar.mapping == {
        "Judul Informasi": "title",
        "Ringkasan Informasi": "notes",
        "Pejabat yang menguasai informasi": "unit_penguasa",
        "Penanggungjawab Pembuatan Informasi": "penanggung_jawab",
        "Waktu Pembuatan/ Penerbitan Informasi": "waktu_pembuatan",
        "Bentuk Informasi yang Tersedia": "bentuk_tersedia",
        "Jangka Waktu Penyimpanana": "jangka_waktu_penyimpanan",
        "Jenis Media Yang Memuat Informasi": "url",
    }


def test_jabar_rowspans_make_one_item(jabar):
    visi = by_title(jabar, "Visi dan Misi")
    assert len(visi.continued_rows) == 7
    assert visi.values["notes"].startswith("Visi : Terwujudnya Jawa Barat Juara Lahir Batin")
    assert "- Membentuk manusia pancasila yang bertaqwa" in visi.values["notes"]
    assert visi.values["unit_penguasa"] == ["PPID Setda"]
    assert visi.values["url"] == ["https://jabarprov.go.id/tentang-jawa-barat/visi-misi-pemprov-jabar"]
    assert visi.values["bentuk_tersedia"] == ["softcopy", "hardcopy"]
    assert visi.values["tahun"] == 2023 and visi.values["waktu_pembuatan"] == "Tahun 2023"
    lhkpn = by_title(jabar, "LHKPN")
    assert lhkpn.values["notes"].endswith("- Gubernur\n- Wakil Gubernur\n- Sekretaris Daerah")
    warning = by_title(
        jabar, "Informasi mengenai prosedur peringatan dini dan prosedur evakuasi keadaan darudat"
    )
    assert warning.values["kategori"] == "serta_merta"
    assert warning.values["unit_penguasa"] == ["PPID Jawa Barat", "BMKG", "BPBD Jawa Barat"]
    # Titles copied from the law's list lose their trailing ";".
    assert by_title(jabar, "data perbendaharaan atau inventaris").values["kategori"] == "setiap_saat"


def test_malang_dik_lacks_the_consequence_test(malang):
    """The list names no Pasal 17 ground, statute, harm or decree: the law's checks say so on every row."""
    assert not malang.ok
    assert malang.counts["with_errors"] == 25
    expected = {
        "dasar_pengecualian",
        "dasar_undang_undang",
        "konsekuensi",
        "pertimbangan_kepentingan_publik",
        "nomor_sk_ppid",
        "persetujuan_pimpinan",
        "tanggal_penetapan",
    }
    assert all(expected <= {error.field for error in row.errors} for row in malang.rows)
    # The Pasal 18(1) keyword check reads "Perda" in "Penggeledahan Perda" as a never-exempt regulation.
    perda = by_title(malang, "Penggeledahan Perda")
    assert {error.field for error in perda.errors} - expected == {"title", "notes"}
