"""Render time of the DIP and DIK PDFs for the demo register and a larger one (no CKAN, no database).

Renders the register ``ckan ppid demo`` loads (the issue asks for its whole PDF in under 5 seconds), and a
larger fictional Pemda register (13 PPID units x 40 items: 20 periodic, 3 immediate, 14 available at any
time, 3 exempted, with Indonesian titles and summaries of 150-400 characters), renders the consolidated DIP,
one unit's DIP and the consolidated DIK a few times each, and prints wall-clock seconds per render (p50 and
max), CPU seconds (p50, which a busy machine inflates less), the page count and the size, with the load
average before and after (the machine is shared: compare runs made under a similar load).

Usage: .venv/bin/python bench/register_pdf.py [--units 13] [--items 40] [--runs 5]
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import os
import random
import statistics
import time
import zoneinfo
from collections.abc import Callable
from typing import Any

from pypdf import PdfReader

from ckanext.ppid.demo.content import default_content
from ckanext.ppid.demo.payloads import portal_url, register_item_data
from ckanext.ppid.documents.register_export import RegisterExport
from ckanext.ppid.documents.register_pdf import render_register_pdf

UNITS = (
    "PPID Utama Kabupaten Lembah Hijau",
    "Dinas Kesehatan",
    "Dinas Pendidikan dan Kebudayaan",
    "Dinas Pekerjaan Umum dan Penataan Ruang",
    "Dinas Sosial",
    "Dinas Lingkungan Hidup",
    "Dinas Kependudukan dan Pencatatan Sipil",
    "Badan Keuangan dan Aset Daerah",
    "Badan Perencanaan Pembangunan Daerah",
    "Badan Penanggulangan Bencana Daerah",
    "Kecamatan Sungai Jernih",
    "Kecamatan Bukit Damar",
    "Kecamatan Tanjung Rawa",
)
BERKALA = (
    ("profil", "Profil dan Struktur Organisasi {unit}", "tahunan"),
    ("program_kegiatan", "Rencana Kerja {unit} Tahun {year}", "tahunan"),
    ("kinerja", "Laporan Kinerja Instansi Pemerintah {unit} Tahun {year}", "tahunan"),
    ("laporan_keuangan", "Laporan Realisasi Anggaran {unit} Semester {semester} Tahun {year}", "semesteran"),
    ("laporan_keuangan", "Daftar Aset dan Inventaris {unit} Tahun {year}", "tahunan"),
    ("laporan_akses", "Laporan Layanan Informasi Publik {unit} Triwulan {quarter} {year}", "triwulanan"),
    ("regulasi", "Daftar Peraturan dan Keputusan yang Diterbitkan {unit} Tahun {year}", "semesteran"),
    ("prosedur_informasi", "Tata Cara Permohonan Informasi dan Pengajuan Keberatan", "tahunan"),
    ("pengaduan_wewenang", "Tata Cara Pengaduan Penyalahgunaan Wewenang di {unit}", "tahunan"),
    ("pengadaan", "Rencana Umum Pengadaan Barang/Jasa {unit} Tahun {year}", "semesteran"),
    ("ketenagakerjaan", "Statistik Pegawai {unit} per Golongan Bulan {month} {year}", "bulanan"),
    ("peringatan_dini", "Prosedur Peringatan Dini dan Evakuasi Keadaan Darurat Kantor {unit}", "tahunan"),
)
SERTA_MERTA = (
    ("bencana_alam", "Informasi Kesiapsiagaan Banjir Musim Hujan {year} di Wilayah {unit}"),
    ("penyakit_menular", "Informasi Penyebaran Demam Berdarah Dengue dan Langkah Pencegahan {year}"),
    ("gangguan_utilitas", "Pemberitahuan Gangguan Layanan Air Bersih Terencana Bulan {month} {year}"),
)
SETIAP_SAAT = (
    "Daftar Informasi Publik {unit} Tahun {year}",
    "Surat Keputusan Kepala {unit} tentang Standar Pelayanan Tahun {year}",
    "Perjanjian Kerja Sama {unit} dengan Pihak Ketiga Tahun {year}",
    "Rencana Strategis {unit} 2025-2029",
    "Agenda Kerja Pimpinan {unit} Bulan {month} {year}",
    "Hasil Penelitian dan Kajian {unit} Tahun {year}",
    "Data Perizinan yang Diterbitkan {unit} Tahun {year}",
    "Laporan Tindak Lanjut Temuan Inspektorat pada {unit} Tahun {year}",
)
DIKECUALIKAN = (
    (
        "17.h.2",
        "Rekam Medis Pasien Puskesmas",
        "Undang-Undang Nomor 17 Tahun 2023 tentang Kesehatan Pasal 296",
    ),
    ("17.h.3", "Data Rekening dan Penghasilan Penerima Bantuan", "Undang-Undang Nomor 27 Tahun 2022 Pasal 4"),
    ("17.a.2", "Identitas Pelapor Pengaduan Pelanggaran", "Undang-Undang Nomor 31 Tahun 2014 Pasal 5"),
    (
        "17.i",
        "Nota Dinas Internal Pembahasan Rancangan Kebijakan",
        "Undang-Undang Nomor 14 Tahun 2008 Pasal 17",
    ),
)
SENTENCES = (
    "Memuat ringkasan kegiatan, capaian target, dan kendala pelaksanaan selama periode pelaporan.",
    "Disusun berdasarkan data yang dihimpun oleh bidang teknis dan diverifikasi oleh sekretariat.",
    "Informasi ini dimutakhirkan secara berkala dan dapat diunduh dalam format PDF maupun spreadsheet.",
    "Rincian anggaran disajikan per program, kegiatan, dan sub kegiatan sesuai klasifikasi Permendagri.",
    "Dokumen asli tersimpan di ruang arsip dan dapat dilihat langsung di meja layanan PPID.",
    "Mencakup seluruh desa dan kelurahan di wilayah kerja, dengan peta sebaran dan tabel rekapitulasi.",
)
HARM = "Membuka informasi ini dapat mengungkap rahasia pribadi dan merugikan orang yang bersangkutan."
BALANCE = "Melindungi hak pribadi lebih besar manfaatnya daripada kepentingan publik untuk mengetahui."
MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober")


def _common(rng: random.Random, unit: str, number: int) -> dict[str, Any]:
    return {
        "unit_title": unit,
        "owner_org": f"unit-{UNITS.index(unit)}",
        "notes": " ".join(rng.sample(SENTENCES, rng.randint(2, 4))),
        "unit_penguasa": rng.choice(("Sekretariat", "Bidang Program dan Pelaporan", "Sub Bagian Keuangan")),
        "penanggung_jawab": rng.choice(("Sekretaris", "Kepala Bidang Perencanaan", "Kepala Sub Bagian Umum")),
        "waktu_pembuatan": f"2026-{rng.randint(1, 10):02d}-{rng.randint(1, 28):02d}",
        "tempat_pembuatan": "Lembah Hijau Kota",
        "bentuk_tersedia": rng.choice((["softcopy"], ["softcopy", "hardcopy"], ["hardcopy"])),
        "jangka_waktu_penyimpanan": rng.choice(("5 tahun (JRA)", "10 tahun (JRA)", "Permanen")),
        "tahun": 2026,
        "url": f"https://ppid.lembahhijau.example/informasi-publik/item-{UNITS.index(unit)}-{number}",
    }


def _fill(template: str, rng: random.Random, unit: str) -> str:
    return template.format(
        unit=unit, year=2026, semester="I", quarter=rng.randint(1, 3), month=rng.choice(MONTHS)
    )


def register(units: int, items: int, seed: int = 14) -> list[dict[str, Any]]:
    """``items`` register items for each of ``units`` units, in the proportions of a Pemda register."""
    rng = random.Random(seed)
    rows: list[dict[str, Any]] = []
    for unit in (UNITS * (units // len(UNITS) + 1))[:units]:
        for number in range(items):
            row = _common(rng, unit, number)
            share = number / items
            if share < 0.5:
                code, template, period = BERKALA[number % len(BERKALA)]
                row |= {"kategori": "berkala", "item_berkala": code, "periodisitas": period}
            elif share < 0.575:
                code, template = SERTA_MERTA[number % len(SERTA_MERTA)]
                row |= {"kategori": "serta_merta", "jenis_serta_merta": code}
            elif share < 0.925:
                template = SETIAP_SAAT[number % len(SETIAP_SAAT)]
                row |= {"kategori": "setiap_saat"}
            else:
                ground, template, statute = DIKECUALIKAN[number % len(DIKECUALIKAN)]
                row |= {
                    "kategori": "dikecualikan",
                    "dasar_pengecualian": ground,
                    "dasar_undang_undang": statute,
                    "konsekuensi": HARM,
                    "pertimbangan_kepentingan_publik": BALANCE,
                    "jangka_waktu_pengecualian": rng.choice(("selama_diperlukan", "5", "10")),
                    "tanggal_berakhir": "2031-03-01",
                    "nomor_sk_ppid": f"188.4/{rng.randint(10, 99)}/PPID/2026",
                    "tanggal_penetapan": "2026-03-02",
                    "persetujuan_pimpinan": "Sekretaris Daerah",
                    "status_pengecualian": "berlaku",
                }
            row["title"] = f"{_fill(template, rng, unit)} ({number + 1})"
            rows.append(row)
    return rows


def demo_register() -> tuple[str, list[dict[str, Any]]]:
    """The demo's body and register items as the register list returns them (with unit title and page)."""
    content = default_content()
    rows = []
    for item in content.register:
        row = register_item_data(content, item, dt.date(2026, 11, 23))
        row["unit_title"] = content.unit(item.unit).title
        row["url"] = portal_url(content, f"informasi-publik/{row['name']}")
        rows.append(row)
    return content.body, rows


