"""What the demo OPDs spend on: their programs, kegiatan and sub kegiatan, and the accounts (rekening) of
each sub kegiatan, as data (pure: no CKAN import).

Codes follow Permendagri 90/2019 and its updates (docs/budget-codes.md): program ``X.XX.XX`` with program
``01`` the generic support program of every OPD, kegiatan ``X.XX.XX.2.ZZ`` (``2``: kabupaten/kota), sub
kegiatan with four digits as SIPD writes them since the 2023 nomenclature (the support program's
kegiatan and sub kegiatan as the nomenclature has them; the technical ones after it, numbered plausibly
where the exact number varies between decrees). Accounts are sub rincian objek in SIPD's writing
(``5.1.02.01.001.00024``); ``ACCOUNT_NAMES`` names every level SIPD lists above them (jenis, objek,
rincian objek).
"""

from __future__ import annotations

from dataclasses import dataclass

URUSAN_NAMES = {
    "1": "URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR",
    "2": "URUSAN PEMERINTAHAN WAJIB YANG TIDAK BERKAITAN DENGAN PELAYANAN DASAR",
    "3": "URUSAN PEMERINTAHAN PILIHAN",
    "5": "UNSUR PENUNJANG URUSAN PEMERINTAHAN",
}
BIDANG_NAMES = {
    "1.01": "URUSAN PEMERINTAHAN BIDANG PENDIDIKAN",
    "1.02": "URUSAN PEMERINTAHAN BIDANG KESEHATAN",
    "1.03": "URUSAN PEMERINTAHAN BIDANG PEKERJAAN UMUM DAN PENATAAN RUANG",
    "1.06": "URUSAN PEMERINTAHAN BIDANG SOSIAL",
    "2.09": "URUSAN PEMERINTAHAN BIDANG PANGAN",
    "2.11": "URUSAN PEMERINTAHAN BIDANG LINGKUNGAN HIDUP",
    "2.12": "URUSAN PEMERINTAHAN BIDANG ADMINISTRASI KEPENDUDUKAN DAN PENCATATAN SIPIL",
    "3.27": "URUSAN PEMERINTAHAN BIDANG PERTANIAN",
    "5.01": "PERENCANAAN",
    "5.02": "KEUANGAN",
}

