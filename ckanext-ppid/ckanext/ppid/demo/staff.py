"""Fictional staff of the demo Pemda: the PPID of each unit, its publishing staff and a few readers.

Logins follow one pattern: ``ppid-<unit code>`` is the unit's PPID (organization admin), ``staf-<unit code>``
its staff (editor); members are the heads who read private datasets. The Atasan PPID (the Sekretaris Daerah)
is a member of the PPID Utama and holds the ``atasan_ppid`` role too (``roles``).
"""

from __future__ import annotations

from ckanext.ppid.demo.spec import ROLE_MEMBER, ROLE_PPID, ROLE_STAFF, Staff

# The password of the staff accounts the demo creates, unless `ckan ppid demo --password` gives one.
DEFAULT_PASSWORD = "demo-ppid-2026"

STAFF = (
    # PPID Utama (Diskominfo)
    Staff("ppid-utama", "Rina Mardiana, S.Sos.", "ppid-utama", ROLE_PPID, "PPID Utama"),
    Staff("staf-utama", "Yoga Pratama", "ppid-utama", ROLE_STAFF, "Pranata Humas, Petugas Layanan Informasi"),
    Staff("staf-utama-2", "Dewi Lestari Wulandari", "ppid-utama", ROLE_STAFF, "Pengelola Layanan Informasi"),
    Staff(
        "atasan-ppid",
        "Drs. Haryanto Wibisono, M.Si.",
        "ppid-utama",
        ROLE_MEMBER,
        "Sekretaris Daerah, Atasan PPID",
    ),
    # OPD
    Staff("ppid-dinkes", "dr. Ratna Kusumawati", "dinkes", ROLE_PPID, "PPID Pelaksana Dinas Kesehatan"),
    Staff("staf-dinkes", "Agus Setiawan, S.K.M.", "dinkes", ROLE_STAFF, "Pengelola Data Kesehatan"),
    Staff("kadis-dinkes", "dr. Bambang Irawan, M.Kes.", "dinkes", ROLE_MEMBER, "Kepala Dinas Kesehatan"),
    Staff("ppid-disdik", "Sri Wahyuni, S.Pd., M.Pd.", "disdik", ROLE_PPID, "PPID Pelaksana Dinas Pendidikan"),
    Staff("staf-disdik", "Fajar Nugroho", "disdik", ROLE_STAFF, "Operator Data Pokok Pendidikan"),
    Staff("ppid-dpupr", "Ir. Hendra Gunawan", "dpupr", ROLE_PPID, "PPID Pelaksana Dinas PUPR"),
    Staff("staf-dpupr", "Maya Anggraini, S.T.", "dpupr", ROLE_STAFF, "Pengelola Data Infrastruktur"),
    Staff("ppid-bpkad", "Lukman Hakim, S.E., Ak.", "bpkad", ROLE_PPID, "PPID Pelaksana BPKAD"),
    Staff("staf-bpkad", "Nur Aini Fitriani, S.E.", "bpkad", ROLE_STAFF, "Analis Keuangan Daerah"),
    Staff("kaban-bpkad", "Drs. Made Suarjana, M.M.", "bpkad", ROLE_MEMBER, "Kepala BPKAD"),
    Staff("ppid-disdukcapil", "Yusuf Maulana, S.IP.", "disdukcapil", ROLE_PPID, "PPID Pelaksana Disdukcapil"),
    Staff("staf-disdukcapil", "Indah Permatasari", "disdukcapil", ROLE_STAFF, "Pengelola Data Kependudukan"),
    Staff("ppid-dinsos", "Theresia Manurung, S.Sos.", "dinsos", ROLE_PPID, "PPID Pelaksana Dinas Sosial"),
    Staff("staf-dinsos", "Rizky Ramadhan", "dinsos", ROLE_STAFF, "Pendamping Data Kesejahteraan Sosial"),
    Staff("ppid-bappeda", "Dr. Andi Saputra, M.P.P.", "bappeda", ROLE_PPID, "PPID Pelaksana Bappeda"),
    Staff("staf-bappeda", "Putri Ayu Handayani, S.E.", "bappeda", ROLE_STAFF, "Perencana Ahli Pertama"),
    Staff("ppid-dlh", "Wahyu Hidayat, S.Si.", "dlh", ROLE_PPID, "PPID Pelaksana Dinas Lingkungan Hidup"),
    Staff("staf-dlh", "Siti Nurhaliza", "dlh", ROLE_STAFF, "Pengendali Dampak Lingkungan"),
    Staff("ppid-distan", "Ir. Joko Susilo", "distan", ROLE_PPID, "PPID Pelaksana Dinas Pertanian"),
    Staff("staf-distan", "Ani Rohani, S.P.", "distan", ROLE_STAFF, "Statistisi Pertanian"),
    # Kecamatan
    Staff(
        "ppid-kec-kota",
        "Eko Prasetyo, S.STP.",
        "kecamatan-lembah-hijau-kota",
        ROLE_PPID,
        "PPID Pelaksana Kecamatan Lembah Hijau Kota",
    ),
    Staff("staf-kec-kota", "Lina Marlina", "kecamatan-lembah-hijau-kota", ROLE_STAFF, "Staf Pelayanan Umum"),
    Staff("camat-kota", "Arief Budiman, S.H.", "kecamatan-lembah-hijau-kota", ROLE_MEMBER, "Camat"),
    Staff(
        "ppid-kec-sungai-jernih",
        "Hasanuddin, S.Sos.",
        "kecamatan-sungai-jernih",
        ROLE_PPID,
        "PPID Pelaksana Kecamatan Sungai Jernih",
    ),
    Staff(
        "staf-kec-sungai-jernih", "Kartika Sari", "kecamatan-sungai-jernih", ROLE_STAFF, "Staf Pemerintahan"
    ),
    Staff(
        "ppid-kec-bukit-embun",
        "Yohanes Lakon, S.IP.",
        "kecamatan-bukit-embun",
        ROLE_PPID,
        "PPID Pelaksana Kecamatan Bukit Embun",
    ),
    Staff("staf-kec-bukit-embun", "Ayu Wandira", "kecamatan-bukit-embun", ROLE_STAFF, "Staf Kecamatan"),
)
