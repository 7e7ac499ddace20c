"""Read a budget file (CSV, XLSX or JSON) into leaf lines of the normalised table: the core's entry point.

The CKAN shell calls :func:`read_budget_file` in the import job and for the column-mapping preview; it
stores ``lines`` only when ``problems`` is empty, so a wrong file changes nothing.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from ckanext.ppid.budget.core import reporting
from ckanext.ppid.budget.core.columns import CODE_TARGETS, Resolution, resolve_columns
from ckanext.ppid.budget.core.headers import ANGGARAN, MEASURES, measure_from_context
from ckanext.ppid.budget.core.hierarchy import arrange
from ckanext.ppid.budget.core.json_shapes import read_json
from ckanext.ppid.budget.core.layout import Layout, find_layout
from ckanext.ppid.budget.core.lines import Context, build_lines
from ckanext.ppid.budget.core.rows import SourceLine, read_row
from ckanext.ppid.budget.core.table_format import PHASES, BudgetLine
from ckanext.ppid.law.markers import N_
from ckanext.ppid.law.problems import Problem
from ckanext.ppid.tabular import sniffing
from ckanext.ppid.tabular.csv_reader import read_csv
from ckanext.ppid.tabular.tables import DEFAULT_MAX_COLUMNS, SourceRow, Table, UnreadableFile, check_width
from ckanext.ppid.tabular.xlsx_reader import read_xlsx

# The most rows a sheet may have (a province's full APBD at account level has some 100,000).
MAX_ROWS = 500_000
# Problems beyond this are counted, not listed: a wrong file need not be described line by line.
MAX_PROBLEMS = 500
SAMPLES = 3
SAMPLE_ROWS = 200

EMPTY = N_("The file is empty.")
NOT_READABLE = N_(
    "The file is {detected}, which cannot be read: save it as XLSX or CSV, or export it as JSON."
)
NO_TABLE = N_("The file holds no table: no row has two or more cells.")
NO_AMOUNT_COLUMN = N_("No column holds amounts: map a column to anggaran or realisasi.")
NO_LABEL_COLUMN = N_("No column holds codes or names: map a column to a code (kode) or a name (uraian).")
BAD_PHASE = N_(
    'The budget phase "{value}" of the dataset is not one of murni, pergeseran, perubahan, realisasi.'
)
BAD_PERIOD = N_(
    'The reporting period "{value}" of the dataset is not a month (2026-07), quarter (2026-Q2), '
    "semester (2026-S1) or year (2026)."
)
MORE_PROBLEMS = N_("{count} more problems are not listed.")

__all__ = [
    "BudgetImport",
    "BudgetLine",
    "ImportDefaults",
    "SourceColumn",
    "UnreadableFile",
    "read_budget_file",
]


@dataclass(frozen=True)
class ImportDefaults:
    """What the dataset says, used where the file does not say it."""

    fiscal_year: int | None
    phase: str | None  # murni | pergeseran | perubahan | realisasi
    period: str | None  # "2026-07" (month), "2026-Q2", "2026-S1", "2026" (year): the reporting period end
    unit_code: str | None  # kode_skpd of the owning OPD, when known
    unit_name: str | None


@dataclass(frozen=True)
class SourceColumn:
    """A column of the source file and how it was understood.

    ``label`` is the header as written (rows of a merged header joined with " / "; repeated labels get
    " (2)", " (3)"...), unique in the file: the key of a mapping. ``column`` is the normalised column it
    fills, or None. A measure column may stand for one fiscal year (Tangerang Selatan's "2021", "2022") or
    one spending group (SIPD's "Operasi / Anggaran"): ``year`` and ``kelompok_belanja`` say so.
    """

    label: str
    column: str | None
    samples: tuple[str, ...] = ()
    year: int | None = None
    kelompok_belanja: str | None = None


@dataclass(frozen=True)
class BudgetImport:
    lines: tuple[BudgetLine, ...]  # leaf lines only, ready to store; empty when problems is not empty
    problems: tuple[Problem, ...]  # per-row errors
    notices: tuple[Problem, ...]  # warnings that do not stop the import (e.g. read as cp1252)
    columns: tuple[SourceColumn, ...]  # every source column
    needs_mapping: bool  # required columns unmatched: the uploader must map columns
    checked_totals: int  # subtotal/total rows of the file checked against their leaves
    skipped_subtotals: int  # rows recognised as subtotals (not stored as lines)


def read_budget_file(
    data: bytes,
    filename: str,
    defaults: ImportDefaults,
    mapping: Mapping[str, str] | None = None,
    max_columns: int = DEFAULT_MAX_COLUMNS,
) -> BudgetImport:
    """Read ``data`` (uploaded as ``filename``) into leaf lines, or say per row what is wrong.

    :param mapping: source column label -> normalised column name ("" to ignore the column); labels it
        does not name are matched automatically.
    :param max_columns: the most columns the file may have.
    :raises UnreadableFile: the file cannot be read at all (empty, not CSV, XLSX or JSON, invalid JSON,
        no row of two cells).
    """
    table, layout = _read_table(data, filename, max_columns)
    context, problems = _context(defaults, layout.title)
    measure = measure_from_context(layout.title, context.phase)
    resolution = resolve_columns(layout, mapping, measure)
    rows = [row for row in table.rows[layout.data_start :] if not row.is_blank]
    columns = _source_columns(resolution, rows)
    notices = [Problem(note.message, note.params) for note in table.notes]
    notices += resolution.notices
    problems += resolution.problems
    if not resolution.complete:
        targets = {role.target for role in resolution.roles}
        missing = NO_LABEL_COLUMN if targets & set(MEASURES) else NO_AMOUNT_COLUMN
        problems.append(Problem(missing))
        return BudgetImport((), _listed(problems), tuple(notices), columns, True, 0, 0)
    sources: list[SourceLine] = []
    active = tuple(role for role in resolution.roles if role.target is not None)
    for row in rows:
        source, row_problems = read_row(row, active, context.fiscal_year)
        problems += row_problems
        if source.amounts or source.has_code or source.is_total:
            sources.append(source)
    labels = {
        (role.group, 0 if role.target == ANGGARAN else 1): role.label
        for role in resolution.roles
        if role.is_amount
    }
    coded = any(role.target in CODE_TARGETS for role in resolution.roles)
    arrangement = arrange(sources, labels, coded, check=not problems)
    lines, line_problems = build_lines(arrangement.leaves, arrangement.names, context, labels)
    problems += [*arrangement.problems, *line_problems]
    return BudgetImport(
        lines=() if problems else tuple(lines),
        problems=_listed(problems),
        notices=tuple(notices),
        columns=columns,
        needs_mapping=False,
        checked_totals=arrangement.checked,
        skipped_subtotals=arrangement.subtotals,
    )


def _context(defaults: ImportDefaults, title: str) -> tuple[Context, list[Problem]]:
    """The dataset's values, checked; the title's year ("TAHUN ANGGARAN 2026") is the file's own."""
    problems: list[Problem] = []
    phase = defaults.phase
    if phase is not None and phase not in PHASES:
        problems.append(Problem(BAD_PHASE, {"value": phase}))
        phase = None
    period = defaults.period
    if period is not None and not reporting.is_period(period):
        problems.append(Problem(BAD_PERIOD, {"value": period}))
        period = None
    year = reporting.parse_year(title) or defaults.fiscal_year
    context = Context(year, defaults.fiscal_year, phase, period, defaults.unit_code, defaults.unit_name)
    return context, problems


def _read_table(data: bytes, filename: str, max_columns: int) -> tuple[Table, Layout]:
    """The first table with a header: of the XLSX sheets in order, or of the CSV or JSON text."""
    if not data.strip():
        raise UnreadableFile(EMPTY)
    content = sniffing.content_format(data)
    if content == "xlsx":
        tables = read_xlsx(data, MAX_ROWS, max_columns)
    elif content != "csv":
        raise UnreadableFile(NOT_READABLE, detected=sniffing.LABELS[content])
    elif sniffing.extension_format(filename) == "json" or data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] in (
        b"[",
        b"{",
    ):
        tables = [read_json(data)]
        check_width(tables[0].width, max_columns)
    else:
        tables = [read_csv(data, MAX_ROWS, max_columns)]
    found = [(table, layout) for table in tables if (layout := find_layout(table)) is not None]
    if not found:
        raise UnreadableFile(NO_TABLE)
    return next(((table, layout) for table, layout in found if layout.recognised), found[0])


def _source_columns(resolution: Resolution, rows: list[SourceRow]) -> tuple[SourceColumn, ...]:
    """Every column with what it fills and its first distinct values (for the mapping screen)."""
    columns = []
    for role in resolution.roles:
        samples: list[str] = []
        for row in rows[:SAMPLE_ROWS]:
            text = row.text(role.index).strip()
            if text and text not in samples:
                samples.append(text)
                if len(samples) == SAMPLES:
                    break
        year, group = role.group
        columns.append(SourceColumn(role.label, role.target, tuple(samples), year, group))
    return tuple(columns)


def _listed(problems: list[Problem]) -> tuple[Problem, ...]:
    """File problems first, then by row; beyond ``MAX_PROBLEMS`` only a count."""
    ordered = sorted(problems, key=lambda problem: problem.row or 0)
    if len(ordered) <= MAX_PROBLEMS:
        return tuple(ordered)
    rest = len(ordered) - MAX_PROBLEMS
    return (*ordered[:MAX_PROBLEMS], Problem(MORE_PROBLEMS, {"count": rest}))
