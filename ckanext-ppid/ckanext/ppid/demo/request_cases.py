"""The demo's information requests: fictional applicants and 25 cases, each a filing and the steps since.

Every moment is a number of working days before the day the demo is loaded (counted back with the body's
calendar) and a local hour, so each case keeps its place on the legal clock: a request overdue on the day
of loading stays overdue, an extension granted three working days ago still runs. The cases cover every
status of the three machines (docs/law.md): requests received, checked, processed, extended, answered
with each main outcome, delivered, closed, withdrawn and overdue; objections filed, registered, decided
and accepted; disputes registered, in mediation, in adjudication and decided.

People and bodies are invented: NIKs have the right shape (``requests.core.nik``) but regency code 99, which
no regency of Jawa Barat has; addresses, telephone numbers and e-mail domains are made up. Refusals cite
exempted items of the demo register (``register_exempted``) by their dataset name; deliveries link public
register items.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ckanext.ppid.requests.core.states import Notice

REQUEST, OBJECTION, DISPUTE = "permohonan", "keberatan", "sengketa"
WEB = "web"
# Who takes a step besides a login: the case's applicant (their account), the scheduled command.
APPLICANT = "pemohon"
SYSTEM = "sistem"

# The letter each transition issues (a kind of ``requests.model.letter_sequence``), by machine and transition.
LETTERS = {
    (REQUEST, "kirim_pemberitahuan"): "pemberitahuan",
    (REQUEST, "rujuk"): "pemberitahuan",
    (REQUEST, "perpanjang"): "perpanjangan",
    (OBJECTION, "registrasi"): "keberatan",
    (OBJECTION, "tanggapi"): "putusan_keberatan",
}


@dataclass(frozen=True)
class Applicant:
    """Someone who asks for information; ``login`` when they file on the web with an account."""

    name: str
    applicant_type: str
    address: str
    phone: str = ""
    email: str = ""
    nik: str = ""
    legal_entity_decree: str = ""
    login: str = ""
    about: str = ""


@dataclass(frozen=True)
class When:
    """A moment ``days_ago`` working days before the day of loading, at ``hour``:``minute`` local time."""

    days_ago: int
    hour: int
    minute: int = 0


@dataclass(frozen=True)
class Step:
    """A transition of ``machine`` taken at ``at`` by ``by`` (a login, APPLICANT or SYSTEM)."""

    machine: str
    transition: str
    at: When
    by: str
    params: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Case:
    """A request as filed (``received``; by ``recorded_by`` when it came by another channel than the web)
    and the steps taken on it since, in order. ``ki_number`` is the Commission's number of its dispute."""

    key: str
    unit: str
    applicant: Applicant
    received: When
    information: str
    purpose: str
    way_to_obtain: str
    delivery_method: str
    channel: str = WEB
    recorded_by: str = ""
    steps: tuple[Step, ...] = ()
    ki_number: str = ""


def request_step(days_ago: int, hour: int, transition: str, by: str, **params: Any) -> Step:
    return Step(REQUEST, transition, When(days_ago, hour), by, params)


def objection_step(days_ago: int, hour: int, transition: str, by: str, **params: Any) -> Step:
    return Step(OBJECTION, transition, When(days_ago, hour), by, params)


def dispute_step(days_ago: int, hour: int, transition: str, by: str, **params: Any) -> Step:
    return Step(DISPUTE, transition, When(days_ago, hour), by, params)


# ----------------------------------------------------------------------------------------- applicants
FICTIONAL = "Pemohon informasi contoh; semua datanya fiktif."

