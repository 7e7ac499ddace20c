"""Plan versus actual of one OPD for a year: totals, rows at one level of the code hierarchy (optionally
under one parent code, for drill-down), and the monthly trend of the realisation.

Aggregation is SQL over ``ppid_budget_line`` (index on OPD, year, phase, period), restricted to the current
slices (``sources``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from ckan import model

from ckanext.ppid.budget import periods, sources
from ckanext.ppid.budget.core import spending
from ckanext.ppid.budget.model.lines import BudgetLineRow

Line = BudgetLineRow


@dataclass(frozen=True)
class Level:
    """A level of the hierarchy: its code and name columns, the code above it and the code below it."""

    code: sa.Column
    name: sa.Column | None
    parent: sa.Column | None
    child: sa.Column | None


LEVELS = {
    "urusan": Level(Line.kode_urusan, Line.nama_urusan, None, Line.kode_bidang_urusan),
    "bidang_urusan": Level(
        Line.kode_bidang_urusan, Line.nama_bidang_urusan, Line.kode_urusan, Line.kode_program
    ),
    "program": Level(Line.kode_program, Line.nama_program, Line.kode_bidang_urusan, Line.kode_kegiatan),
    "kegiatan": Level(Line.kode_kegiatan, Line.nama_kegiatan, Line.kode_program, Line.kode_sub_kegiatan),
    "sub_kegiatan": Level(
        Line.kode_sub_kegiatan, Line.nama_sub_kegiatan, Line.kode_kegiatan, Line.kode_rekening
    ),
    "rekening": Level(Line.kode_rekening, Line.uraian_rekening, Line.kode_sub_kegiatan, None),
    "kelompok_belanja": Level(Line.kelompok_belanja, None, None, None),
}
DEFAULT_LEVEL = "program"
GROUP_NAMES = {group.group: group.name for group in spending.GROUPS}


def _in_slices(slices: Sequence[sources.Slice]) -> sa.ColumnElement[bool]:
    return sa.tuple_(Line.resource_id, Line.phase, Line.period).in_(
        [(piece.resource_id, piece.phase, piece.period) for piece in slices]
    )


def _where(owner_org: str, year: int, slices: Sequence[sources.Slice], level: Level, parent: str | None):
    conditions = [Line.owner_org == owner_org, Line.fiscal_year == year, _in_slices(slices)]
    if parent is not None and level.parent is not None:
        conditions.append(level.parent == parent)
    return conditions


@dataclass(frozen=True)
class Row:
    code: str | None
    name: str | None
    anggaran: Decimal | None
    realisasi: Decimal | None
    has_children: bool

    def as_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "name": self.name,
            **sources.measures(self.anggaran, self.realisasi),
            "has_children": self.has_children,
        }


def _rows(owner_org, year, slices, level: Level, parent) -> list[Row]:
    has_children = sa.func.bool_or(level.child.isnot(None)) if level.child is not None else sa.false()
    name = sa.func.min(level.name) if level.name is not None else sa.null()
    query = (
        sa.select(level.code, name, sa.func.sum(Line.anggaran), sa.func.sum(Line.realisasi), has_children)
        .where(*_where(owner_org, year, slices, level, parent))
        .group_by(level.code)
        .order_by(level.code.asc().nullslast())
    )
    return [
        Row(
            code,
            GROUP_NAMES.get(code, code) if level.name is None else row_name,
            anggaran,
            realisasi,
            children,
        )
        for code, row_name, anggaran, realisasi, children in model.Session.execute(query)
    ]


def _trend(owner_org, year, slices, level: Level, parent) -> list[dict[str, Any]]:
    """Per realisation period of the year, the budget and cumulative realisation of its current import."""
    realised = [piece for piece in slices if piece.phase == sources.REALISASI]
    if not realised:
        return []
    query = (
        sa.select(Line.period, sa.func.sum(Line.anggaran), sa.func.sum(Line.realisasi))
        .where(*_where(owner_org, year, realised, level, parent))
        .group_by(Line.period)
    )
    found = sorted(model.Session.execute(query), key=lambda row: periods.end_month(row[0]))
    return [
        {"period": period, **sources.measures(anggaran, realisasi)} for period, anggaran, realisasi in found
    ]


def summary(
    organization: model.Group, year: int | None, phase: str | None, level: str, parent: str | None
) -> dict[str, Any]:
    """The summary ``ppid_budget_summary`` returns (see its docstring)."""
    everything = sources.current(owner_org=organization.id)
    years = sources.years(everything)
    year = year or (years[0] if years else None)
    of_year = [piece for piece in everything if piece.fiscal_year == year]
    phase, period, shown = sources.chosen(of_year, phase)
    chosen_level = LEVELS[level]
    rows = _rows(organization.id, year, shown, chosen_level, parent) if shown else []
    anggaran = sources.total(row.anggaran for row in rows)
    realisasi = sources.total(row.realisasi for row in rows)
    datasets = {
        piece.package_id: {"id": piece.package_id, "name": piece.package_name, "title": piece.package_title}
        for piece in shown
    }
    return {
        "organization": {"id": organization.id, "name": organization.name, "title": organization.title},
        "year": year,
        "phase": phase,
        "period": period,
        "level": level,
        "parent": parent,
        "totals": sources.measures(anggaran, realisasi),
        "rows": [row.as_dict() for row in rows],
        "trend": _trend(organization.id, year, of_year, chosen_level, parent) if year else [],
        "datasets": list(datasets.values()),
        "years": years,
        "phases": sources.phases(of_year),
    }
