"""Sending the outbox: a failed e-mail is retried with back-off and then marked failed; it never touches the
case nor holds back the other notices. Real SMTP servers on loopback (one refusing an address, one gone),
CKAN's job queue worked by a real RQ worker, ``ckan ppid requests notify`` through CKAN's CLI.
"""

from __future__ import annotations

import datetime as dt
import socket
from dataclasses import dataclass, field

import pytest
from ckan import model
from mail_server import Inbox, _LoopbackController
from reminder_cases import (
    APPLICANT_EMAIL,
    ATASAN,
    UNIT_CONTACT,
    UNIT_STAFF,
    UTAMA_ADMIN,
    file_letter,
    make_due,
    outbox,
    remind,
    run,
)

from ckanext.ppid.notifications import kinds
from ckanext.ppid.requests.model.event import RequestEvent
from ckanext.ppid.requests.model.information_request import InformationRequest

pytestmark = pytest.mark.usefixtures("with_plugins")

REFUSED = "dinkes-petugas@lembahhijau.example"
FIRST_WAIT = dt.timedelta(minutes=15)


@pytest.mark.parametrize("kind", sorted(kinds.COMPOSERS))
def test_every_kind_composed_from_its_row_finds_its_composer(kind):
    assert callable(kinds.composer(kind))


@dataclass
class RefusingInbox(Inbox):
    """A mail server that refuses some mailboxes (550) and accepts the rest."""

    refused: set[str] = field(default_factory=set)

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options) -> str:
        if address in self.refused:
            return "550 5.1.1 Mailbox unavailable"
        envelope.rcpt_tos.append(address)
        return "250 OK"


@pytest.fixture
def refusing_smtp(ckan_config, monkeypatch):
    inbox = RefusingInbox()
    controller = _LoopbackController(inbox, hostname="127.0.0.1", port=0)
    controller.start()
    monkeypatch.setitem(ckan_config, "smtp.server", f"127.0.0.1:{controller.port}")
    try:
        yield inbox
    finally:
        controller.stop()


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def test_a_refused_address_waits_for_its_retry_and_the_other_notices_are_sent(
    cli, cast, refusing_smtp, job_worker
):
    file_letter(cast)
    job_worker()
    refusing_smtp.deliveries.clear()
    refusing_smtp.refused.add(REFUSED)

    remind(cli, "2026-03-25")
    start = _now()
    job_worker()
    end = _now()

    delivered = sorted(refusing_smtp.recipients)
    assert delivered == sorted({*UNIT_STAFF, UNIT_CONTACT, UTAMA_ADMIN} - {REFUSED})
    [refused] = outbox(recipient=REFUSED)
    assert (refused.status, refused.attempts, refused.sent_at) == ("pending", 1, None)
    assert "550" in refused.last_error
    assert start + FIRST_WAIT <= refused.next_attempt_at <= end + FIRST_WAIT
    assert {row.status for row in outbox() if row.recipient != REFUSED} == {"sent"}

    # Its time not come yet, ``notify`` leaves it; once it has, the retry is sent when the mailbox is back.
    assert "0 notification(s) due" in run(cli, "notify")
    refusing_smtp.refused.clear()
    make_due([refused])
    assert "1 notification(s) due, 1 queued" in run(cli, "notify")
    job_worker()
    assert refusing_smtp.to(REFUSED)
    [retried] = outbox(recipient=REFUSED)
    assert (retried.status, retried.attempts, retried.last_error) == ("sent", 2, None)


def test_with_the_mail_server_down_notices_back_off_then_fail_and_the_case_is_untouched(
    cli, cast, smtp_server, job_worker, ckan_config, monkeypatch
):
    monkeypatch.setitem(ckan_config, "ckanext.ppid.notify.max_attempts", 3)
    case = file_letter(cast)
    job_worker()  # the filing's own mails, while the server is up
    smtp_server.deliveries.clear()
    monkeypatch.setitem(ckan_config, "smtp.server", f"127.0.0.1:{_closed_port()}")

    remind(cli, "2026-03-31")  # overdue: escalation, lapse recorded, the applicant told
    stored = model.Session.get(InformationRequest, case.id)
    lapse, events = stored.lapse_recorded_at, len(RequestEvent.of_request(case.id))
    start = _now()
    job_worker()
    end = _now()

    rows = outbox()
    assert sorted(row.recipient for row in rows) == sorted([UTAMA_ADMIN, ATASAN, APPLICANT_EMAIL])
    for row in rows:
        assert (row.status, row.attempts) == ("pending", 1)
        assert "could not be connected" in row.last_error
        assert start + FIRST_WAIT <= row.next_attempt_at <= end + FIRST_WAIT

    make_due(rows)
    assert "3 notification(s) due, 3 queued" in run(cli, "notify")
    start = _now()
    job_worker()
    end = _now()
    for row in outbox():
        assert (row.status, row.attempts) == ("pending", 2)
        # The wait doubles after each failure.
        assert start + 2 * FIRST_WAIT <= row.next_attempt_at <= end + 2 * FIRST_WAIT

    make_due(outbox())
    output = run(cli, "notify", "--inline")
    assert "3 notification(s) due, 0 sent, 3 not sent" in output
    assert {(row.status, row.attempts) for row in outbox()} == {("failed", 3)}
    # A failed notice is kept, and not tried again.
    make_due(outbox())
    assert "0 notification(s) due" in run(cli, "notify")
    assert len(outbox()) == 3

    stored = model.Session.get(InformationRequest, case.id)
    assert (stored.status, stored.lapse_recorded_at) == ("diterima", lapse)
    assert len(RequestEvent.of_request(case.id)) == events
    assert smtp_server.deliveries == []
