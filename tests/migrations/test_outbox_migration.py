"""The outbox migration upgrades a database that holds reminders already: every row is kept, gains the request
it is about and whether it is the applicant's own; going back keeps the rows too."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from ckan import model

from ckanext.ppid.shell.migrations import migrate

pytestmark = pytest.mark.usefixtures("with_plugins")

BEFORE = "28465a8bf3eb"
OUTBOX = "f2b7d4c81e05"
COLUMNS = "kind, recipient, status, attempts, request_id, to_applicant, last_attempt_at, sent_at"


def _run(sql: str, **params) -> None:
    with model.ensure_engine().begin() as connection:
        connection.execute(sa.text(sql), params)


def _rows(sql: str) -> list[tuple]:
    with model.ensure_engine().connect() as connection:
        return [tuple(row) for row in connection.execute(sa.text(sql))]


def _notice(kind: str, recipient: str, status: str, attempts: int, sent_at: str | None) -> None:
    _run(
        "INSERT INTO ppid_notification (kind, channel, recipient, subject_type, subject_id, dedupe_key,"
        " payload, status, attempts, last_error, sent_at) VALUES (:kind, 'email', :recipient, 'request',"
        " 'r1', :key, CAST(:payload AS jsonb), :status, :attempts, NULL, CAST(:sent_at AS timestamptz))",
        kind=kind,
        recipient=recipient,
        key=f"{kind}:request:r1:2026-03-25:email:{recipient}",
        payload='{"request_id": "r1", "registration_number": "001/PPID-D1/III/2026", "due": "2026-03-25"}',
        status=status,
        attempts=attempts,
        sent_at=sent_at,
    )


def test_reminders_stored_before_the_migration_keep_everything_and_gain_their_case(clean_db):
    model.Session.remove()  # its open transaction would hold locks the migration waits for
    migrate("ppid", BEFORE, downgrade=True)
    try:
        _notice("reminder_request", "dinkes-admin@lembahhijau.example", "sent", 1, "2026-03-25 01:00+00")
        _notice("lapse_request", "budi@warga.example", "pending", 2, None)

        migrate("ppid", OUTBOX)

        assert [row[:6] for row in _rows(f"SELECT {COLUMNS} FROM ppid_notification ORDER BY id")] == [
            ("reminder_request", "dinkes-admin@lembahhijau.example", "sent", 1, "r1", False),
            ("lapse_request", "budi@warga.example", "pending", 2, "r1", True),
        ]
        sent, pending = _rows("SELECT last_attempt_at, sent_at FROM ppid_notification ORDER BY id")
        assert sent[0] == sent[1] and pending[0] is None
        # A message that no longer applies may now be recorded as skipped.
        _run("UPDATE ppid_notification SET status = 'skipped' WHERE kind = 'lapse_request'")

        migrate("ppid", BEFORE, downgrade=True)

        # Back down, the skipped row is a failed one (the older revision knows no other way to say it).
        assert _rows("SELECT kind, status FROM ppid_notification ORDER BY id") == [
            ("reminder_request", "sent"),
            ("lapse_request", "failed"),
        ]
        columns = {
            column["name"] for column in sa.inspect(model.ensure_engine()).get_columns("ppid_notification")
        }
        assert not {"request_id", "to_applicant", "last_attempt_at"} & columns
    finally:
        migrate("ppid", "head")
