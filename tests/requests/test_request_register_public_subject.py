"""The subject as the public register shows it: the applicant's identifiers and any contact or identity
number removed, the rest kept, cut to a summary (pure core, no database)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from ckanext.ppid.requests.core.public_subject import REMOVED, identifiers, public_subject, summary

SITI = identifiers(
    ("Siti Rahmawati", "Ahmad Kuasa"),
    "Jl. Melati No. 7, RT 02/RW 05, Lembah Hijau 45123",
    ("3201014501900001", "0812-3456-7890", "siti@warga.example", None),
)


def _shown(text: str, limit: int = 500) -> str:
    return public_subject(text, SITI, limit)


def test_the_applicant_s_names_go_whole_and_word_by_word_whatever_the_case():
    shown = _shown("Permohonan SITI RAHMAWATI (dikuasakan kepada Ahmad) tentang data rahmawati")
    assert "siti" not in shown.lower() and "rahmawati" not in shown.lower() and "Ahmad" not in shown
    assert shown.startswith("Permohonan […]")
    assert shown.endswith("tentang data […]")


def test_the_address_parts_with_numbers_go_and_the_region_name_stays():
    shown = _shown("Data banjir di Jl. Melati No. 7 dan RT 02/RW 05 wilayah Lembah Hijau")
    assert "Melati" not in shown and "RT 02" not in shown
    assert "Lembah Hijau" in shown


def test_contact_and_identity_numbers_go_even_when_they_are_someone_else_s():
    shown = _shown(
        "Hubungi 0813 9876 5432, +62 821-1111-2222 atau budi.s@contoh.example; NIK 3171234567890123; "
        "rekening 1234567890"
    )
    for number in ("0813", "9876", "+62", "821", "budi.s", "3171234567890123", "1234567890"):
        assert number not in shown


def test_years_regulation_numbers_and_ordinary_words_stay():
    text = "Perda Nomor 12 Tahun 2020 dan anggaran 2024-2025 per kecamatan, tabel 3.1"
    assert _shown(text) == text


def test_a_name_word_inside_another_word_stays():
    assert _shown("Sitinjak dan Sitiawan") == "Sitinjak dan Sitiawan"


def test_neighbouring_removals_read_as_one():
    assert _shown("Siti Rahmawati 3201014501900001 siti@warga.example minta data") == f"{REMOVED} minta data"


def test_the_summary_is_cut_at_a_word_with_an_ellipsis():
    assert summary("satu dua tiga empat", 12) == "satu dua…"
    assert summary("  satu\n dua  ", 50) == "satu dua"


@given(st.text(max_size=300), st.integers(min_value=5, max_value=120))
def test_a_summary_never_exceeds_its_length(text, limit):
    assert len(_shown(text, limit)) <= limit
