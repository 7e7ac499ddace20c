"""The Perki 1/2021 periodic items (informasi berkala) the OPDs and kecamatan publish.

Every unit publishes these in the same form, so each is written once and expanded per unit, as in
``series``. Which units have not published an item yet, and which let one go out of date, is data here
too: the register summary names what each unit lacks and flags what is older than its period.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace

from ckanext.ppid.demo.spec import KIND_KECAMATAN, KIND_OPD, RegisterItem, Unit

BERKALA = "berkala"


def _profile(unit: Unit) -> RegisterItem:
    return RegisterItem(
        unit=unit.name,
        title=f"Profil {unit.title}",
        notes=(
            f"Kedudukan dan alamat lengkap, ruang lingkup kegiatan, tugas dan fungsi, struktur organisasi, "
            f"profil singkat pejabat struktural dan kontak layanan {unit.title}."
        ),
        kategori=BERKALA,
        item_berkala="profil",
        periodisitas="tahunan",
        tahun=2026,
        age_days=60,
        holder=f"Sekretariat {unit.title}",
        legal_basis="UU 14/2008 Pasal 9 ayat (2) huruf a; Perki 1/2021",
        retention="Selama berlaku",
    )


def _programme(unit: Unit) -> RegisterItem:
    return RegisterItem(
        unit=unit.name,
        title=f"Rencana Kerja {unit.title} Tahun 2026",
        notes=(
            "Program, kegiatan dan sub kegiatan tahun 2026 dengan penanggung jawab, target, jadwal "
            "pelaksanaan serta sumber dan jumlah anggaran masing-masing."
        ),
        kategori=BERKALA,
        item_berkala="program_kegiatan",
        periodisitas="tahunan",
        tahun=2026,
        age_days=150,
        holder=f"Subbagian Perencanaan dan Keuangan {unit.title}",
        legal_basis="UU 14/2008 Pasal 9 ayat (2) huruf b; Perki 1/2021",
        formats=("PDF", "XLSX"),
    )


def _performance(unit: Unit) -> RegisterItem:
    return RegisterItem(
        unit=unit.name,
        title=f"Laporan Kinerja {unit.title} Tahun 2025",
        notes=(
            "Capaian indikator kinerja utama dan sasaran strategis tahun 2025 dibandingkan dengan target, "
            "beserta analisis keberhasilan dan kendala pelaksanaan program."
        ),
        kategori=BERKALA,
        item_berkala="kinerja",
        periodisitas="tahunan",
        tahun=2025,
        age_days=140,
        holder=f"Subbagian Perencanaan dan Keuangan {unit.title}",
        legal_basis="UU 14/2008 Pasal 9 ayat (2) huruf b; Perpres 29/2014 tentang SAKIP",
    )


def _finance(unit: Unit) -> RegisterItem:
    return RegisterItem(
        unit=unit.name,
        title=f"Laporan Keuangan {unit.title} Tahun 2025",
        notes=(
            "Laporan realisasi anggaran, neraca, laporan operasional, catatan atas laporan keuangan dan "
            "daftar aset tetap tahun anggaran 2025."
        ),
        kategori=BERKALA,
        item_berkala="laporan_keuangan",
        periodisitas="tahunan",
        tahun=2025,
        age_days=150,
        holder=f"Subbagian Perencanaan dan Keuangan {unit.title}",
        legal_basis="UU 14/2008 Pasal 9 ayat (2) huruf c; PP 12/2019 tentang Pengelolaan Keuangan Daerah",
        retention="10 tahun (JRA)",
        formats=("PDF", "XLSX"),
    )


def _access_report(unit: Unit) -> RegisterItem:
    return RegisterItem(
        unit=unit.name,
        title=f"Laporan Layanan Informasi Publik {unit.title} Semester I 2026",
        notes=(
            "Jumlah permohonan informasi, waktu pemenuhan, permohonan yang dikabulkan dan ditolak beserta "
            "alasannya, serta keberatan yang diterima pada Januari–Juni 2026."
        ),
        kategori=BERKALA,
        item_berkala="laporan_akses",
        periodisitas="semesteran",
        tahun=2026,
        age_days=130,
        holder=f"PPID Pelaksana {unit.title}",
        legal_basis="UU 14/2008 Pasal 12; Perki 1/2021",
    )


def _regulations(unit: Unit) -> RegisterItem:
    return RegisterItem(
        unit=unit.name,
        title=f"Daftar Regulasi dan Kebijakan {unit.title}",
        notes=(
            "Peraturan daerah, peraturan bupati dan keputusan kepala perangkat daerah yang mengikat atau "
            "berdampak bagi masyarakat, dengan tautan ke naskah di JDIH Kabupaten Lembah Hijau."
        ),
        kategori=BERKALA,
        item_berkala="regulasi",
        periodisitas="semesteran",
        tahun=2026,
        age_days=90,
        holder=f"Sekretariat {unit.title}",
        legal_basis="UU 14/2008 Pasal 9; Perki 1/2021",
        forms=("softcopy",),
        retention="Permanen",
    )


def _procedure(unit: Unit) -> RegisterItem:
    return RegisterItem(
        unit=unit.name,
        title=f"Tata Cara Memperoleh Informasi Publik di {unit.title}",
        notes=(
            "Cara mengajukan permohonan informasi dan keberatan, jangka waktu layanan, biaya salinan dan "
            "nama serta kontak petugas yang bertanggung jawab."
        ),
        kategori=BERKALA,
        item_berkala="prosedur_informasi",
        periodisitas="tahunan",
        tahun=2026,
        age_days=110,
        holder=f"PPID Pelaksana {unit.title}",
        legal_basis="UU 14/2008 Pasal 9; Perki 1/2021",
        retention="Selama berlaku",
    )


def _complaints(unit: Unit) -> RegisterItem:
    return RegisterItem(
        unit=unit.name,
        title=f"Tata Cara Pengaduan Penyalahgunaan Wewenang di {unit.title}",
        notes=(
            "Cara melaporkan dugaan penyalahgunaan wewenang atau pelanggaran oleh pejabat, penyedia dan "
            "pemegang izin melalui SP4N-LAPOR!, kotak pengaduan dan sistem pelaporan pelanggaran."
        ),
        kategori=BERKALA,
        item_berkala="pengaduan_wewenang",
        periodisitas="tahunan",
        tahun=2026,
        age_days=140,
        holder=f"Sekretariat {unit.title}",
        legal_basis="UU 14/2008 Pasal 9; Perki 1/2021",
        forms=("softcopy",),
        retention="Selama berlaku",
    )


def _procurement(unit: Unit) -> RegisterItem:
    return RegisterItem(
        unit=unit.name,
        title=f"Rencana Umum Pengadaan Barang/Jasa {unit.title} Tahun 2026",
        notes=(
            "Paket pengadaan barang/jasa tahun 2026 menurut cara pengadaan, dengan pagu, sumber dana dan "
            "jadwal pemilihan penyedia sebagaimana diumumkan di SiRUP, serta hasil tender di LPSE."
        ),
        kategori=BERKALA,
        item_berkala="pengadaan",
        periodisitas="triwulanan",
        tahun=2026,
        age_days=35,
        holder=f"Pejabat Pembuat Komitmen {unit.title}",
        legal_basis="UU 14/2008 Pasal 9; Perpres 16/2018 jo. Perpres 12/2021",
        formats=("PDF", "XLSX"),
    )


def _staffing(unit: Unit) -> RegisterItem:
    return RegisterItem(
        unit=unit.name,
        title=f"Data Kepegawaian {unit.title} Semester II 2026",
        notes=(
            "Jumlah aparatur sipil negara menurut golongan, jabatan, pendidikan dan jenis kelamin, serta "
            "pengumuman penerimaan pegawai pemerintah dengan perjanjian kerja."
        ),
        kategori=BERKALA,
        item_berkala="ketenagakerjaan",
        periodisitas="semesteran",
        tahun=2026,
        age_days=45,
        holder=f"Subbagian Umum dan Kepegawaian {unit.title}",
        legal_basis="UU 14/2008 Pasal 9; Perki 1/2021",
        formats=("PDF", "XLSX"),
    )


def _early_warning(unit: Unit) -> RegisterItem:
    return RegisterItem(
        unit=unit.name,
        title=f"Prosedur Peringatan Dini dan Evakuasi Keadaan Darurat {unit.title}",
        notes=(
            "Tanda bahaya, jalur dan titik kumpul evakuasi, denah kantor, petugas tanggap darurat dan "
            "nomor yang dapat dihubungi saat kebakaran, gempa bumi atau banjir."
        ),
        kategori=BERKALA,
        item_berkala="peringatan_dini",
        periodisitas="tahunan",
        tahun=2026,
        age_days=120,
        holder=f"Subbagian Umum dan Kepegawaian {unit.title}",
        legal_basis="UU 14/2008 Pasal 9; Perki 1/2021",
        retention="Selama berlaku",
    )


# One builder per Perki 1/2021 periodic item, in the Perki's order.
BUILDERS: dict[str, Callable[[Unit], RegisterItem]] = {
    "profil": _profile,
    "program_kegiatan": _programme,
    "kinerja": _performance,
    "laporan_keuangan": _finance,
    "laporan_akses": _access_report,
    "regulasi": _regulations,
    "prosedur_informasi": _procedure,
    "pengaduan_wewenang": _complaints,
    "pengadaan": _procurement,
    "ketenagakerjaan": _staffing,
    "peringatan_dini": _early_warning,
}
# A kecamatan is a small unit: it publishes the items about itself and leaves the rest to the Pemda.
KECAMATAN_ITEMS = ("profil", "program_kegiatan", "laporan_keuangan", "laporan_akses", "prosedur_informasi")
# Items some units have not published yet.
NOT_YET_PUBLISHED = {
    "dinsos": ("regulasi",),
    "dlh": ("ketenagakerjaan", "peringatan_dini"),
    "distan": ("pengaduan_wewenang", "peringatan_dini"),
    "kecamatan-bukit-embun": ("laporan_akses",),
}
# Items some units let go out of date: last updated this many days ago, beyond their period (at most six
# months, UU 14/2008 Ps 9). Every other item was updated well within its period.
OUT_OF_DATE = {
    ("disdik", "regulasi"): 300,
    ("dpupr", "pengadaan"): 140,
    ("bappeda", "prosedur_informasi"): 400,
    ("distan", "profil"): 420,
    ("kecamatan-sungai-jernih", "program_kegiatan"): 400,
}


def periodic_items(units: Iterable[Unit]) -> tuple[RegisterItem, ...]:
    """The periodic items of every OPD and kecamatan, in unit order (the PPID Utama has its own)."""
    items: list[RegisterItem] = []
    for unit in units:
        if unit.kind == KIND_OPD:
            codes: Iterable[str] = BUILDERS
        elif unit.kind == KIND_KECAMATAN:
            codes = KECAMATAN_ITEMS
        else:
            continue
        for code in codes:
            if code in NOT_YET_PUBLISHED.get(unit.name, ()):
                continue
            item = BUILDERS[code](unit)
            age = OUT_OF_DATE.get((unit.name, code))
            items.append(item if age is None else replace(item, age_days=age))
    return tuple(items)
