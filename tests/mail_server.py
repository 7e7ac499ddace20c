"""Fixtures for what reaches people: a real SMTP server on loopback and a worker for CKAN's job queue.

``smtp_server`` runs aiosmtpd on 127.0.0.1 at a port the system picks and points CKAN's ``smtp.server``
at it, so CKAN's own mailer talks SMTP to it; the test reads what arrived. ``job_worker`` works CKAN's
default queue with CKAN's worker in burst mode, in the test's process (CKAN's ``with_test_worker``), and
fails the test if a job failed. Registered for the whole suite in ``conftest.py``.
"""

from __future__ import annotations

import email
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from email import policy
from email.message import EmailMessage

import pytest
from aiosmtpd.controller import Controller
from ckan.lib import jobs
from rq.job import Job


@dataclass(frozen=True)
class Delivery:
    """One message as the server received it: the envelope and the parsed message."""

    mail_from: str
    rcpt_tos: tuple[str, ...]
    message: EmailMessage

    @property
    def subject(self) -> str:
        # Python folds a long subject onto the next line, and its parser keeps the space after "Subject:".
        return str(self.message["Subject"]).strip()

    @property
    def body(self) -> str:
        """The plain-text part, decoded."""
        return self.message.get_body(preferencelist=("plain",)).get_content()


@dataclass
class Inbox:
    """aiosmtpd handler that keeps every message it accepts."""

    deliveries: list[Delivery] = field(default_factory=list)

    async def handle_DATA(self, server, session, envelope) -> str:
        message = email.message_from_bytes(envelope.original_content, policy=policy.default)
        self.deliveries.append(Delivery(envelope.mail_from, tuple(envelope.rcpt_tos), message))
        return "250 Message accepted for delivery"

    def to(self, address: str) -> list[Delivery]:
        """The messages whose envelope names ``address`` (case-insensitive)."""
        return [mail for mail in self.deliveries if address.lower() in (to.lower() for to in mail.rcpt_tos)]

    @property
    def recipients(self) -> list[str]:
        """Every envelope recipient, in the order the messages arrived."""
        return [to for mail in self.deliveries for to in mail.rcpt_tos]


class _LoopbackController(Controller):
    """aiosmtpd's controller on the port the system picked for port 0, read back once it is bound."""

    def _trigger_server(self) -> None:
        self.port = self.server.sockets[0].getsockname()[1]
        super()._trigger_server()


@pytest.fixture
def smtp_server(ckan_config, monkeypatch) -> Iterator[Inbox]:
    """A running SMTP server that CKAN's mailer sends to for this test; yields its :class:`Inbox`."""
    inbox = Inbox()
    controller = _LoopbackController(inbox, hostname="127.0.0.1", port=0)
    controller.start()
    monkeypatch.setitem(ckan_config, "smtp.server", f"127.0.0.1:{controller.port}")
    try:
        yield inbox
    finally:
        controller.stop()


@pytest.fixture
def job_worker(clean_queues, with_test_worker) -> Callable[[], list[Job]]:
    """Work CKAN's default queue until it is empty; returns the jobs queued when it started.

    A job that fails fails the test, with the job's traceback.
    """

    def work() -> list[Job]:
        queue = jobs.get_queue()
        waiting = queue.get_jobs()
        jobs.Worker([jobs.DEFAULT_QUEUE_NAME]).work(burst=True)
        failed = queue.failed_job_registry.get_job_ids()
        if failed:
            errors = [Job.fetch(job_id, connection=queue.connection).latest_result() for job_id in failed]
            pytest.fail("background job failed:\n" + "\n".join(str(r and r.exc_string) for r in errors))
        return waiting

    return work
