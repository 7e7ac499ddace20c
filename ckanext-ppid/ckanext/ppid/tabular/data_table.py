"""A sheet's rows as a table the DataStore can hold: the first non-blank row names the columns, the rows
after it are the records, every value text. Column names are made valid and unique for PostgreSQL (at most
63 characters, no leading underscore, no double quote); blank rows are left out."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ckanext.ppid.tabular.tables import Table

MAX_NAME = 63
UNSAFE = re.compile(r'["\x00-\x1f]+')


@dataclass(frozen=True)
class DataTable:
    columns: tuple[str, ...]
    records: list[dict[str, str]]


def column_names(header: list[str]) -> tuple[str, ...]:
    names: list[str] = []
    for number, text in enumerate(header, start=1):
        name = " ".join(UNSAFE.sub(" ", text).split()).lstrip("_ ")[:MAX_NAME] or f"kolom {number}"
        candidate, copy = name, 2
        while candidate in names:
            suffix = f" ({copy})"
            candidate, copy = name[: MAX_NAME - len(suffix)] + suffix, copy + 1
        names.append(candidate)
    return tuple(names)


def data_table(table: Table) -> DataTable | None:
    """The table's header and records; None for a table without a header or without records."""
    rows = [row for row in table.rows if not row.is_blank]
    if len(rows) < 2:
        return None
    width = table.width
    columns = column_names([rows[0].text(index) for index in range(width)])
    records = [{name: row.text(index) for index, name in enumerate(columns)} for row in rows[1:]]
    return DataTable(columns, records)
