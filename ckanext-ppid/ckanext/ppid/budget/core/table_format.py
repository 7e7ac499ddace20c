"""The normalised budget table (docs/budgets.md): its columns, and one line of it.

The same columns are the fields of the DataStore table of every imported budget resource. Codes are
strings (leading zeros matter); amounts are rupiah with two decimals.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

from ckanext.ppid.law.markers import N_

# DataStore field types of the columns.
ColumnType = Literal["int", "text", "numeric"]

PHASES = ("murni", "pergeseran", "perubahan", "realisasi")


@dataclass(frozen=True)
class Column:
    name: str
    type: ColumnType
    label: str  # msgid
    # Every line has a value: from the file or, where the file does not say it, from the dataset.
    required: bool = False


COLUMNS: tuple[Column, ...] = (
    Column("tahun_anggaran", "int", N_("Fiscal year"), required=True),
    Column("tahapan", "text", N_("Budget phase"), required=True),
    Column("periode", "text", N_("Reporting period"), required=True),
    Column("kode_skpd", "text", N_("OPD code")),
    Column("nama_skpd", "text", N_("OPD name")),
    Column("kode_urusan", "text", N_("Government affairs (urusan) code")),
    Column("nama_urusan", "text", N_("Government affairs (urusan)")),
    Column("kode_bidang_urusan", "text", N_("Field of affairs (bidang urusan) code")),
    Column("nama_bidang_urusan", "text", N_("Field of affairs (bidang urusan)")),
    Column("kode_program", "text", N_("Program code")),
    Column("nama_program", "text", N_("Program")),
    Column("kode_kegiatan", "text", N_("Activity (kegiatan) code")),
    Column("nama_kegiatan", "text", N_("Activity (kegiatan)")),
    Column("kode_sub_kegiatan", "text", N_("Sub-activity (sub kegiatan) code")),
    Column("nama_sub_kegiatan", "text", N_("Sub-activity (sub kegiatan)")),
    Column("kode_rekening", "text", N_("Account (rekening) code")),
    Column("uraian_rekening", "text", N_("Account (rekening)")),
    Column("kelompok_belanja", "text", N_("Spending group (kelompok belanja)")),
    Column("sumber_dana", "text", N_("Source of funds")),
    Column("anggaran", "numeric", N_("Budget (anggaran), Rp")),
    Column("realisasi", "numeric", N_("Realisation (realisasi), Rp")),
)
COLUMN_NAMES = tuple(column.name for column in COLUMNS)


@dataclass(frozen=True, slots=True)
class BudgetLine:
    """One leaf line of a budget: the deepest level the file gives, with the codes and names above it."""

    tahun_anggaran: int
    tahapan: str
    periode: str
    kode_skpd: str | None = None
    nama_skpd: str | None = None
    kode_urusan: str | None = None
    nama_urusan: str | None = None
    kode_bidang_urusan: str | None = None
    nama_bidang_urusan: str | None = None
    kode_program: str | None = None
    nama_program: str | None = None
    kode_kegiatan: str | None = None
    nama_kegiatan: str | None = None
    kode_sub_kegiatan: str | None = None
    nama_sub_kegiatan: str | None = None
    kode_rekening: str | None = None
    uraian_rekening: str | None = None
    kelompok_belanja: str | None = None
    sumber_dana: str | None = None
    anggaran: Decimal | None = None
    realisasi: Decimal | None = None
