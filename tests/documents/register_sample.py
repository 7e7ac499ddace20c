"""A small register with every category, and a translator, shared by the export tests (no database)."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from typing import Any

from ckanext.ppid.documents.register_export import RegisterExport

BODY = "Pemerintah Kabupaten Lembah Hijau"
# Where an exempted item's page and document would be: an export of the DIK must never show either.
SECRET_PAGE = "https://ppid.lembahhijau.example/informasi-publik/rekam-medis-rahasia"
SECRET_FILE = "https://ppid.lembahhijau.example/dip/dinkes/rekam-medis-rahasia.pdf"
# Indonesian for the msgids the tests look for; anything else stays English.
INDONESIAN = {
    "Periodic information": "Informasi Berkala",
    "Immediate information": "Informasi Serta Merta",
    "Information available at any time": "Informasi Setiap Saat",
    "Exempted information": "Informasi yang Dikecualikan",
    "List of Public Information": "Daftar Informasi Publik",
    "List of Exempted Information": "Daftar Informasi yang Dikecualikan",
    "Page {page} of {pages}": "Halaman {page} dari {pages}",
    "{heading} (continued)": "{heading} (lanjutan)",
    "Information title": "Judul Informasi",
    "PPID unit": "Unit PPID",
    "Summary of the information": "Ringkasan Isi Informasi",
    "Information category": "Kategori Informasi",
    "Established by {by} on {date}": "Ditetapkan oleh {by} pada tanggal {date}",
    "In force": "Berlaku",
    "For as long as needed": "Selama diperlukan",
}


def indonesian(message: str) -> str:
    return INDONESIAN.get(message, message)


def _item(number: int, unit: str, kategori: str, title: str, **fields: Any) -> dict[str, Any]:
    return {
        "title": title,
        "name": f"item-{number}",
        "notes": f"Ringkasan **{title}** dengan [tautan](https://contoh.example/{number}).",
        "owner_org": unit.lower().replace(" ", "-"),
        "unit_title": unit,
        "kategori": kategori,
        "tahun": 2026,
        "unit_penguasa": f"Sekretariat {unit}",
        "penanggung_jawab": f"Kepala {unit}",
        "waktu_pembuatan": "2026-03-07",
        "tempat_pembuatan": "Lembah Hijau Kota",
        "bentuk_tersedia": ["softcopy", "hardcopy"],
        "jangka_waktu_penyimpanan": "5 tahun (JRA)",
        "dasar_hukum": "UU 14/2008",
        "url": f"https://ppid.lembahhijau.example/informasi-publik/item-{number}",
        "resources": [{"url": f"https://ppid.lembahhijau.example/dip/item-{number}.pdf"}],
        **fields,
    }


def _exempted(number: int, unit: str, title: str, **fields: Any) -> dict[str, Any]:
    decision = {
        "dasar_pengecualian": "17.h.2",
        "dasar_undang_undang": "Undang-Undang Nomor 17 Tahun 2023 tentang Kesehatan Pasal 296",
        "konsekuensi": "Membuka rekam medis mengungkap rahasia pribadi pasien.",
        "pertimbangan_kepentingan_publik": "Perlindungan data pribadi lebih besar daripada manfaat dibuka.",
        "jangka_waktu_pengecualian": "selama_diperlukan",
        "tanggal_penetapan": "2026-03-02",
        "nomor_sk_ppid": "188.4/021/PPID-DINKES/2026",
        "persetujuan_pimpinan": "Bupati Lembah Hijau",
        "url": SECRET_PAGE
        if number == 90
        else f"https://ppid.lembahhijau.example/informasi-publik/x-{number}",
        "resources": [{"url": SECRET_FILE}],
    }
    return _item(number, unit, "dikecualikan", title, **(decision | fields))


REGISTER = [
    _item(1, "Dinas Kesehatan", "berkala", "Laporan Keuangan Dinas Kesehatan Tahun 2025",
          item_berkala="laporan_keuangan", periodisitas="tahunan"),
    _item(2, "Dinas Kesehatan", "berkala", "Profil Dinas Kesehatan", item_berkala="profil",
          periodisitas="tahunan"),
    _item(3, "Kecamatan Sungai Jernih", "berkala", "Rencana Kerja Kecamatan Sungai Jernih Tahun 2026",
          item_berkala="program_kegiatan", periodisitas="tahunan", jenis_serta_merta="bencana_alam"),
    _item(4, "Dinas Kesehatan", "serta_merta", "Peringatan Kewaspadaan Demam Berdarah November 2026",
          jenis_serta_merta="penyakit_menular", bentuk_tersedia="[\"softcopy\"]"),
    _item(5, "Dinas Kesehatan", "setiap_saat", "Perjanjian Kerja Sama Pengelolaan Limbah Medis 2026"),
    _item(6, "Kecamatan Sungai Jernih", "setiap_saat", "Agenda Kerja Camat Sungai Jernih Bulan Oktober 2026"),
    _exempted(90, "Dinas Kesehatan", "Rekam Medis Pasien Puskesmas Sungai Jernih"),
    _exempted(91, "Kecamatan Sungai Jernih", "Identitas Pelapor Pengaduan Masyarakat",
              dasar_pengecualian="17.a.2", jangka_waktu_pengecualian="5", tanggal_berakhir="2031-03-02",
              status_pengecualian="berlaku"),
]  # fmt: skip
EXEMPTED_TITLES = [row["title"] for row in REGISTER if row["kategori"] == "dikecualikan"]
PUBLIC_TITLES = [row["title"] for row in REGISTER if row["kategori"] != "dikecualikan"]


def export(
    kind: str, unit_title: str | None = None, rows: list[dict[str, Any]] | None = None
) -> RegisterExport:
    chosen = REGISTER if rows is None else rows
    return RegisterExport(
        kind=kind,  # type: ignore[arg-type]
        body_name=BODY,
        unit_title=unit_title,
        established_on=dt.date(2026, 11, 23),
        established_by="PPID Utama (SK Nomor 188.4/12/PPID/2026)",
        generated_at=dt.datetime(2026, 11, 24, 8, 5, tzinfo=zoneinfo.ZoneInfo("Asia/Jakarta")),
        rows=[row for row in chosen if unit_title is None or row["unit_title"] == unit_title],
        address="Jl. Jenderal Sudirman No. 16, Lembah Hijau Kota",
    )
