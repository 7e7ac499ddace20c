"""An applicant files a request on the web and follows it; strangers see nothing of it.

Runs against the served demo portal (its applicant accounts come from ``ckan ppid demo``). The pages are in
Indonesian, the default locale: the assertions use strings the catalog already translates.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import re
import secrets

import pytest
from PIL import Image
from playwright.sync_api import Browser, Page, expect

from ckanext.ppid.demo.loader import DEFAULT_PASSWORD
from ckanext.ppid.requests.core import receipt_token
from ckanext.ppid.shell import settings

pytestmark = pytest.mark.browser

APPLICANT = "warga-rahmat"
# The demo applicant's NIK: the right shape, but regency 99 does not exist.
NIK = "3299011203959001"
RUN = secrets.token_hex(3)
INFORMATION = f"Jadwal pelayanan posyandu di Kelurahan Pasar Baru tahun 2026 ({RUN})"
CASE_URL = re.compile(r"/ppid/permohonan/[0-9a-f-]{36}$")


def ktp_png() -> dict:
    """A small PNG standing in for a KTP scan."""
    buffer = io.BytesIO()
    Image.new("RGB", (60, 38), (30, 90, 160)).save(buffer, format="PNG")
    return {"name": "ktp.png", "mimeType": "image/png", "buffer": buffer.getvalue()}


def open_page(page: Page, path: str) -> None:
    page.goto(path)
    page.wait_for_load_state("networkidle")


def log_in(page: Page, login: str) -> None:
    open_page(page, "/user/login")
    page.locator("#field-login").fill(login)
    page.locator("#field-password").fill(os.environ.get("PPID_DEMO_PASSWORD", DEFAULT_PASSWORD))
    page.locator("#field-password").press("Enter")
    page.wait_for_load_state("networkidle")
    expect(page.locator(".account.authed")).to_be_attached()


def file_request(page: Page) -> str:
    """Fill the filing form as the applicant does and send it; returns the case page's path."""
    form = page.locator("form[enctype='multipart/form-data']")
    page.locator("#ppid-request-unit").select_option("dinkes")
    page.locator("#ppid-request-applicant_type").select_option("perorangan")
    page.locator("#ppid-request-nik").fill(NIK)
    page.locator("#ppid-request-address").fill("Jl. Flamboyan No. 12, Lembah Hijau Kota")
    page.locator("#ppid-request-phone").fill("0812-0000-1001")
    page.locator("#ppid-request-identity_document").set_input_files(ktp_png())
    page.locator("#ppid-request-information").fill(INFORMATION)
    page.locator("#ppid-request-purpose").fill("Mengatur jadwal imunisasi anak")
    page.locator("#ppid-request-way_to_obtain").select_option("salinan_softcopy")
    page.locator("#ppid-request-delivery_method").select_option("email")
    form.locator("button[type=submit]").click()
    page.wait_for_url(CASE_URL)
    page.wait_for_load_state("networkidle")
    return re.search(r"/ppid/permohonan/[0-9a-f-]{36}$", page.url).group(0)


def test_an_applicant_files_a_request_and_follows_it(
    page: Page, browser: Browser, portal: str, check_accessibility
):
    log_in(page, APPLICANT)
    open_page(page, "/ppid/permohonan/baru")
    expect(page.locator("h1")).to_have_text("Ajukan permohonan informasi")
    # The name and e-mail come from the account.
    expect(page.locator("#ppid-request-name")).to_have_value("Rahmat Hidayat")
    check_accessibility(page)

    case_path = file_request(page)

    flash = page.locator(".flash-messages .alert").filter(has_text="Permohonan Anda terdaftar dengan nomor")
    expect(flash).to_have_count(1)
    number = re.search(r"nomor (\S+)\.", flash.inner_text()).group(1)
    expect(page.locator("h1")).to_have_text(f"Permohonan {number}")
    # The due date, explained: the rule it follows and day 0.
    due = page.locator("section.ppid-due").first
    expect(due.locator("h2")).to_contain_text("Pemberitahuan tertulis atas permohonan informasi")
    expect(due).to_contain_text("Hari ke-0 adalah hari permohonan dianggap diterima.")
    expect(due).to_contain_text("UU 14/2008 Ps 22(7)")
    expect(due.locator("summary")).to_have_text("Hari demi hari")
    expect(page.locator("[role=main]")).to_contain_text(INFORMATION)
    check_accessibility(page)

    open_page(page, "/ppid/permohonan/saya")
    expect(page.locator("h1")).to_have_text("Permohonan informasi saya")
    expect(page.locator("table a", has_text=number)).to_have_attribute("href", case_path)
    check_accessibility(page)

    # A stranger's browser: the case, the identity scan and the receipt are refused.
    stranger = browser.new_context(base_url=portal, locale="id-ID")
    try:
        visitor = stranger.new_page()
        answer = visitor.goto(case_path)
        assert answer is not None and answer.status == 403
        body = visitor.locator("body").inner_text()
        assert INFORMATION not in body and NIK not in body and "Rahmat" not in body
        for private in ("identitas", "tanda-bukti"):
            response = stranger.request.get(f"{case_path}/{private}")
            assert response.status == 403, private
            assert b"PNG" not in response.body() and b"%PDF" not in response.body()
    finally:
        stranger.close()


def test_the_deadline_calculator(page: Page, check_accessibility):
    open_page(page, "/ppid/kalender/kalkulator")
    expect(page.locator("h1")).to_have_text("Kalkulator batas waktu")
    check_accessibility(page)
    page.locator("#ppid-calc-date").fill("2026-03-17")
    page.locator("#ppid-calc-time").fill("10:00")
    page.locator("form[action$='/kalkulator'] button[type=submit]").click()
    page.wait_for_load_state("networkidle")
    # Received before Nyepi and Idul Fitri 2026: the notice is due after them, day by day.
    expect(page.locator("section.ppid-due").first).to_contain_text("Hari demi hari")
    check_accessibility(page)


def test_anyone_verifies_a_receipt_online(page: Page, browser: Browser, portal: str, check_accessibility):
    log_in(page, APPLICANT)
    open_page(page, "/ppid/permohonan/saya")
    number = page.locator("table tbody tr a").first.inner_text().strip()
    received = dt.datetime.now(dt.timezone.utc).isoformat()
    # The token the receipt's QR code carries, signed with the portal's secret (same configuration).
    token = receipt_token.sign({"n": number, "r": received, "u": "dinkes"}, settings.receipt_secrets()[0])

    anonymous = browser.new_context(base_url=portal, locale="id-ID")
    try:
        visitor = anonymous.new_page()
        open_page(visitor, f"/ppid/tanda-bukti/{token}")
        expect(visitor.locator("h1")).to_have_text("Periksa tanda bukti")
        expect(visitor.locator("[role=status]")).to_have_text(
            "Tanda bukti ini asli: diterbitkan oleh portal ini."
        )
        expect(visitor.locator("dl")).to_contain_text(number)
        expect(visitor.locator("dl")).to_contain_text("Dinas Kesehatan")
        check_accessibility(visitor)
        forged = visitor.goto(
            f"/ppid/tanda-bukti/{token[:-6]}{'A' * 6 if not token.endswith('A') else 'B' * 6}"
        )
        assert forged is not None and forged.status == 404
        expect(visitor.locator("[role=alert]")).to_be_visible()
    finally:
        anonymous.close()
