"""The handling migration upgrades a database that already holds requests without losing any of them."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from ckan import model
from ckan.tests import factories

from ckanext.ppid.shell.migrations import migrate

pytestmark = pytest.mark.usefixtures("with_plugins")

BEFORE = "e7a3c5d9b104"
HANDLING = "a9c4e2f7b318"


def _run(sql: str, **params) -> None:
    with model.ensure_engine().begin() as connection:
        connection.execute(sa.text(sql), params)


def _rows(sql: str) -> list[tuple]:
    with model.ensure_engine().connect() as connection:
        return [tuple(row) for row in connection.execute(sa.text(sql))]


def _filed_before_the_migration(unit_id: str) -> None:
    _run(
        "INSERT INTO ppid_request (id, registration_number, year, sequence, channel, applicant_type, unit_id,"
        " current_unit_id, information, purpose, way_to_obtain, delivery_method, received_at, received_day,"
        " status, due_dates, next_due) VALUES ('r1', '001/PPID/D1/2026', 2026, 1, 'surat', 'perorangan',"
        " :unit, :unit, 'Daftar puskesmas', 'Penelitian', 'salinan_softcopy', 'email', '2026-06-12 03:00+00',"
        " '2026-06-12', 'diproses', '{\"pemberitahuan_tertulis\": \"2026-06-29\"}', '2026-06-29')",
        unit=unit_id,
    )
    _run(
        "INSERT INTO ppid_request_applicant (id, request_id, name, nik, address, email) VALUES"
        " ('a1', 'r1', 'Siti Rahmawati', '3201014501900001', 'Jl. Melati 7', 'siti@warga.example')"
    )
    _run(
        "INSERT INTO ppid_request_event (request_id, occurred_at, actor_role, transition, status_after)"
        " VALUES ('r1', '2026-06-12 03:00+00', 'petugas_layanan', 'ajukan_permohonan', 'diterima')"
    )


def test_requests_filed_before_the_migration_keep_everything(clean_db):
    unit = factories.Organization()
    # The session's open transaction would hold locks the migration waits for.
    model.Session.remove()
    migrate("ppid", BEFORE, downgrade=True)
    try:
        _filed_before_the_migration(unit["id"])
        migrate("ppid", HANDLING)

        case = _rows(
            "SELECT registration_number, status, due_dates, notice, extended_at, grounds_raised"
            " FROM ppid_request WHERE id = 'r1'"
        )
        assert case == [
            ("001/PPID/D1/2026", "diproses", {"pemberitahuan_tertulis": "2026-06-29"}, None, None, [])
        ]
        assert _rows("SELECT name, nik FROM ppid_request_applicant WHERE request_id = 'r1'") == [
            ("Siti Rahmawati", "3201014501900001")
        ]
        assert _rows("SELECT machine, subject_id, transition FROM ppid_request_event") == [
            ("permohonan", None, "ajukan_permohonan")
        ]

        # Going back keeps the request too (the new columns and tables go).
        migrate("ppid", BEFORE, downgrade=True)
        assert _rows("SELECT registration_number FROM ppid_request") == [("001/PPID/D1/2026",)]
    finally:
        migrate("ppid", "head")
