"""Read the data rows of a budget sheet: codes by level, names, amounts per column group, row values.

Each row becomes a :class:`SourceLine`, whether it is a line, a subtotal or the "Jumlah" row:
:mod:`hierarchy` tells them apart. Problems name the row as the uploader sees it and the column's label.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from ckanext.ppid.budget.core import codes, reporting, spending
from ckanext.ppid.budget.core.amounts import AmountError, parse_amount
from ckanext.ppid.budget.core.columns import CODE_TARGETS, ColumnRole, Group
from ckanext.ppid.budget.core.headers import ANGGARAN, KODE, MEASURES, URAIAN
from ckanext.ppid.law.markers import N_
from ckanext.ppid.law.problems import Problem
from ckanext.ppid.tabular.tables import SourceRow

SKPD = "skpd"
REKENING = "rekening"
# Levels that carry a name, top down; a row's "Uraian" names the deepest one it has a code for.
NAME_LEVELS = (
    codes.URUSAN,
    codes.BIDANG_URUSAN,
    SKPD,
    codes.PROGRAM,
    codes.KEGIATAN,
    codes.SUB_KEGIATAN,
    REKENING,
)
NAME_COLUMNS = {
    "nama_urusan": codes.URUSAN,
    "nama_bidang_urusan": codes.BIDANG_URUSAN,
    "nama_skpd": SKPD,
    "nama_program": codes.PROGRAM,
    "nama_kegiatan": codes.KEGIATAN,
    "nama_sub_kegiatan": codes.SUB_KEGIATAN,
    "uraian_rekening": REKENING,
}
PROGRAM_CODE_COLUMNS = {
    "kode_urusan": codes.URUSAN,
    "kode_bidang_urusan": codes.BIDANG_URUSAN,
    "kode_program": codes.PROGRAM,
    "kode_kegiatan": codes.KEGIATAN,
    "kode_sub_kegiatan": codes.SUB_KEGIATAN,
}
# How messages name the levels (the nomenclature's own words).
LEVEL_WORDS = {
    codes.URUSAN: "urusan",
    codes.BIDANG_URUSAN: "bidang urusan",
    codes.PROGRAM: "program",
    codes.KEGIATAN: "kegiatan",
    codes.SUB_KEGIATAN: "sub kegiatan",
    REKENING: "rekening",
}
TOTAL_LABEL = re.compile(r"^\s*(?:sub\s*-?\s*|grand\s+)?(?:jumlah|total)\b", re.IGNORECASE)

NOT_AN_AMOUNT = N_('Row {row}, column "{column}": "{value}" is not an amount in rupiah.')
NOT_A_CODE = N_(
    'Row {row}, column "{column}": "{value}" is not a budget code '
    "(urusan, bidang, program, kegiatan, sub kegiatan, rekening or organisation)."
)
WRONG_LEVEL = N_('Row {row}, column "{column}": "{value}" is not a {level} code.')
NOT_UNDER = N_('Row {row}: code "{value}" does not lie under "{parent}" given in the same row.')
NOT_A_YEAR = N_('Row {row}, column "{column}": "{value}" is not a fiscal year.')
NOT_A_PHASE = N_(
    'Row {row}, column "{column}": "{value}" is not a budget phase (murni, pergeseran, perubahan, realisasi).'
)
NOT_A_PERIOD = N_(
    'Row {row}, column "{column}": "{value}" is not a reporting period (a month, quarter, semester or year).'
)
NOT_A_GROUP = N_(
    'Row {row}, column "{column}": "{value}" is not a spending group '
    "(operasi, modal, tidak terduga, transfer)."
)


@dataclass(slots=True)
class SourceLine:
    """One data row as understood, before the hierarchy says whether it is a line or a subtotal."""

    number: int
    program: tuple[str, ...] = ()  # the program chain, urusan first
    rekening: tuple[str, ...] = ()  # the account chain, akun first
    skpd: str | None = None  # organisation code
    names: dict[str, str] = field(default_factory=dict)  # level -> name given in this row
    label: str = ""  # the row's own name (the deepest one)
    amounts: dict[Group, list[Decimal | None]] = field(default_factory=dict)  # group -> [anggaran, realisasi]
    values: dict[str, Any] = field(default_factory=dict)  # tahun_anggaran, tahapan, periode, ...
    is_total: bool = False

    @property
    def has_code(self) -> bool:
        return bool(self.program or self.rekening or self.skpd)


def read_row(
    row: SourceRow, roles: tuple[ColumnRole, ...], year: int | None
) -> tuple[SourceLine, list[Problem]]:
    """The row's line and its problems; ``year`` completes periods written without one ("Juli").

    :param roles: the columns that fill a target.
    """
    line = SourceLine(row.number)
    problems: list[Problem] = []
    program_codes: list[str] = []
    account_codes: list[str] = []
    uraian = ""
    cells = row.cells
    width = len(cells)
    for role in roles:
        text = cells[role.index].text.strip() if role.index < width else ""
        if not text:
            continue
        target = role.target
        if target in MEASURES:
            try:
                amount = parse_amount(text)
            except AmountError:
                problems.append(_problem(NOT_AN_AMOUNT, row, role, text))
                continue
            pair = line.amounts.setdefault(role.group, [None, None])
            pair[0 if target == ANGGARAN else 1] = amount
        elif target in CODE_TARGETS:
            if wrong := _read_code(row, role, text, program_codes, account_codes, line):
                problems.append(wrong)
        elif target == URAIAN:
            uraian = uraian or " ".join(text.split())
        elif target in NAME_COLUMNS:
            line.names[NAME_COLUMNS[target]] = " ".join(text.split())
        elif message := _read_value(target, text, year, line):
            problems.append(_problem(message, row, role, text))
    line.program = _chain(program_codes, codes.program_chain, row.number, problems)
    line.rekening = _chain(account_codes, codes.rekening_chain, row.number, problems)
    if not line.rekening and (name := line.names.get(REKENING) or (uraian if not line.has_code else "")):
        known = spending.by_name(name)
        line.rekening = codes.rekening_chain(known.code) or () if known else ()
    deepest = _deepest_level(line)
    if uraian and deepest and deepest not in line.names:
        line.names[deepest] = uraian
    line.label = (
        uraian or (line.names.get(deepest) if deepest else None) or next(iter(line.names.values()), "")
    )
    line.is_total = not line.has_code and bool(TOTAL_LABEL.match(line.label))
    return line, problems


def _problem(message: str, row: SourceRow, role: ColumnRole, text: str, **params: str) -> Problem:
    """A problem of the cell of ``role`` in ``row`` that holds ``text``."""
    return Problem(
        message,
        {"row": row.number, "column": role.label, "value": text, **params},
        row=row.number,
        column=role.label,
    )


def _read_code(
    row: SourceRow,
    role: ColumnRole,
    text: str,
    program_codes: list[str],
    account_codes: list[str],
    line: SourceLine,
) -> Problem | None:
    """Put the cell's code where it belongs; the problem of a wrong one."""
    target = role.target
    code = codes.normalise(text)
    if target == "kode_skpd":
        line.skpd = line.skpd or code
    elif target == "kode_rekening":
        if codes.rekening_chain(code) is None:
            return _problem(WRONG_LEVEL, row, role, text, level=LEVEL_WORDS[REKENING])
        account_codes.append(code)
    elif target == KODE:
        kind = codes.classify(code)
        if kind is None:
            return _problem(NOT_A_CODE, row, role, text)
        if kind[0] == "program":
            program_codes.append(code)
        elif kind[0] == "rekening":
            account_codes.append(code)
        else:
            line.skpd = line.skpd or code
    else:
        level = PROGRAM_CODE_COLUMNS[target]
        if codes.program_level(code) != level:
            return _problem(WRONG_LEVEL, row, role, text, level=LEVEL_WORDS[level])
        program_codes.append(code)
    return None


