"""Words DIPs use for the law's codes: headings and cells map to codes the law defines."""

from __future__ import annotations

import pytest

from ckanext.ppid.law import berkala, categories
from ckanext.ppid.register.core.importing import vocabulary


def test_every_recognised_code_is_one_of_the_law():
    assert {code for code, _ in vocabulary.CATEGORY_PHRASES} == {
        entry.code for entry in categories.CATEGORIES
    }
    assert {code for code, _ in vocabulary.BERKALA_PHRASES} <= {entry.code for entry in berkala.BERKALA_ITEMS}
    assert {code for code, _ in vocabulary.PERIOD_PHRASES} == {entry.code for entry in berkala.PERIODICITIES}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("A. INFORMASI WAJIB DIUMUMKAN SECARA BERKALA", "berkala"),
        ("Serta-merta", "serta_merta"),
        ("Informasi Sertamerta", "serta_merta"),
        ("C. INFORMASI TERSEDIA SETIAP SAAT", "setiap_saat"),
        ("DAFTAR INFORMASI YANG DIKECUALIKAN", "dikecualikan"),
        ("setiap_saat", "setiap_saat"),
        ("Rahasia", None),
    ],
)
def test_categories(text, code):
    assert vocabulary.category(text) == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("1. Informasi tentang Profil Badan Publik", "profil"),
        ("3. Informasi Laporan Akuntabilitas Kerja", "kinerja"),
        ("4. Ringkasan Laporan Keuangan", "laporan_keuangan"),
        ("5. Laporan Akses Informasi Publik", "laporan_akses"),
        (
            "7. Informasi tentang Laporan Tata Cara Pengaduan Penyalahgunaan dan Pelanggaran",
            "pengaduan_wewenang",
        ),
        ("8. Pengumuman Pengadaan Barang dan Jasa", "pengadaan"),
        ("Informasi Peringatan Dini dan Prosedur Evakuasi", "peringatan_dini"),
    ],
)
def test_periodic_items(text, code):
    assert vocabulary.berkala_item(text) == code


@pytest.mark.parametrize(
    ("text", "code"),
    [("Tahunan", "tahunan"), ("Setiap 6 bulan", "semesteran"), ("per triwulan", "triwulanan")],
)
def test_periodicities(text, code):
    assert vocabulary.periodicity(text) == code
