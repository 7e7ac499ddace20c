"""Fixtures of the audit-log tests."""

from __future__ import annotations

import json

import pytest
import sqlalchemy as sa
from audit_cast import AuditCast, build_audit_cast, events
from ckan import model

GUARD = "ppid_audit_event_append_only"


@pytest.fixture
def audit_cast(clean_db, clean_index) -> AuditCast:
    return build_audit_cast()


def _set_details(event_id: int, details: dict) -> None:
    """Alter an event as the table's owner (or a superuser) could: guard off, update, guard on."""
    with model.ensure_engine().begin() as connection:
        connection.execute(sa.text(f"ALTER TABLE ppid_audit_event DISABLE TRIGGER {GUARD}"))
        connection.execute(
            sa.text("UPDATE ppid_audit_event SET details = CAST(:details AS jsonb) WHERE id = :id"),
            {"details": json.dumps(details), "id": event_id},
        )
        connection.execute(sa.text(f"ALTER TABLE ppid_audit_event ENABLE TRIGGER {GUARD}"))


@pytest.fixture
def tamper():
    """``tamper(event_id, details)`` rewrites an event behind the log's back; undone after the test, so the
    chain the rest of the session writes stays intact."""
    originals: dict[int, dict] = {}

    def alter(event_id: int, details: dict) -> None:
        originals.setdefault(event_id, events(id=event_id)[0]["details"])
        _set_details(event_id, details)

    yield alter
    for event_id, details in originals.items():
        _set_details(event_id, details)
