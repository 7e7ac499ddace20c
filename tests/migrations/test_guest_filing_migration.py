"""The guest-filing migration adds its table beside requests already filed, and going back removes only it."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from ckan import model

from ckanext.ppid.shell.migrations import migrate

pytestmark = pytest.mark.usefixtures("with_plugins")

BEFORE = "f2b7d4c81e05"
GUEST = "c3e9a1f5d207"
TABLE = "ppid_request_guest_filing"


def _tables() -> set[str]:
    return set(sa.inspect(model.ensure_engine()).get_table_names())


def test_the_table_comes_and_goes_and_the_requests_stay(clean_db):
    model.Session.remove()  # its open transaction would hold locks the migration waits for
    migrate("ppid", BEFORE, downgrade=True)
    try:
        assert TABLE not in _tables() and "ppid_request" in _tables()

        migrate("ppid", GUEST)

        assert TABLE in _tables()
        indexes = {index["name"] for index in sa.inspect(model.ensure_engine()).get_indexes(TABLE)}
        assert {f"{TABLE}_email", f"{TABLE}_expires_at"} <= indexes
        with model.ensure_engine().begin() as connection:
            connection.execute(
                sa.text(
                    f"INSERT INTO {TABLE} (id, email, token_hash, created_at, expires_at)"
                    " VALUES ('g1', 'a@warga.example', 'h', now(), now())"
                )
            )
            assert connection.execute(sa.text(f"SELECT filing FROM {TABLE}")).scalar() == {}

        migrate("ppid", BEFORE, downgrade=True)

        assert TABLE not in _tables() and "ppid_request" in _tables()
    finally:
        migrate("ppid", "head")
