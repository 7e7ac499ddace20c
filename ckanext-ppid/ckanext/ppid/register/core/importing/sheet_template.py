"""The import template of each category: the columns an officer fills in, headed with the form's Indonesian
labels the importer recognises, and an example row the importer accepts.

A label the header matcher would not map back to its field (``headers.map_columns``) is replaced by the
field's first synonym that it does, so a downloaded template always imports.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from ckanext.ppid.register.core.importing import headers

EXEMPTED = "dikecualikan"
COMMON = ("title", "notes", "owner_org", "kategori")
MAKING = (
    "tahun",
    "unit_penguasa",
    "penanggung_jawab",
    "waktu_pembuatan",
    "tempat_pembuatan",
    "bentuk_tersedia",
    "jangka_waktu_penyimpanan",
    "dasar_hukum",
    "url",
)
COLUMNS: dict[str, tuple[str, ...]] = {
    "berkala": (*COMMON, "item_berkala", "periodisitas", *MAKING),
    "serta_merta": (*COMMON, "jenis_serta_merta", *MAKING),
    "setiap_saat": (*COMMON, *MAKING),
    EXEMPTED: (
        *COMMON,
        "tahun",
        "unit_penguasa",
        "penanggung_jawab",
        "dasar_pengecualian",
        "dasar_undang_undang",
        "konsekuensi",
        "pertimbangan_kepentingan_publik",
        "jangka_waktu_pengecualian",
        "nomor_sk_ppid",
        "tanggal_penetapan",
        "persetujuan_pimpinan",
    ),
}
# Example values as an office writes them (the unit is the officer's own, given by the caller).
EXAMPLE_COMMON = {
    "tahun": "2025",
    "unit_penguasa": "Kepala Bidang Informasi dan Komunikasi Publik",
    "penanggung_jawab": "Sekretaris Dinas",
    "waktu_pembuatan": "Januari 2025",
    "tempat_pembuatan": "Kantor Dinas",
    "bentuk_tersedia": "Softcopy, Hardcopy",
    "jangka_waktu_penyimpanan": "5 tahun",
    "dasar_hukum": "UU 14/2008 Pasal 9",
    "url": "",
}
EXAMPLES: dict[str, dict[str, str]] = {
    "berkala": {
        "title": "Ringkasan Laporan Keuangan Tahun 2025",
        "notes": "Ringkasan laporan realisasi anggaran, neraca dan catatan atas laporan keuangan.",
        "kategori": "Berkala",
        "item_berkala": "Ringkasan Laporan Keuangan",
        "periodisitas": "Tahunan",
    },
    "serta_merta": {
        "title": "Informasi Peringatan Dini Banjir",
        "notes": "Peringatan dini dan jalur evakuasi saat banjir.",
        "kategori": "Serta Merta",
        "jenis_serta_merta": "Bencana alam",
    },
    "setiap_saat": {
        "title": "Daftar Rencana Kerja Tahun 2025",
        "notes": "Rencana kerja dan anggaran yang ditetapkan.",
        "kategori": "Setiap Saat",
    },
    EXEMPTED: {
        "title": "Dokumen Rencana Pengamanan Gedung Arsip",
        "notes": "Denah dan jadwal pengamanan gedung arsip.",
        "kategori": "Dikecualikan",
        "dasar_pengecualian": "Pasal 17 huruf c angka 1",
        "dasar_undang_undang": "UU 14/2008 Pasal 17 huruf c",
        "konsekuensi": "Bila dibuka, orang yang tidak berwenang mengetahui titik lemah pengamanan gedung.",
        "pertimbangan_kepentingan_publik": "Menutupnya melindungi arsip milik publik.",
        "jangka_waktu_pengecualian": "5 tahun",
        "nomor_sk_ppid": "800/01/PPID/2025",
        "tanggal_penetapan": "12 September 2025",
        "persetujuan_pimpinan": "Disetujui Kepala Dinas",
    },
}


@dataclass(frozen=True)
class SheetTemplate:
    """The header row and the example row of one category's template."""

    category: str
    fields: tuple[str, ...]
    header: tuple[str, ...]
    example: tuple[str, ...]


def categories() -> tuple[str, ...]:
    return tuple(COLUMNS)


def column_header(field: str, label: str, exempt: bool) -> str:
    """``label`` when the importer reads it as ``field``, else the first synonym it does."""
    for candidate in (label, *headers.SYNONYMS.get(field, ())):
        if candidate and headers.match_column(0, candidate, exempt).field == field:
            return candidate[:1].upper() + candidate[1:]
    raise ValueError(f"no header the importer reads as {field}")


def sheet_template(category: str, labels: Mapping[str, str], unit: str) -> SheetTemplate:
    """The template of ``category`` (a key of :data:`COLUMNS`); ``labels`` are the form's labels by field,
    ``unit`` the name or title of the unit the example row is of."""
    fields = COLUMNS[category]
    exempt = category == EXEMPTED
    values = {**EXAMPLE_COMMON, "owner_org": unit, **EXAMPLES[category]}
    return SheetTemplate(
        category,
        fields,
        tuple(column_header(field, labels.get(field, ""), exempt) for field in fields),
        tuple(values.get(field, "") for field in fields),
    )
