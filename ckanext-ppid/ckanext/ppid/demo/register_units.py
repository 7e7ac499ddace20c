"""Register items particular to one OPD or kecamatan: immediate announcements (serta merta), information
kept available at any time (setiap saat) and other periodic information required by regulation.
"""

from __future__ import annotations

from ckanext.ppid.demo.spec import RegisterItem as R

SERTA_MERTA = "UU 14/2008 Pasal 10; Perki 1/2021 Pasal 25"
SETIAP_SAAT = "UU 14/2008 Pasal 11 ayat (1)"

IMMEDIATE = (
    R(
        unit="dinkes",
        title="Peringatan Kewaspadaan Peningkatan Kasus Demam Berdarah Dengue November 2026",
        notes=(
            "Desa dengan peningkatan kasus DBD, gejala yang perlu diwaspadai, langkah 3M Plus, jadwal "
            "pengasapan dan puskesmas rujukan yang melayani 24 jam."
        ),
        kategori="serta_merta",
        jenis_serta_merta="penyakit_menular",
        tahun=2026,
        age_days=6,
        holder="Bidang Pencegahan dan Pengendalian Penyakit Dinas Kesehatan",
        legal_basis=SERTA_MERTA,
        forms=("softcopy",),
        formats=("PDF", "JSON"),
    ),
    R(
        unit="dinkes",
        title="Pemberitahuan Kejadian Keracunan Pangan di Desa Muara Jernih",
        notes=(
            "Jumlah warga yang dirawat setelah hajatan, pangan yang diduga tercemar dan hasil uji "
            "laboratorium sementara, imbauan kepada masyarakat serta fasilitas kesehatan yang disiagakan."
        ),
        kategori="serta_merta",
        jenis_serta_merta="racun_makanan",
        tahun=2026,
        age_days=40,
        holder="Bidang Kesehatan Masyarakat Dinas Kesehatan",
        legal_basis=SERTA_MERTA,
        forms=("softcopy",),
    ),
    R(
        unit="dpupr",
        title="Pemberitahuan Penghentian Sementara Aliran Air Minum Zona Lembah Hijau Kota",
        notes=(
            "Jadwal penghentian aliran karena perbaikan pipa transmisi, wilayah yang terdampak, titik "
            "pengambilan air bersih dengan mobil tangki dan nomor pengaduan."
        ),
        kategori="serta_merta",
        jenis_serta_merta="gangguan_utilitas",
        tahun=2026,
        age_days=3,
        holder="Bidang Cipta Karya Dinas Pekerjaan Umum dan Penataan Ruang",
        legal_basis=SERTA_MERTA,
        forms=("softcopy",),
    ),
    R(
        unit="dlh",
        title="Pengumuman Pencemaran Sungai Jernih oleh Limbah Cair",
        notes=(
            "Ruas sungai yang tercemar, hasil uji kualitas air, larangan sementara penggunaan air sungai "
            "untuk minum dan perikanan, serta langkah penanganan yang diambil pemerintah daerah."
        ),
        kategori="serta_merta",
        jenis_serta_merta="bencana_nonalam",
        tahun=2026,
        age_days=18,
        holder="Bidang Pengendalian Pencemaran dan Kerusakan Lingkungan Dinas Lingkungan Hidup",
        legal_basis=SERTA_MERTA,
        forms=("softcopy",),
        formats=("PDF", "GeoJSON"),
    ),
    R(
        unit="distan",
        title="Peringatan Dini Serangan Hama Wereng Batang Cokelat Musim Tanam 2026",
        notes=(
            "Kecamatan dan luas sawah yang terserang, tingkat serangan, cara pengendalian terpadu dan posko "
            "brigade proteksi tanaman yang dapat dihubungi petani."
        ),
        kategori="serta_merta",
        jenis_serta_merta="bencana_alam",
        tahun=2026,
        age_days=25,
        holder="Bidang Tanaman Pangan dan Hortikultura Dinas Pertanian dan Ketahanan Pangan",
        legal_basis=SERTA_MERTA,
        forms=("softcopy",),
    ),
    R(
        unit="kecamatan-lembah-hijau-kota",
        title="Imbauan Keamanan Pascabentrokan Antarkelompok Pemuda di Kelurahan Pasar Baru",
        notes=(
            "Kronologi singkat, wilayah yang perlu dihindari, jam malam sementara yang disepakati forum "
            "koordinasi pimpinan kecamatan dan nomor pengaduan keamanan."
        ),
        kategori="serta_merta",
        jenis_serta_merta="bencana_sosial",
        tahun=2026,
        age_days=50,
        holder="Seksi Ketenteraman dan Ketertiban Umum Kecamatan Lembah Hijau Kota",
        legal_basis=SERTA_MERTA,
        forms=("softcopy", "hardcopy"),
    ),
    R(
        unit="kecamatan-sungai-jernih",
        title="Peringatan Dini Banjir Daerah Aliran Sungai Jernih",
        notes=(
            "Status siaga tinggi muka air, desa rawan banjir, jalur dan titik evakuasi, lokasi posko "
            "pengungsian serta cara meminta pertolongan."
        ),
        kategori="serta_merta",
        jenis_serta_merta="bencana_alam",
        tahun=2026,
        age_days=2,
        holder="Seksi Pemerintahan Kecamatan Sungai Jernih",
        legal_basis=SERTA_MERTA,
        formats=("PDF", "GeoJSON"),
    ),
    R(
        unit="kecamatan-bukit-embun",
        title="Peringatan Potensi Tanah Longsor di Desa-desa Lereng Bukit Embun",
        notes=(
            "Peta lereng rawan longsor, tanda-tanda awal pergerakan tanah, jalur evakuasi dan tempat "
            "pengungsian sementara selama musim hujan."
        ),
        kategori="serta_merta",
        jenis_serta_merta="bencana_alam",
        tahun=2026,
        age_days=12,
        holder="Seksi Pemerintahan Kecamatan Bukit Embun",
        legal_basis=SERTA_MERTA,
        formats=("PDF", "GeoJSON"),
    ),
)

