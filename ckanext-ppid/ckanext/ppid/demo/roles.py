"""The roles ckanext-ppid adds, held by decree: the Atasan PPID and a Komisi Informasi assessor.

The Atasan PPID is the Sekretaris Daerah, a staff account of the PPID Utama; the assessor works for the
provincial Komisi Informasi, outside the Pemda, so has an account of their own and no organization role.
"""

from __future__ import annotations

from ckanext.ppid.demo.spec import Outsider, RoleHolder

ROLE_ATASAN_PPID = "atasan_ppid"
ROLE_ASSESSOR = "penilai_komisi_informasi"
# The fictional province's Komisi Informasi, on a reserved domain of its own.
KOMISI_INFORMASI = "Komisi Informasi Provinsi Nusa Lestari"
KOMISI_INFORMASI_DOMAIN = "kip-nusalestari.example"

OUTSIDERS = (
    Outsider(
        "penilai-ki",
        "Dra. Melati Kusumaningrum, M.H.",
        f"Komisioner Bidang Penelitian dan Dokumentasi, penilai monitoring dan evaluasi, {KOMISI_INFORMASI}",
        KOMISI_INFORMASI_DOMAIN,
    ),
)

ROLE_HOLDERS = (
    RoleHolder(
        "atasan-ppid",
        ROLE_ATASAN_PPID,
        "Keputusan Bupati Lembah Hijau Nomor 188.45/112/KPTS/2026 tentang Pejabat Pengelola Informasi dan "
        "Dokumentasi",
    ),
    RoleHolder(
        "penilai-ki",
        ROLE_ASSESSOR,
        "Keputusan Ketua Komisi Informasi Provinsi Nusa Lestari Nomor 14/KPTS/KI-NL/VIII/2026 tentang Tim "
        "Penilai Monitoring dan Evaluasi Keterbukaan Informasi Badan Publik",
    ),
)
