"""A visitor without an account goes from the request form to sign up, verifies the address from the mail and
lands back on the form.

The served portal queues the verification mail on CKAN's job queue; the test works that queue with CKAN's own
worker (``ckan jobs worker --burst``, the command an operator runs) against the portal's database, pointed at
an SMTP server the test runs on loopback, and follows the link the mail carries.
"""

from __future__ import annotations

import re
import secrets
import subprocess
import sys
import time
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from ckan.common import config
from mail_server import Inbox
from playwright.sync_api import Page, expect
from portal_server import environment, free_port

pytestmark = pytest.mark.browser

FORM = "/ppid/permohonan/baru"
RUN = secrets.token_hex(3)
NAME = f"warga-baru-{RUN}"
EMAIL = f"{NAME}@warga.example"
PASSWORD = "kata-sandi-warga-2026"
LINK = re.compile(r"https?://\S+(/ppid/akun/verifikasi/\S+)")
MAIL_TIMEOUT = 300  # seconds for the worker to work the queue (the demo queued jobs too)


@pytest.fixture
def inbox():
    """An SMTP server on loopback for the portal's mail, and the inbox it fills."""
    found = Inbox()
    controller = Controller(found, hostname="127.0.0.1", port=free_port())
    controller.start()
    try:
        yield found, controller.port
    finally:
        controller.stop()


def send_queued_mail(request: pytest.FixtureRequest, smtp_port: int) -> None:
    """Work the portal's job queue once with CKAN's worker, its mail going to the test's SMTP server."""
    root = Path(request.config.rootpath)
    ini = (root / request.config.getoption("ckan_ini")).resolve()
    env = environment(config, CKAN_SMTP_SERVER=f"127.0.0.1:{smtp_port}")
    ckan = Path(sys.executable).parent / "ckan"
    done = subprocess.run(
        [str(ckan), "-c", str(ini), "jobs", "worker", "--burst"],
        env=env,
        cwd=root,
        capture_output=True,
        text=True,
        timeout=MAIL_TIMEOUT,
    )
    assert done.returncode == 0, done.stderr[-2000:]


def verification_path(inbox: Inbox) -> str:
    deadline = time.monotonic() + 5
    while not inbox.to(EMAIL) and time.monotonic() < deadline:
        time.sleep(0.1)
    [mail] = inbox.to(EMAIL)
    assert "Verifikasi alamat e-mail" in mail.subject
    [path] = LINK.findall(mail.body)
    return path


def test_a_visitor_signs_up_from_the_request_form_and_comes_back_to_it(
    page: Page, request: pytest.FixtureRequest, inbox, check_accessibility
):
    received, smtp_port = inbox
    page.goto(FORM)
    page.locator(".ppid-filing-choice").get_by_role("link", name="Daftar", exact=True).click()
    expect(page).to_have_url(re.compile(r"/user/register\?next="))
    check_accessibility(page)

    page.locator("#field-username").fill(NAME)
    page.locator("#field-fullname").fill("Warga Baru")
    page.locator("#field-email").fill(EMAIL)
    page.locator("#field-password").fill(PASSWORD)
    page.locator("#field-confirm-password").fill(PASSWORD)
    page.get_by_role("button", name="Buat Akun").click()
    expect(page).to_have_url(re.compile(r"/ppid/akun/cek-email$"))
    expect(page.get_by_role("heading", name="Periksa e-mail Anda")).to_be_visible()
    check_accessibility(page)

    # Not before the address is verified.
    page.goto(f"/user/login?next={FORM}")
    page.locator("#field-login").fill(NAME)
    page.locator("#field-password").fill(PASSWORD)
    page.locator("#field-password").press("Enter")
    expect(page.get_by_role("heading", name="Akun belum diverifikasi")).to_be_visible()

    send_queued_mail(request, smtp_port)
    page.goto(verification_path(received))
    expect(page).to_have_url(re.compile(r"/user/login\?next=/ppid/permohonan/baru$"))
    expect(page.get_by_text("Alamat e-mail Anda sudah diverifikasi")).to_be_visible()

    page.locator("#field-login").fill(NAME)
    page.locator("#field-password").fill(PASSWORD)
    page.locator("#field-password").press("Enter")
    expect(page).to_have_url(re.compile(r"/ppid/permohonan/baru$"))
    expect(page.locator(".account.authed")).to_be_attached()
