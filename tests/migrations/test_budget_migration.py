"""The budget migration adds its two tables to a database that holds datasets, and going back removes only
them."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from ckan import model
from ckan.tests import factories

from ckanext.ppid.shell.migrations import migrate

pytestmark = pytest.mark.usefixtures("with_plugins")

BEFORE = "a9c4e2f7b318"
BUDGET = "28465a8bf3eb"


def _run(sql: str, **params) -> None:
    with model.ensure_engine().begin() as connection:
        connection.execute(sa.text(sql), params)


def _rows(sql: str) -> list[tuple]:
    with model.ensure_engine().connect() as connection:
        return [tuple(row) for row in connection.execute(sa.text(sql))]


def _tables() -> set[str]:
    return set(sa.inspect(model.ensure_engine()).get_table_names())


def test_budget_tables_come_and_go_around_existing_datasets(clean_db, clean_index):
    unit = factories.Organization()
    dataset = factories.Dataset(owner_org=unit["id"], resources=[{"url": "http://example.com/lra.csv"}])
    resource_id = dataset["resources"][0]["id"]
    model.Session.remove()
    migrate("ppid", BEFORE, downgrade=True)
    try:
        assert not {"ppid_budget_line", "ppid_budget_import"} & _tables()

        migrate("ppid", BUDGET)

        _run(
            "INSERT INTO ppid_budget_import (resource_id, package_id, status, slices) VALUES (:r, :p, 'done',"
            ' \'[{"fiscal_year": 2026, "phase": "realisasi", "period": "2026-07"}]\')',
            r=resource_id,
            p=dataset["id"],
        )
        _run(
            "INSERT INTO ppid_budget_line (resource_id, package_id, owner_org, fiscal_year, phase, period,"
            " kode_sub_kegiatan, anggaran, realisasi) VALUES (:r, :p, :o, 2026, 'realisasi', '2026-07',"
            " '2.16.01.2.01.0001', 1275800.00, 181874.00)",
            r=resource_id,
            p=dataset["id"],
            o=unit["id"],
        )
        assert _rows("SELECT kode_sub_kegiatan, anggaran, realisasi FROM ppid_budget_line") == [
            ("2.16.01.2.01.0001", 1275800, 181874)
        ]
        with pytest.raises(sa.exc.IntegrityError):
            _run(
                "INSERT INTO ppid_budget_line (resource_id, package_id, owner_org, fiscal_year, phase,"
                " period) VALUES (:r, :p, :o, 2026, 'final', '2026')",
                r=resource_id,
                p=dataset["id"],
                o=unit["id"],
            )

        migrate("ppid", BEFORE, downgrade=True)

        assert not {"ppid_budget_line", "ppid_budget_import"} & _tables()
        assert _rows(f"SELECT id FROM resource WHERE id = '{resource_id}'") == [(resource_id,)]
    finally:
        migrate("ppid", "head")
