"""The demo's budget datasets (type ``anggaran``): which ones each OPD publishes, their fields and their
files (pure: no CKAN import).

Every OPD (``budget_nomenclature.UNIT_BUDGETS``) publishes, for the current year, the APBD murni, the
APBD perubahan once it is enacted (from October) and its realisation month by month (one cumulative
table per month up to the current one, in one file with a "Bulan" column, as open data portals publish
monthly series); and for each of the three years before, the year's realisation report (LRA, which
holds the budget after the perubahan). The OPDs upload what SIPD exports (XLSX); the monthly series
and all files of the social office are the OPD's own spreadsheets, ``;``-separated CSV with id-ID
amounts. Before the 2024 nomenclature (Kepmendagri 900.1.15.5-1317/2023) sub kegiatan had two-digit
numbers.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from ckanext.ppid.demo import budget_figures
from ckanext.ppid.demo.budget_figures import MURNI, PERUBAHAN, PERUBAHAN_MONTH, REALISASI, Leaf
from ckanext.ppid.demo.budget_files import Entry, flat_csv, sipd_workbook
from ckanext.ppid.demo.budget_nomenclature import UNIT_BUDGETS
from ckanext.ppid.demo.spec import Unit
from ckanext.ppid.documents.dates import MONTHS

PAST_YEARS = 3
CSV_UNITS = frozenset({"dinsos"})
# The first fiscal year of each nomenclature decree.
FOUR_DIGIT_SUB_KEGIATAN = 2024
NOMENCLATURE = ((2024, "Kepmendagri 900.1.15.5-1317/2023"), (0, "Kepmendagri 050-5889/2021"))
PHASE_TITLES = {MURNI: "APBD Murni", PERUBAHAN: "APBD Perubahan"}
BUDGETS = {budget.unit: budget for budget in UNIT_BUDGETS}


@dataclass(frozen=True)
class BudgetDataset:
    """One budget dataset: an OPD's plan of a year, its realisation of a past year, or the monthly
    realisation of the current year up to the end of ``month``."""

    unit: Unit
    year: int
    phase: str
    month: int | None = None  # the last month of a monthly series; None for a whole year

    @property
    def name(self) -> str:
        if self.phase != REALISASI:
            return f"apbd-{self.phase}-{self.year}-{self.unit.name}"
        if self.month is None:
            return f"lra-{self.year}-{self.unit.name}"
        return f"lra-bulanan-{self.year}-{self.unit.name}"

    @property
    def is_csv(self) -> bool:
        return self.unit.name in CSV_UNITS or self.month is not None

    @property
    def file_name(self) -> str:
        return f"{self.name.replace('-', '_')}.{'csv' if self.is_csv else 'xlsx'}"


def datasets(units: tuple[Unit, ...], today: dt.date) -> tuple[BudgetDataset, ...]:
    """The budget datasets of the units that have a budget, as published by ``today``."""
    found = []
    for unit in units:
        if unit.name not in BUDGETS:
            continue
        found.append(BudgetDataset(unit, today.year, MURNI))
        if today.month >= PERUBAHAN_MONTH:
            found.append(BudgetDataset(unit, today.year, PERUBAHAN))
        found.append(BudgetDataset(unit, today.year, REALISASI, today.month))
        found += [BudgetDataset(unit, today.year - back, REALISASI) for back in range(1, PAST_YEARS + 1)]
    return tuple(found)


def _month(number: int) -> str:
    return MONTHS["id"][number - 1]


def title(spec: BudgetDataset) -> str:
    if spec.phase != REALISASI:
        return f"Anggaran Belanja {spec.unit.title} Tahun {spec.year} ({PHASE_TITLES[spec.phase]})"
    if spec.month is None:
        return f"Realisasi Anggaran Belanja {spec.unit.title} Tahun {spec.year}"
    return f"Realisasi Anggaran Belanja Bulanan {spec.unit.title} Tahun {spec.year}"


def _notes(spec: BudgetDataset) -> str:
    source = "disusun dari lembar kerja OPD" if spec.is_csv else "diekspor dari SIPD"
    if spec.phase != REALISASI:
        return (
            f"Rekapitulasi belanja {spec.unit.title} dalam {PHASE_TITLES[spec.phase]} Tahun Anggaran "
            f"{spec.year} menurut program, kegiatan, sub kegiatan dan rekening, {source}."
        )
    if spec.month is None:
        return (
            f"Laporan Realisasi Anggaran (LRA) belanja {spec.unit.title} Tahun Anggaran {spec.year} sampai "
            f"dengan 31 Desember: anggaran setelah perubahan dan realisasinya menurut program, kegiatan, sub "
            f"kegiatan dan rekening, {source}."
        )
    return (
        f"Realisasi anggaran belanja {spec.unit.title} per bulan, Januari sampai dengan {_month(spec.month)} "
        f"{spec.year}: untuk setiap bulan, anggaran dan realisasi kumulatif sampai dengan akhir bulan itu "
        f"menurut program, kegiatan, sub kegiatan dan rekening, {source}."
    )


def nomenclature(year: int) -> str:
    return next(decree for first, decree in NOMENCLATURE if year >= first)


def dataset_data(spec: BudgetDataset) -> dict[str, Any]:
    """``package_create`` data of ``spec`` (the file is added as a resource apart)."""
    tags = ("anggaran", "apbd", "lra" if spec.phase == REALISASI else spec.phase)
    return {
        "type": "anggaran",
        "name": spec.name,
        "title": title(spec),
        "notes": _notes(spec),
        "owner_org": spec.unit.name,
        "tahun_anggaran": spec.year,
        "tahapan": spec.phase,
        "jenis_periode": "bulanan" if spec.month else "tahunan",
        "periode_ke": spec.month,
        "sumber_sistem": "lainnya" if spec.is_csv else "sipd",
        "versi_nomenklatur": nomenclature(spec.year),
        "license_id": "cc-by",
        "tags": [{"name": tag} for tag in tags],
    }


def resource_data(spec: BudgetDataset) -> dict[str, Any]:
    """``resource_create`` data of the dataset's file, without the upload itself."""
    kind = "Rekapitulasi belanja" if spec.phase != REALISASI else "Laporan realisasi anggaran"
    origin = "lembar kerja OPD, dipisahkan titik koma" if spec.is_csv else "ekspor SIPD"
    return {
        "name": spec.file_name,
        "description": f"{kind} ({origin}).",
        "format": "CSV" if spec.is_csv else "XLSX",
    }


