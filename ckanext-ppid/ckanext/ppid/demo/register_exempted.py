"""Exempted information (informasi yang dikecualikan) of the demo units, each with its consequence test.

The grounds follow docs/law.md, Exempted information: personal secrets (UU 14/2008 Ps 17 h), victims'
identities and pending investigations (17 a), early plans on regional revenue and land (17 e), fair
competition in a tender (17 b) and internal memoranda (17 i). Their documents are links like any other item's:
the portal withholds them. Two periods are timed to give the expiry command work: the HPS of a tender already
let has ended, and a memorandum's period ends within 30 working days (PP 61/2010 Ps 11).
"""

from __future__ import annotations

from ckanext.ppid.demo.spec import Exemption as E
from ckanext.ppid.demo.spec import RegisterItem

UU_KIP = "UU 14/2008 Pasal 17 huruf"


def _exempted(
    unit: str, title: str, notes: str, holder: str, age_days: int, exemption: E, tahun: int = 2026
) -> RegisterItem:
    return RegisterItem(
        unit=unit,
        title=title,
        notes=notes,
        kategori="dikecualikan",
        tahun=tahun,
        age_days=age_days,
        holder=holder,
        legal_basis=exemption.statute,
        retention="Sesuai jadwal retensi arsip",
        exemption=exemption,
    )


PERSONAL_HEALTH = (
    "Membuka riwayat, kondisi dan perawatan kesehatan seseorang yang merupakan rahasia pribadi dan dapat "
    "menimbulkan stigma serta diskriminasi terhadap pasien dan keluarganya."
)

