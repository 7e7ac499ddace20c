"""The fictional Pemda: its PPID Utama, OPDs and kecamatan (organizations) and the thematic groups."""

from __future__ import annotations

from ckanext.ppid.demo.spec import KIND_KECAMATAN, KIND_OPD, KIND_PPID_UTAMA, Theme, Unit

REGION = "Kabupaten Lembah Hijau"
BODY = f"Pemerintah {REGION}"
HEAD = "Bupati Lembah Hijau"
# Western Indonesia Time (WIB).
TIME_ZONE = "Asia/Jakarta"
# A reserved top-level domain (RFC 2606): addresses and links look real but never resolve.
DOMAIN = "lembahhijau.example"

# Markdown, rendered on the front page under its heading (the PPID and the body's name).
INTRO = (
    "Di portal ini PPID Utama dan PPID Pelaksana setiap perangkat daerah dan kecamatan mengumumkan "
    "informasi publik dan data terbuka sesuai Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan "
    "Informasi Publik. Kabupaten Lembah Hijau adalah kabupaten fiktif: semua data di sini hanya contoh."
)

UNITS = (
    Unit(
        name="ppid-utama",
        code="utama",
        title="PPID Utama Kabupaten Lembah Hijau",
        kind=KIND_PPID_UTAMA,
        description=(
            "Pejabat Pengelola Informasi dan Dokumentasi (PPID) Utama Kabupaten Lembah Hijau, dijabat oleh "
            "Kepala Dinas Komunikasi dan Informatika. PPID Utama mengoordinasikan seluruh PPID Pelaksana, "
            "menetapkan Daftar Informasi Publik dan menyusun laporan tahunan layanan informasi publik."
        ),
        unit_code="2.16.0.00.0.00.01",
        ppid_office="Kepala Dinas Komunikasi dan Informatika",
        phone="(0799) 21216",
        address="Kantor Dinas Komunikasi dan Informatika, Jl. Jenderal Sudirman No. 16, Lembah Hijau Kota",
        town="Lembah Hijau Kota",
    ),
    Unit(
        name="dinkes",
        code="dinkes",
        title="Dinas Kesehatan",
        kind=KIND_OPD,
        description=(
            "Dinas Kesehatan Kabupaten Lembah Hijau menyelenggarakan urusan kesehatan: pelayanan puskesmas, "
            "imunisasi, gizi masyarakat, pengendalian penyakit dan sumber daya kesehatan."
        ),
        unit_code="1.02.0.00.0.00.01",
        ppid_office="Sekretaris Dinas Kesehatan",
        phone="(0799) 21102",
        address="Jl. Dr. Sutomo No. 4, Lembah Hijau Kota",
        town="Lembah Hijau Kota",
    ),
    Unit(
        name="disdik",
        code="disdik",
        title="Dinas Pendidikan",
        kind=KIND_OPD,
        description=(
            "Dinas Pendidikan Kabupaten Lembah Hijau mengelola pendidikan anak usia dini, sekolah dasar dan "
            "sekolah menengah pertama, termasuk data sekolah, guru dan peserta didik."
        ),
        unit_code="1.01.0.00.0.00.01",
        ppid_office="Sekretaris Dinas Pendidikan",
        phone="(0799) 21101",
        address="Jl. Ki Hajar Dewantara No. 10, Lembah Hijau Kota",
        town="Lembah Hijau Kota",
    ),
    Unit(
        name="dpupr",
        code="dpupr",
        title="Dinas Pekerjaan Umum dan Penataan Ruang",
        kind=KIND_OPD,
        description=(
            "Dinas Pekerjaan Umum dan Penataan Ruang membangun dan memelihara jalan, jembatan, irigasi dan "
            "air minum, serta menyusun dan mengendalikan rencana tata ruang kabupaten."
        ),
        unit_code="1.03.0.00.0.00.01",
        ppid_office="Sekretaris Dinas Pekerjaan Umum dan Penataan Ruang",
        phone="(0799) 21103",
        address="Jl. Lintas Lembah Km 3 No. 21, Lembah Hijau Kota",
        town="Lembah Hijau Kota",
    ),
    Unit(
        name="bpkad",
        code="bpkad",
        title="Badan Pengelolaan Keuangan dan Aset Daerah",
        kind=KIND_OPD,
        description=(
            "Badan Pengelolaan Keuangan dan Aset Daerah menyusun dan melaksanakan APBD, menatausahakan "
            "pendapatan dan belanja daerah serta mengelola barang milik daerah."
        ),
        unit_code="5.02.0.00.0.00.01",
        ppid_office="Sekretaris Badan Pengelolaan Keuangan dan Aset Daerah",
        phone="(0799) 21502",
        address="Kompleks Perkantoran Bukit Raya Blok B, Jl. Pemuda No. 1, Lembah Hijau Kota",
        town="Lembah Hijau Kota",
    ),
    Unit(
        name="disdukcapil",
        code="disdukcapil",
        title="Dinas Kependudukan dan Pencatatan Sipil",
        kind=KIND_OPD,
        description=(
            "Dinas Kependudukan dan Pencatatan Sipil melayani pendaftaran penduduk dan pencatatan sipil: KTP "
            "elektronik, kartu keluarga, akta kelahiran dan kematian, serta menyajikan data agregat "
            "kependudukan."
        ),
        unit_code="2.12.0.00.0.00.01",
        ppid_office="Sekretaris Dinas Kependudukan dan Pencatatan Sipil",
        phone="(0799) 21212",
        address="Jl. Veteran No. 8, Lembah Hijau Kota",
        town="Lembah Hijau Kota",
    ),
    Unit(
        name="dinsos",
        code="dinsos",
        title="Dinas Sosial",
        kind=KIND_OPD,
        description=(
            "Dinas Sosial menangani perlindungan dan jaminan sosial, rehabilitasi sosial, pemberdayaan fakir "
            "miskin dan penyaluran bantuan sosial."
        ),
        unit_code="1.06.0.00.0.00.01",
        ppid_office="Sekretaris Dinas Sosial",
        phone="(0799) 21106",
        address="Jl. Melati No. 17, Lembah Hijau Kota",
        town="Lembah Hijau Kota",
    ),
    Unit(
        name="bappeda",
        code="bappeda",
        title="Badan Perencanaan Pembangunan Daerah",
        kind=KIND_OPD,
        description=(
            "Bappeda menyusun dokumen perencanaan pembangunan daerah (RPJPD, RPJMD, RKPD), menyelenggarakan "
            "musyawarah perencanaan pembangunan dan memantau capaian indikator pembangunan."
        ),
        unit_code="5.01.0.00.0.00.01",
        ppid_office="Sekretaris Badan Perencanaan Pembangunan Daerah",
        phone="(0799) 21501",
        address="Kompleks Perkantoran Bukit Raya Blok A, Jl. Pemuda No. 1, Lembah Hijau Kota",
        town="Lembah Hijau Kota",
    ),
    Unit(
        name="dlh",
        code="dlh",
        title="Dinas Lingkungan Hidup",
        kind=KIND_OPD,
        description=(
            "Dinas Lingkungan Hidup mengelola persampahan, ruang terbuka hijau, pemantauan kualitas air dan "
            "udara serta pengawasan izin lingkungan."
        ),
        unit_code="2.11.0.00.0.00.01",
        ppid_office="Sekretaris Dinas Lingkungan Hidup",
        phone="(0799) 21211",
        address="Jl. Taman Kota No. 5, Lembah Hijau Kota",
        town="Lembah Hijau Kota",
    ),
    Unit(
        name="distan",
        code="distan",
        title="Dinas Pertanian dan Ketahanan Pangan",
        kind=KIND_OPD,
        description=(
            "Dinas Pertanian dan Ketahanan Pangan membina petani, menyediakan data produksi tanaman pangan "
            "dan memantau harga serta ketersediaan pangan di Kabupaten Lembah Hijau."
        ),
        unit_code="3.27.2.09.0.00.01",
        ppid_office="Sekretaris Dinas Pertanian dan Ketahanan Pangan",
        phone="(0799) 21327",
        address="Jl. Raya Sawah Lebar No. 40, Lembah Hijau Kota",
        town="Lembah Hijau Kota",
    ),
    Unit(
        name="kecamatan-lembah-hijau-kota",
        code="kec-kota",
        title="Kecamatan Lembah Hijau Kota",
        kind=KIND_KECAMATAN,
        description=(
            "Kecamatan Lembah Hijau Kota adalah ibu kota kabupaten dengan 8 kelurahan. PPID Pelaksana "
            "kecamatan "
            "melayani permohonan informasi tentang pelayanan administrasi dan pembangunan di wilayahnya."
        ),
        unit_code="7.01.0.00.0.00.01",
        ppid_office="Sekretaris Kecamatan Lembah Hijau Kota",
        phone="(0799) 21701",
        address="Jl. Pasar Baru No. 2, Kelurahan Pasar Baru, Lembah Hijau Kota",
        town="Lembah Hijau Kota",
    ),
    Unit(
        name="kecamatan-sungai-jernih",
        code="kec-sungai-jernih",
        title="Kecamatan Sungai Jernih",
        kind=KIND_KECAMATAN,
        description=(
            "Kecamatan Sungai Jernih terdiri atas 11 desa di sepanjang daerah aliran sungai, dengan "
            "pertanian "
            "padi sawah sebagai mata pencaharian utama penduduknya."
        ),
        unit_code="7.01.0.00.0.00.02",
        ppid_office="Sekretaris Kecamatan Sungai Jernih",
        phone="(0799) 31702",
        address="Jl. Tepian Sungai No. 1, Desa Muara Jernih, Kecamatan Sungai Jernih",
        town="Muara Jernih",
    ),
    Unit(
        name="kecamatan-bukit-embun",
        code="kec-bukit-embun",
        title="Kecamatan Bukit Embun",
        kind=KIND_KECAMATAN,
        description=(
            "Kecamatan Bukit Embun berada di dataran tinggi bagian selatan kabupaten dan terdiri atas 9 desa "
            "penghasil sayuran dan kopi."
        ),
        unit_code="7.01.0.00.0.00.03",
        ppid_office="Sekretaris Kecamatan Bukit Embun",
        phone="(0799) 41703",
        address="Jl. Kebun Kopi No. 3, Desa Embun Pagi, Kecamatan Bukit Embun",
        town="Embun Pagi",
    ),
)

