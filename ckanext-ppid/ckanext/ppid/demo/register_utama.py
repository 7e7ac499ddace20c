"""The PPID Utama's register: the Pemda-wide periodic items, the seven service standards of Perki 1/2021
Ps 23(2) with the maklumat, and the decrees setting the PPID, the DIP and the list of exempted information.
"""

from __future__ import annotations

from typing import Any

from ckanext.ppid.demo.spec import RegisterItem

UNIT = "ppid-utama"
KOMINFO = "Bidang Informasi dan Komunikasi Publik, Dinas Komunikasi dan Informatika"
SOP_BASIS = "UU 14/2008 Pasal 7; Perki 1/2021 Pasal 23 ayat (2)"


def _item(title: str, notes: str, kategori: str, age_days: int, **fields: Any) -> RegisterItem:
    fields.setdefault("tahun", 2026)
    fields.setdefault("holder", KOMINFO)
    return RegisterItem(unit=UNIT, title=title, notes=notes, kategori=kategori, age_days=age_days, **fields)


def _berkala(title: str, notes: str, code: str, period: str, age_days: int, **fields: Any) -> RegisterItem:
    fields.setdefault("legal_basis", "UU 14/2008 Pasal 9; Perki 1/2021")
    return _item(title, notes, "berkala", age_days, item_berkala=code, periodisitas=period, **fields)


def _sop(standard: str, title: str, notes: str, age_days: int) -> RegisterItem:
    """A service standard the PPID Utama sets for the whole Pemda (kept available at any time)."""
    return _item(
        title,
        notes,
        "setiap_saat",
        age_days,
        item_setiap_saat="standar_pengumuman" if standard == "pengumuman" else "regulasi_kebijakan",
        standar_layanan=standard,
        legal_basis=SOP_BASIS,
        retention="Selama berlaku",
    )


