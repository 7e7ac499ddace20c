"""The stored lines of budget resources (table ``ppid_budget_line``): a resource's lines are replaced whole.

Lines are written with PostgreSQL's COPY in the caller's transaction (100,000 lines in about a second);
nothing is committed here.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from decimal import Decimal
from operator import attrgetter
from typing import Any

import sqlalchemy as sa
from ckan import model

from ckanext.ppid.budget.core.table_format import COLUMN_NAMES, BudgetLine
from ckanext.ppid.budget.model.lines import TABLE_NAME, BudgetLineRow

# The table's names for the columns the normalised format names in Indonesian; the others are the same.
STORED_AS = {"tahun_anggaran": "fiscal_year", "tahapan": "phase", "periode": "period"}
LINE_COLUMNS = tuple(STORED_AS.get(name, name) for name in COLUMN_NAMES)
# A line's values in the order of COLUMN_NAMES (dataclasses.astuple deep-copies: too slow for 100,000).
values_of = attrgetter(*COLUMN_NAMES)


def copy_rows(
    connection: sa.Connection, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]
) -> None:
    """COPY ``rows`` into ``table`` (a quoted identifier) on ``connection``; None and "" become NULL."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerows(rows)
    buffer.seek(0)
    names = ", ".join(f'"{column}"' for column in columns)
    with connection.connection.cursor() as cursor:
        cursor.copy_expert(f"COPY {table} ({names}) FROM STDIN WITH (FORMAT csv)", buffer)


def replace_lines(resource_id: str, package_id: str, owner_org: str, lines: Sequence[BudgetLine]) -> None:
    """Make ``lines`` the resource's only stored lines (in the session's transaction, uncommitted)."""
    connection = model.Session.connection()
    delete_lines([resource_id])
    owner = (resource_id, package_id, owner_org)
    copy_rows(
        connection,
        TABLE_NAME,
        ("resource_id", "package_id", "owner_org", *LINE_COLUMNS),
        ((*owner, *values_of(line)) for line in lines),
    )


def delete_lines(resource_ids: Sequence[str]) -> None:
    """Remove the stored lines of these resources (in the session's transaction, uncommitted)."""
    if resource_ids:
        model.Session.execute(sa.delete(BudgetLineRow).where(BudgetLineRow.resource_id.in_(resource_ids)))


def move_to_organization(package_id: str, owner_org: str) -> None:
    """The lines of a dataset that moved to another OPD follow it."""
    model.Session.execute(
        sa.update(BudgetLineRow)
        .where(BudgetLineRow.package_id == package_id, BudgetLineRow.owner_org != owner_org)
        .values(owner_org=owner_org)
    )


def slices(lines: Iterable[BudgetLine]) -> list[dict[str, Any]]:
    """The (fiscal year, phase, period) the lines cover, each once, in order, with the sums of their
    amounts (text, exact; None where no line has one): the comparison across OPDs reads these."""
    sums: dict[tuple[int, str, str], list[Decimal | None]] = {}
    for line in lines:
        found = sums.setdefault((line.tahun_anggaran, line.tahapan, line.periode), [None, None])
        for index, value in enumerate((line.anggaran, line.realisasi)):
            if value is not None:
                found[index] = value if found[index] is None else found[index] + value
    return [
        {
            "fiscal_year": year,
            "phase": phase,
            "period": period,
            "anggaran": None if anggaran is None else str(anggaran),
            "realisasi": None if realisasi is None else str(realisasi),
        }
        for (year, phase, period), (anggaran, realisasi) in sorted(sums.items())
    ]
