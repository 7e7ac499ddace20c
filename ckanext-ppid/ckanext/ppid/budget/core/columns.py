"""Decide what each source column fills: the automatic match, or the uploader's mapping.

Amount columns are told apart by their fiscal year and spending group (``Group``): SIPD's eight
"Kelompok Belanja / Operasi / Anggaran" columns, Tangerang Selatan's "2021" and "2022". Two columns
filling the same target and group are one too many: the first is used, and a notice says which was not.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from ckanext.ppid.budget.core.headers import (
    KODE,
    MEASURES,
    TARGETS,
    UNKNOWN_MEASURE,
    URAIAN,
    HeaderMatch,
    match_header,
)
from ckanext.ppid.budget.core.layout import Layout
from ckanext.ppid.law.markers import N_
from ckanext.ppid.law.problems import Problem

# A column's fiscal year and spending group; (None, None) for a plain "Anggaran" column.
Group = tuple[int | None, str | None]

NAME_TARGETS = frozenset(
    {
        "nama_skpd",
        "nama_urusan",
        "nama_bidang_urusan",
        "nama_program",
        "nama_kegiatan",
        "nama_sub_kegiatan",
        "uraian_rekening",
        URAIAN,
    }
)
CODE_TARGETS = frozenset(
    {
        "kode_skpd",
        "kode_urusan",
        "kode_bidang_urusan",
        "kode_program",
        "kode_kegiatan",
        "kode_sub_kegiatan",
        "kode_rekening",
        KODE,
    }
)
# Targets several columns may fill: SIPD spreads one code over four cumulative "Kode" columns.
REPEATABLE = frozenset({KODE})

UNKNOWN_TARGET = N_('Column "{column}" is mapped to "{value}", which is not a column of the budget table.')
MISSING_COLUMN = N_('The mapping names column "{column}", which the file does not have.')
UNUSED_COLUMN = N_('Column "{column}" was not used: column "{other}" already fills "{value}".')


@dataclass(frozen=True)
class ColumnRole:
    index: int
    label: str
    target: str | None  # a normalised column, ``kode``, ``uraian``, or None (ignored)
    group: Group = (None, None)

    @property
    def is_amount(self) -> bool:
        return self.target in MEASURES


@dataclass(frozen=True)
class Resolution:
    roles: tuple[ColumnRole, ...]
    problems: tuple[Problem, ...]  # file-level problems
    notices: tuple[Problem, ...]

    @property
    def complete(self) -> bool:
        """An amount column and a column naming or coding the lines: enough to read the file."""
        targets = {role.target for role in self.roles}
        return bool(targets & set(MEASURES)) and bool(targets & (NAME_TARGETS | CODE_TARGETS))


def resolve_columns(layout: Layout, mapping: Mapping[str, str] | None, measure: str) -> Resolution:
    """The role of every column.

    :param mapping: label -> target ("" ignores the column); labels it does not name keep their
        automatic match.
    :param measure: what a column naming only a year or a spending group holds (anggaran/realisasi).
    """
    problems: list[Problem] = []
    notices: list[Problem] = []
    roles: list[ColumnRole] = []
    filled: dict[tuple[str, Group], str] = {}
    mapping = mapping or {}
    for index, (label, segments) in enumerate(zip(layout.labels, layout.segments, strict=True)):
        found = match_header(segments)
        target = _target(found, measure)
        if label in mapping:
            target = mapping[label] or None
            if target is not None and target not in TARGETS:
                problems.append(Problem(UNKNOWN_TARGET, {"column": label, "value": target}, column=label))
                target = None
        group: Group = (found.year, found.kelompok_belanja) if target in MEASURES else (None, None)
        if target is not None and target not in REPEATABLE:
            other = filled.setdefault((target, group), label)
            if other != label:
                params = {"column": label, "other": other, "value": target}
                notices.append(Problem(UNUSED_COLUMN, params, column=label))
                target = None
        roles.append(ColumnRole(index, label, target, group))
    problems.extend(
        Problem(MISSING_COLUMN, {"column": label}, column=label)
        for label in mapping
        if label not in layout.labels
    )
    return Resolution(tuple(roles), tuple(problems), tuple(notices))


def _target(found: HeaderMatch, measure: str) -> str | None:
    return measure if found.target == UNKNOWN_MEASURE else found.target
