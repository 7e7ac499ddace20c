"""A visitor without an account files a request, confirms it from the mail, and checks its status with the
registration number and receipt code; the status page shows none of their personal data.

The portal's mail goes through CKAN's job queue: the test works it with CKAN's worker against an SMTP server
on loopback (as the sign-up test does) and follows the link the mail carries.
"""

from __future__ import annotations

import re
import secrets
import time

import pytest
from mail_server import Inbox
from playwright.sync_api import Page, expect
from test_request_browser import ktp_png, open_page
from test_sign_up_browser import inbox, send_queued_mail  # noqa: F401 (a fixture)

pytestmark = pytest.mark.browser

RUN = secrets.token_hex(3)
EMAIL = f"tamu-{RUN}@warga.example"
NAME = "Dewi Lestari"
NIK = "3201014501900001"
ADDRESS = "Jl. Kenanga No. 3, Lembah Hijau"
LINK = re.compile(r"https?://\S+(/ppid/permohonan/konfirmasi/\S+)")


def confirmation_path(received: Inbox) -> str:
    deadline = time.monotonic() + 5
    while not received.to(EMAIL) and time.monotonic() < deadline:
        time.sleep(0.1)
    [mail] = received.to(EMAIL)
    [path] = LINK.findall(mail.body)
    return path


def test_a_visitor_files_without_an_account_and_checks_the_status(
    page: Page,
    request: pytest.FixtureRequest,
    inbox,  # noqa: F811
    check_accessibility,
):
    received, smtp_port = inbox
    open_page(page, "/ppid/permohonan/baru")
    choice = page.locator(".ppid-filing-choice")
    expect(choice.get_by_role("link", name="Masuk", exact=True)).to_be_visible()
    check_accessibility(page)
    choice.get_by_role("link", name="Ajukan tanpa akun").click()

    page.locator("#ppid-request-unit").select_option("dinkes")
    page.locator("#ppid-request-applicant_type").select_option("perorangan")
    page.locator("#ppid-request-name").fill(NAME)
    page.locator("#ppid-request-nik").fill(NIK)
    page.locator("#ppid-request-address").fill(ADDRESS)
    page.locator("#ppid-request-email").fill(EMAIL)
    page.locator("#ppid-request-identity_document").set_input_files(ktp_png())
    page.locator("#ppid-request-information").fill(f"Jadwal imunisasi puskesmas 2026 ({RUN})")
    page.locator("#ppid-request-purpose").fill("Mengatur jadwal imunisasi anak")
    page.locator("#ppid-request-way_to_obtain").select_option("salinan_softcopy")
    page.locator("#ppid-request-delivery_method").select_option("email")
    page.locator("form[enctype='multipart/form-data'] button[type=submit]").click()
    expect(page.locator("#ppid-guest-sent")).to_contain_text(EMAIL)
    check_accessibility(page)

    send_queued_mail(request, smtp_port)
    open_page(page, confirmation_path(received))
    page.get_by_role("button", name="Konfirmasi permohonan saya").click()
    expect(page.get_by_role("heading", name="Permohonan Anda telah diregistrasi")).to_be_visible()
    number = page.locator("#ppid-registration-number").inner_text().strip()
    code = page.locator("#ppid-receipt-code").inner_text().strip()
    check_accessibility(page)

    page.get_by_role("link", name="Cek status permohonan").click()
    page.locator("#ppid-registration_number").fill(number)
    page.locator("#ppid-code").fill(code)
    page.get_by_role("button", name="Cek status").click()
    facts = page.locator(".ppid-status-facts")
    expect(facts).to_contain_text(number)
    expect(facts).to_contain_text("Batas pemberitahuan tertulis")
    main = page.locator("[role=main]").inner_text()
    for personal in (NAME, NIK, ADDRESS, EMAIL):
        assert personal not in main
    check_accessibility(page)

    open_page(page, "/ppid/permohonan/akses")
    page.locator("#ppid-registration_number").fill(number)
    page.locator("#ppid-code").fill(code)
    page.locator("form.ppid-receipt-code-form button[type=submit]").click()
    expect(page.locator("h1")).to_contain_text(number)
    expect(page.locator("[role=main]")).to_contain_text(NIK)