def _time(render: Callable[[], bytes], runs: int) -> tuple[list[float], list[float], bytes]:
    wall, cpu, pdf = [], [], b""
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        pdf = render()
        wall.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    return wall, cpu, pdf


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--units", type=int, default=13)
    parser.add_argument("--items", type=int, default=40)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    generated = dt.datetime(2026, 11, 23, 9, 30, tzinfo=zoneinfo.ZoneInfo("Asia/Jakarta"))

    def export(kind: str, body: str, rows: list[dict[str, Any]], unit: str | None = None) -> RegisterExport:
        chosen = [row for row in rows if unit is None or row["unit_title"] == unit]
        return RegisterExport(
            kind, body, unit, dt.date(2026, 3, 2),  # type: ignore[arg-type]
            "PPID Utama, SK Nomor 188.4/12/PPID/2026", generated, chosen,
            address="Jl. Jenderal Sudirman No. 16, Lembah Hijau Kota",
        )  # fmt: skip

    demo_body, demo = demo_register()
    large = register(args.units, args.items)
    body = "Pemerintah Kabupaten Lembah Hijau"
    cases = {
        f"demo: DIP consolidated ({len(demo)} items in register)": export("dip", demo_body, demo),
        "demo: DIK consolidated": export("dik", demo_body, demo),
        f"large: DIP consolidated ({len(large)} items in register)": export("dip", body, large),
        f"large: DIP of one unit ({UNITS[1]})": export("dip", body, large, UNITS[1]),
        "large: DIK consolidated": export("dik", body, large),
    }
    print(f"{args.runs} runs per case after one warm-up; wall-clock and CPU seconds per render; {_load()}")
    for name, case in cases.items():
        render_register_pdf(case, str)  # warm-up: fonts, templates, imports
        wall, cpu, pdf = _time(lambda case=case: render_register_pdf(case, str), args.runs)
        pages = len(PdfReader(io.BytesIO(pdf)).pages)
        items = sum(1 for row in case.rows if (row["kategori"] == "dikecualikan") == (case.kind == "dik"))
        print(
            f"{name:<50} items {items:>4}  p50 {statistics.median(wall):6.2f} s  max {max(wall):6.2f} s  "
            f"cpu {statistics.median(cpu):6.2f} s  pages {pages:>3}  {len(pdf) / 1024:5.0f} KiB",
            flush=True,
        )
    print(_load())


def _load() -> str:
    return "load average {:.2f} {:.2f} {:.2f}".format(*os.getloadavg())


if __name__ == "__main__":
    main()