def entries(spec: BudgetDataset) -> list[Entry]:
    """The lines of the dataset's file: a monthly series has each month's lines, January first."""
    skpd = (f"{spec.unit.unit_code}.0000", spec.unit.title)
    leaves = budget_figures.leaves(BUDGETS[spec.unit.name], spec.year)
    if spec.month is None:
        return [_entry(leaf, skpd, spec, *budget_figures.amounts(leaf, spec.phase)) for leaf in leaves]
    return [
        _entry(leaf, skpd, spec, *budget_figures.amounts(leaf, spec.phase, month), _month(month))
        for month in range(1, spec.month + 1)
        for leaf in leaves
    ]


def _entry(
    leaf: Leaf,
    skpd: tuple[str, str],
    spec: BudgetDataset,
    anggaran: Decimal,
    realisasi: Decimal | None,
    bulan: str | None = None,
) -> Entry:
    sub = (
        leaf.sub.code if spec.year >= FOUR_DIGIT_SUB_KEGIATAN else f"{leaf.sub.code[:-4]}{leaf.sub.code[-2:]}"
    )
    return Entry(
        skpd=skpd,
        program=(leaf.program.code, leaf.program.name),
        kegiatan=(leaf.activity.code, leaf.activity.name),
        sub_kegiatan=(sub, leaf.sub.name),
        account=leaf.account,
        anggaran=anggaran,
        realisasi=realisasi,
        sumber_dana=leaf.sumber_dana,
        bulan=bulan,
    )


def file_bytes(spec: BudgetDataset, region: str) -> bytes:
    """The file the OPD uploads for ``spec``."""
    lines = entries(spec)
    if spec.is_csv:
        return flat_csv(lines, title(spec), spec.phase == REALISASI)
    return sipd_workbook(lines, region, spec.year, "Desember" if spec.phase == REALISASI else None)