def _chain(found: list[str], chain_of: Any, row: int, problems: list[Problem]) -> tuple:
    """The chain of the deepest code, checked against the other codes of the row (parent-child)."""
    if not found:
        return ()
    if len(found) == 1:
        return chain_of(found[0])
    chains = [(chain_of(code), code) for code in found]
    deepest = max((chain for chain, _ in chains), key=len)
    for chain, code in chains:
        if not codes.same_code(deepest[len(chain) - 1], code):
            problems.append(Problem(NOT_UNDER, {"row": row, "value": deepest[-1], "parent": code}, row=row))
    return deepest


def _deepest_level(line: SourceLine) -> str | None:
    """The level a row's "Uraian" names: its account, else its program chain below the bidang, else
    its SKPD (SIPD's SKPD row carries its bidang code too), else its urusan or bidang."""
    if line.rekening:
        return REKENING
    if line.program and len(line.program) > 2:
        return codes.PROGRAM_LEVELS[len(line.program) - 1]
    if line.skpd or SKPD in line.names:
        return SKPD
    if line.program:
        return codes.PROGRAM_LEVELS[len(line.program) - 1]
    return None


def _read_value(target: str, text: str, year: int | None, line: SourceLine) -> str | None:
    """Put a row value (year, phase, period, group, source of funds) on the line; the message if wrong."""
    if target == "tahun_anggaran":
        value: Any = reporting.parse_year(text)
        message = NOT_A_YEAR
    elif target == "tahapan":
        value, message = reporting.parse_phase(text), NOT_A_PHASE
    elif target == "periode":
        row_year = line.values.get("tahun_anggaran") or year
        value, message = reporting.parse_period(text, row_year), NOT_A_PERIOD
    elif target == "kelompok_belanja":
        value, message = spending.group_value(text), NOT_A_GROUP
    else:  # sumber_dana
        value, message = " ".join(text.split()), ""
    if value is None:
        return message
    line.values[target] = value
    return None
