"""How DIPs write the law's codes in words: categories, periodic items, update periods.

The codes themselves and their legal basis live in ``ckanext.ppid.law``; this module only recognises
the words offices use for them, in section headings ("A. INFORMASI WAJIB DIUMUMKAN SECARA BERKALA",
"4. Ringkasan Laporan Keuangan") and in cells ("Serta-merta", "Setiap 6 bulan").
"""

from __future__ import annotations

import re

from ckanext.ppid.law import berkala, categories

# Checked in order: the first phrase found in the (normalised) text decides.
CATEGORY_PHRASES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("dikecualikan", ("dikecualikan", "pengecualian", "tertutup")),
    ("serta_merta", ("serta merta", "sertamerta")),
    ("setiap_saat", ("setiap saat", "tersedia setiap")),
    ("berkala", ("berkala",)),
)
# Specific phrases before general ones: "laporan akses" before "laporan keuangan" before "laporan".
BERKALA_PHRASES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("peringatan_dini", ("peringatan dini", "evakuasi", "keadaan darurat")),
    ("pengaduan_wewenang", ("penyalahgunaan wewenang", "pelanggaran", "pengaduan")),
    ("prosedur_informasi", ("tata cara", "prosedur", "permohonan", "keberatan", "sengketa")),
    ("laporan_akses", ("akses informasi", "layanan informasi", "akses")),
    ("laporan_keuangan", ("keuangan", "anggaran", "neraca")),
    ("kinerja", ("kinerja", "akuntabilitas")),
    ("program_kegiatan", ("program", "kegiatan")),
    ("pengadaan", ("pengadaan", "lelang", "tender")),
    ("ketenagakerjaan", ("ketenagakerjaan", "kepegawaian", "penerimaan pegawai", "rekrutmen", "lowongan")),
    ("regulasi", ("peraturan", "regulasi", "kebijakan", "keputusan")),
    ("profil", ("profil", "kedudukan", "struktur organisasi")),
    ("berkala_lainnya", ("lainnya", "lain")),
)
PERIOD_PHRASES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("triwulanan", ("triwulan", "tri wulan", "3 bulan", "tiga bulan", "kuartal")),
    ("semesteran", ("semester", "6 bulan", "enam bulan")),
    ("bulanan", ("bulan",)),
    ("tahunan", ("tahun",)),
)
ENUMERATED = re.compile(r"^\s*(?:[A-Z]|[IVX]{1,4}|\d{1,2})[.)]\s+\S")


def words(text: str) -> str:
    return " ".join(re.sub(r"[^0-9a-z]+", " ", text.lower()).split())


def _first(text: str, table: tuple[tuple[str, tuple[str, ...]], ...]) -> str | None:
    padded = f" {words(text)} "
    squeezed = padded.replace(" ", "")
    for code, phrases in table:
        # Multi-word phrases also match written as one word ("sertamerta", "setiapsaat").
        if any(
            f" {phrase} " in padded or (" " in phrase and phrase.replace(" ", "") in squeezed)
            for phrase in phrases
        ):
            return code
    return None


def category_codes() -> frozenset[str]:
    return frozenset(entry.code for entry in categories.CATEGORIES)


def category(text: str) -> str | None:
    """A category code from a cell or heading ("Informasi Serta-Merta", "setiap_saat")."""
    code = text.strip().lower().replace("-", "_").replace(" ", "_")
    if code in category_codes():
        return code
    return _first(text, CATEGORY_PHRASES)


def berkala_item(text: str) -> str | None:
    """The periodic item (Perki 1/2021) a heading or cell names, e.g. "4. Ringkasan Laporan Keuangan"."""
    code = text.strip().lower()
    if code in {entry.code for entry in berkala.BERKALA_ITEMS}:
        return code
    return _first(text, BERKALA_PHRASES)


def periodicity(text: str) -> str | None:
    """An update period from "Tahunan", "Setiap 6 bulan", "per triwulan"."""
    code = text.strip().lower()
    if code in {entry.code for entry in berkala.PERIODICITIES}:
        return code
    return _first(text, PERIOD_PHRASES)


def is_enumerated_heading(text: str) -> bool:
    """ "A. ...", "IV. ...", "3. ...": how section and sub-section headings start."""
    return bool(ENUMERATED.match(text))