# Every account level SIPD prints under a sub kegiatan, from jenis down to sub rincian objek.
ACCOUNT_NAMES = {
    "5.1.01": "Belanja Pegawai",
    "5.1.01.01": "Belanja Gaji dan Tunjangan ASN",
    "5.1.01.01.001": "Belanja Gaji Pokok ASN",
    "5.1.01.01.001.00001": "Belanja Gaji Pokok PNS",
    "5.1.01.01.002": "Belanja Tunjangan Keluarga ASN",
    "5.1.01.01.002.00001": "Belanja Tunjangan Keluarga PNS",
    "5.1.01.01.003": "Belanja Tunjangan Jabatan ASN",
    "5.1.01.01.003.00001": "Belanja Tunjangan Jabatan PNS",
    "5.1.01.01.004": "Belanja Tunjangan Fungsional ASN",
    "5.1.01.01.004.00001": "Belanja Tunjangan Fungsional PNS",
    "5.1.01.01.006": "Belanja Tunjangan Beras ASN",
    "5.1.01.01.006.00001": "Belanja Tunjangan Beras PNS",
    "5.1.01.02": "Belanja Tambahan Penghasilan ASN",
    "5.1.01.02.001": "Tambahan Penghasilan berdasarkan Beban Kerja ASN",
    "5.1.01.02.001.00001": "Tambahan Penghasilan berdasarkan Beban Kerja PNS",
    "5.1.02": "Belanja Barang dan Jasa",
    "5.1.02.01": "Belanja Barang",
    "5.1.02.01.001": "Belanja Barang Pakai Habis",
    "5.1.02.01.001.00024": "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor",
    "5.1.02.01.001.00025": "Belanja Alat/Bahan untuk Kegiatan Kantor-Kertas dan Cover",
    "5.1.02.01.001.00029": "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Komputer",
    "5.1.02.01.001.00044": "Belanja Obat-Obatan-Obat",
    "5.1.02.01.001.00052": "Belanja Makanan dan Minuman Rapat",
    "5.1.02.02": "Belanja Jasa",
    "5.1.02.02.001": "Belanja Jasa Kantor",
    "5.1.02.02.001.00003": "Honorarium Narasumber atau Pembahas, Moderator, Pembawa Acara, dan Panitia",
    "5.1.02.02.001.00004": "Honorarium Tim Pelaksana Kegiatan dan Sekretariat Tim Pelaksana Kegiatan",
    "5.1.02.02.001.00026": "Belanja Jasa Tenaga Administrasi",
    "5.1.02.02.001.00029": "Belanja Jasa Tenaga Ahli",
    "5.1.02.02.001.00030": "Belanja Jasa Tenaga Kebersihan",
    "5.1.02.02.001.00031": "Belanja Jasa Tenaga Keamanan",
    "5.1.02.02.001.00039": "Belanja Jasa Tenaga Informasi dan Teknologi",
    "5.1.02.02.001.00059": "Belanja Tagihan Telepon",
    "5.1.02.02.001.00061": "Belanja Tagihan Listrik",
    "5.1.02.02.001.00063": "Belanja Kawat/Faksimili/Internet/TV Berlangganan",
    "5.1.02.02.015": "Belanja Sewa Aset Tidak Berwujud",
    "5.1.02.02.015.00005": "Belanja Sewa Aset Tidak Berwujud-Software",
    "5.1.02.03": "Belanja Pemeliharaan",
    "5.1.02.03.002": "Belanja Pemeliharaan Peralatan dan Mesin",
    "5.1.02.03.002.00036": (
        "Belanja Pemeliharaan Alat Angkutan-Alat Angkutan Darat Bermotor-Kendaraan Bermotor Penumpang"
    ),
    "5.1.02.03.002.00405": "Belanja Pemeliharaan Komputer-Komputer Unit-Personal Computer",
    "5.1.02.03.003": "Belanja Pemeliharaan Gedung dan Bangunan",
    "5.1.02.03.003.00001": (
        "Belanja Pemeliharaan Bangunan Gedung-Bangunan Gedung Tempat Kerja-Bangunan Gedung Kantor"
    ),
    "5.1.02.04": "Belanja Perjalanan Dinas",
    "5.1.02.04.001": "Belanja Perjalanan Dinas Dalam Negeri",
    "5.1.02.04.001.00001": "Belanja Perjalanan Dinas Biasa",
    "5.1.02.04.001.00003": "Belanja Perjalanan Dinas Dalam Kota",
    "5.1.02.04.001.00004": "Belanja Perjalanan Dinas Paket Meeting Dalam Kota",
    "5.1.02.05": "Belanja Uang dan/atau Jasa untuk Diberikan kepada Pihak Ketiga/Pihak Lain/Masyarakat",
    "5.1.02.05.002": "Belanja Jasa yang Diberikan kepada Pihak Ketiga/Pihak Lain/Masyarakat",
    "5.1.02.05.002.00001": "Belanja Jasa yang Diberikan kepada Pihak Ketiga/Pihak Lain",
    "5.1.05": "Belanja Hibah",
    "5.1.05.05": (
        "Belanja Hibah kepada Badan, Lembaga, Organisasi Kemasyarakatan yang Berbadan Hukum Indonesia"
    ),
    "5.1.05.05.001": "Belanja Hibah Uang kepada Badan, Lembaga, Organisasi Kemasyarakatan",
    "5.1.05.05.001.00001": "Belanja Hibah Uang kepada Badan dan Lembaga Nirlaba, Sukarela dan Sosial",
    "5.1.06": "Belanja Bantuan Sosial",
    "5.1.06.01": "Belanja Bantuan Sosial kepada Individu",
    "5.1.06.01.001": "Belanja Bantuan Sosial Uang yang Direncanakan kepada Individu",
    "5.1.06.01.001.00001": "Belanja Bantuan Sosial Uang yang Direncanakan kepada Individu",
    "5.2.02": "Belanja Modal Peralatan dan Mesin",
    "5.2.02.05": "Belanja Modal Alat Kantor dan Rumah Tangga",
    "5.2.02.05.002": "Belanja Modal Alat Rumah Tangga",
    "5.2.02.05.002.00001": "Belanja Modal Mebel",
    "5.2.02.07": "Belanja Modal Alat Kedokteran dan Kesehatan",
    "5.2.02.07.001": "Belanja Modal Alat Kedokteran",
    "5.2.02.07.001.00001": "Belanja Modal Alat Kedokteran Umum",
    "5.2.02.10": "Belanja Modal Komputer",
    "5.2.02.10.001": "Belanja Modal Komputer Unit",
    "5.2.02.10.001.00002": "Belanja Modal Personal Computer",
    "5.2.03": "Belanja Modal Gedung dan Bangunan",
    "5.2.03.01": "Belanja Modal Bangunan Gedung",
    "5.2.03.01.001": "Belanja Modal Bangunan Gedung Tempat Kerja",
    "5.2.03.01.001.00001": "Belanja Modal Bangunan Gedung Kantor",
    "5.2.03.01.001.00005": "Belanja Modal Bangunan Gedung Tempat Pendidikan",
    "5.2.03.01.001.00007": "Belanja Modal Bangunan Kesehatan",
    "5.2.04": "Belanja Modal Jalan, Jaringan, dan Irigasi",
    "5.2.04.01": "Belanja Modal Jalan dan Jembatan",
    "5.2.04.01.001": "Belanja Modal Jalan",
    "5.2.04.01.001.00003": "Belanja Modal Jalan Kabupaten",
    "5.2.04.01.003": "Belanja Modal Jembatan",
    "5.2.04.01.003.00003": "Belanja Modal Jembatan pada Jalan Kabupaten",
    "5.2.04.02": "Belanja Modal Bangunan Air",
    "5.2.04.02.001": "Belanja Modal Bangunan Air Irigasi",
    "5.2.04.02.001.00010": "Belanja Modal Bangunan Pembawa Irigasi",
    "5.2.04.03": "Belanja Modal Instalasi",
    "5.2.04.03.001": "Belanja Modal Instalasi Air Bersih/Air Baku",
    "5.2.04.03.001.00001": "Belanja Modal Instalasi Air Permukaan",
    "5.3.01": "Belanja Tidak Terduga",
    "5.3.01.01": "Belanja Tidak Terduga",
    "5.3.01.01.001": "Belanja Tidak Terduga",
    "5.3.01.01.001.00001": "Belanja Tidak Terduga",
    "5.4.02": "Belanja Bantuan Keuangan",
    "5.4.02.05": "Belanja Bantuan Keuangan kepada Pemerintah Desa",
    "5.4.02.05.001": "Belanja Bantuan Keuangan Umum kepada Pemerintah Desa",
    "5.4.02.05.001.00001": "Belanja Bantuan Keuangan Umum kepada Pemerintah Desa (Alokasi Dana Desa)",
}