AT_ANY_TIME = (
    R(
        unit="disdik",
        title="Perjanjian Kerja Sama Penyediaan Beasiswa Siswa Berprestasi 2026",
        notes=(
            "Naskah perjanjian dengan yayasan mitra tentang kuota, kriteria penerima dan pendanaan beasiswa."
        ),
        kategori="setiap_saat",
        item_setiap_saat="perjanjian_pihak_ketiga",
        tahun=2026,
        age_days=95,
        holder="Bidang Pembinaan Sekolah Dasar Dinas Pendidikan",
        legal_basis=f"{SETIAP_SAAT} huruf e",
    ),
    R(
        unit="dpupr",
        title="Kontrak Pekerjaan Rekonstruksi Jalan Lembah Hijau–Sungai Jernih 2026",
        notes="Surat perjanjian, nilai kontrak, jangka waktu pelaksanaan dan addendum pekerjaan jalan.",
        kategori="setiap_saat",
        item_setiap_saat="perjanjian_pihak_ketiga",
        tahun=2026,
        age_days=120,
        holder="Pejabat Pembuat Komitmen Bidang Bina Marga",
        legal_basis=f"{SETIAP_SAAT} huruf e",
        retention="10 tahun (JRA)",
    ),
    R(
        unit="bpkad",
        title="Daftar Barang Milik Daerah per Perangkat Daerah 2025",
        notes="Rekapitulasi aset tetap per perangkat daerah: tanah, peralatan, gedung, jalan dan irigasi.",
        kategori="setiap_saat",
        item_setiap_saat="data_perbendaharaan_inventaris",
        tahun=2025,
        age_days=150,
        holder="Bidang Aset Badan Pengelolaan Keuangan dan Aset Daerah",
        legal_basis=f"{SETIAP_SAAT}; Permendagri 19/2016",
        formats=("XLSX", "PDF"),
    ),
    R(
        unit="bpkad",
        title="Ringkasan Anggaran Pendapatan dan Belanja Daerah Tahun 2026",
        notes=(
            "Ringkasan APBD 2026 menurut urusan, organisasi, pendapatan, belanja dan pembiayaan, "
            "diumumkan sesuai kewajiban transparansi keuangan daerah."
        ),
        kategori="berkala",
        item_berkala="berkala_lainnya",
        periodisitas="tahunan",
        tahun=2026,
        age_days=100,
        holder="Bidang Anggaran Badan Pengelolaan Keuangan dan Aset Daerah",
        legal_basis="UU 14/2008 Pasal 9 ayat (2) huruf d; PP 12/2019 Pasal 214",
        formats=("PDF", "XLSX"),
        retention="Permanen",
    ),
    R(
        unit="disdukcapil",
        title="Persyaratan dan Standar Pelayanan Dokumen Kependudukan",
        notes="Persyaratan, alur, waktu penyelesaian dan biaya (gratis) pelayanan KTP-el, KK dan akta.",
        kategori="setiap_saat",
        item_setiap_saat="regulasi_kebijakan",
        tahun=2026,
        age_days=70,
        holder="Sekretariat Dinas Kependudukan dan Pencatatan Sipil",
        legal_basis=f"{SETIAP_SAAT}; UU 25/2009 tentang Pelayanan Publik",
        retention="Selama berlaku",
    ),
    R(
        unit="dinsos",
        title="Rekapitulasi Penerima Bantuan Sosial per Desa 2026",
        notes="Jumlah keluarga penerima PKH, BPNT dan bantuan daerah per desa, beserta nilai bantuannya.",
        kategori="setiap_saat",
        item_setiap_saat="organisasi_kepegawaian_keuangan",
        tahun=2026,
        age_days=30,
        holder="Bidang Perlindungan dan Jaminan Sosial Dinas Sosial",
        legal_basis=SETIAP_SAAT,
        formats=("XLSX", "PDF"),
    ),
    R(
        unit="bappeda",
        title="Naskah Rencana Pembangunan Jangka Menengah Daerah Kabupaten Lembah Hijau 2025–2029",
        notes="Visi, misi, strategi, arah kebijakan dan indikator kinerja daerah lima tahun.",
        kategori="setiap_saat",
        item_setiap_saat="rencana_strategis_kerja",
        tahun=2025,
        age_days=160,
        holder="Bidang Perencanaan dan Pengendalian Pembangunan Bappeda",
        legal_basis=f"{SETIAP_SAAT} huruf d; Permendagri 86/2017",
        retention="Permanen",
    ),
    R(
        unit="bappeda",
        title="Hasil Kajian Penanggulangan Kemiskinan Daerah 2025",
        notes=(
            "Ringkasan metode, temuan dan rekomendasi kajian kemiskinan yang dilakukan bersama perguruan "
            "tinggi."
        ),
        kategori="setiap_saat",
        item_setiap_saat="penelitian",
        tahun=2025,
        age_days=140,
        holder="Bidang Penelitian dan Pengembangan Bappeda",
        legal_basis=SETIAP_SAAT,
    ),
    R(
        unit="dlh",
        title="Daftar Persetujuan Lingkungan yang Diterbitkan 2026",
        notes=(
            "Usaha dan kegiatan yang memperoleh persetujuan lingkungan, jenis dokumen dan kewajiban "
            "pemantauannya."
        ),
        kategori="setiap_saat",
        item_setiap_saat="perizinan",
        tahun=2026,
        age_days=55,
        holder="Bidang Tata Lingkungan Dinas Lingkungan Hidup",
        legal_basis=f"{SETIAP_SAAT}; PP 22/2021",
        formats=("XLSX",),
    ),
    R(
        unit="distan",
        title="Perjanjian Kerja Sama Penyediaan Benih Padi Bersertifikat 2026",
        notes=(
            "Naskah kerja sama dengan penangkar benih tentang jumlah, mutu, harga dan jadwal penyaluran "
            "benih."
        ),
        kategori="setiap_saat",
        item_setiap_saat="perjanjian_pihak_ketiga",
        tahun=2026,
        age_days=130,
        holder="Bidang Tanaman Pangan dan Hortikultura Dinas Pertanian dan Ketahanan Pangan",
        legal_basis=f"{SETIAP_SAAT} huruf e",
    ),
    R(
        unit="kecamatan-lembah-hijau-kota",
        title="Agenda Kerja Camat Lembah Hijau Kota",
        notes="Jadwal kegiatan camat: rapat koordinasi, kunjungan kelurahan dan pelayanan keliling.",
        kategori="setiap_saat",
        item_setiap_saat="agenda_pimpinan",
        tahun=2026,
        age_days=4,
        holder="Sekretariat Kecamatan Lembah Hijau Kota",
        legal_basis=SETIAP_SAAT,
        forms=("softcopy",),
        retention="2 tahun (JRA)",
    ),
    R(
        unit="kecamatan-sungai-jernih",
        title="Alokasi Dana Desa per Desa di Kecamatan Sungai Jernih 2026",
        notes="Pagu dana desa dan alokasi dana desa setiap desa beserta tahap penyalurannya.",
        kategori="setiap_saat",
        item_setiap_saat="organisasi_kepegawaian_keuangan",
        tahun=2026,
        age_days=80,
        holder="Seksi Pemberdayaan Masyarakat dan Desa Kecamatan Sungai Jernih",
        legal_basis=SETIAP_SAAT,
        formats=("XLSX", "PDF"),
    ),
    R(
        unit="kecamatan-bukit-embun",
        title="Persyaratan Pelayanan Administrasi Terpadu Kecamatan Bukit Embun",
        notes=(
            "Jenis layanan PATEN, persyaratan, waktu penyelesaian dan biaya setiap layanan di kantor camat."
        ),
        kategori="setiap_saat",
        item_setiap_saat="perizinan",
        tahun=2026,
        age_days=150,
        holder="Seksi Pelayanan Umum Kecamatan Bukit Embun",
        legal_basis=f"{SETIAP_SAAT}; Permendagri 4/2010",
        retention="Selama berlaku",
    ),
)

ITEMS = IMMEDIATE + AT_ANY_TIME