RAHMAT = Applicant(
    "Rahmat Hidayat",
    "perorangan",
    "Jl. Flamboyan No. 12, Kelurahan Pasar Baru, Lembah Hijau Kota",
    "0812-0000-1001",
    "rahmat@warga.lembahhijau.example",
    nik="3299011203959001",
    login="warga-rahmat",
    about=f"Mahasiswa. {FICTIONAL}",
)
LESTARI = Applicant(
    "Lestari Ningsih",
    "perorangan",
    "Dusun Kenanga RT 02 RW 01, Desa Muara Jernih, Kecamatan Sungai Jernih",
    "0813-0000-1002",
    "lestari@warga.lembahhijau.example",
    nik="3299026508909002",
    login="warga-lestari",
    about=f"Pendamping desa. {FICTIONAL}",
)
PERKUMPULAN = Applicant(
    "Perkumpulan Warga Peduli Anggaran Lembah Hijau",
    "badan_hukum",
    "Jl. Pemuda No. 45, Lembah Hijau Kota",
    "(0799) 000 1003",
    "sekretariat@pedulianggaran.example",
    legal_entity_decree="AHU-0000001.AH.01.07.TAHUN 2024 (fiktif)",
    login="lsm-anggaran",
    about=f"Perkumpulan pemantau anggaran daerah. {FICTIONAL}",
)
YOHANA = Applicant(
    "Yohana Sitompul",
    "perorangan",
    "Jl. Kebun Kopi No. 8, Desa Embun Pagi, Kecamatan Bukit Embun",
    "0811-0000-1004",
    "yohana@kabarlembah.example",
    nik="3299034311879003",
    login="jurnalis-yohana",
    about=f"Jurnalis media daring Kabar Lembah. {FICTIONAL}",
)
# People without an account, whose requests staff record at the desk, from a letter, a call or SP4N-LAPOR!.
DARMIN = Applicant(
    "Darmin",
    "perorangan",
    "Kampung Baru RT 05 RW 02, Kelurahan Pasar Baru, Lembah Hijau Kota",
    "0852-0000-2001",
    nik="3299010107609004",
)
SUHARTI = Applicant(
    "Suharti",
    "perorangan",
    "Desa Hilir Jernih RT 01 RW 03, Kecamatan Sungai Jernih",
    "0853-0000-2002",
    nik="3299025202759005",
)
KELOMPOK_TANI = Applicant(
    "Kelompok Tani Sri Makmur (diwakili Pak Sarno)",
    "kelompok_orang",
    "Desa Embun Pagi, Kecamatan Bukit Embun",
    "0857-0000-2003",
)
MADE = Applicant(
    "I Made Ariawan",
    "perorangan",
    "Jl. Taman Kota No. 21, Lembah Hijau Kota",
    email="made.ariawan@surel.example",
    nik="3299011508829006",
)
NURLELA = Applicant(
    "Hj. Nurlela",
    "perorangan",
    "Jl. Melati Gg. 3 No. 4, Lembah Hijau Kota",
    "0858-0000-2005",
    nik="3299014904689007",
)
KARTINI = Applicant(
    "Kartini Siregar",
    "perorangan",
    "Jl. Veteran No. 30, Lembah Hijau Kota",
    "0821-0000-2006",
    nik="3299016110809008",
)

APPLICANTS = (RAHMAT, LESTARI, PERKUMPULAN, YOHANA, DARMIN, SUHARTI, KELOMPOK_TANI, MADE, NURLELA, KARTINI)

# ----------------------------------------------------------------------------------------- written notices
FREE_DOWNLOAD = {"delivery_method": "unduh_portal", "copy_format": "softcopy", "costs": 0}