THEMES = (
    Theme(
        name="kesehatan",
        title="Kesehatan",
        description="Layanan kesehatan, gizi, imunisasi dan pengendalian penyakit.",
    ),
    Theme(
        name="pendidikan",
        title="Pendidikan",
        description="Sekolah, guru, peserta didik dan capaian pendidikan.",
    ),
    Theme(
        name="keuangan-daerah",
        title="Keuangan Daerah",
        description="APBD, realisasi anggaran, laporan keuangan dan aset daerah.",
    ),
    Theme(
        name="infrastruktur",
        title="Infrastruktur",
        description="Jalan, jembatan, air minum, irigasi dan penataan ruang.",
    ),
    Theme(
        name="kependudukan",
        title="Kependudukan",
        description="Data agregat penduduk dan dokumen kependudukan.",
    ),
    Theme(
        name="sosial",
        title="Perlindungan Sosial",
        description="Bantuan sosial, kesejahteraan sosial dan penyandang disabilitas.",
    ),
    Theme(
        name="lingkungan-hidup",
        title="Lingkungan Hidup",
        description="Persampahan, kualitas air, ruang terbuka hijau dan pertanian berkelanjutan.",
    ),
    Theme(
        name="keterbukaan-informasi",
        title="Keterbukaan Informasi",
        description="Daftar Informasi Publik, laporan layanan informasi dan dokumen PPID.",
    ),
)
