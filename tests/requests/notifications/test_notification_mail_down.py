"""Every message to a person goes through the outbox: with the mail server down nothing is lost, the row says
why and when it is tried again, and it is delivered once the server is back; a change rolled back mails
nobody. Real SMTP on loopback (and a port where nothing listens), CKAN's job queue worked by a real RQ worker,
``ckan ppid requests notify`` through CKAN's CLI.
"""

from __future__ import annotations

import datetime as dt
import socket

import ckan.plugins.toolkit as tk
import pytest
import sqlalchemy as sa
from ckan import model
from ckan.tests import helpers
from filing_cast import as_user, file_on_web, web_form
from handling_cast import GRANTED, act, processed
from reminder_cases import make_due, run

from ckanext.ppid.notifications.model import Notification
from ckanext.ppid.requests.filing import mail as request_mail
from ckanext.ppid.requests.model.information_request import InformationRequest

pytestmark = pytest.mark.usefixtures("with_plugins")

APPLICANT = "siti@warga.example"
FIRST_WAIT = dt.timedelta(minutes=15)


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def mail_down(ckan_config, monkeypatch, smtp_server):
    """The mail server is down (nothing listens where CKAN sends); ``back()`` brings it up again."""
    up = ckan_config["smtp.server"]
    monkeypatch.setitem(ckan_config, "smtp.server", f"127.0.0.1:{_closed_port()}")

    class Switch:
        inbox = smtp_server

        @staticmethod
        def back() -> None:
            monkeypatch.setitem(ckan_config, "smtp.server", up)

    return Switch


def rows(**filters) -> list[Notification]:
    query = model.Session.query(Notification).filter_by(**filters).populate_existing()
    return query.order_by(Notification.id).all()


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def test_a_request_filed_with_the_mail_server_down_is_stored_and_its_receipt_mail_comes_later(
    cli, cast, mail_down, job_worker
):
    case = file_on_web(cast)
    assert model.Session.get(InformationRequest, case["id"]) is not None  # filing did not wait for the mail

    start = _now()
    job_worker()  # the receipt's PDF is built; every mail fails
    end = _now()
    assert mail_down.inbox.deliveries == []
    filing = rows(request_id=case["id"])
    assert {row.kind for row in filing} == {"request_filed_applicant", "request_filed_unit"}
    for row in filing:
        assert (row.status, row.attempts, row.sent_at) == ("pending", 1, None)
        assert "could not be connected" in row.last_error
        assert start + FIRST_WAIT <= row.next_attempt_at <= end + FIRST_WAIT
        assert start <= row.last_attempt_at <= end
    [to_applicant] = rows(request_id=case["id"], to_applicant=True)
    assert to_applicant.recipient == APPLICANT

    mail_down.back()
    assert "0 notification(s) due" in run(cli, "notify")  # not before its time
    make_due(filing)
    assert f"{len(filing)} notification(s) due, {len(filing)} queued" in run(cli, "notify")
    job_worker()

    [mail] = mail_down.inbox.to(APPLICANT)
    assert case["registration_number"] in mail.subject
    assert f"/ppid/permohonan/{case['id']}" in mail.body
    assert {(row.status, row.attempts, row.last_error) for row in rows(request_id=case["id"])} == {
        ("sent", 2, None)
    }


def test_after_the_last_attempt_a_message_is_failed_and_kept(
    cli, cast, mail_down, job_worker, ckan_config, monkeypatch
):
    monkeypatch.setitem(ckan_config, "ckanext.ppid.notify.max_attempts", 2)
    case = file_on_web(cast)
    job_worker()
    make_due(rows(request_id=case["id"]))
    output = run(cli, "notify", "--inline")
    assert "0 sent" in output
    failed = rows(request_id=case["id"])
    assert {(row.status, row.attempts) for row in failed} == {("failed", 2)}
    make_due(failed)
    assert "0 notification(s) due" in run(cli, "notify")  # not tried again by itself
    assert mail_down.inbox.deliveries == []


def test_the_notice_mail_waits_out_the_mail_server_and_keeps_what_it_says(cli, cast, mail_down, job_worker):
    case = processed(cast)
    job_worker()
    sent = act("ppid_request_notice_send", cast.unit_admin, case, **GRANTED)
    job_worker()
    [notice] = rows(kind="request_notice_sent")
    assert (notice.status, notice.attempts, notice.to_applicant) == ("pending", 1, True)

    mail_down.back()
    make_due([notice])
    run(cli, "notify")
    job_worker()
    [mail] = mail_down.inbox.to(APPLICANT)
    assert sent["notice"]["number"] in mail.body
    assert rows(kind="request_notice_sent")[0].status == "sent"


def test_a_filing_rolled_back_mails_nobody(cast, smtp_server, job_worker, monkeypatch):
    added = request_mail.add

    def add_then_fail(case):
        added(case)
        raise RuntimeError("the disk is full")

    monkeypatch.setattr(request_mail, "add", add_then_fail)
    with pytest.raises(RuntimeError):
        helpers.call_action("ppid_request_create", as_user(cast.applicant), **web_form())
    model.Session.remove()

    assert model.Session.query(InformationRequest).count() == 0
    assert rows() == []
    job_worker()
    assert smtp_server.deliveries == []


def test_a_mail_job_queued_before_the_outbox_is_delivered_through_it(cast, smtp_server, job_worker):
    """A filing mail job from before the upgrade (or one requeued from RQ's failed list) still mails."""
    case = file_on_web(cast)
    job_worker()
    smtp_server.deliveries.clear()
    with model.ensure_engine().begin() as connection:  # as if filed before the outbox carried its mails
        connection.execute(sa.text("DELETE FROM ppid_notification"))

    tk.enqueue_job(request_mail.send_filing_mail, [case["id"]])
    job_worker()

    [mail] = smtp_server.to(APPLICANT)
    assert case["registration_number"] in mail.subject
    assert {row.status for row in rows(request_id=case["id"])} == {"sent"}