# How the money of a sub kegiatan's account is spent over the year (``budget_figures`` curves).
SALARY, ROUTINE, CAPITAL, TRANCHES, CONTINGENCY = "salary", "routine", "capital", "tranches", "contingency"

# Typical accounts of a kind of sub kegiatan: (account, share of the sub kegiatan's budget).
SALARIES = (
    ("5.1.01.01.001.00001", 52),
    ("5.1.01.01.002.00001", 6),
    ("5.1.01.01.003.00001", 4),
    ("5.1.01.01.004.00001", 9),
    ("5.1.01.01.006.00001", 4),
    ("5.1.01.02.001.00001", 25),
)
OFFICE = (
    ("5.1.02.01.001.00024", 14),
    ("5.1.02.01.001.00025", 6),
    ("5.1.02.01.001.00052", 18),
    ("5.1.02.02.001.00004", 30),
    ("5.1.02.04.001.00001", 32),
)
MEETINGS = (
    ("5.1.02.01.001.00052", 30),
    ("5.1.02.02.001.00003", 25),
    ("5.1.02.04.001.00003", 15),
    ("5.1.02.04.001.00004", 30),
)
SERVICES = (
    ("5.1.02.02.001.00026", 30),
    ("5.1.02.02.001.00030", 20),
    ("5.1.02.02.001.00031", 15),
    ("5.1.02.02.001.00059", 5),
    ("5.1.02.02.001.00061", 20),
    ("5.1.02.02.001.00063", 10),
)
UPKEEP = (
    ("5.1.02.03.002.00036", 45),
    ("5.1.02.03.002.00405", 15),
    ("5.1.02.03.003.00001", 40),
)
EQUIPMENT = (("5.2.02.05.002.00001", 40), ("5.2.02.10.001.00002", 60))
SYSTEMS = (
    ("5.1.02.02.001.00039", 45),
    ("5.1.02.02.015.00005", 30),
    ("5.1.02.01.001.00029", 10),
    ("5.2.02.10.001.00002", 15),
)
EXPERTS = (("5.1.02.02.001.00029", 55), ("5.1.02.02.001.00004", 20), ("5.1.02.04.001.00001", 25))
OUTREACH = (
    ("5.1.02.05.002.00001", 45),
    ("5.1.02.01.001.00052", 20),
    ("5.1.02.02.001.00003", 15),
    ("5.1.02.04.001.00001", 20),
)
MEDICINE = (("5.1.02.01.001.00044", 85), ("5.1.02.04.001.00001", 15))
MEDICAL_EQUIPMENT = (("5.2.02.07.001.00001", 100),)
HEALTH_BUILDINGS = (("5.2.03.01.001.00007", 85), ("5.1.02.02.001.00029", 15))
SCHOOL_BUILDINGS = (("5.2.03.01.001.00005", 90), ("5.1.02.02.001.00029", 10))
ROADS = (("5.2.04.01.001.00003", 90), ("5.1.02.02.001.00029", 10))
BRIDGES = (("5.2.04.01.003.00003", 92), ("5.1.02.02.001.00029", 8))
IRRIGATION = (("5.2.04.02.001.00010", 90), ("5.1.02.02.001.00029", 10))
WATER = (("5.2.04.03.001.00001", 88), ("5.1.02.02.001.00029", 12))
SOCIAL_AID = (("5.1.06.01.001.00001", 85), ("5.1.02.04.001.00001", 15))
GRANTS = (("5.1.05.05.001.00001", 100),)
CONTINGENCY_FUND = (("5.3.01.01.001.00001", 100),)
VILLAGE_TRANSFERS = (("5.4.02.05.001.00001", 100),)


