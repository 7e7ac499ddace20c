"""Turn leaf rows into lines of the normalised table: one line per amount group, names from above.

A SIPD row with anggaran and realisasi under each of the four spending groups becomes a line per group
with an amount (at least one line, the group of its account); Tangerang Selatan's row with a column per
year becomes a line per year. Each line carries the codes and names of all its ancestors, so that
aggregation needs no other table, and what the file does not say comes from the dataset.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from ckanext.ppid.budget.core import codes, reporting, spending
from ckanext.ppid.budget.core.columns import Group
from ckanext.ppid.budget.core.rows import REKENING, SKPD, SourceLine
from ckanext.ppid.budget.core.table_format import BudgetLine
from ckanext.ppid.law.markers import N_
from ckanext.ppid.law.problems import Problem

NO_YEAR = N_(
    "The file does not say its fiscal year: set the fiscal year of the dataset, "
    'or add a column "tahun_anggaran".'
)
NO_PHASE = N_(
    "The file does not say its budget phase: set the phase of the dataset "
    "(murni, pergeseran, perubahan or realisasi)."
)
OTHER_YEAR = N_(
    "The file is for {value}, but the dataset is for {year}: "
    "upload the file of {year}, or correct the fiscal year of the dataset."
)
GROUP_MISMATCH = N_(
    'Row {row}, column "{column}": account "{value}" belongs to the spending group "{expected}", '
    "not to the group of this column."
)


@dataclass(frozen=True)
class Context:
    """What the dataset says (see ``importing.ImportDefaults``), already checked."""

    fiscal_year: int | None  # of lines whose row or column gives none: the file's title's, else the dataset's
    dataset_year: int | None
    phase: str | None
    period: str | None
    unit_code: str | None
    unit_name: str | None


def build_lines(
    leaves: list[SourceLine],
    names: Mapping[tuple[str, str], str],
    context: Context,
    labels: Mapping[tuple[Group, int], str],
) -> tuple[list[BudgetLine], list[Problem]]:
    """The lines of the leaves, or the problems that keep them from being stored."""
    lines: list[BudgetLine] = []
    problems: list[Problem] = []
    missing: set[str] = set()
    years: set[int] = set()
    for leaf in leaves:
        fixed = _fixed_fields(leaf, names, context)
        account_group = spending.group_of_account(leaf.rekening[-1]) if leaf.rekening else None
        for group, (anggaran, realisasi) in _kept_groups(leaf, account_group):
            year = group[0] or leaf.values.get("tahun_anggaran") or context.fiscal_year
            phase = leaf.values.get("tahapan") or context.phase
            if year is None or phase is None:
                missing.update(
                    message for message, value in ((NO_YEAR, year), (NO_PHASE, phase)) if value is None
                )
                continue
            years.add(year)
            kelompok = group[1] or leaf.values.get("kelompok_belanja") or account_group
            if group[1] and account_group and group[1] != account_group and (anggaran or realisasi):
                column = labels.get((group, 0 if anggaran else 1), "")
                params = {"row": leaf.number, "column": column, "value": leaf.rekening[-1]}
                problems.append(
                    Problem(
                        GROUP_MISMATCH, {**params, "expected": account_group}, row=leaf.number, column=column
                    )
                )
            lines.append(
                BudgetLine(
                    tahun_anggaran=year,
                    tahapan=phase,
                    periode=leaf.values.get("periode") or reporting.period_for_year(context.period, year),
                    kelompok_belanja=kelompok,
                    sumber_dana=leaf.values.get("sumber_dana"),
                    anggaran=anggaran,
                    realisasi=realisasi,
                    **fixed,
                )
            )
    problems.extend(Problem(message) for message in sorted(missing))
    if context.dataset_year is not None and years and context.dataset_year not in years:
        shown = ", ".join(str(year) for year in sorted(years))
        problems.append(Problem(OTHER_YEAR, {"value": shown, "year": context.dataset_year}))
    return lines, problems


def _kept_groups(leaf: SourceLine, account_group: str | None) -> list[tuple[Group, list[Decimal | None]]]:
    """The amount groups that become lines: per year, the spending groups with an amount, at least one."""
    by_year: dict[int | None, list[tuple[Group, list[Decimal | None]]]] = {}
    for group, pair in leaf.amounts.items():
        by_year.setdefault(group[0], []).append((group, pair))
    kept: list[tuple[Group, list[Decimal | None]]] = []
    for entries in by_year.values():
        if len(entries) == 1:
            kept.extend(entries)
            continue
        spent = [entry for entry in entries if any(entry[1])]
        own = [entry for entry in entries if entry[0][1] == account_group]
        kept.extend(spent or own[:1] or entries[:1])
    return kept


def _fixed_fields(leaf: SourceLine, names: Mapping[tuple[str, str], str], context: Context) -> dict[str, Any]:
    """Codes and names of the leaf and its ancestors, the same on every line of the leaf."""

    def name(level: str, code: str | None) -> str | None:
        return leaf.names.get(level) or (names.get((level, code)) if code else None)

    program = dict(zip(codes.PROGRAM_LEVELS, leaf.program, strict=False))
    skpd_code, skpd_name = leaf.skpd, name(SKPD, leaf.skpd)
    if skpd_code is None and skpd_name is None:
        skpd_code, skpd_name = context.unit_code, context.unit_name
    rekening = leaf.rekening[-1] if leaf.rekening else None
    return {
        "kode_skpd": skpd_code,
        "nama_skpd": skpd_name,
        **{f"kode_{level}": program.get(level) for level in codes.PROGRAM_LEVELS},
        **{f"nama_{level}": name(level, program.get(level)) for level in codes.PROGRAM_LEVELS},
        "kode_rekening": rekening,
        "uraian_rekening": name(REKENING, rekening),
    }