GRANT_TEACHER_COUNTS = Notice(
    held=True,
    material="Rekapitulasi jumlah guru PNS dan PPPK per sekolah dasar negeri tahun ajaran 2025/2026.",
    **FREE_DOWNLOAD,
)
PARTLY_DTKS = Notice(
    held=True,
    material="Rekapitulasi hasil verifikasi rumah tangga penerima bantuan per desa, Kecamatan Sungai Jernih.",
    redactions=(
        "Nama, NIK dan alamat kepala rumah tangga dihitamkan: data pribadi yang dikecualikan (rahasia "
        "pribadi tentang kondisi keuangan)."
    ),
    exemption_grounds=("17.h.3",),
    register_items=("hasil-verifikasi-kondisi-sosial-ekonomi-rumah-tangga-per-individu",),
    delivery_method="email",
    copy_format="softcopy",
    costs=0,
)
REFUSAL_MEDICAL = Notice(
    held=True,
    reasons=(
        "Rekam medis pasien adalah rahasia pribadi yang dikecualikan; pemohon bukan pasien dan tidak membawa "
        "persetujuan tertulis pasien (UU 14/2008 Pasal 18 ayat (2))."
    ),
    exemption_grounds=("17.h.2",),
    register_items=("rekam-medis-pasien-puskesmas",),
)
REFUSAL_TEACHER_ASSESSMENT = Notice(
    held=True,
    reasons="Hasil penilaian kinerja individu guru adalah rahasia pribadi yang dikecualikan.",
    exemption_grounds=("17.h.4",),
    register_items=("hasil-penilaian-kinerja-dan-kompetensi-individu-guru-dan-kepala-sekolah",),
)
PARTLY_KARTU_TANI = Notice(
    held=True,
    material="Jumlah petani penerima Kartu Tani dan alokasi pupuk bersubsidi per desa tahun 2026.",
    redactions="Nomor rekening, NIK dan saldo setiap petani dihitamkan: rahasia pribadi (keuangan).",
    exemption_grounds=("17.h.3",),
    register_items=("nomor-rekening-dan-data-keuangan-petani-penerima-kartu-tani",),
    **FREE_DOWNLOAD,
)
GRANT_ASSETS = Notice(
    held=True,
    material="Daftar barang milik daerah per perangkat daerah per 31 Desember 2025.",
    **FREE_DOWNLOAD,
)
GRANT_DENGUE_REPORT = Notice(
    held=True,
    material="Laporan kinerja Dinas Kesehatan 2025, bab capaian pengendalian demam berdarah dengue.",
    **FREE_DOWNLOAD,
)
REFUSAL_POPULATION_RECORD = Notice(
    held=True,
    reasons="Data kependudukan perseorangan dilindungi UU 24/2013 dan dikecualikan sebagai rahasia pribadi.",
    exemption_grounds=("17.h.1",),
    register_items=("data-kependudukan-perseorangan-dalam-sistem-informasi-administrasi-kependudukan",),
)
REFUSAL_TAXPAYERS = Notice(
    held=True,
    reasons="Data wajib pajak perorangan dan rekeningnya adalah rahasia pribadi yang dikecualikan.",
    exemption_grounds=("17.h.3",),
    register_items=("data-wajib-pajak-daerah-perorangan-objek-pajak-penghasilan-dan-rekening",),
)
GRANT_WITH_COSTS = Notice(
    held=True,
    material="Salinan cetak gambar rencana teknis jembatan Sungai Jernih (312 lembar ukuran A1).",
    delivery_method="pos",
    copy_format="hardcopy",
    costs=1_560_000,
    payment_method="Transfer ke rekening kas daerah (contoh) sebelum salinan dikirim.",
)

# ----------------------------------------------------------------------------------------- the cases
UPHELD = "Penolakan sudah sesuai uji konsekuensi; identitas dalam dokumen tidak dapat dipisahkan."