BUNDLES = {
    "salaries": SALARIES,
    "office": OFFICE,
    "meetings": MEETINGS,
    "services": SERVICES,
    "upkeep": UPKEEP,
    "equipment": EQUIPMENT,
    "systems": SYSTEMS,
    "experts": EXPERTS,
    "outreach": OUTREACH,
    "medicine": MEDICINE,
    "medical_equipment": MEDICAL_EQUIPMENT,
    "health_buildings": HEALTH_BUILDINGS,
    "school_buildings": SCHOOL_BUILDINGS,
    "roads": ROADS,
    "bridges": BRIDGES,
    "irrigation": IRRIGATION,
    "water": WATER,
    "social_aid": SOCIAL_AID,
    "grants": GRANTS,
    "contingency": CONTINGENCY_FUND,
    "village_transfers": VILLAGE_TRANSFERS,
}


@dataclass(frozen=True)
class SubActivity:
    code: str
    name: str
    weight: int  # its share of the OPD's budget, relative to the OPD's other sub kegiatan
    accounts: tuple[tuple[str, int], ...]  # (account, share of this sub kegiatan)


@dataclass(frozen=True)
class Activity:
    code: str
    name: str
    subs: tuple[SubActivity, ...]


@dataclass(frozen=True)
class Program:
    code: str
    name: str
    activities: tuple[Activity, ...]


@dataclass(frozen=True)
class UnitBudget:
    """An OPD's budget: its programs (each under the bidang urusan its code begins with) and the size of
    its yearly budget in billions of rupiah."""

    unit: str  # organization name (demo/units.py)
    billions: int
    programs: tuple[Program, ...]