PERIODIC = (
    _berkala(
        "Profil Pemerintah Kabupaten Lembah Hijau",
        "Visi dan misi, wilayah administrasi, struktur organisasi perangkat daerah, profil singkat Bupati, "
        "Wakil Bupati dan pejabat pimpinan tinggi pratama, serta alamat dan kontak seluruh PPID Pelaksana.",
        "profil",
        "tahunan",
        45,
        retention="Selama berlaku",
    ),
    _berkala(
        "Ringkasan Rencana Kerja Pemerintah Daerah Kabupaten Lembah Hijau Tahun 2026",
        "Prioritas pembangunan, program dan kegiatan perangkat daerah tahun 2026 dengan target kinerja, "
        "lokasi, perangkat daerah penanggung jawab serta pagu indikatif dan sumber dananya.",
        "program_kegiatan",
        "tahunan",
        140,
        holder="Badan Perencanaan Pembangunan Daerah",
        formats=("PDF", "XLSX"),
    ),
    _berkala(
        "Ringkasan Laporan Penyelenggaraan Pemerintahan Daerah Kabupaten Lembah Hijau Tahun 2025",
        "Capaian kinerja penyelenggaraan urusan pemerintahan daerah tahun 2025 per urusan, dengan "
        "indikator kinerja kunci dan permasalahan yang dihadapi.",
        "kinerja",
        "tahunan",
        140,
        tahun=2025,
        holder="Bagian Tata Pemerintahan Sekretariat Daerah",
    ),
    _berkala(
        "Laporan Keuangan Pemerintah Daerah Kabupaten Lembah Hijau Tahun 2025 (Audited)",
        "Laporan keuangan pemerintah daerah yang telah diperiksa BPK: laporan realisasi anggaran, neraca, "
        "laporan arus kas, laporan operasional, perubahan ekuitas dan catatan atas laporan keuangan.",
        "laporan_keuangan",
        "tahunan",
        150,
        tahun=2025,
        holder="Badan Pengelolaan Keuangan dan Aset Daerah",
        legal_basis="UU 14/2008 Pasal 9 ayat (2) huruf c; PP 12/2019 Pasal 214",
        retention="Permanen",
    ),
    _berkala(
        "Laporan Tahunan Layanan Informasi Publik Kabupaten Lembah Hijau 2025",
        "Rekapitulasi permohonan informasi seluruh PPID Pelaksana tahun 2025: jumlah permohonan, waktu "
        "pemenuhan, permohonan dikabulkan dan ditolak beserta alasannya, keberatan dan sengketa informasi.",
        "laporan_akses",
        "tahunan",
        120,
        tahun=2025,
        legal_basis="UU 14/2008 Pasal 12; Perki 1/2021",
    ),
    _berkala(
        "Daftar Peraturan Daerah dan Peraturan Bupati Kabupaten Lembah Hijau 2026",
        "Peraturan daerah dan peraturan bupati yang ditetapkan dan rancangan yang sedang dibahas, dengan "
        "tautan ke naskah lengkap di JDIH Kabupaten Lembah Hijau.",
        "regulasi",
        "semesteran",
        40,
        holder="Bagian Hukum Sekretariat Daerah",
        forms=("softcopy",),
        retention="Permanen",
    ),
    _berkala(
        "Standar Operasional Prosedur Pelayanan Permintaan Informasi Publik",
        "Tata cara mengajukan permohonan informasi secara langsung, tertulis dan elektronik, jangka waktu "
        "10 hari kerja dan perpanjangan 7 hari kerja, biaya salinan serta formulir yang digunakan.",
        "prosedur_informasi",
        "tahunan",
        100,
        standar_layanan="permintaan",
        legal_basis=f"UU 14/2008 Pasal 22; {SOP_BASIS}",
        retention="Selama berlaku",
    ),
    _berkala(
        "Standar Operasional Prosedur Pengajuan Keberatan dan Sengketa Informasi Publik",
        "Alasan keberatan, tata cara pengajuan kepada Atasan PPID dalam 30 hari kerja, jangka waktu "
        "tanggapan 30 hari kerja dan penyelesaian sengketa di Komisi Informasi.",
        "prosedur_informasi",
        "tahunan",
        100,
        standar_layanan="keberatan",
        legal_basis=f"UU 14/2008 Pasal 35-37; {SOP_BASIS}",
        retention="Selama berlaku",
    ),
    _berkala(
        "Tata Cara Pengaduan Masyarakat melalui SP4N-LAPOR! Kabupaten Lembah Hijau",
        "Cara melaporkan dugaan penyalahgunaan wewenang dan pelanggaran pejabat, penyedia atau pemegang "
        "izin melalui SP4N-LAPOR!, layanan pesan singkat dan sistem pelaporan pelanggaran Inspektorat.",
        "pengaduan_wewenang",
        "tahunan",
        95,
        holder="Inspektorat Daerah",
        forms=("softcopy",),
        retention="Selama berlaku",
    ),
    _berkala(
        "Pengumuman Rencana Umum Pengadaan Pemerintah Kabupaten Lembah Hijau 2026",
        "Rekapitulasi paket pengadaan barang/jasa seluruh perangkat daerah tahun 2026 dari SiRUP, dengan "
        "tautan pengumuman tender dan hasil pemilihan penyedia di LPSE.",
        "pengadaan",
        "triwulanan",
        20,
        holder="Bagian Pengadaan Barang dan Jasa Sekretariat Daerah",
        formats=("PDF", "XLSX"),
    ),
    _berkala(
        "Pengumuman Seleksi Pegawai Pemerintah dengan Perjanjian Kerja Kabupaten Lembah Hijau 2026",
        "Formasi, persyaratan, jadwal dan tahapan seleksi PPPK tahun 2026 serta pengumuman hasil seleksi.",
        "ketenagakerjaan",
        "semesteran",
        70,
        holder="Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
    ),
    _berkala(
        "Prosedur Peringatan Dini dan Evakuasi Kompleks Perkantoran Bupati Lembah Hijau",
        "Sistem tanda bahaya, jalur dan titik kumpul evakuasi, petugas tanggap darurat dan video "
        "pengarahan keselamatan bagi pegawai dan pengunjung kompleks perkantoran bupati.",
        "peringatan_dini",
        "tahunan",
        80,
        holder="Bagian Umum Sekretariat Daerah",
        formats=("PDF", "JSON"),
    ),
)

