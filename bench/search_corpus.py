"""Generated, realistic catalogue content for the benchmarks: Indonesian titles, notes, tags and formats.

Deterministic for a seed, so two runs measure the same data.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

OPD_NAMES = [
    "Dinas Kesehatan",
    "Dinas Pendidikan",
    "Dinas Pekerjaan Umum dan Penataan Ruang",
    "Dinas Sosial",
    "Badan Pengelolaan Keuangan dan Aset Daerah",
    "Dinas Kependudukan dan Pencatatan Sipil",
    "Bappeda",
    "Dinas Lingkungan Hidup",
    "Dinas Perhubungan",
    "Dinas Komunikasi dan Informatika",
    "Dinas Pertanian",
    "Dinas Perikanan",
    "Dinas Pariwisata",
    "Dinas Koperasi dan UKM",
    "Dinas Tenaga Kerja",
    "Dinas Perindustrian dan Perdagangan",
    "Dinas Pemberdayaan Perempuan",
    "Badan Kepegawaian Daerah",
    "Badan Penanggulangan Bencana Daerah",
    "Satuan Polisi Pamong Praja",
    "Inspektorat Daerah",
    "Sekretariat Daerah",
    "Sekretariat DPRD",
    "Dinas Perpustakaan dan Kearsipan",
    "Dinas Pemuda dan Olahraga",
    "Dinas Ketahanan Pangan",
    "Dinas Perumahan dan Permukiman",
    "Badan Pendapatan Daerah",
    "Kecamatan Sukamaju",
    "Kecamatan Cibening",
]
SUBJECTS = [
    "Jumlah Penduduk",
    "Realisasi Anggaran",
    "Laporan Keuangan",
    "Data Sekolah",
    "Angka Partisipasi Murni",
    "Jumlah Tenaga Kesehatan",
    "Kasus Demam Berdarah",
    "Cakupan Imunisasi",
    "Panjang Jalan",
    "Kondisi Jembatan",
    "Produksi Padi",
    "Luas Lahan Pertanian",
    "Penerima Bantuan Sosial",
    "Jumlah Pencari Kerja",
    "Kunjungan Wisatawan",
    "Timbulan Sampah",
    "Kualitas Air Sungai",
    "Pendapatan Asli Daerah",
    "Rencana Kerja",
    "Laporan Kinerja",
    "Daftar Aset Daerah",
    "Jumlah UMKM",
    "Izin Usaha",
    "Kejadian Bencana",
    "Jumlah Pegawai",
    "Koleksi Perpustakaan",
]
QUALIFIERS = [
    "per Kecamatan",
    "per Desa",
    "per Jenis Kelamin",
    "per Bulan",
    "per Triwulan",
    "Tingkat Kabupaten",
    "menurut Kelompok Umur",
    "menurut Jenjang",
]
NOTE_SENTENCES = [
    "Data ini disusun oleh {opd} berdasarkan laporan bulanan unit pelaksana teknis.",
    "Melaporkan keuangan daerah secara berkala sesuai ketentuan keterbukaan informasi publik.",
    "Mencakup seluruh kecamatan di wilayah kabupaten dan diperbarui setiap tahun anggaran.",
    "Sumber data berasal dari sistem informasi pemerintahan daerah dan hasil verifikasi lapangan.",
    "Digunakan sebagai bahan perencanaan pembangunan dan evaluasi program kegiatan.",
    "Angka sementara dapat berubah setelah dilakukan pemutakhiran oleh perangkat daerah terkait.",
    "Penyajian data mengikuti standar Satu Data Indonesia dan kode referensi wilayah.",
]
TAGS = [
    "kesehatan",
    "pendidikan",
    "keuangan",
    "anggaran",
    "infrastruktur",
    "kependudukan",
    "sosial",
    "pertanian",
    "lingkungan",
    "pariwisata",
    "ekonomi",
    "umkm",
    "ketenagakerjaan",
    "bencana",
    "transportasi",
    "perencanaan",
    "kinerja",
    "aset",
    "perikanan",
    "pangan",
    "perumahan",
    "olahraga",
    "kearsipan",
    "kepegawaian",
    "statistik",
    "apbd",
    "realisasi",
    "laporan",
    "wilayah",
    "desa",
]
FORMATS = ["CSV", "XLSX", "PDF", "JSON", "XLS", "ODS", "ZIP"]
LICENSES = ["cc-by", "cc-by-sa", "cc-zero", "odc-by", "other-open", "notspecified"]
FREQUENCIES = ["tahunan", "semesteran", "triwulanan", "bulanan", "tidak_tentu"]


@dataclass
class GeneratedDataset:
    name: str
    title: str
    notes: str
    org_index: int
    tags: list[str]
    license_id: str
    private: bool
    year: int
    frequency: str
    resources: list[tuple[str, str, str]] = field(default_factory=list)  # (name, format, description)


def generate(count: int, seed: int = 2026) -> list[GeneratedDataset]:
    """``count`` datasets over 30 OPDs; a quarter of them private."""
    rnd = random.Random(seed)
    datasets = []
    for i in range(count):
        org_index = rnd.randrange(len(OPD_NAMES))
        year = rnd.randint(2018, 2026)
        title = f"{rnd.choice(SUBJECTS)} {rnd.choice(QUALIFIERS)} Tahun {year}"
        notes = " ".join(s.format(opd=OPD_NAMES[org_index]) for s in rnd.sample(NOTE_SENTENCES, 3))
        resources = []
        for r in range(rnd.randint(1, 3)):
            fmt = rnd.choice(FORMATS)
            resources.append((f"{title} bagian {r + 1}", fmt, f"Berkas {fmt} untuk {title.lower()}"))
        datasets.append(
            GeneratedDataset(
                name=f"bench-{i:06d}",
                title=title,
                notes=notes,
                org_index=org_index,
                tags=rnd.sample(TAGS, rnd.randint(1, 4)),
                license_id=rnd.choice(LICENSES),
                private=rnd.random() < 0.25,
                year=year,
                frequency=rnd.choice(FREQUENCIES),
                resources=resources,
            )
        )
    return datasets
