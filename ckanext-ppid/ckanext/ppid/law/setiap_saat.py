"""Information available at any time (setiap saat): the Perki 1/2021 list built on UU 14/2008 Ps 11(1)."""

from __future__ import annotations

from dataclasses import dataclass

from ckanext.ppid.law.confidence import Confidence
from ckanext.ppid.law.markers import N_

# Entries that restate a letter of UU Ps 11(1) are confirmed; the rest is the Perki list as PPID pages
# publish it (docs/law.md, Information available at any time).
_PERKI_LIST = "Perki 1/2021 (any-time information list, article not verified)"


@dataclass(frozen=True)
class SetiapSaatItem:
    code: str
    label: str
    legal_basis: str
    confidence: Confidence


SETIAP_SAAT_ITEMS = (
    SetiapSaatItem("dip", N_("List of public information (DIP)"), "UU 14/2008 Ps 11(1)(a)", "C"),
    SetiapSaatItem(
        "regulasi_kebijakan",
        N_("Regulations, decisions and policies with their supporting documents"),
        "UU 14/2008 Ps 11(1)(b)-(c)",
        "C",
    ),
    SetiapSaatItem("informasi_berkala", N_("All periodic information"), _PERKI_LIST, "S"),
    SetiapSaatItem(
        "organisasi_kepegawaian_keuangan",
        N_("Organisation, administration, staffing and finance"),
        _PERKI_LIST,
        "S",
    ),
    SetiapSaatItem(
        "perjanjian_pihak_ketiga",
        N_("Agreements with third parties and their supporting documents"),
        "UU 14/2008 Ps 11(1)(e)",
        "C",
    ),
    SetiapSaatItem(
        "surat_menyurat_pimpinan",
        N_("Correspondence of leaders and officials in performing their duties"),
        _PERKI_LIST,
        "S",
    ),
    SetiapSaatItem(
        "perizinan",
        N_("Licensing requirements, licences issued and compliance reports"),
        _PERKI_LIST,
        "S",
    ),
    SetiapSaatItem("data_perbendaharaan_inventaris", N_("Treasury and inventory data"), _PERKI_LIST, "S"),
    SetiapSaatItem(
        "rencana_strategis_kerja",
        N_("Strategic and work plans (Renstra, Renja)"),
        "UU 14/2008 Ps 11(1)(d)",
        "S",
    ),
    SetiapSaatItem("agenda_pimpinan", N_("Work agenda of the leaders"), _PERKI_LIST, "S"),
    SetiapSaatItem(
        "layanan_informasi",
        N_("Public information service activities, including the annual report"),
        "UU 14/2008 Ps 11(1)(h)",
        "C",
    ),
    SetiapSaatItem(
        "pelanggaran_pengawasan_internal",
        N_("Violations found by internal oversight and their follow-up"),
        _PERKI_LIST,
        "S",
    ),
    SetiapSaatItem(
        "pelanggaran_laporan_masyarakat",
        N_("Violations reported by the public and their follow-up"),
        _PERKI_LIST,
        "S",
    ),
    SetiapSaatItem("penelitian", N_("List and results of research"), _PERKI_LIST, "S"),
    SetiapSaatItem(
        "peraturan_kajian_akademis",
        N_("Enacted regulations with their academic studies"),
        _PERKI_LIST,
        "S",
    ),
    SetiapSaatItem(
        "pernyataan_pertemuan_publik",
        N_("Information and policies stated by officials in public meetings"),
        "UU 14/2008 Ps 11(1)(f)",
        "C",
    ),
    SetiapSaatItem(
        "standar_pengumuman",
        N_("Announcement standard (standard operating procedure)"),
        "UU 14/2008 Ps 11(1)(g); Perki 1/2021 Ps 23-24",
        "S",
    ),
)
_BY_CODE = {entry.code: entry for entry in SETIAP_SAAT_ITEMS}


def setiap_saat_item(code: str) -> SetiapSaatItem:
    """The item with this code; KeyError if there is none."""
    return _BY_CODE[code]
