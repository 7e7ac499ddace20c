"""Periodic information (informasi berkala): the Perki 1/2021 list and how often an item is updated."""

from __future__ import annotations

from dataclasses import dataclass

from ckanext.ppid.law.confidence import Confidence
from ckanext.ppid.law.markers import N_

# The list is what PPID portals citing Perki 1/2021 publish; its article number was not read (docs/law.md).
_PERKI_LIST = "Perki 1/2021 (periodic information list, article not verified)"


@dataclass(frozen=True)
class BerkalaItem:
    code: str
    label: str
    legal_basis: str
    confidence: Confidence
    description: str


BERKALA_ITEMS = (
    BerkalaItem(
        "profil",
        N_("Profile of the public body"),
        f"UU 14/2008 Ps 9(2)(a); {_PERKI_LIST}",
        "S",
        N_("Address, scope, duties and functions, structure, brief profiles of officials, contacts"),
    ),
    BerkalaItem(
        "program_kegiatan",
        N_("Summary of programmes and activities"),
        f"UU 14/2008 Ps 9(2)(b); {_PERKI_LIST}",
        "S",
        N_("Programme and activity names, person in charge, targets, schedule, budget source and amount"),
    ),
    BerkalaItem(
        "kinerja",
        N_("Summary of performance"),
        f"UU 14/2008 Ps 9(2)(b); {_PERKI_LIST}",
        "S",
        N_("What was carried out and achieved, e.g. LKjIP and LPPD summaries"),
    ),
    BerkalaItem(
        "laporan_keuangan",
        N_("Summary of financial reports"),
        f"UU 14/2008 Ps 9(2)(c); {_PERKI_LIST}",
        "S",
        N_("Budget and its realisation, balance sheet, cash flow, notes, list of assets"),
    ),
    BerkalaItem(
        "laporan_akses",
        N_("Summary of the public information access report"),
        f"UU 14/2008 Ps 12; {_PERKI_LIST}",
        "S",
        N_("Requests received, time taken, grants and refusals with their reasons"),
    ),
    BerkalaItem(
        "regulasi",
        N_("Regulations, decisions and policies affecting the public"),
        _PERKI_LIST,
        "S",
        N_("Enacted and draft regulations, with links to the legal documentation network (JDIH)"),
    ),
    BerkalaItem(
        "prosedur_informasi",
        N_("Procedures for requesting information, objections and disputes"),
        _PERKI_LIST,
        "S",
        N_("How to request information, object and bring a dispute, with the officials to contact"),
    ),
    BerkalaItem(
        "pengaduan_wewenang",
        N_("Procedure for reporting abuse of authority"),
        _PERKI_LIST,
        "S",
        N_("How to report abuse of authority or violations by officials, licensees or contractors"),
    ),
    BerkalaItem(
        "pengadaan",
        N_("Procurement of goods and services"),
        _PERKI_LIST,
        "S",
        N_("Procurement plans, tenders and their results"),
    ),
    BerkalaItem(
        "ketenagakerjaan",
        N_("Employment information"),
        _PERKI_LIST,
        "S",
        N_("Staff statistics and recruitment notices"),
    ),
    BerkalaItem(
        "peringatan_dini",
        N_("Early warning and emergency evacuation procedures"),
        _PERKI_LIST,
        "S",
        N_("Early warning and evacuation procedures of each office, evacuation maps"),
    ),
    BerkalaItem(
        "berkala_lainnya",
        N_("Other periodic information required by regulation"),
        "UU 14/2008 Ps 9(2)(d)",
        "C",
        N_("Periodic information another regulation requires, e.g. regional budget documents"),
    ),
)
_ITEMS_BY_CODE = {entry.code: entry for entry in BERKALA_ITEMS}


def berkala_item(code: str) -> BerkalaItem:
    """The periodic item with this code; KeyError if there is none."""
    return _ITEMS_BY_CODE[code]


@dataclass(frozen=True)
class Periodicity:
    """How often the unit itself plans to update an item; the law only sets the outer limit below."""

    code: str
    label: str
    months: int


PERIODICITIES = (
    Periodicity("bulanan", N_("Monthly"), 1),
    Periodicity("triwulanan", N_("Quarterly"), 3),
    Periodicity("semesteran", N_("Every six months"), 6),
    Periodicity("tahunan", N_("Yearly"), 12),
)
_PERIODICITIES_BY_CODE = {entry.code: entry for entry in PERIODICITIES}


def periodicity(code: str) -> Periodicity:
    """The periodicity with this code; KeyError if there is none."""
    return _PERIODICITIES_BY_CODE[code]


# Periodic information is provided "paling singkat 6 (enam) bulan sekali": at least once every six months,
# whatever the unit's own schedule (Ps 9(4) is about accessible form and plain language, not the period).
MAX_AGE_MONTHS = 6
MAX_AGE_BASIS = "UU 14/2008 Ps 9(3)"
MAX_AGE_CONFIDENCE: Confidence = "C"
