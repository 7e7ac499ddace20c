"""The SMS/WhatsApp gateway: the applicant's notice reaches a real HTTP server on loopback as signed JSON;
an error from the gateway is retried. Staff are told by e-mail only."""

from __future__ import annotations

import hashlib
import hmac
import json

import pytest
from reminder_cases import APPLICANT_EMAIL, file_letter, make_due, outbox, remind, run
from webhook_gateway import SECRET, webhook_gateway  # noqa: F401 (fixture)

pytestmark = pytest.mark.usefixtures("with_plugins")


@pytest.fixture
def overdue(cli, cast, smtp_server, job_worker, webhook_gateway):  # noqa: F811
    """A request whose notice deadline (30 March 2026) passed; the command ran on 31 March."""
    case = file_letter(cast)
    job_worker()
    remind(cli, "2026-03-31")
    return case


def test_the_gateway_gets_the_applicant_s_notice_signed(overdue, webhook_gateway, smtp_server, job_worker):  # noqa: F811
    job_worker()

    [call] = webhook_gateway.calls
    expected = "sha256=" + hmac.new(SECRET.encode(), call.body, hashlib.sha256).hexdigest()
    assert call.headers["X-PPID-Signature"] == expected
    assert call.headers["Content-Type"].startswith("application/json")
    sent = json.loads(call.body)
    assert sent["phone"] == "+6281234567890"
    assert (sent["kind"], sent["channel"]) == ("lapse_request", "webhook")
    assert sent["case_number"] == overdue.registration_number
    assert (sent["due_date"], sent["window_due"]) == ("2026-03-30", "2026-05-13")
    assert overdue.registration_number in sent["message"]
    assert "13 Mei 2026" in sent["message"]
    [row] = outbox(channel="webhook")
    assert (sent["id"], row.status, row.attempts) == (row.id, "sent", 1)
    # The e-mail goes as well; staff are not sent to the gateway.
    assert smtp_server.to(APPLICANT_EMAIL)
    assert {row.kind for row in outbox(channel="webhook")} == {"lapse_request"}


def test_a_gateway_error_is_retried_with_the_same_notice(
    cli,
    overdue,
    webhook_gateway,  # noqa: F811
    job_worker,
):
    webhook_gateway.answers.append(500)
    job_worker()

    [row] = outbox(channel="webhook")
    assert (row.status, row.attempts) == ("pending", 1)
    assert row.last_error.startswith("GatewayRefused: HTTP 500")

    make_due([row])
    assert "1 sent" in run(cli, "notify", "--inline")

    first, second = webhook_gateway.calls
    # The same notice twice (a gateway may drop a repeat by its id), each signed over its own body.
    assert json.loads(first.body)["id"] == json.loads(second.body)["id"] == row.id
    assert json.loads(first.body)["message"] == json.loads(second.body)["message"]
    signed = "sha256=" + hmac.new(SECRET.encode(), second.body, hashlib.sha256).hexdigest()
    assert second.headers["X-PPID-Signature"] == signed
    [row] = outbox(channel="webhook")
    assert (row.status, row.attempts, row.last_error) == ("sent", 2, None)