# Program 01 of every OPD, under the OPD's first bidang ("{b}"), as the nomenclature has it; its payroll
# weighs what the OPD's entry says.
SUPPORT = (
    "{b}.01 PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
    "{b}.01.2.01 Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
    "{b}.01.2.01.0001 3 meetings Penyusunan Dokumen Perencanaan Perangkat Daerah",
    "{b}.01.2.01.0002 2 meetings Koordinasi dan Penyusunan Dokumen RKA-SKPD",
    "{b}.01.2.01.0006 2 office Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi "
    "Kinerja SKPD",
    "{b}.01.2.02 Administrasi Keuangan Perangkat Daerah",
    "{b}.01.2.02.0001 {salaries} salaries Penyediaan Gaji dan Tunjangan ASN",
    "{b}.01.2.02.0002 4 office Penyediaan Administrasi Pelaksanaan Tugas ASN",
    "{b}.01.2.02.0005 2 meetings Koordinasi dan Penyusunan Laporan Keuangan Akhir Tahun SKPD",
    "{b}.01.2.06 Administrasi Umum Perangkat Daerah",
    "{b}.01.2.06.0004 3 office Penyediaan Bahan Logistik Kantor",
    "{b}.01.2.06.0009 3 meetings Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD",
    "{b}.01.2.07 Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah",
    "{b}.01.2.07.0006 4 equipment Pengadaan Peralatan dan Mesin Lainnya",
    "{b}.01.2.08 Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah",
    "{b}.01.2.08.0002 4 services Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik",
    "{b}.01.2.08.0004 6 services Penyediaan Jasa Pelayanan Umum Kantor",
    "{b}.01.2.09 Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah",
    "{b}.01.2.09.0002 4 upkeep Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, Pajak dan Perizinan "
    "Kendaraan "
    "Dinas Operasional atau Lapangan",
    "{b}.01.2.09.0009 4 upkeep Pemeliharaan/Rehabilitasi Gedung Kantor dan Bangunan Lainnya",
)
# Per OPD: (organization, billions a year, first bidang, payroll weight, its own programs). A record is
# "code name" for a program or kegiatan, "code weight accounts name" for a sub kegiatan (accounts: a
# key of BUNDLES); the level is the code's.
OPDS = (
    (
        "dinkes",
        260,
        "1.02",
        150,
        (
            "1.02.02 PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT",
            "1.02.02.2.01 Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah "
            "Kabupaten/Kota",
            "1.02.02.2.01.0009 25 health_buildings Rehabilitasi dan Pemeliharaan Puskesmas",
            "1.02.02.2.01.0014 30 medical_equipment Pengadaan Alat Kesehatan/Alat Penunjang Medik Fasilitas "
            "Pelayanan Kesehatan",
            "1.02.02.2.01.0020 22 medicine Pengadaan Obat, Bahan Habis Pakai, Bahan Medis Habis Pakai, "
            "Vaksin, "
            "Makanan dan Minuman di Fasilitas Kesehatan",
            "1.02.02.2.02 Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah "
            "Kabupaten/Kota",
            "1.02.02.2.02.0001 6 outreach Pengelolaan Pelayanan Kesehatan Ibu Hamil",
            "1.02.02.2.02.0004 6 outreach Pengelolaan Pelayanan Kesehatan Balita",
            "1.02.02.2.02.0011 5 medicine Pengelolaan Pelayanan Kesehatan Orang Terduga Tuberkulosis",
            "1.02.02.2.02.0015 7 outreach Pengelolaan Pelayanan Kesehatan Gizi Masyarakat",
            "1.02.03 PROGRAM PENINGKATAN KAPASITAS SUMBER DAYA MANUSIA KESEHATAN",
            "1.02.03.2.02 Perencanaan Kebutuhan dan Pendayagunaan Sumber Daya Manusia Kesehatan untuk UKP "
            "dan UKM "
            "di Wilayah Kabupaten/Kota",
            "1.02.03.2.02.0001 8 experts Pemenuhan Kebutuhan Sumber Daya Manusia Kesehatan sesuai Standar",
            "1.02.05 PROGRAM PEMBERDAYAAN MASYARAKAT BIDANG KESEHATAN",
            "1.02.05.2.01 Advokasi, Pemberdayaan, Kemitraan, Peningkatan Peran serta Masyarakat dan "
            "Lintas Sektor "
            "Tingkat Daerah Kabupaten/Kota",
            "1.02.05.2.01.0001 4 outreach Peningkatan Upaya Promosi Kesehatan, Advokasi, Kemitraan dan "
            "Pemberdayaan Masyarakat",
        ),
    ),
    (
        "disdik",
        450,
        "1.01",
        420,
        (
            "1.01.02 PROGRAM PENGELOLAAN PENDIDIKAN",
            "1.01.02.2.01 Pengelolaan Pendidikan Sekolah Dasar",
            "1.01.02.2.01.0001 35 school_buildings Pembangunan Gedung Sekolah",
            "1.01.02.2.01.0009 30 school_buildings Rehabilitasi Sedang/Berat Ruang Kelas Sekolah",
            "1.01.02.2.01.0017 10 equipment Pengadaan Perlengkapan Sekolah",
            "1.01.02.2.02 Pengelolaan Pendidikan Sekolah Menengah Pertama",
            "1.01.02.2.02.0009 25 school_buildings Rehabilitasi Sedang/Berat Ruang Kelas Sekolah",
            "1.01.02.2.02.0017 8 equipment Pengadaan Perlengkapan Sekolah",
            "1.01.02.2.03 Pengelolaan Pendidikan Anak Usia Dini (PAUD)",
            "1.01.02.2.03.0017 6 equipment Pengadaan Perlengkapan Sekolah",
            "1.01.03 PROGRAM PENGEMBANGAN KURIKULUM",
            "1.01.03.2.01 Penetapan Kurikulum Muatan Lokal Pendidikan Dasar",
            "1.01.03.2.01.0001 3 experts Penyusunan Kurikulum Muatan Lokal Pendidikan Dasar",
            "1.01.04 PROGRAM PENDIDIK DAN TENAGA KEPENDIDIKAN",
            "1.01.04.2.01 Pemerataan Kuantitas dan Kualitas Pendidik dan Tenaga Kependidikan bagi Satuan "
            "Pendidikan Dasar, PAUD, dan Pendidikan Nonformal",
            "1.01.04.2.01.0002 7 meetings Pengembangan Karir Pendidik dan Tenaga Kependidikan",
        ),
    ),
    (
        "dpupr",
        210,
        "1.03",
        60,
        (
            "1.03.02 PROGRAM PENGELOLAAN SUMBER DAYA AIR (SDA)",
            "1.03.02.2.02 Pengembangan dan Pengelolaan Sistem Irigasi Primer dan Sekunder pada Daerah "
            "Irigasi yang "
            "Luasnya dibawah 1000 Ha dalam 1 (satu) Daerah Kabupaten/Kota",
            "1.03.02.2.02.0005 45 irrigation Rehabilitasi Jaringan Irigasi Permukaan",
            "1.03.02.2.02.0013 12 upkeep Operasi dan Pemeliharaan Jaringan Irigasi Permukaan",
            "1.03.03 PROGRAM PENGELOLAAN DAN PENGEMBANGAN SISTEM PENYEDIAAN AIR MINUM",
            "1.03.03.2.01 Pengelolaan dan Pengembangan Sistem Penyediaan Air Minum (SPAM) di Daerah "
            "Kabupaten/Kota",
            "1.03.03.2.01.0010 40 water Perluasan SPAM Jaringan Perpipaan",
            "1.03.10 PROGRAM PENYELENGGARAAN JALAN",
            "1.03.10.2.01 Penyelenggaraan Jalan Kabupaten/Kota",
            "1.03.10.2.01.0012 60 roads Pembangunan Jalan",
            "1.03.10.2.01.0015 55 roads Rehabilitasi Jalan",
            "1.03.10.2.01.0017 18 upkeep Pemeliharaan Rutin Jalan",
            "1.03.10.2.01.0018 35 bridges Pembangunan Jembatan",
            "1.03.12 PROGRAM PENYELENGGARAAN PENATAAN RUANG",
            "1.03.12.2.01 Penetapan Rencana Tata Ruang Wilayah (RTRW) dan Rencana Rinci Tata Ruang (RRTR) "
            "Kabupaten/Kota",
            "1.03.12.2.01.0002 8 experts Penyusunan Rencana Detail Tata Ruang (RDTR) Kabupaten/Kota",
        ),
    ),
    (
        "bpkad",
        190,
        "5.02",
        45,
        (
            "5.02.02 PROGRAM PENGELOLAAN KEUANGAN DAERAH",
            "5.02.02.2.01 Koordinasi dan Penyusunan Rencana Anggaran Daerah",
            "5.02.02.2.01.0001 3 meetings Koordinasi dan Penyusunan KUA dan PPAS",
            "5.02.02.2.02 Koordinasi dan Pengelolaan Perbendaharaan Daerah",
            "5.02.02.2.02.0003 4 office Pelaksanaan Penatausahaan Pengeluaran Daerah",
            "5.02.02.2.02.0009 12 contingency Pengelolaan Belanja Tidak Terduga",
            "5.02.02.2.02.0011 120 village_transfers Pengelolaan Bantuan Keuangan kepada Pemerintah Desa",
            "5.02.02.2.02.0012 14 grants Pengelolaan Belanja Hibah",
            "5.02.02.2.03 Koordinasi dan Pelaksanaan Akuntansi dan Pelaporan Keuangan Daerah",
            "5.02.02.2.03.0004 4 meetings Penyusunan Laporan Keuangan Pemerintah Daerah",
            "5.02.02.2.05 Pengelolaan Data dan Implementasi Sistem Informasi Pemerintah Daerah Lainnya",
            "5.02.02.2.05.0001 5 systems Pengelolaan Sistem Informasi Pemerintahan Daerah Bidang Keuangan",
            "5.02.03 PROGRAM PENGELOLAAN BARANG MILIK DAERAH",
            "5.02.03.2.01 Pengelolaan Barang Milik Daerah",
            "5.02.03.2.01.0006 4 office Penatausahaan Barang Milik Daerah",
        ),
    ),
    (
        "disdukcapil",
        14,
        "2.12",
        30,
        (
            "2.12.02 PROGRAM PENDAFTARAN PENDUDUK",
            "2.12.02.2.01 Pelayanan Pendaftaran Penduduk",
            "2.12.02.2.01.0001 8 services Penyelenggaraan Pendaftaran Penduduk",
            "2.12.02.2.01.0003 5 outreach Pelayanan Dokumen Kependudukan Keliling (Jemput Bola)",
            "2.12.03 PROGRAM PENCATATAN SIPIL",
            "2.12.03.2.01 Pelayanan Pencatatan Sipil",
            "2.12.03.2.01.0001 6 office Pelayanan Pencatatan Kelahiran, Kematian, Perkawinan dan Perceraian",
            "2.12.04 PROGRAM PENGELOLAAN INFORMASI ADMINISTRASI KEPENDUDUKAN",
            "2.12.04.2.01 Pengumpulan Data Kependudukan dan Pemanfaatan dan Penyajian Database Kependudukan",
            "2.12.04.2.01.0001 7 systems Pengelolaan Sistem Informasi Administrasi Kependudukan",
        ),
    ),
    (
        "dinsos",
        28,
        "1.06",
        25,
        (
            "1.06.04 PROGRAM REHABILITASI SOSIAL",
            "1.06.04.2.01 Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar, Anak Terlantar, "
            "Lanjut Usia "
            "Terlantar, serta Gelandangan Pengemis di Luar Panti Sosial",
            "1.06.04.2.01.0002 8 social_aid Pemberian Permakanan bagi Lanjut Usia Terlantar",
            "1.06.05 PROGRAM PERLINDUNGAN DAN JAMINAN SOSIAL",
            "1.06.05.2.02 Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota",
            "1.06.05.2.02.0001 5 outreach Pendataan Fakir Miskin Cakupan Daerah Kabupaten/Kota",
            "1.06.06 PROGRAM PENANGANAN BENCANA",
            "1.06.06.2.01 Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota",
            "1.06.06.2.01.0001 6 social_aid Penyediaan Makanan, Sandang dan Peralatan Shelter bagi Korban "
            "Bencana",
        ),
    ),
    (
        "bappeda",
        11,
        "5.01",
        25,
        (
            "5.01.02 PROGRAM PERENCANAAN, PENGENDALIAN DAN EVALUASI PEMBANGUNAN DAERAH",
            "5.01.02.2.01 Penyusunan Perencanaan dan Pendanaan",
            "5.01.02.2.01.0002 5 meetings Penyusunan Dokumen Perencanaan Pembangunan Daerah (RKPD)",
            "5.01.02.2.01.0006 4 meetings Pelaksanaan Musyawarah Perencanaan Pembangunan Daerah",
            "5.01.02.2.02 Analisis Data dan Informasi Perencanaan Pembangunan Daerah",
            "5.01.02.2.02.0001 4 systems Analisis Data dan Informasi Pemerintahan Daerah Bidang Perencanaan "
            "Pembangunan Daerah",
            "5.01.03 PROGRAM KOORDINASI DAN SINERGI PERENCANAAN PEMBANGUNAN DAERAH",
            "5.01.03.2.01 Koordinasi Perencanaan Bidang Pemerintahan dan Pembangunan Manusia",
            "5.01.03.2.01.0001 3 experts Koordinasi Penyusunan Dokumen Perencanaan Pembangunan Daerah Bidang "
            "Pemerintahan dan Pembangunan Manusia",
            "5.01.03.2.03 Koordinasi Perencanaan Bidang Infrastruktur dan Kewilayahan",
            "5.01.03.2.03.0001 3 experts Koordinasi Penyusunan Dokumen Perencanaan Pembangunan Daerah Bidang "
            "Infrastruktur dan Kewilayahan",
        ),
    ),
    (
        "dlh",
        32,
        "2.11",
        30,
        (
            "2.11.03 PROGRAM PENGENDALIAN PENCEMARAN DAN/ATAU KERUSAKAN LINGKUNGAN HIDUP",
            "2.11.03.2.01 Pencegahan Pencemaran dan/atau Kerusakan Lingkungan Hidup",
            "2.11.03.2.01.0001 6 experts Pengawasan Sumber Pencemar dan Pemantauan Kualitas Lingkungan Hidup",
            "2.11.11 PROGRAM PENGELOLAAN PERSAMPAHAN",
            "2.11.11.2.01 Pengelolaan Sampah",
            "2.11.11.2.01.0001 25 services Penanganan Sampah dengan Melakukan Pemilahan, Pengumpulan, "
            "Pengangkutan, "
            "Pengolahan, dan Pemrosesan Akhir",
            "2.11.11.2.01.0002 15 equipment Penyediaan Sarana dan Prasarana Pengelolaan Sampah",
        ),
    ),
    (
        "distan",
        42,
        "3.27",
        45,
        (
            "2.09.03 PROGRAM PENINGKATAN DIVERSIFIKASI DAN KETAHANAN PANGAN MASYARAKAT",
            "2.09.03.2.01 Pelaksanaan Pencapaian Target Konsumsi Pangan Perkapita/Tahun sesuai dengan Angka "
            "Kecukupan Gizi",
            "2.09.03.2.01.0001 7 social_aid Penyediaan dan Penyaluran Pangan Pokok atau Pangan Lainnya "
            "sesuai "
            "dengan Kebutuhan Daerah",
            "3.27.02 PROGRAM PENYEDIAAN DAN PENGEMBANGAN SARANA PERTANIAN",
            "3.27.02.2.01 Pengawasan Penggunaan Sarana Pendukung Pertanian sesuai dengan Komoditas, "
            "Teknologi dan "
            "Spesifik Lokasi",
            "3.27.02.2.01.0001 6 outreach Pengawasan Penggunaan Sarana Pertanian",
            "3.27.03 PROGRAM PENYEDIAAN DAN PENGEMBANGAN PRASARANA PERTANIAN",
            "3.27.03.2.02 Pembangunan Prasarana Pertanian",
            "3.27.03.2.02.0003 20 irrigation Pembangunan Jaringan Irigasi Tersier dan Jalan Usaha Tani",
            "3.27.07 PROGRAM PENYULUHAN PERTANIAN",
            "3.27.07.2.01 Pelaksanaan Penyuluhan Pertanian",
            "3.27.07.2.01.0001 8 outreach Pengembangan Penerapan Penyuluhan Pertanian",
        ),
    ),
)


