"""The DataStore table of a budget resource: the normalised columns, so CKAN's Data API (``datastore_search``)
answers on every imported file.

The table is created by ``datastore_create`` (fields only, no primary key); its records are replaced in one
transaction of the DataStore database (DELETE, then the new records, with the ``_full_text`` the
DataStore's search uses), so a reader sees the old records or the new ones, never a mix.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager

import ckan.plugins.toolkit as tk
import sqlalchemy as sa

from ckanext.datastore.backend import DatastoreBackend
from ckanext.datastore.backend.postgres import get_write_engine, identifier
from ckanext.ppid.budget.core.table_format import COLUMN_NAMES, COLUMNS, BudgetLine
from ckanext.ppid.budget.lines import copy_rows, values_of
from ckanext.ppid.notifications import mail
from ckanext.ppid.shell.site_context import site_context

# Lines are copied into a temporary table, then inserted with their full-text vector computed in one
# statement; the DataStore's own trigger computes it row by row through JSON (6 s against 4 s for 100,000
# lines).
SQL_TYPES = {"int": "integer", "text": "text", "numeric": "numeric"}
STAGING = "ppid_budget_staged"
STAGING_COLUMNS = ", ".join(f'"{column.name}" {SQL_TYPES[column.type]}' for column in COLUMNS)
NAMES = ", ".join(f'"{name}"' for name in COLUMN_NAMES)
FULL_TEXT = "to_tsvector(concat_ws(' ', " + ", ".join(f'"{name}"::text' for name in COLUMN_NAMES) + "))"
INSERT_STAGED = f"INSERT INTO {{table}} ({NAMES}, _full_text) SELECT {NAMES}, {FULL_TEXT} FROM {STAGING}"  # noqa: S608


def fields() -> list[dict]:
    """The DataStore fields: the normalised columns, labelled in the site's language."""
    with mail.site_language():
        return [
            {"id": column.name, "type": column.type, "info": {"label": tk._(column.label)}}
            for column in COLUMNS
        ]


def ensure_table(resource_id: str) -> None:
    """Create the resource's DataStore table with the normalised fields unless it has them already.

    A table of another shape (written by someone else, or by an older format) is dropped first.
    """
    if DatastoreBackend.get_active_backend().resource_exists(resource_id):
        info = tk.get_action("datastore_info")(site_context(), {"id": resource_id})
        if tuple(field["id"] for field in info["fields"]) == COLUMN_NAMES:
            return
        tk.get_action("datastore_delete")(site_context(), {"resource_id": resource_id, "force": True})
    tk.get_action("datastore_create")(
        site_context(), {"resource_id": resource_id, "force": True, "fields": fields()}
    )


def add_preview(resource_id: str) -> None:
    """Give the resource the default views a DataStore table gets (``ckan.views.default_views``: the table
    preview, ``datatables_view``) unless it has them; views are created as the system, and read as the
    visitor (a private dataset's preview stays private)."""
    resource = tk.get_action("resource_show")(site_context(), {"id": resource_id})
    tk.get_action("resource_create_default_resource_views")(
        site_context(), {"resource": resource, "create_datastore_views": True}
    )


@contextmanager
def replacing(resource_id: str, lines: Sequence[BudgetLine]) -> Iterator[None]:
    """Replace the table's records with ``lines``, committed when the ``with`` block ends without error."""
    table = identifier(resource_id)
    with get_write_engine().connect() as connection:
        transaction = connection.begin()
        try:
            connection.execute(sa.text(f"CREATE TEMP TABLE {STAGING} ({STAGING_COLUMNS}) ON COMMIT DROP"))
            copy_rows(connection, STAGING, COLUMN_NAMES, (values_of(line) for line in lines))
            connection.execute(sa.text(f"DELETE FROM {table}"))  # noqa: S608 (quoted by the DataStore)
            connection.execute(sa.text(INSERT_STAGED.format(table=table)))
            # The DataStore caches row counts; without an entry it counts again when asked.
            connection.execute(
                sa.text('DELETE FROM "_table_stats" WHERE resource_id = :id'), {"id": resource_id}
            )
            yield
        except BaseException:
            transaction.rollback()
            raise
        transaction.commit()
