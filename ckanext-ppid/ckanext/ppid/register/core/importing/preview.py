"""Read a register file into a preview: the entry point of the importer.

The preview holds everything the officer checks before the all-or-nothing commit: each row's values,
errors and warnings, how the columns were understood, the section headings, and file-level errors.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ckanext.ppid.law.markers import N_
from ckanext.ppid.law.problems import Problem
from ckanext.ppid.register.core.importing import vocabulary
from ckanext.ppid.register.core.importing.headers import ROW_NUMBER, ColumnMatch, Header, find_header
from ckanext.ppid.register.core.importing.html_reader import read_html
from ckanext.ppid.register.core.importing.imported_row import ImportedRow
from ckanext.ppid.register.core.importing.layout import Section, read_items
from ckanext.ppid.register.core.importing.rows import normalise_row
from ckanext.ppid.register.core.importing.sqldump_reader import read_sql_dump
from ckanext.ppid.tabular import sniffing
from ckanext.ppid.tabular.csv_reader import read_csv
from ckanext.ppid.tabular.tables import (
    DEFAULT_MAX_COLUMNS,
    Numbering,
    Table,
    UnreadableFile,
    check_width,
)
from ckanext.ppid.tabular.xlsx_reader import read_xlsx

# The formats a register is read from.
READABLE = ("csv", "xlsx", "html", "sql")
# A register with more items than this is split by the office into several imports.
DEFAULT_MAX_ROWS = 5000


@dataclass
class Preview:
    """What the officer sees before committing."""

    filename: str
    format: str | None = None
    sheet: str | None = None
    numbering: Numbering = "row"
    rows: list[ImportedRow] = field(default_factory=list)
    columns: list[ColumnMatch] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    errors: list[Problem] = field(default_factory=list)
    notes: list[Problem] = field(default_factory=list)

    @property
    def mapping(self) -> dict[str, str]:
        """Source header → field, for the columns that were understood."""
        return {
            column.header: column.field
            for column in self.columns
            if column.field and column.field != ROW_NUMBER
        }

    @property
    def unmatched(self) -> list[ColumnMatch]:
        """Columns with a header that maps to no field (ambiguous ones list their candidates)."""
        return [column for column in self.columns if column.field is None and column.header]

    @property
    def counts(self) -> dict[str, Any]:
        return {
            "rows": len(self.rows),
            "with_errors": sum(1 for row in self.rows if row.errors),
            "with_warnings": sum(1 for row in self.rows if row.warnings),
            "by_kategori": dict(
                Counter(row.values.get("kategori") for row in self.rows if row.values.get("kategori"))
            ),
        }

    @property
    def ok(self) -> bool:
        """True when the commit may go ahead: rows to import and no error anywhere."""
        return bool(self.rows) and not self.errors and not any(row.errors for row in self.rows)


def read_register_file(
    filename: str,
    data: bytes,
    defaults: Mapping[str, Any],
    *,
    max_bytes: int,
    max_rows: int = DEFAULT_MAX_ROWS,
    max_columns: int = DEFAULT_MAX_COLUMNS,
) -> Preview:
    """Read ``data`` (uploaded as ``filename``) into a preview; never raises for a bad file.

    :param defaults: field values for rows that lack them, e.g. ``{"kategori": "dikecualikan",
        "owner_org": "Dinas Kominfo"}`` chosen on the upload form.
    :param max_bytes: the largest upload accepted.
    :param max_rows: the most rows a sheet may have.
    :param max_columns: the most columns a sheet may have.
    """
    preview = Preview(filename)
    try:
        fmt = _check_file(filename, data, defaults, max_bytes)
        preview.format = fmt
        tables = _read(fmt, data, max_rows, max_columns)
        exempt = defaults.get("kategori") == "dikecualikan"
        found = [(table, header) for table in tables if (header := find_header(table, exempt)) is not None]
        if not found:
            raise UnreadableFile(
                N_("No header row was recognised: a row must name the columns, the title (judul) among them.")
            )
        table, header = found[0]
    except UnreadableFile as error:
        preview.errors.append(error.problem)
        return preview
    _fill(preview, table, header, defaults)
    return preview


def _check_file(filename: str, data: bytes, defaults: Mapping[str, Any], max_bytes: int) -> str:
    if not data.strip():
        raise UnreadableFile(N_("The file is empty."))
    if len(data) > max_bytes:
        raise UnreadableFile(
            N_("The file is {size} KB; the largest file accepted is {limit} KB."),
            size=len(data) // 1024 + 1,
            limit=max_bytes // 1024,
        )
    kategori = defaults.get("kategori")
    if kategori is not None and kategori not in vocabulary.category_codes():
        raise UnreadableFile(N_('Unknown default category "{value}".'), value=kategori)
    named = sniffing.extension_format(filename)
    content = sniffing.content_format(data)
    if named is None or named not in READABLE:
        raise UnreadableFile(
            N_('Files named "{filename}" cannot be imported: upload a CSV, XLSX, HTML or SQL file.'),
            filename=filename,
        )
    if content not in READABLE:
        raise UnreadableFile(
            N_("The file is named .{extension} but its content is {detected}, which cannot be imported."),
            extension=named,
            detected=sniffing.LABELS[content],
        )
    if content != named:
        raise UnreadableFile(
            N_("The file is named .{extension} but its content is {detected}: rename it or export it again."),
            extension=named,
            detected=sniffing.LABELS[content],
        )
    return content


def _read(fmt: str, data: bytes, max_rows: int, max_columns: int) -> list[Table]:
    if fmt == "xlsx":
        return read_xlsx(data, max_rows, max_columns)
    if fmt == "csv":
        return [read_csv(data, max_rows, max_columns)]
    tables = read_html(data, max_rows) if fmt == "html" else read_sql_dump(data, max_rows)
    for table in tables:
        check_width(table.width, max_columns)
    return tables


def _fill(preview: Preview, table: Table, header: Header, defaults: Mapping[str, Any]) -> None:
    preview.sheet = table.name or None
    preview.numbering = table.numbering
    preview.notes = list(table.notes)
    preview.columns = list(header.columns)
    drafts, preview.sections = read_items(table, header)
    preview.rows = [normalise_row(draft, defaults) for draft in drafts]
    if not preview.rows:
        preview.errors.append(Problem(N_("The file has a header but no rows below it.")))
