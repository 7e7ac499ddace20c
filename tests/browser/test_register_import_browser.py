"""An OPD's PPID imports its register with the documents: preview, a row error, upload again, commit, DIP.

Assertions rest on the page structure, the uploaded names and the demo's logins, not on catalog strings.
"""

from __future__ import annotations

import os
import re
import secrets

import pytest
from playwright.sync_api import Page, expect

from ckanext.ppid.demo.loader import DEFAULT_PASSWORD

pytestmark = pytest.mark.browser

UNIT = "dinkes"
OFFICER = f"ppid-{UNIT}"
RUN = secrets.token_hex(3)
PROFILE = f"Profil Pelayanan Puskesmas {RUN}"
SCHEDULE = f"Jadwal Imunisasi Anak {RUN}"
SHEET = (
    "Judul Informasi,Ringkasan,Kategori,Tahun,Nama File\n"
    f'{PROFILE},Profil layanan puskesmas,setiap saat,2025,"profil-puskesmas.pdf; bagan-layanan.pdf"\n'
    f"{SCHEDULE},Jadwal imunisasi anak,setiap saat,2025,jadwal-imunisasi.pdf\n"
).encode()


def pdf(name: str) -> dict:
    """A small PDF file for the file input."""
    data = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
    return {"name": name, "mimeType": "application/pdf", "buffer": data}


def open_page(page: Page, path: str) -> None:
    page.goto(path)
    page.wait_for_load_state("networkidle")


def log_in(page: Page) -> None:
    open_page(page, "/user/login")
    page.locator("#field-login").fill(OFFICER)
    page.locator("#field-password").fill(os.environ.get("PPID_DEMO_PASSWORD", DEFAULT_PASSWORD))
    page.locator("#field-password").press("Enter")
    page.wait_for_load_state("networkidle")
    expect(page.locator(".account.authed")).to_be_attached()


def upload(page: Page, documents: list[dict]) -> None:
    """Fill the import form as the officer does and ask for the preview."""
    page.locator("#ppid-import-file").set_input_files(
        {"name": "dip-dinkes.csv", "mimeType": "text/csv", "buffer": SHEET}
    )
    page.locator("#ppid-import-documents").set_input_files(documents)
    page.locator("#ppid-import-unit").select_option(UNIT)
    page.locator("#ppid-import-file").evaluate("input => input.form.requestSubmit()")
    page.wait_for_url(re.compile(r"/ppid/import/[A-Za-z0-9_-]{10,}$"))
    page.wait_for_load_state("networkidle")


def test_import_a_register_with_its_documents(page: Page, check_accessibility):
    log_in(page)
    open_page(page, "/ppid/import/")
    check_accessibility(page)

    upload(page, [pdf("profil-puskesmas.pdf"), pdf("bagan-layanan.pdf")])

    # The schedule names a file that was not uploaded: its row shows the error, nothing can be committed.
    schedule_row = page.locator("table.ppid-import-rows tr", has_text=SCHEDULE)
    expect(schedule_row.locator(".ppid-row-error")).to_contain_text("jadwal-imunisasi.pdf")
    profile_row = page.locator("table.ppid-import-rows tr", has_text=PROFILE)
    expect(profile_row.locator(".ppid-row-documents li")).to_have_count(2)
    expect(page.locator('form[action*="/ppid/import/"] button[type=submit]')).to_have_count(0)
    check_accessibility(page)

    page.locator('a[href="/ppid/import/"].btn').click()
    page.wait_for_url(re.compile(r"/ppid/import/$"))
    upload(page, [pdf("profil-puskesmas.pdf"), pdf("bagan-layanan.pdf"), pdf("jadwal-imunisasi.pdf")])
    expect(page.locator(".ppid-row-error")).to_have_count(0)
    schedule_row = page.locator("table.ppid-import-rows tr", has_text=SCHEDULE)
    expect(schedule_row).to_contain_text("jadwal-imunisasi.pdf")
    check_accessibility(page)

    page.locator('form[action*="/ppid/import/"] button[type=submit]').click()

    page.wait_for_url(re.compile(rf"/ppid/dip/{UNIT}$"))
    page.wait_for_load_state("networkidle")
    expect(page.locator("table.ppid-register a", has_text=SCHEDULE)).to_have_count(1)
    page.locator("table.ppid-register a", has_text=PROFILE).click()
    page.wait_for_load_state("networkidle")
    expect(page.locator("h1")).to_contain_text(PROFILE)
    documents = page.locator(".resource-item .heading")
    expect(documents).to_have_count(2)
    expect(documents.nth(0)).to_contain_text("profil-puskesmas.pdf")
    expect(documents.nth(1)).to_contain_text("bagan-layanan.pdf")


def test_add_documents_to_an_item_from_its_page(page: Page, check_accessibility):
    log_in(page)
    open_page(page, f"/ppid/dip/{UNIT}")
    page.locator("table.ppid-register a").first.click()
    page.wait_for_load_state("networkidle")
    title = page.locator("h1").inner_text().strip()

    page.locator('a[href^="/ppid/documents/"]').click()
    page.wait_for_load_state("networkidle")
    check_accessibility(page)
    page.locator("#ppid-documents-files").set_input_files([pdf("sk-ppid-2025.pdf"), pdf("notulen-rapat.pdf")])
    page.locator("#ppid-documents-files").evaluate("input => input.form.requestSubmit()")
    page.wait_for_url(re.compile(r"/ppid/documents/[^/]+/[A-Za-z0-9_-]{16,}$"))
    page.wait_for_load_state("networkidle")
    check_accessibility(page)
    page.locator("#ppid-document-name-0001").fill("SK PPID Dinas Kesehatan 2025")
    page.locator("table.ppid-document-files").locator("xpath=ancestor::form").locator(
        "button[type=submit]"
    ).click()

    page.wait_for_load_state("networkidle")
    expect(page.locator("h1")).to_contain_text(title)
    names = page.locator(".resource-item .heading")
    expect(names.filter(has_text="SK PPID Dinas Kesehatan 2025")).to_have_count(1)
    expect(names.filter(has_text="notulen-rapat.pdf")).to_have_count(1)