def programs(records: tuple[str, ...]) -> tuple[Program, ...]:
    """Programs from records (see ``OPDS``), in the order written."""
    found: list[Program] = []
    for record in records:
        code, rest = record.split(" ", 1)
        dots = code.count(".")
        if dots == 2:
            found.append(Program(code, rest, ()))
        elif dots == 4:
            program = found[-1]
            found[-1] = Program(program.code, program.name, (*program.activities, Activity(code, rest, ())))
        else:
            weight, bundle, name = rest.split(" ", 2)
            program = found[-1]
            activity = program.activities[-1]
            sub = SubActivity(code, name, int(weight), BUNDLES[bundle])
            activity = Activity(activity.code, activity.name, (*activity.subs, sub))
            found[-1] = Program(program.code, program.name, (*program.activities[:-1], activity))
    return tuple(found)


def unit_budget(unit: str, billions: int, bidang: str, payroll: int, own: tuple[str, ...]) -> UnitBudget:
    support = tuple(record.format(b=bidang, salaries=payroll) for record in SUPPORT)
    return UnitBudget(unit, billions, programs(support + own))


UNIT_BUDGETS = tuple(unit_budget(*entry) for entry in OPDS)


# The accounts of each spending pattern (``budget_figures``): by account prefix, longest first.
CURVES = (
    ("5.1.01", SALARY),
    ("5.1.05", TRANCHES),
    ("5.1.06", TRANCHES),
    ("5.2", CAPITAL),
    ("5.3", CONTINGENCY),
    ("5.4", TRANCHES),
    ("5", ROUTINE),
)


def curve_of(account: str) -> str:
    return next(curve for prefix, curve in CURVES if account.startswith(prefix))


def account_chain(account: str) -> tuple[str, ...]:
    """The account and the levels SIPD prints above it, from jenis down (``5.1.02``, ``5.1.02.01``, ...)."""
    parts = account.split(".")
    return tuple(".".join(parts[:count]) for count in range(3, len(parts) + 1))