CASES = (
    # Received: a web filing from yesterday and a letter recorded two working days ago.
    Case(
        "diterima-web",
        "dinkes",
        RAHMAT,
        When(1, 10, 15),
        "Jumlah kunjungan pasien per puskesmas per bulan selama tahun 2025.",
        "Bahan skripsi tentang pemanfaatan layanan puskesmas.",
        "salinan_softcopy",
        "email",
    ),
    Case(
        "diterima-surat",
        "kecamatan-sungai-jernih",
        SUHARTI,
        When(2, 9, 30),
        "Daftar penerima bantuan langsung tunai dana desa di Desa Hilir Jernih tahun 2026.",
        "Memastikan keluarga kami terdaftar.",
        "melihat_membaca_mendengarkan_mencatat",
        "ambil_langsung",
        channel="surat",
        recorded_by="staf-kec-sungai-jernih",
    ),
    # Identity check.
    Case(
        "verifikasi-web",
        "disdukcapil",
        LESTARI,
        When(3, 11),
        "Jumlah akta kelahiran yang diterbitkan per kecamatan tahun 2025.",
        "Perencanaan program pendampingan desa.",
        "salinan_softcopy",
        "unduh_portal",
        steps=(request_step(2, 9, "verifikasi", "staf-disdukcapil"),),
    ),
    Case(
        "verifikasi-langsung",
        "dinsos",
        DARMIN,
        When(2, 13),
        "Syarat dan jadwal penyaluran bantuan sosial bagi lansia di Kelurahan Pasar Baru.",
        "Mengurus bantuan untuk orang tua.",
        "melihat_membaca_mendengarkan_mencatat",
        "ambil_langsung",
        channel="langsung",
        recorded_by="staf-dinsos",
        steps=(request_step(2, 14, "verifikasi", "staf-dinsos"),),
    ),
    # Being processed, one of them forwarded by the PPID Utama to the unit that holds the information.
    Case(
        "diproses",
        "dpupr",
        YOHANA,
        When(5, 9),
        "Daftar ruas jalan kabupaten yang rusak berat beserta rencana perbaikannya tahun 2026.",
        "Bahan liputan tentang kondisi jalan.",
        "salinan_softcopy",
        "email",
        steps=(request_step(4, 10, "proses", "ppid-dpupr"),),
    ),
    Case(
        "diproses-diteruskan",
        "ppid-utama",
        PERKUMPULAN,
        When(6, 10),
        "Dokumen hasil musyawarah perencanaan pembangunan (musrenbang) kabupaten tahun 2026.",
        "Pemantauan partisipasi warga dalam perencanaan anggaran.",
        "salinan_softcopy",
        "unduh_portal",
        steps=(
            request_step(5, 9, "teruskan", "ppid-utama", unit="bappeda"),
            request_step(4, 11, "proses", "ppid-bappeda"),
        ),
    ),
    # Extended once (UU 14/2008 Ps 22(8)), the extended deadline still ahead.
    Case(
        "diperpanjang",
        "bpkad",
        PERKUMPULAN,
        When(12, 10),
        "Realisasi belanja hibah dan bantuan sosial per penerima tahun anggaran 2025.",
        "Pemantauan belanja hibah daerah.",
        "salinan_softcopy",
        "email",
        steps=(
            request_step(11, 9, "proses", "ppid-bpkad"),
            request_step(
                3,
                14,
                "perpanjang",
                "ppid-bpkad",
                reasons="Dokumen pertanggungjawaban tersebar di tiga bidang dan sebagian di arsip inaktif.",
            ),
        ),
    ),
    Case(
        "diperpanjang-email",
        "dlh",
        MADE,
        When(9, 15),
        "Hasil uji kualitas air Sungai Jernih di lima titik pantau selama 2025 dan 2026.",
        "Kajian kelompok pencinta alam.",
        "salinan_softcopy",
        "email",
        channel="email",
        recorded_by="staf-dlh",
        steps=(
            request_step(8, 9, "proses", "ppid-dlh"),
            request_step(
                1, 10, "perpanjang", "ppid-dlh", reasons="Hasil uji triwulan terakhir masih di laboratorium."
            ),
        ),
    ),
    # Written notices with each main outcome.
    Case(
        "dikabulkan",
        "disdik",
        RAHMAT,
        When(8, 9),
        "Jumlah guru PNS dan PPPK per sekolah dasar negeri tahun ajaran 2025/2026.",
        "Bahan skripsi tentang pemerataan guru.",
        "salinan_softcopy",
        "unduh_portal",
        steps=(
            request_step(7, 10, "proses", "ppid-disdik"),
            request_step(
                1,
                13,
                "kirim_pemberitahuan",
                "ppid-disdik",
                outcome="dikabulkan_seluruhnya",
                notice=GRANT_TEACHER_COUNTS,
            ),
        ),
    ),
    Case(
        "dikabulkan-sebagian",
        "dinsos",
        LESTARI,
        When(10, 10),
        "Hasil verifikasi rumah tangga penerima bantuan sosial di Kecamatan Sungai Jernih tahun 2026.",
        "Pendampingan warga desa yang belum menerima bantuan.",
        "salinan_softcopy",
        "email",
        steps=(
            request_step(9, 9, "proses", "ppid-dinsos"),
            request_step(
                2, 10, "kirim_pemberitahuan", "ppid-dinsos", outcome="dikabulkan_sebagian", notice=PARTLY_DTKS
            ),
        ),
    ),
    Case(
        "ditolak",
        "dinkes",
        NURLELA,
        When(9, 10),
        "Salinan rekam medis tetangga saya yang dirawat di Puskesmas Pasar Baru bulan lalu.",
        "Mengetahui penyakit tetangga.",
        "salinan_hardcopy",
        "ambil_langsung",
        channel="langsung",
        recorded_by="staf-dinkes",
        steps=(
            request_step(8, 11, "proses", "ppid-dinkes"),
            request_step(
                3,
                10,
                "kirim_pemberitahuan",
                "ppid-dinkes",
                outcome="ditolak_dikecualikan",
                notice=REFUSAL_MEDICAL,
            ),
        ),
    ),
    Case(
        "dirujuk",
        "distan",
        YOHANA,
        When(7, 9),
        "Hasil survei ubinan produktivitas padi per kecamatan tahun 2025.",
        "Bahan liputan tentang panen padi.",
        "salinan_softcopy",
        "email",
        steps=(
            request_step(6, 9, "proses", "ppid-distan"),
            request_step(
                2,
                11,
                "rujuk",
                "ppid-distan",
                holder="Badan Pusat Statistik Kabupaten Lembah Hijau",
                reasons="Survei ubinan dilaksanakan dan datanya dikuasai BPS kabupaten.",
            ),
        ),
    ),
    # Delivered and closed; referred and closed; withdrawn.
    Case(
        "selesai-diserahkan",
        "bpkad",
        PERKUMPULAN,
        When(30, 9),
        "Daftar barang milik daerah per perangkat daerah per 31 Desember 2025.",
        "Pemantauan pengelolaan aset daerah.",
        "salinan_softcopy",
        "unduh_portal",
        steps=(
            request_step(29, 10, "proses", "ppid-bpkad"),
            request_step(
                22,
                10,
                "kirim_pemberitahuan",
                "ppid-bpkad",
                outcome="dikabulkan_seluruhnya",
                notice=GRANT_ASSETS,
            ),
            request_step(
                21,
                9,
                "serahkan_informasi",
                "staf-bpkad",
                items=("daftar-barang-milik-daerah-per-perangkat-daerah-2025",),
            ),
        ),
    ),
    Case(
        "selesai-dirujuk",
        "kecamatan-lembah-hijau-kota",
        KARTINI,
        When(25, 10),
        "Riwayat sertifikat tanah bidang di Jl. Veteran No. 30.",
        "Mengurus balik nama sertifikat.",
        "melihat_membaca_mendengarkan_mencatat",
        "ambil_langsung",
        channel="langsung",
        recorded_by="staf-kec-kota",
        steps=(
            request_step(24, 9, "proses", "ppid-kec-kota"),
            request_step(
                20,
                10,
                "rujuk",
                "ppid-kec-kota",
                holder="Kantor Pertanahan Kabupaten Lembah Hijau",
                reasons="Riwayat sertifikat tanah dikuasai Kantor Pertanahan, bukan kecamatan.",
            ),
            request_step(15, 10, "tutup", "ppid-kec-kota"),
        ),
    ),
    Case(
        "dibatalkan",
        "disdik",
        LESTARI,
        When(6, 10),
        "Jadwal dan kuota penerimaan peserta didik baru SMP negeri tahun 2026.",
        "Mendaftarkan anak sekolah.",
        "salinan_softcopy",
        "email",
        steps=(request_step(4, 15, "batalkan", APPLICANT),),
    ),
    # Overdue: the notice deadline passed unanswered and the scheduler recorded it (opens ground c).
    Case(
        "terlambat",
        "dpupr",
        DARMIN,
        When(14, 9),
        "Rencana normalisasi saluran drainase di Kampung Baru dan jadwal pelaksanaannya.",
        "Lingkungan kami sering banjir.",
        "melihat_membaca_mendengarkan_mencatat",
        "ambil_langsung",
        channel="sp4n_lapor",
        recorded_by="staf-dpupr",
        steps=(
            request_step(13, 10, "proses", "ppid-dpupr"),
            request_step(3, 6, "catat_batas_terlewati", SYSTEM),
        ),
    ),
    Case(
        "terlambat-diperpanjang",
        "kecamatan-bukit-embun",
        KELOMPOK_TANI,
        When(20, 10),
        "Rincian bantuan alat dan mesin pertanian untuk kelompok tani se-Kecamatan Bukit Embun.",
        "Kelompok kami tidak menerima bantuan yang diumumkan.",
        "melihat_membaca_mendengarkan_mencatat",
        "ambil_langsung",
        channel="lisan",
        recorded_by="staf-kec-bukit-embun",
        steps=(
            request_step(19, 9, "proses", "ppid-kec-bukit-embun"),
            request_step(
                11, 10, "perpanjang", "ppid-kec-bukit-embun", reasons="Menunggu rekap dari seluruh desa."
            ),
            request_step(2, 6, "catat_batas_terlewati", SYSTEM),
        ),
    ),
    # Objections: filed, registered, decided, decision accepted.
    Case(
        "keberatan-diajukan",
        "dlh",
        RAHMAT,
        When(16, 10),
        "Dokumen persetujuan lingkungan pabrik tahu di Kelurahan Pasar Baru.",
        "Warga terganggu limbah cair pabrik.",
        "salinan_softcopy",
        "email",
        steps=(
            request_step(15, 9, "proses", "ppid-dlh"),
            request_step(5, 6, "catat_batas_terlewati", SYSTEM),
            request_step(
                4,
                10,
                "ajukan_keberatan",
                APPLICANT,
                grounds=("c_tidak_ditanggapi",),
                statement="Sampai batas waktu tidak ada pemberitahuan tertulis atas permohonan saya.",
            ),
        ),
    ),
    Case(
        "keberatan-diregistrasi",
        "disdik",
        PERKUMPULAN,
        When(25, 9),
        "Hasil penilaian kinerja kepala SD negeri se-Kecamatan Lembah Hijau Kota tahun 2025.",
        "Pemantauan mutu kepemimpinan sekolah.",
        "salinan_softcopy",
        "email",
        steps=(
            request_step(24, 10, "proses", "ppid-disdik"),
            request_step(
                18,
                10,
                "kirim_pemberitahuan",
                "ppid-disdik",
                outcome="ditolak_dikecualikan",
                notice=REFUSAL_TEACHER_ASSESSMENT,
            ),
            request_step(
                12,
                10,
                "ajukan_keberatan",
                APPLICANT,
                grounds=("a_penolakan_ps17",),
                statement="Kami hanya meminta rekap per sekolah, tanpa nama guru.",
            ),
            objection_step(11, 9, "registrasi", "staf-utama"),
        ),
    ),
    Case(
        "keberatan-ditanggapi",
        "distan",
        LESTARI,
        When(42, 10),
        "Data penerima Kartu Tani dan alokasi pupuk bersubsidi per petani di Desa Muara Jernih.",
        "Memeriksa pembagian pupuk bersubsidi.",
        "salinan_softcopy",
        "unduh_portal",
        steps=(
            request_step(41, 9, "proses", "ppid-distan"),
            request_step(
                34,
                10,
                "kirim_pemberitahuan",
                "ppid-distan",
                outcome="dikabulkan_sebagian",
                notice=PARTLY_KARTU_TANI,
            ),
            request_step(
                30,
                10,
                "ajukan_keberatan",
                APPLICANT,
                grounds=("a_penolakan_ps17",),
                statement="Alokasi pupuk per petani perlu dibuka untuk pengawasan.",
            ),
            objection_step(29, 9, "registrasi", "staf-utama"),
            objection_step(
                5,
                10,
                "tanggapi",
                "atasan-ppid",
                decision="menguatkan",
                reasons="Alokasi per petani memuat data keuangan pribadi; rekap per desa sudah diberikan.",
            ),
        ),
    ),
    Case(
        "keberatan-selesai",
        "dinkes",
        YOHANA,
        When(50, 10),
        "Laporan capaian pengendalian demam berdarah dengue tahun 2025.",
        "Bahan liputan musim hujan.",
        "salinan_softcopy",
        "unduh_portal",
        steps=(
            request_step(49, 9, "proses", "ppid-dinkes"),
            request_step(39, 6, "catat_batas_terlewati", SYSTEM),
            request_step(
                38,
                10,
                "kirim_pemberitahuan",
                "ppid-dinkes",
                outcome="dikabulkan_seluruhnya",
                notice=GRANT_DENGUE_REPORT,
            ),
            request_step(
                37,
                10,
                "serahkan_informasi",
                "staf-dinkes",
                items=("laporan-kinerja-dinas-kesehatan-tahun-2025",),
            ),
            request_step(
                35,
                10,
                "ajukan_keberatan",
                APPLICANT,
                grounds=("g_melebihi_waktu",),
                statement="Informasi baru diberikan setelah batas waktu sepuluh hari kerja.",
            ),
            objection_step(34, 9, "registrasi", "staf-utama"),
            objection_step(
                25,
                10,
                "tanggapi",
                "atasan-ppid",
                decision="musyawarah_selesai",
                reasons="PPID Dinas Kesehatan berkomitmen menjawab tepat waktu dan memakai pengingat.",
            ),
            objection_step(24, 10, "terima_tanggapan", APPLICANT),
        ),
    ),
    # Disputes at the provincial Information Commission: registered, mediation, adjudication, decided.
    Case(
        "sengketa-didaftarkan",
        "disdukcapil",
        KARTINI,
        When(60, 10),
        "Data kependudukan lengkap (NIK, alamat, status perkawinan) penghuni Jl. Veteran No. 28.",
        "Sengketa batas tanah dengan tetangga.",
        "salinan_hardcopy",
        "ambil_langsung",
        channel="surat",
        recorded_by="staf-disdukcapil",
        ki_number="014/REG-PSI/KI-NL/2026",
        steps=(
            request_step(59, 9, "proses", "ppid-disdukcapil"),
            request_step(
                52,
                10,
                "kirim_pemberitahuan",
                "ppid-disdukcapil",
                outcome="ditolak_dikecualikan",
                notice=REFUSAL_POPULATION_RECORD,
            ),
            request_step(50, 10, "tutup", "ppid-disdukcapil"),
            request_step(
                48,
                10,
                "ajukan_keberatan",
                "staf-disdukcapil",
                grounds=("a_penolakan_ps17",),
                statement="Pemohon menyerahkan keberatan tertulis di meja layanan.",
            ),
            objection_step(47, 9, "registrasi", "staf-utama"),
            objection_step(20, 10, "tanggapi", "atasan-ppid", decision="menguatkan", reasons=UPHELD),
            objection_step(15, 10, "ajukan_sengketa", "ppid-utama", forum="ki_provinsi"),
        ),
    ),
    Case(
        "sengketa-mediasi",
        "dinsos",
        PERKUMPULAN,
        When(70, 10),
        "Daftar penerima dan nilai hibah kepada lembaga kesejahteraan sosial tahun 2025.",
        "Pemantauan belanja hibah daerah.",
        "salinan_softcopy",
        "email",
        ki_number="009/REG-PSI/KI-NL/2026",
        steps=(
            request_step(69, 9, "proses", "ppid-dinsos"),
            request_step(59, 6, "catat_batas_terlewati", SYSTEM),
            request_step(
                55,
                10,
                "ajukan_keberatan",
                APPLICANT,
                grounds=("c_tidak_ditanggapi",),
                statement="Permohonan kami tidak dijawab sama sekali.",
            ),
            objection_step(54, 9, "registrasi", "staf-utama"),
            objection_step(24, 6, "catat_batas_terlewati", SYSTEM),
            objection_step(20, 10, "ajukan_sengketa", APPLICANT, forum="ki_provinsi"),
            dispute_step(12, 10, "mulai_mediasi", APPLICANT),
        ),
    ),
    Case(
        "sengketa-ajudikasi",
        "bpkad",
        YOHANA,
        When(80, 10),
        "Daftar wajib pajak hotel dan restoran beserta nilai tunggakan pajaknya tahun 2025.",
        "Bahan liputan tentang tunggakan pajak daerah.",
        "salinan_softcopy",
        "email",
        ki_number="006/REG-PSI/KI-NL/2026",
        steps=(
            request_step(79, 9, "proses", "ppid-bpkad"),
            request_step(
                72,
                10,
                "kirim_pemberitahuan",
                "ppid-bpkad",
                outcome="ditolak_dikecualikan",
                notice=REFUSAL_TAXPAYERS,
            ),
            request_step(
                68,
                10,
                "ajukan_keberatan",
                APPLICANT,
                grounds=("a_penolakan_ps17",),
                statement="Tunggakan pajak badan usaha bukan rahasia pribadi.",
            ),
            objection_step(67, 9, "registrasi", "staf-utama"),
            objection_step(45, 10, "tanggapi", "atasan-ppid", decision="menguatkan", reasons=UPHELD),
            objection_step(40, 10, "ajukan_sengketa", APPLICANT, forum="ki_provinsi"),
            dispute_step(30, 10, "mulai_ajudikasi", "ppid-utama"),
        ),
    ),
    Case(
        "sengketa-putusan",
        "dpupr",
        LESTARI,
        When(110, 10),
        "Salinan gambar rencana teknis pembangunan jembatan Sungai Jernih.",
        "Pengawasan pembangunan oleh warga desa.",
        "salinan_hardcopy",
        "pos",
        ki_number="002/REG-PSI/KI-NL/2026",
        steps=(
            request_step(109, 9, "proses", "ppid-dpupr"),
            request_step(
                102,
                10,
                "kirim_pemberitahuan",
                "ppid-dpupr",
                outcome="dikabulkan_seluruhnya",
                notice=GRANT_WITH_COSTS,
            ),
            request_step(
                95,
                10,
                "ajukan_keberatan",
                APPLICANT,
                grounds=("f_biaya_tidak_wajar",),
                statement="Biaya salinan Rp5.000 per lembar A1 jauh di atas biaya penggandaan yang wajar.",
            ),
            objection_step(94, 9, "registrasi", "staf-utama"),
            objection_step(
                70,
                10,
                "tanggapi",
                "atasan-ppid",
                decision="menguatkan",
                reasons="Biaya sesuai tarif penggandaan gambar ukuran A1 di penyedia jasa setempat.",
            ),
            objection_step(62, 10, "ajukan_sengketa", APPLICANT, forum="ki_provinsi"),
            dispute_step(55, 10, "mulai_mediasi", APPLICANT),
            dispute_step(40, 10, "mulai_ajudikasi", APPLICANT),
            dispute_step(10, 10, "catat_putusan", "ppid-utama", result="perintah_kewajiban"),
        ),
    ),
)


def accounts() -> tuple[Applicant, ...]:
    """The applicants who file on the web, each with an account of their own."""
    return tuple(applicant for applicant in APPLICANTS if applicant.login)