ITEMS = (
    _exempted(
        "dinkes",
        "Rekam Medis Pasien Puskesmas",
        "Catatan identitas, pemeriksaan, diagnosis, pengobatan dan tindakan setiap pasien puskesmas.",
        "Kepala Puskesmas selaku penanggung jawab rekam medis",
        300,
        E(
            ground="17.h.2",
            statute=f"{UU_KIP} h angka 2; UU 17/2023 tentang Kesehatan (rahasia kesehatan pribadi pasien)",
            consequence=PERSONAL_HEALTH,
            public_interest=(
                "Kerahasiaan membuat masyarakat tidak ragu berobat; kepentingan publik atas mutu layanan "
                "terpenuhi oleh data agregat kunjungan dan penyakit yang tetap dibuka."
            ),
            decree="188.4/021/PPID-DINKES",
        ),
    ),
    _exempted(
        "dinkes",
        "Data Individu Pasien HIV/AIDS dan Tuberkulosis",
        (
            "Nama, alamat, hasil pemeriksaan dan riwayat pengobatan pasien dalam program pengendalian HIV "
            "dan TBC."
        ),
        "Bidang Pencegahan dan Pengendalian Penyakit Dinas Kesehatan",
        300,
        E(
            ground="17.h.2",
            statute=f"{UU_KIP} h angka 2; UU 17/2023 tentang Kesehatan",
            consequence=PERSONAL_HEALTH,
            public_interest=(
                "Jumlah kasus per kecamatan diumumkan untuk kewaspadaan; identitas tidak menambah manfaat "
                "bagi publik tetapi dapat membuat pasien berhenti berobat."
            ),
            decree="188.4/022/PPID-DINKES",
        ),
    ),
    _exempted(
        "disdukcapil",
        "Data Kependudukan Perseorangan dalam Sistem Informasi Administrasi Kependudukan",
        "NIK, nomor kartu keluarga, hubungan dalam keluarga, status perkawinan dan alamat setiap penduduk.",
        "Bidang Pengelolaan Informasi Administrasi Kependudukan Disdukcapil",
        280,
        E(
            ground="17.h.1",
            statute=(
                f"{UU_KIP} h angka 1; UU 23/2006 jo. UU 24/2013 tentang Administrasi Kependudukan Pasal 79"
            ),
            consequence=(
                "Data perseorangan dan riwayat keluarga dapat disalahgunakan untuk penipuan, pinjaman daring "
                "ilegal dan pemalsuan identitas."
            ),
            public_interest=(
                "Negara wajib menjaga kerahasiaan data perseorangan; data agregat kependudukan per wilayah "
                "tetap dibuka bagi perencanaan dan penelitian."
            ),
            decree="188.4/009/PPID-DUKCAPIL",
        ),
    ),
    _exempted(
        "disdukcapil",
        "Register Akta Pengangkatan dan Pengakuan Anak",
        "Catatan pinggir akta kelahiran dan penetapan pengadilan tentang pengangkatan dan pengakuan anak.",
        "Bidang Pelayanan Pencatatan Sipil Dinas Kependudukan dan Pencatatan Sipil",
        280,
        E(
            ground="17.h.1",
            statute=(
                f"{UU_KIP} h angka 1; UU 23/2006 jo. UU 24/2013 tentang Administrasi Kependudukan; "
                "UU 35/2014 tentang Perlindungan Anak"
            ),
            consequence=(
                "Membuka asal-usul dan riwayat keluarga anak angkat dapat menimbulkan stigma dan "
                "mengganggu tumbuh kembang anak."
            ),
            public_interest=(
                "Jumlah akta pengangkatan dan pengakuan anak per tahun tetap diumumkan; riwayat keluarga "
                "hanya diberikan kepada yang bersangkutan."
            ),
            decree="188.4/010/PPID-DUKCAPIL",
        ),
    ),
    _exempted(
        "bpkad",
        "Data Wajib Pajak Daerah Perorangan: Objek Pajak, Penghasilan dan Rekening",
        (
            "Surat pemberitahuan pajak daerah, nilai objek pajak bumi dan bangunan perorangan serta "
            "rekening wajib pajak."
        ),
        "Bidang Pendapatan Badan Pengelolaan Keuangan dan Aset Daerah",
        240,
        E(
            ground="17.h.3",
            statute=f"{UU_KIP} h angka 3; UU 1/2022 tentang HKPD (kerahasiaan data wajib pajak daerah)",
            consequence=(
                "Membuka keadaan keuangan, aset dan rekening seseorang kepada pihak yang tidak berhak."
            ),
            public_interest=(
                "Realisasi pendapatan pajak per jenis dan per kecamatan dibuka; data perorangan hanya "
                "diberikan kepada wajib pajak yang bersangkutan."
            ),
            decree="188.4/004/PPID-BPKAD",
        ),
    ),
    _exempted(
        "bpkad",
        "Kajian Awal Rencana Perubahan Tarif Pajak dan Retribusi Daerah 2027",
        "Simulasi tarif dan proyeksi pendapatan yang belum dibahas bersama DPRD.",
        "Bidang Pendapatan Badan Pengelolaan Keuangan dan Aset Daerah",
        60,
        E(
            ground="17.e.3",
            statute=f"{UU_KIP} e angka 3",
            consequence=(
                "Rencana awal yang belum diputuskan dapat memicu spekulasi, penghindaran pajak dan "
                "gejolak harga sebelum kebijakan ditetapkan."
            ),
            public_interest=(
                "Publik tetap dilibatkan melalui pembahasan rancangan peraturan daerah yang terbuka; "
                "kajian dibuka setelah rancangan diajukan kepada DPRD."
            ),
            decree="188.4/015/PPID-BPKAD",
        ),
    ),
    _exempted(
        "dpupr",
        "Rincian Harga Perkiraan Sendiri Pembangunan Jembatan Sungai Jernih",
        "Harga satuan dan analisa harga setiap mata pembayaran yang disusun pejabat pembuat komitmen.",
        "Pejabat Pembuat Komitmen Bidang Bina Marga",
        380,
        E(
            ground="17.b",
            statute=(
                f"{UU_KIP} b; UU 5/1999 tentang Larangan Praktik Monopoli dan Persaingan Usaha Tidak Sehat"
            ),
            consequence=(
                "Membuka harga satuan sebelum tender memungkinkan peserta menyesuaikan penawaran dan "
                "bersekongkol, merugikan persaingan usaha yang sehat dan keuangan daerah."
            ),
            public_interest=(
                "Nilai total HPS tetap diumumkan dalam dokumen pemilihan; rinciannya dibuka setelah kontrak "
                "ditandatangani."
            ),
            decree="188.4/031/PPID-PUPR",
            years=1,
        ),
        tahun=2025,
    ),
    _exempted(
        "dinsos",
        "Identitas Anak Korban Kekerasan dan Perdagangan Orang yang Didampingi Dinas Sosial",
        "Nama, alamat, foto dan laporan pendampingan anak korban yang kasusnya diproses penegak hukum.",
        "Bidang Rehabilitasi Sosial Dinas Sosial",
        200,
        E(
            ground="17.a.2",
            statute=(
                f"{UU_KIP} a angka 2; UU 31/2014 tentang Perlindungan Saksi dan Korban; "
                "UU 35/2014 tentang Perlindungan Anak"
            ),
            consequence=(
                "Mengungkap identitas korban membahayakan keselamatan dan pemulihan anak serta proses hukum."
            ),
            public_interest="Jumlah kasus dan layanan pendampingan diumumkan tanpa identitas korban.",
            decree="188.4/012/PPID-DINSOS",
            years=30,
        ),
    ),
    _exempted(
        "dinsos",
        "Hasil Verifikasi Kondisi Sosial Ekonomi Rumah Tangga per Individu",
        "NIK, penghasilan, kepemilikan aset dan kondisi rumah setiap rumah tangga hasil verifikasi lapangan.",
        "Bidang Perlindungan dan Jaminan Sosial Dinas Sosial",
        200,
        E(
            ground="17.h.3",
            statute=f"{UU_KIP} h angka 3; UU 27/2022 tentang Pelindungan Data Pribadi",
            consequence=(
                "Membuka keadaan keuangan dan aset keluarga miskin yang dapat dipakai untuk penipuan."
            ),
            public_interest=(
                "Jumlah penerima dan nilai bantuan per desa dibuka dalam rekapitulasi penerima bantuan "
                "sosial; rincian ekonomi perorangan tidak menambah akuntabilitas penyaluran."
            ),
            decree="188.4/013/PPID-DINSOS",
        ),
    ),
    _exempted(
        "bappeda",
        "Telaahan Staf dan Nota Dinas Internal Penyusunan Rancangan Perubahan RPJMD",
        "Nota dinas antarbidang dan telaahan staf kepada Kepala Bappeda tentang pilihan perubahan target.",
        "Sekretariat Badan Perencanaan Pembangunan Daerah",
        345,
        E(
            ground="17.i",
            statute=f"{UU_KIP} i; PP 61/2010 Pasal 9",
            consequence=(
                "Membuka pilihan yang masih dibahas dapat disalahpahami sebagai kebijakan dan menghambat "
                "pembahasan yang jujur di antara perangkat daerah."
            ),
            public_interest=(
                "Rancangan perubahan RPJMD dibahas terbuka dalam konsultasi publik; nota internal dibuka "
                "setelah jangka waktunya berakhir."
            ),
            decree="188.4/007/PPID-BAPPEDA",
            years=1,
        ),
        tahun=2025,
    ),
    _exempted(
        "disdik",
        "Hasil Penilaian Kinerja dan Kompetensi Individu Guru dan Kepala Sekolah",
        (
            "Nilai penilaian kinerja, hasil uji kompetensi dan rekomendasi pengembangan setiap guru dan "
            "kepala sekolah."
        ),
        "Bidang Guru dan Tenaga Kependidikan Dinas Pendidikan",
        220,
        E(
            ground="17.h.4",
            statute=f"{UU_KIP} h angka 4",
            consequence=(
                "Membuka hasil evaluasi kemampuan seseorang merugikan nama baik dan karier yang bersangkutan."
            ),
            public_interest=(
                "Rata-rata hasil penilaian per jenjang dan kecamatan dibuka untuk pengawasan mutu."
            ),
            decree="188.4/018/PPID-DISDIK",
        ),
    ),
    _exempted(
        "disdik",
        "Rapor dan Catatan Bimbingan Konseling Peserta Didik",
        "Nilai, catatan perilaku dan hasil bimbingan konseling setiap peserta didik jenjang SD dan SMP.",
        "Bidang Pembinaan Sekolah Menengah Pertama Dinas Pendidikan",
        220,
        E(
            ground="17.h.5",
            statute=f"{UU_KIP} h angka 5; UU 35/2014 tentang Perlindungan Anak",
            consequence="Membuka catatan pendidikan pribadi anak dapat menimbulkan perundungan dan stigma.",
            public_interest=(
                "Capaian belajar agregat per sekolah diumumkan; catatan pribadi hanya untuk orang tua."
            ),
            decree="188.4/019/PPID-DISDIK",
        ),
    ),
    _exempted(
        "dlh",
        "Rencana Awal Pembelian Tanah untuk Tempat Pemrosesan Akhir Sampah Regional",
        "Kajian calon lokasi, perkiraan luas dan harga tanah serta pemilik bidang yang akan dibeli.",
        "Bidang Pengelolaan Sampah Dinas Lingkungan Hidup",
        90,
        E(
            ground="17.e.4",
            statute=f"{UU_KIP} e angka 4",
            consequence=(
                "Membuka lokasi incaran sebelum pengadaan tanah memicu spekulasi dan menaikkan harga tanah "
                "yang dibayar dengan uang daerah."
            ),
            public_interest=(
                "Lokasi diumumkan dan dikonsultasikan kepada warga pada tahap penetapan lokasi pengadaan "
                "tanah menurut UU 2/2012."
            ),
            decree="188.4/006/PPID-DLH",
        ),
    ),
    _exempted(
        "distan",
        "Nomor Rekening dan Data Keuangan Petani Penerima Kartu Tani",
        "Nomor rekening, saldo dan transaksi penebusan pupuk bersubsidi setiap petani penerima.",
        "Bidang Prasarana dan Sarana Pertanian Dinas Pertanian dan Ketahanan Pangan",
        170,
        E(
            ground="17.h.3",
            statute=f"{UU_KIP} h angka 3; UU 27/2022 tentang Pelindungan Data Pribadi",
            consequence=(
                "Membuka rekening dan keadaan keuangan petani kepada pihak yang dapat menyalahgunakannya."
            ),
            public_interest="Alokasi dan realisasi pupuk bersubsidi per kecamatan tetap dibuka.",
            decree="188.4/011/PPID-DISTAN",
        ),
    ),
    _exempted(
        "kecamatan-lembah-hijau-kota",
        "Berkas Pengaduan Dugaan Pemalsuan Surat Keterangan Tanah yang Diserahkan kepada Penyidik",
        "Surat pengaduan, keterangan saksi dan salinan surat keterangan tanah yang diserahkan ke kepolisian.",
        "Seksi Pemerintahan Kecamatan Lembah Hijau Kota",
        150,
        E(
            ground="17.a.1",
            statute=f"{UU_KIP} a angka 1; UU 8/1981 tentang Hukum Acara Pidana",
            consequence="Membuka berkas selama penyidikan dapat menghambat penyidik dan memengaruhi saksi.",
            public_interest="Informasi dibuka setelah perkara diputus atau bila dibuka di sidang pengadilan.",
            decree="188.4/003/PPID-KEC-KOTA",
            years=5,
        ),
    ),
)