STANDARDS = (
    _sop(
        "pengumuman",
        "Standar Operasional Prosedur Pengumuman Informasi Publik",
        "Cara mengumumkan informasi berkala, serta merta dan setiap saat melalui papan pengumuman, laman "
        "resmi, media sosial dan Portal Satu Data Indonesia, termasuk dukungan bagi penyandang disabilitas.",
        100,
    ),
    _sop(
        "penetapan_pemutakhiran_dip",
        "Standar Operasional Prosedur Penetapan dan Pemutakhiran Daftar Informasi Publik",
        "Tahapan pengumpulan usulan dari PPID Pelaksana, verifikasi, penetapan oleh PPID Utama dan "
        "pemutakhiran Daftar Informasi Publik secara berkala.",
        100,
    ),
    _sop(
        "pendokumentasian",
        "Standar Operasional Prosedur Pendokumentasian Informasi Publik",
        "Tata cara menghimpun, mengklasifikasi, menyimpan dan memelihara informasi publik di setiap "
        "perangkat daerah, selaras dengan jadwal retensi arsip.",
        100,
    ),
    _sop(
        "maklumat",
        "Maklumat Pelayanan Informasi Publik Kabupaten Lembah Hijau",
        "Janji layanan PPID: dasar hukum, sistem dan prosedur, waktu penyelesaian, biaya, jaminan layanan "
        "dan evaluasi kinerja pelaksana, dalam teks, audio dan huruf braille.",
        100,
    ),
    _sop(
        "uji_konsekuensi",
        "Standar Operasional Prosedur Uji Konsekuensi Informasi yang Dikecualikan",
        "Langkah uji konsekuensi dan uji kepentingan publik sebelum permohonan, saat permohonan dan dalam "
        "sengketa, beserta format lembar pengujian dan surat penetapan klasifikasi.",
        100,
    ),
)

DECREES = (
    _item(
        "Keputusan Bupati Lembah Hijau tentang Pejabat Pengelola Informasi dan Dokumentasi",
        "Penetapan Atasan PPID, PPID Utama, PPID Pelaksana perangkat daerah dan kecamatan serta tim "
        "pertimbangan pelayanan informasi publik di lingkungan Pemerintah Kabupaten Lembah Hijau.",
        "setiap_saat",
        300,
        item_setiap_saat="regulasi_kebijakan",
        holder="Bagian Hukum Sekretariat Daerah",
        legal_basis="UU 14/2008 Pasal 13; PP 61/2010 Pasal 12-13; Permendagri 3/2017",
        retention="Permanen",
    ),
    _item(
        "Keputusan PPID Utama tentang Penetapan Daftar Informasi Publik Kabupaten Lembah Hijau 2026",
        "Daftar Informasi Publik seluruh PPID Pelaksana yang ditetapkan PPID Utama, dengan ringkasan isi, "
        "penguasa informasi, penanggung jawab, waktu dan tempat pembuatan, bentuk dan retensi.",
        "setiap_saat",
        60,
        item_setiap_saat="dip",
        legal_basis="UU 14/2008 Pasal 11 ayat (1) huruf a; Perki 1/2021",
        formats=("PDF", "XLSX"),
    ),
    _item(
        "Keputusan PPID Utama tentang Penetapan Informasi yang Dikecualikan 2026",
        "Daftar informasi yang dikecualikan seluruh PPID Pelaksana dengan dasar pengecualian, konsekuensi, "
        "jangka waktu pengecualian dan persetujuan pimpinan, hasil rapat uji konsekuensi tahun 2026.",
        "setiap_saat",
        75,
        item_setiap_saat="regulasi_kebijakan",
        legal_basis="UU 14/2008 Pasal 17 dan 19; PP 61/2010 Pasal 3-4",
        retention="Permanen",
    ),
)

ITEMS = PERIODIC + STANDARDS + DECREES
