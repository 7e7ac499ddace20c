"""Tell lines from subtotals by the code hierarchy, and check every total the file gives.

A row is a subtotal when another row lies under it: every code the subtotal has (urusan, bidang, SKPD,
program, kegiatan, sub kegiatan, each account level) is the same in the other row, which has more. So
SIPD's "2.16.01" program row sums the rows of its kegiatan, and account "5.1.02" the accounts
"5.1.02.01...". Rows are grouped by which codes they have (their shape, a handful per file), so
finding subtotals costs a few dictionary look-ups per row, in any row order. A "Jumlah"/"Total" row
without a code totals the lines above it (or those since the previous such row).

Only the leaves become lines; each subtotal and total is compared with the sum of its leaves, per
amount column, and a difference of more than one rupiah is an error of that row.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache, lru_cache
from typing import Any

from ckanext.ppid.budget.core import codes
from ckanext.ppid.budget.core.amounts import format_amount
from ckanext.ppid.budget.core.columns import Group
from ckanext.ppid.budget.core.rows import REKENING, SKPD, SourceLine
from ckanext.ppid.law.markers import N_
from ckanext.ppid.law.problems import Problem

# Key positions: urusan, bidang, SKPD, program, kegiatan, sub kegiatan, six account levels, and the
# row's name for rows without any code.
PROGRAM_POSITIONS = (0, 1, 3, 4, 5)
SKPD_POSITION = 2
REKENING_START = 6
NAME_POSITION = REKENING_START + codes.REKENING_DEPTH
KEY_LENGTH = NAME_POSITION + 1
TOLERANCE = Decimal("1")

MISMATCH = N_(
    'Row {row}, column "{column}": the total {value} is not the sum of the lines under it ({expected}).'
)
NO_CODE = N_("Row {row} has amounts but no code: give the line's code, or remove the row if it is a heading.")

Key = tuple[Any, ...]
Sums = dict[Group, list[Decimal]]


@dataclass
class Arrangement:
    leaves: list[SourceLine] = field(default_factory=list)
    names: dict[tuple[str, str], str] = field(default_factory=dict)  # (level, code) -> name
    problems: list[Problem] = field(default_factory=list)
    checked: int = 0  # subtotal and total rows compared with their leaves
    subtotals: int = 0  # rows that are not lines


def arrange(
    lines: list[SourceLine], labels: Mapping[tuple[Group, int], str], coded: bool, check: bool = True
) -> Arrangement:
    """Split ``lines`` (in file order) into leaves and checked subtotals.

    :param labels: the column label of each (group, measure) amount, measure 0 anggaran, 1 realisasi.
    :param coded: the file has code columns, so a row with amounts needs a code.
    :param check: compare totals with their lines; not when rows are wrong already (their errors would
        only be repeated by every total above them).
    """
    result = Arrangement(names=_names(lines))
    keyed = [(line, *_key_and_shape(line)) for line in lines if not line.is_total]
    by_shape: dict[int, dict[Key, list[SourceLine]]] = {}
    for line, key, shape in keyed:
        by_shape.setdefault(shape, {}).setdefault(key, []).append(line)
    shapes = frozenset(by_shape)
    subtotal_rows: set[int] = set()
    for _, key, shape in keyed:
        for smaller in _smaller_shapes(shape, shapes):
            for parent in by_shape[smaller].get(_restrict(key, smaller), ()):
                subtotal_rows.add(parent.number)
    sums: dict[tuple[int, Key], Sums] = {}
    subtotal_shapes = frozenset(shape for line, _, shape in keyed if line.number in subtotal_rows)
    for line, key, shape in keyed:
        if line.number in subtotal_rows or not line.amounts:
            continue
        if coded and not line.has_code:
            result.problems.append(Problem(NO_CODE, {"row": line.number}, row=line.number))
        result.leaves.append(line)
        for smaller in _smaller_shapes(shape, subtotal_shapes):
            _add(sums.setdefault((smaller, _restrict(key, smaller)), {}), line.amounts)
    problems = result.problems if check else []
    for line, key, shape in keyed:
        if line.number in subtotal_rows:
            result.subtotals += 1
            result.checked += _check(line, sums.get((shape, key), {}), labels, problems)
    if any(line.is_total for line in lines):
        _check_totals(lines, subtotal_rows, labels, result, problems)
    if not check:
        result.checked = 0
    return result


def _key_and_shape(line: SourceLine) -> tuple[Key, int]:
    key: list[Any] = [None] * KEY_LENGTH
    for position, code in zip(PROGRAM_POSITIONS, line.program, strict=False):
        key[position] = code
    for offset, code in enumerate(line.rekening):
        key[REKENING_START + offset] = code
    if line.skpd:
        key[SKPD_POSITION] = line.skpd
    elif SKPD in line.names:
        key[SKPD_POSITION] = "=" + line.names[SKPD].casefold()
    if not any(key):
        key[NAME_POSITION] = line.label.casefold()
    shape = sum(1 << position for position, value in enumerate(key) if value is not None)
    return tuple(key), shape


@cache
def _positions(shape: int) -> tuple[int, ...]:
    return tuple(position for position in range(KEY_LENGTH) if shape >> position & 1)


def _restrict(key: Key, shape: int) -> Key:
    restricted: list[Any] = [None] * KEY_LENGTH
    for position in _positions(shape):
        restricted[position] = key[position]
    return tuple(restricted)


@lru_cache(maxsize=4096)
def _smaller_shapes(shape: int, shapes: frozenset[int]) -> tuple[int, ...]:
    return tuple(other for other in shapes if other != shape and other & shape == other)


def _add(sums: Sums, amounts: Mapping[Group, list[Decimal | None]]) -> None:
    for group, pair in amounts.items():
        total = sums.setdefault(group, [Decimal(0), Decimal(0)])
        for measure, amount in enumerate(pair):
            if amount is not None:
                total[measure] += amount


def _check(
    line: SourceLine,
    sums: Sums,
    labels: Mapping[tuple[Group, int], str],
    problems: list[Problem],
) -> int:
    """Compare each amount of a subtotal or total row with the sum of its leaves; 1 when it had any."""
    compared = 0
    for group, pair in line.amounts.items():
        for measure, given in enumerate(pair):
            if given is None:
                continue
            compared = 1
            expected = sums.get(group, [Decimal(0), Decimal(0)])[measure]
            if abs(given - expected) > TOLERANCE:
                column = labels.get((group, measure), "")
                params = {
                    "row": line.number,
                    "column": column,
                    "value": format_amount(given),
                    "expected": format_amount(expected),
                }
                problems.append(Problem(MISMATCH, params, row=line.number, column=column))
    return compared


def _check_totals(
    lines: list[SourceLine],
    subtotal_rows: set[int],
    labels: Mapping[tuple[Group, int], str],
    result: Arrangement,
    problems: list[Problem],
) -> None:
    """A "Jumlah" row totals all lines above it, or (a section total) those since the previous one."""
    everything: Sums = {}
    section: Sums = {}
    for line in lines:
        if line.is_total:
            result.subtotals += 1
            found: list[Problem] = []
            compared = _check(line, everything, labels, found)
            in_section: list[Problem] = []
            if found and (_check(line, section, labels, in_section) and not in_section):
                found = []
            problems.extend(found)
            result.checked += compared
            section = {}
        elif line.number not in subtotal_rows and line.amounts:
            _add(everything, line.amounts)
            _add(section, line.amounts)


def _names(lines: Iterable[SourceLine]) -> dict[tuple[str, str], str]:
    """The name of every code some row names, for the lines below subtotal rows."""
    names: dict[tuple[str, str], str] = {}
    for line in lines:
        for level, name in line.names.items():
            code = _code_at(line, level)
            if code is not None:
                names.setdefault((level, code), name)
    return names


def _code_at(line: SourceLine, level: str) -> str | None:
    if level == SKPD:
        return line.skpd
    if level == REKENING:
        return line.rekening[-1] if line.rekening else None
    depth = codes.PROGRAM_LEVELS.index(level)
    return line.program[depth] if depth < len(line.program) else None
