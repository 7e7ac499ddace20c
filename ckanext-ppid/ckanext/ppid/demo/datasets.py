"""Datasets the OPDs and the PPID Utama of the demo Pemda publish (recurring ones are in ``series``)."""

from __future__ import annotations

from ckanext.ppid.demo.spec import DatasetSpec as D

DATASETS = (
    # PPID Utama
    D(
        unit="ppid-utama",
        title="Laporan Layanan Informasi Publik Tahun 2025",
        notes=(
            "Laporan tahunan layanan informasi publik Kabupaten Lembah Hijau: jumlah permohonan, waktu "
            "layanan, permohonan yang dikabulkan dan ditolak beserta alasannya, serta keberatan yang "
            "diajukan."
        ),
        tags=("laporan tahunan", "layanan informasi", "keterbukaan informasi"),
        themes=("keterbukaan-informasi",),
        tahun=2025,
        frekuensi="tahunan",
        formats=("PDF",),
    ),
    D(
        unit="ppid-utama",
        title="Rekapitulasi Permohonan Informasi Publik per PPID Pelaksana 2025",
        notes=(
            "Jumlah permohonan informasi publik yang diterima setiap PPID Pelaksana per bulan, menurut cara "
            "pengajuan dan hasil keputusan."
        ),
        tags=("permohonan informasi", "layanan informasi", "statistik"),
        themes=("keterbukaan-informasi",),
        tahun=2025,
        frekuensi="bulanan",
        formats=("CSV", "XLSX"),
    ),
    D(
        unit="ppid-utama",
        title="Keputusan Bupati tentang Penetapan PPID Kabupaten Lembah Hijau 2026",
        notes=(
            "Surat keputusan penetapan PPID Utama, PPID Pelaksana perangkat daerah dan kecamatan, Atasan "
            "PPID "
            "serta tim pertimbangan layanan informasi publik."
        ),
        tags=("sk ppid", "keterbukaan informasi", "regulasi"),
        themes=("keterbukaan-informasi",),
        tahun=2026,
        frekuensi="tidak_tentu",
        formats=("PDF",),
        license_id="other-open",
    ),
    D(
        unit="ppid-utama",
        title="Standar Operasional Prosedur Layanan Informasi Publik",
        notes=(
            "Prosedur permohonan informasi, pengajuan keberatan dan penanganan sengketa informasi, lengkap "
            "dengan jangka waktu layanan dan formulir yang digunakan."
        ),
        tags=("sop", "layanan informasi", "keberatan"),
        themes=("keterbukaan-informasi",),
        tahun=2024,
        frekuensi="tidak_tentu",
        formats=("PDF",),
        license_id="other-open",
    ),
    # Dinas Kesehatan
    D(
        unit="dinkes",
        title="Jumlah Tenaga Kesehatan per Puskesmas 2025",
        notes=(
            "Jumlah dokter, dokter gigi, bidan, perawat, tenaga gizi dan tenaga kesehatan lingkungan pada "
            "setiap puskesmas di Kabupaten Lembah Hijau per 31 Desember 2025."
        ),
        tags=("kesehatan", "puskesmas", "tenaga kesehatan"),
        themes=("kesehatan",),
        tahun=2025,
        frekuensi="tahunan",
        formats=("CSV", "XLSX"),
    ),
    D(
        unit="dinkes",
        title="Cakupan Imunisasi Dasar Lengkap per Kecamatan 2025",
        notes=(
            "Persentase bayi usia 0–11 bulan yang mendapat imunisasi dasar lengkap, per kecamatan, "
            "dibandingkan dengan sasaran tahunan."
        ),
        tags=("kesehatan", "imunisasi", "anak"),
        themes=("kesehatan",),
        tahun=2025,
        frekuensi="tahunan",
        formats=("CSV", "JSON"),
    ),
    D(
        unit="dinkes",
        title="Prevalensi Stunting Balita per Desa 2025",
        notes=(
            "Hasil pengukuran bulan timbang Agustus 2025: jumlah balita diukur dan persentase balita pendek "
            "dan sangat pendek per desa/kelurahan, sebagai dasar intervensi percepatan penurunan stunting."
        ),
        tags=("kesehatan", "stunting", "gizi", "anak"),
        themes=("kesehatan",),
        tahun=2025,
        frekuensi="semesteran",
        formats=("CSV", "XLSX", "PDF"),
    ),
    D(
        unit="dinkes",
        title="Kasus Demam Berdarah Dengue per Bulan 2025",
        notes="Jumlah kasus dan kematian akibat demam berdarah dengue (DBD) per bulan dan per puskesmas.",
        tags=("kesehatan", "dbd", "penyakit menular"),
        themes=("kesehatan",),
        tahun=2025,
        frekuensi="bulanan",
        formats=("CSV",),
    ),
    D(
        unit="dinkes",
        title="Daftar Fasilitas Pelayanan Kesehatan 2026",
        notes=(
            "Rumah sakit, puskesmas, puskesmas pembantu, klinik dan apotek beserta alamat, jam layanan dan "
            "koordinat lokasinya."
        ),
        tags=("kesehatan", "puskesmas", "rumah sakit", "peta"),
        themes=("kesehatan",),
        tahun=2026,
        frekuensi="tahunan",
        formats=("JSON", "GeoJSON", "CSV"),
    ),
    D(
        unit="dinkes",
        title="Rekapitulasi Pengaduan Layanan Kesehatan 2026",
        notes=(
            "Rekap internal pengaduan masyarakat atas layanan puskesmas dan rumah sakit daerah beserta "
            "tindak lanjutnya."
        ),
        tags=("kesehatan", "pengaduan"),
        themes=("kesehatan",),
        tahun=2026,
        frekuensi="bulanan",
        formats=("XLSX",),
        private=True,
    ),
    # Dinas Pendidikan
    D(
        unit="disdik",
        title="Jumlah Sekolah per Jenjang dan Kecamatan 2025",
        notes=(
            "Jumlah satuan pendidikan PAUD, SD dan SMP negeri dan swasta per kecamatan, dari Data Pokok "
            "Pendidikan."
        ),
        tags=("pendidikan", "sekolah", "dapodik"),
        themes=("pendidikan",),
        tahun=2025,
        frekuensi="semesteran",
        formats=("CSV", "XLSX"),
    ),
    D(
        unit="disdik",
        title="Jumlah Peserta Didik per Jenjang Tahun Ajaran 2025/2026",
        notes="Jumlah peserta didik PAUD, SD dan SMP menurut jenis kelamin, status sekolah dan kecamatan.",
        tags=("pendidikan", "peserta didik", "dapodik"),
        themes=("pendidikan",),
        tahun=2025,
        frekuensi="semesteran",
        formats=("CSV", "JSON"),
    ),
    D(
        unit="disdik",
        title="Rasio Guru terhadap Murid per Kecamatan 2025",
        notes=(
            "Jumlah guru berstatus ASN dan non-ASN, jumlah murid dan rasio guru–murid SD dan SMP per "
            "kecamatan."
        ),
        tags=("pendidikan", "guru", "indikator"),
        themes=("pendidikan",),
        tahun=2025,
        frekuensi="tahunan",
        formats=("XLSX",),
    ),
    D(
        unit="disdik",
        title="Angka Partisipasi Sekolah 2021–2025",
        notes=(
            "Angka Partisipasi Kasar (APK) dan Angka Partisipasi Murni (APM) SD dan SMP lima tahun terakhir."
        ),
        tags=("pendidikan", "indikator", "apk", "apm"),
        themes=("pendidikan",),
        tahun=2025,
        frekuensi="tahunan",
        formats=("CSV", "PDF"),
    ),
    D(
        unit="disdik",
        title="Penerima Program Indonesia Pintar per Sekolah 2025",
        notes=(
            "Jumlah siswa penerima Program Indonesia Pintar (PIP) dan nilai bantuan per sekolah, tanpa data "
            "pribadi."
        ),
        tags=("pendidikan", "bantuan sosial", "pip"),
        themes=("pendidikan", "sosial"),
        tahun=2025,
        frekuensi="tahunan",
        formats=("XLSX", "PDF"),
    ),
    # Dinas Pekerjaan Umum dan Penataan Ruang
    D(
        unit="dpupr",
        title="Kondisi Jalan Kabupaten per Ruas 2025",
        notes=(
            "Panjang ruas jalan kabupaten menurut kondisi (baik, sedang, rusak ringan, rusak berat) dan "
            "jenis "
            "permukaan, hasil survei kondisi jalan 2025."
        ),
        tags=("infrastruktur", "jalan", "peta"),
        themes=("infrastruktur",),
        tahun=2025,
        frekuensi="tahunan",
        formats=("CSV", "GeoJSON"),
        license_id="odc-odbl",
    ),
    D(
        unit="dpupr",
        title="Daftar Jembatan Kabupaten 2025",
        notes="Lokasi, panjang, tipe konstruksi dan kondisi jembatan pada ruas jalan kabupaten.",
        tags=("infrastruktur", "jembatan"),
        themes=("infrastruktur",),
        tahun=2025,
        frekuensi="tahunan",
        formats=("XLSX", "GeoJSON"),
        license_id="odc-odbl",
    ),
    D(
        unit="dpupr",
        title="Rencana Tata Ruang Wilayah Kabupaten Lembah Hijau 2024–2044",
        notes="Peraturan daerah tentang RTRW beserta lampiran peta rencana struktur dan pola ruang.",
        tags=("tata ruang", "rtrw", "regulasi", "peta"),
        themes=("infrastruktur",),
        tahun=2024,
        frekuensi="tidak_tentu",
        formats=("PDF",),
        license_id="other-open",
    ),
    D(
        unit="dpupr",
        title="Cakupan Layanan Air Minum per Kecamatan 2025",
        notes=(
            "Persentase rumah tangga dengan akses air minum layak melalui jaringan perpipaan dan bukan "
            "perpipaan."
        ),
        tags=("infrastruktur", "air minum", "sanitasi"),
        themes=("infrastruktur", "kesehatan"),
        tahun=2025,
        frekuensi="tahunan",
        formats=("CSV",),
    ),
    D(
        unit="dpupr",
        title="Paket Pekerjaan Konstruksi Tahun Anggaran 2026",
        notes=(
            "Daftar paket pekerjaan konstruksi: nama paket, lokasi, pagu, metode pemilihan dan jadwal "
            "pelaksanaan."
        ),
        tags=("infrastruktur", "pengadaan", "anggaran"),
        themes=("infrastruktur", "keuangan-daerah"),
        tahun=2026,
        frekuensi="triwulanan",
        formats=("JSON", "XLSX"),
    ),
    # Badan Pengelolaan Keuangan dan Aset Daerah
    D(
        unit="bpkad",
        title="APBD Kabupaten Lembah Hijau Tahun Anggaran 2026",
        notes=(
            "Ringkasan APBD 2026 menurut pendapatan, belanja dan pembiayaan, serta rincian belanja per "
            "perangkat daerah sesuai Peraturan Daerah tentang APBD."
        ),
        tags=("apbd", "anggaran", "keuangan daerah"),
        themes=("keuangan-daerah",),
        tahun=2026,
        frekuensi="tahunan",
        formats=("XLSX", "PDF", "CSV"),
    ),
    D(
        unit="bpkad",
        title="Realisasi Pendapatan Daerah per Bulan 2026",
        notes=(
            "Realisasi pajak daerah, retribusi daerah, pendapatan transfer dan lain-lain pendapatan yang sah"
            " per bulan."
        ),
        tags=("pendapatan daerah", "pajak daerah", "keuangan daerah"),
        themes=("keuangan-daerah",),
        tahun=2026,
        frekuensi="bulanan",
        formats=("CSV", "JSON"),
    ),
    D(
        unit="bpkad",
        title="Laporan Keuangan Pemerintah Daerah 2025 (Audited)",
        notes="Laporan keuangan pemerintah daerah tahun 2025 yang telah diperiksa Badan Pemeriksa Keuangan.",
        tags=("lkpd", "laporan keuangan", "keuangan daerah"),
        themes=("keuangan-daerah",),
        tahun=2025,
        frekuensi="tahunan",
        formats=("PDF",),
        license_id="other-open",
    ),
    D(
        unit="bpkad",
        title="Daftar Barang Milik Daerah berupa Tanah 2025",
        notes="Inventaris tanah milik daerah: lokasi, luas, status sertifikat dan perangkat daerah pengguna.",
        tags=("aset daerah", "bmd"),
        themes=("keuangan-daerah",),
        tahun=2025,
        frekuensi="tahunan",
        formats=("XLSX",),
        private=True,
    ),
    D(
        unit="bpkad",
        title="Perubahan APBD Tahun Anggaran 2025",
        notes=(
            "Ringkasan perubahan APBD 2025: pergeseran pendapatan, belanja dan pembiayaan dibandingkan APBD "
            "murni."
        ),
        tags=("apbd", "anggaran", "keuangan daerah"),
        themes=("keuangan-daerah",),
        tahun=2025,
        frekuensi="tahunan",
        formats=("XLSX", "PDF"),
    ),
    # Dinas Kependudukan dan Pencatatan Sipil
    D(
        unit="disdukcapil",
        title="Jumlah Penduduk per Kecamatan 2025",
        notes=(
            "Jumlah penduduk, kepala keluarga dan kepadatan penduduk per kecamatan, data konsolidasi "
            "semester II 2025."
        ),
        tags=("kependudukan", "penduduk", "statistik"),
        themes=("kependudukan",),
        tahun=2025,
        frekuensi="semesteran",
        formats=("CSV", "XLSX", "JSON"),
    ),
    D(
        unit="disdukcapil",
        title="Penduduk menurut Kelompok Umur dan Jenis Kelamin 2025",
        notes="Jumlah penduduk per kelompok umur lima tahunan dan jenis kelamin, per kecamatan.",
        tags=("kependudukan", "penduduk", "piramida penduduk"),
        themes=("kependudukan",),
        tahun=2025,
        frekuensi="semesteran",
        formats=("CSV",),
    ),
    D(
        unit="disdukcapil",
        title="Kepemilikan KTP Elektronik per Kecamatan 2025",
        notes=(
            "Jumlah penduduk wajib KTP, yang telah merekam dan yang telah menerima KTP elektronik, per "
            "kecamatan."
        ),
        tags=("kependudukan", "ktp elektronik", "dokumen kependudukan"),
        themes=("kependudukan",),
        tahun=2025,
        frekuensi="semesteran",
        formats=("XLSX",),
    ),
    D(
        unit="disdukcapil",
        title="Kelahiran dan Kematian per Bulan 2025",
        notes="Jumlah peristiwa kelahiran dan kematian yang dicatat per bulan dan per kecamatan.",
        tags=("kependudukan", "akta kelahiran", "pencatatan sipil"),
        themes=("kependudukan",),
        tahun=2025,
        frekuensi="bulanan",
        formats=("CSV", "JSON"),
    ),
    D(
        unit="disdukcapil",
        title="Kepemilikan Akta Kelahiran Anak 0–18 Tahun 2025",
        notes="Persentase anak usia 0–18 tahun yang memiliki akta kelahiran, per kecamatan.",
        tags=("kependudukan", "akta kelahiran", "anak"),
        themes=("kependudukan",),
        tahun=2025,
        frekuensi="tahunan",
        formats=("PDF", "CSV"),
    ),
    # Dinas Sosial
    D(
        unit="dinsos",
        title="Jumlah Keluarga Penerima Program Keluarga Harapan per Kecamatan 2025",
        notes=(
            "Jumlah keluarga penerima manfaat PKH dan nilai bantuan yang disalurkan per tahap, per kecamatan."
        ),
        tags=("bantuan sosial", "pkh", "kemiskinan"),
        themes=("sosial",),
        tahun=2025,
        frekuensi="triwulanan",
        formats=("CSV", "XLSX"),
    ),
    D(
        unit="dinsos",
        title="Jumlah Penyandang Disabilitas per Kecamatan 2025",
        notes=(
            "Jumlah penyandang disabilitas menurut ragam disabilitas (fisik, intelektual, mental, sensorik) "
            "per kecamatan."
        ),
        tags=("disabilitas", "kesejahteraan sosial"),
        themes=("sosial",),
        tahun=2025,
        frekuensi="tahunan",
        formats=("CSV",),
    ),
    D(
        unit="dinsos",
        title="Penyaluran Bantuan Pangan Non Tunai 2025",
        notes="Jumlah keluarga penerima dan nilai bantuan pangan non tunai yang tersalurkan per bulan.",
        tags=("bantuan sosial", "bpnt", "pangan"),
        themes=("sosial",),
        tahun=2025,
        frekuensi="bulanan",
        formats=("XLSX", "PDF"),
    ),
    D(
        unit="dinsos",
        title="Hasil Verifikasi dan Validasi DTKS 2025",
        notes=(
            "Rekap internal hasil verifikasi dan validasi Data Terpadu Kesejahteraan Sosial per desa sebelum"
            " penetapan."
        ),
        tags=("dtks", "kesejahteraan sosial"),
        themes=("sosial",),
        tahun=2025,
        frekuensi="semesteran",
        formats=("XLSX",),
        private=True,
    ),
    # Bappeda
    D(
        unit="bappeda",
        title="Rencana Pembangunan Jangka Menengah Daerah 2025–2029",
        notes=(
            "Dokumen RPJMD Kabupaten Lembah Hijau 2025–2029: visi, misi, tujuan, sasaran dan indikator "
            "kinerja daerah."
        ),
        tags=("perencanaan", "rpjmd", "regulasi"),
        themes=("keuangan-daerah",),
        tahun=2025,
        frekuensi="tidak_tentu",
        formats=("PDF",),
        license_id="other-open",
    ),
    D(
        unit="bappeda",
        title="Rencana Kerja Pemerintah Daerah Tahun 2026",
        notes=(
            "RKPD 2026: prioritas pembangunan, program dan kegiatan perangkat daerah beserta pagu indikatif."
        ),
        tags=("perencanaan", "rkpd", "anggaran"),
        themes=("keuangan-daerah",),
        tahun=2026,
        frekuensi="tahunan",
        formats=("PDF", "XLSX"),
    ),
    D(
        unit="bappeda",
        title="Indikator Makro Pembangunan Daerah 2020–2025",
        notes=(
            "Pertumbuhan ekonomi, PDRB per kapita, Indeks Pembangunan Manusia, tingkat kemiskinan dan "
            "tingkat "
            "pengangguran terbuka enam tahun terakhir."
        ),
        tags=("indikator", "ipm", "kemiskinan", "statistik"),
        themes=("keuangan-daerah", "sosial"),
        tahun=2025,
        frekuensi="tahunan",
        formats=("CSV", "JSON", "XLSX"),
    ),
    D(
        unit="bappeda",
        title="Rancangan Awal RKPD Tahun 2027",
        notes="Rancangan awal RKPD 2027 untuk pembahasan konsultasi publik; belum final.",
        tags=("perencanaan", "rkpd"),
        themes=("keuangan-daerah",),
        tahun=2027,
        frekuensi="tahunan",
        formats=("PDF",),
        private=True,
    ),
    # Dinas Lingkungan Hidup
    D(
        unit="dlh",
        title="Indeks Kualitas Lingkungan Hidup 2025",
        notes="Indeks kualitas air, udara, tutupan lahan dan air laut yang membentuk IKLH kabupaten.",
        tags=("lingkungan hidup", "iklh", "indikator"),
        themes=("lingkungan-hidup",),
        tahun=2025,
        frekuensi="tahunan",
        formats=("PDF", "CSV"),
    ),
    D(
        unit="dlh",
        title="Volume Sampah Terangkut per Bulan 2025",
        notes="Volume sampah yang diangkut ke TPA dan yang dikelola bank sampah per bulan, dalam ton.",
        tags=("lingkungan hidup", "sampah"),
        themes=("lingkungan-hidup",),
        tahun=2025,
        frekuensi="bulanan",
        formats=("CSV", "JSON"),
    ),
    D(
        unit="dlh",
        title="Hasil Uji Kualitas Air Sungai 2025",
        notes=(
            "Hasil uji parameter BOD, COD, TSS dan bakteri koli pada titik pantau sungai, dua kali setahun."
        ),
        tags=("lingkungan hidup", "kualitas air", "sungai"),
        themes=("lingkungan-hidup",),
        tahun=2025,
        frekuensi="semesteran",
        formats=("XLSX", "PDF"),
        license_id="cc-by-sa",
    ),
    D(
        unit="dlh",
        title="Ruang Terbuka Hijau Publik 2025",
        notes=(
            "Lokasi, luas dan jenis ruang terbuka hijau publik: taman kota, hutan kota, jalur hijau dan "
            "pemakaman."
        ),
        tags=("lingkungan hidup", "rth", "peta"),
        themes=("lingkungan-hidup", "infrastruktur"),
        tahun=2025,
        frekuensi="tahunan",
        formats=("GeoJSON", "CSV"),
        license_id="odc-odbl",
    ),
    D(
        unit="dlh",
        title="Rencana Kerja Dinas Lingkungan Hidup Tahun 2027",
        notes="Draf rencana kerja 2027 yang sedang disusun.",
        tags=("lingkungan hidup", "perencanaan"),
        themes=("lingkungan-hidup",),
        tahun=2027,
        frekuensi="tahunan",
        formats=("PDF",),
        draft=True,
    ),
    # Dinas Pertanian dan Ketahanan Pangan
    D(
        unit="distan",
        title="Produksi Padi dan Palawija per Kecamatan 2025",
        notes="Luas panen, produktivitas dan produksi padi, jagung, kedelai dan ubi kayu per kecamatan.",
        tags=("pertanian", "padi", "pangan"),
        themes=("lingkungan-hidup",),
        tahun=2025,
        frekuensi="tahunan",
        formats=("CSV", "XLSX"),
        license_id="cc-zero",
    ),
    D(
        unit="distan",
        title="Luas Lahan Sawah Irigasi dan Tadah Hujan 2025",
        notes="Luas lahan sawah menurut jenis pengairan per kecamatan.",
        tags=("pertanian", "lahan sawah", "irigasi"),
        themes=("lingkungan-hidup", "infrastruktur"),
        tahun=2025,
        frekuensi="tahunan",
        formats=("CSV", "GeoJSON"),
        license_id="cc-zero",
    ),
    D(
        unit="distan",
        title="Harga Eceran Komoditas Pangan Pokok 2026",
        notes=(
            "Harga eceran rata-rata beras, cabai, bawang merah, gula dan minyak goreng di pasar kabupaten "
            "per bulan."
        ),
        tags=("pangan", "harga", "pasar"),
        themes=("lingkungan-hidup",),
        tahun=2026,
        frekuensi="bulanan",
        formats=("JSON", "CSV"),
        license_id="cc-zero",
    ),
)
