"""The fields of a register item, once: the order of its scheming schema (``schemas/informasi_publik.yaml``).

A test compares :data:`ITEM_FIELDS` with the schema, so a field added there is added here too. The other
lists are views of it: what the register's API answers, what an import can fill in, which fields are dates.
"""

from __future__ import annotations

ITEM_FIELDS = (
    "title",
    "name",
    "notes",
    "owner_org",
    "kategori",
    "item_berkala",
    "periodisitas",
    "jenis_serta_merta",
    "item_setiap_saat",
    "standar_layanan",
    "tahun",
    "unit_penguasa",
    "penanggung_jawab",
    "waktu_pembuatan",
    "tempat_pembuatan",
    "bentuk_tersedia",
    "jangka_waktu_penyimpanan",
    "dasar_hukum",
    "tanggal_pemutakhiran",
    "tag_string",
    "dasar_pengecualian",
    "dasar_undang_undang",
    "konsekuensi",
    "pertimbangan_kepentingan_publik",
    "jangka_waktu_pengecualian",
    "tanggal_berakhir",
    "nomor_sk_ppid",
    "tanggal_penetapan",
    "persetujuan_pimpinan",
    "pasal_18_dikecualikan_terlarang",
    "persetujuan_tertulis",
    "jabatan_publik",
    "status_pengecualian",
)
# CKAN's own dataset fields.
CKAN_FIELDS = frozenset({"title", "name", "notes", "owner_org", "tag_string"})
# Checks the PPID ticks on the form against the law (UU 14/2008 Ps 18): they decide, they are not listed.
LAW_CHECKS = frozenset({"pasal_18_dikecualikan_terlarang", "persetujuan_tertulis", "jabatan_publik"})
# What the PPID records in the form only: a service standard, the last update, the exemption's status.
FORM_ONLY = frozenset(
    {
        "name",
        "tag_string",
        "item_setiap_saat",
        "standar_layanan",
        "tanggal_pemutakhiran",
        "status_pengecualian",
    }
)

# The register's own columns (the DIP's), as the register's API lists them.
REGISTER_FIELDS = tuple(name for name in ITEM_FIELDS if name not in CKAN_FIELDS | LAW_CHECKS)
# What an imported row can fill in, in the order the preview lists it; ``url`` is its document's link.
IMPORTED_FIELDS = (*(name for name in ITEM_FIELDS if name not in FORM_ONLY | LAW_CHECKS), "url")
DATE_FIELDS = frozenset({"tanggal_berakhir", "tanggal_penetapan"})
