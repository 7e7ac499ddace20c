"""The register as an export: which items go in which table, under which columns, with which texts.

The PDF, CSV and XLSX exports all read this model, so they list the same items in the same order. A DIP holds
the three public categories in the order of UU 14/2008 Ps 9-11; a DIK holds the exempted items (Ps 17,
PP 61/2010 Ps 4) and only the columns of its decision. Rows are copied field by field from a fixed list, so
an item's links and files never reach a DIK, and an exempted item never reaches a DIP, whatever the caller
passes.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from ckanext.ppid.documents.dates import Locale, format_datetime
from ckanext.ppid.documents.letterhead import Letterhead
from ckanext.ppid.documents.register_cells import Cells, Translate, Values
from ckanext.ppid.law import categories
from ckanext.ppid.law.markers import N_
from ckanext.ppid.register.core.restriction import EXEMPTED

Kind = Literal["dip", "dik"]
# A DIP lists the public categories in the law's order (UU 14/2008 Ps 9, 10, 11); a DIK the exempted one.
CATEGORIES_OF: dict[str, tuple[str, ...]] = {
    "dip": tuple(category.code for category in categories.PUBLIC_CATEGORIES),
    "dik": (EXEMPTED,),
}


@dataclass(frozen=True)
class RegisterExport:
    """What a PPID exports: its register items of one unit (or of all units) and who established the list.

    ``rows`` are register items as CKAN returns them (the scheming fields of ``informasi-publik`` plus
    ``unit_title`` and ``url``, the item's page). ``unit_title`` None means the consolidated register.
    """

    kind: Kind
    body_name: str
    unit_title: str | None
    established_on: dt.date | None
    established_by: str
    generated_at: dt.datetime
    rows: Sequence[Mapping[str, Any]]
    address: str = ""
    logo_path: Path | None = None

    @property
    def consolidated(self) -> bool:
        return self.unit_title is None


@dataclass(frozen=True)
class Column:
    """A column of the tabular exports: its stable field name and its header (an English msgid)."""

    field: str
    label: str
    # The categories whose sheet shows the column; None for all.
    only_for: frozenset[str] | None = None


NUMBER = Column("no", N_("No."))
CATEGORY = Column("kategori", N_("Information category"))
UNIT = Column("unit_title", N_("PPID unit"))
TITLE = Column("title", N_("Information title"))
HOLDER = Column("unit_penguasa", N_("Official or unit holding the information"))
# Perki 1/2021 (docs/law.md, The DIP's columns): the DIP's columns, then those PPIDs commonly add.
DIP_COLUMNS = (
    NUMBER,
    CATEGORY,
    UNIT,
    TITLE,
    Column("notes", N_("Summary of the information")),
    HOLDER,
    Column("penanggung_jawab", N_("Person responsible for producing or publishing the information")),
    Column("waktu_pembuatan", N_("Time of production")),
    Column("tempat_pembuatan", N_("Place of production")),
    Column("bentuk_tersedia", N_("Available form")),
    Column("jangka_waktu_penyimpanan", N_("Retention period")),
    Column("item_berkala", N_("Periodic information item"), frozenset({"berkala"})),
    Column("periodisitas", N_("Update period"), frozenset({"berkala"})),
    Column("jenis_serta_merta", N_("Kind of immediate information"), frozenset({"serta_merta"})),
    Column("tahun", N_("Year")),
    Column("dasar_hukum", N_("Legal basis")),
    Column("url", N_("Link")),
)
# UU 14/2008 Ps 17, 19; PP 61/2010 Ps 4 (docs/law.md, The exempted register): the decision to exempt, never
# a document or link.
DIK_COLUMNS = (
    NUMBER,
    CATEGORY,
    UNIT,
    TITLE,
    HOLDER,
    Column("dasar_pengecualian", N_("Exemption ground (UU 14/2008 Article 17)")),
    Column("dasar_undang_undang", N_("Statute and article relied on")),
    Column("konsekuensi", N_("Consequence if opened")),
    Column("pertimbangan_kepentingan_publik", N_("Public-interest consideration")),
    Column("jangka_waktu_pengecualian", N_("Exemption period")),
    Column("tanggal_berakhir", N_("Exemption end date")),
    Column("tanggal_penetapan", N_("Date of decision")),
    Column("nomor_sk_ppid", N_("PPID decree number")),
    Column("persetujuan_pimpinan", N_("Approval of the head of the public body")),
    Column("status_pengecualian", N_("Exemption status")),
)
_DIGITS = re.compile(r"(\d+)")
TITLES = {"dip": N_("List of Public Information"), "dik": N_("List of Exempted Information")}


@dataclass(frozen=True)
class Table:
    """The items of one category: cell texts keyed by field name, numbered from 1."""

    category: str
    heading: str
    legal_basis: str
    rows: tuple[Mapping[str, str], ...]


@dataclass(frozen=True, kw_only=True)
class RegisterDocument(Letterhead):
    """An export ready to lay out: translated texts, the columns and one table per category."""

    kind: Kind
    scope: str
    established: str
    generated: str
    empty: str
    columns: tuple[Column, ...]
    tables: tuple[Table, ...]
    translate: Translate

    def header(self, column: Column) -> str:
        return self.translate(column.label)


def columns_of(export: RegisterExport) -> tuple[Column, ...]:
    """The export's columns: a unit's own export leaves out the unit column."""
    columns = DIP_COLUMNS if export.kind == "dip" else DIK_COLUMNS
    return tuple(column for column in columns if export.consolidated or column is not UNIT)


def _natural(text: Any) -> tuple[tuple[int, int | str], ...]:
    # "Laporan 2" before "Laporan 10", as a reader expects.
    return tuple(
        (0, int(p)) if p.isdigit() else (1, p) for p in _DIGITS.split(str(text or "").casefold()) if p
    )


def _sort_key(row: Mapping[str, Any]) -> tuple[Any, ...]:
    return (_natural(row.get("unit_title")), _natural(row.get("title")))


def _cell(cells: Cells, column: Column, category: str, item: Mapping[str, Any]) -> str:
    # A value left over from an earlier category (a periodic item on an immediate one) is not shown.
    if column.only_for is not None and category not in column.only_for:
        return ""
    return cells.cell(column.field, item)


def _established(export: RegisterExport, translate: Translate, cells: Cells) -> str:
    by, on = export.established_by.strip(), cells.date(export.established_on)
    if by and on:
        return translate(N_("Established by {by} on {date}")).format(by=by, date=on)
    if on:
        return translate(N_("Established on {date}")).format(date=on)
    return translate(N_("Not yet established by the PPID"))


def build(
    export: RegisterExport, translate: Translate, locale: Locale = "id", values: Values = "labels"
) -> RegisterDocument:
    """Select, order and write the export's items; ``translate`` renders the msgids in ``locale``."""
    cells = Cells(translate, locale, values)
    columns = columns_of(export)
    tables = []
    for code in CATEGORIES_OF[export.kind]:
        items = sorted((row for row in export.rows if row.get("kategori") == code), key=_sort_key)
        rows = tuple(
            {
                column.field: str(number) if column is NUMBER else _cell(cells, column, code, item)
                for column in columns
            }
            for number, item in enumerate(items, start=1)
        )
        tables.append(Table(code, cells.category(code), categories.category(code).legal_basis, rows))
    scope = export.unit_title or translate(N_("Consolidated register of all PPID units"))
    generated = translate(N_("Generated on {datetime}")).format(
        datetime=format_datetime(export.generated_at, locale)
    )
    return RegisterDocument(
        kind=export.kind,
        locale=locale,
        body_name=export.body_name,
        address=export.address,
        logo_path=export.logo_path,
        title=translate(TITLES[export.kind]),
        scope=scope,
        established=_established(export, translate, cells),
        generated=generated,
        empty=translate(N_("No information in this category.")),
        columns=columns,
        tables=tuple(tables),
        translate=translate,
    )
