"""Handling requests in the browser: the staff's work queue and written notice, the applicant's objection,
the Atasan PPID's decision form, and the public register and statistics that name no applicant.

Runs against the served demo portal and its demo request cases (``demo/request_cases.py``). The portal runs
no job worker, so letters stay "being prepared". The pages are in Indonesian, the default locale: the
assertions use strings the catalog already translates. The tests run in order and share the portal: the
notice and the objection they send change cases the other tests do not rely on.
"""

from __future__ import annotations

import csv
import io
import os
import re

import pytest
from playwright.sync_api import Page, expect

from ckanext.ppid.demo import request_cases
from ckanext.ppid.demo.loader import DEFAULT_PASSWORD

pytestmark = pytest.mark.browser

# dpupr has the demo's overdue request ("terlambat") and one being processed on time ("diproses").
UNIT_PPID = "ppid-dpupr"
APPLICANT = "warga-rahmat"
ATASAN = "atasan-ppid"
CASE_URL = re.compile(r"/ppid/permohonan/[0-9a-f-]{36}$")
OBJECTION_URL = re.compile(r"/ppid/keberatan/[0-9a-f-]{36}$")
NOTICE = "#ppid-kirim_pemberitahuan"
PUBLIC_PAGES = ("/ppid/register-permohonan", "/ppid/statistik-permohonan", "/ppid/keberatan/register")


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


def submit(page: Page, form_selector: str) -> None:
    page.locator(f"{form_selector} button[type=submit]").click()
    page.wait_for_load_state("networkidle")


def queue_rows(page: Page):
    return page.locator("section.ppid-queue-requests tr.ppid-queue-row")


@pytest.mark.xfail(
    reason="the notice form's browser test, run before, may answer the demo's overdue DPUPR request "
    "(issue 14 note)",
    strict=False,
)
def test_staff_see_the_overdue_request_first_and_filter_by_urgency(page: Page, check_accessibility):
    log_in(page, UNIT_PPID)
    open_page(page, "/ppid/antrian")
    expect(page.locator("h1")).to_have_text("Antrean kerja")
    first = queue_rows(page).first
    # The urgency in words, not colour alone, and how late it is.
    expect(first.locator(".ppid-urgency")).to_have_text("Terlambat")
    expect(first.locator(".ppid-working-days-left")).to_have_text(re.compile(r"^terlambat \d+ hari kerja$"))
    overdue_number = first.locator("a").inner_text().strip()
    check_accessibility(page)

    page.locator("#ppid-queue-urgency").select_option("berjalan")
    submit(page, "form.ppid-queue-filters")
    expect(page).to_have_url(re.compile(r"[?&]urgency=berjalan"))
    expect(page.locator("#ppid-queue-urgency")).to_have_value("berjalan")
    rows = queue_rows(page)
    expect(rows.first).to_be_visible()
    for badge in rows.locator(".ppid-urgency").all():
        expect(badge).to_have_text("Masih dalam waktu")
    expect(page.locator("section.ppid-queue-requests a", has_text=overdue_number)).to_have_count(0)

    number = rows.first.locator("a").inner_text().strip()
    rows.first.locator("a").click()
    page.wait_for_url(CASE_URL)
    page.wait_for_load_state("networkidle")
    expect(page.locator("h1")).to_have_text(f"Permohonan {number}")
    expect(page.locator("#ppid-actions-heading")).to_have_text("Yang dapat Anda lakukan sekarang")
    expect(page.locator("#ppid-kirim_pemberitahuan-heading")).to_have_text("Kirim pemberitahuan tertulis")
    check_accessibility(page)


def test_staff_send_a_written_notice_granting_the_request(page: Page, check_accessibility):
    log_in(page, UNIT_PPID)
    open_page(page, "/ppid/antrian?urgency=berjalan&status=diproses")
    queue_rows(page).first.locator("a").click()
    page.wait_for_url(CASE_URL)
    page.wait_for_load_state("networkidle")
    case_url = page.url
    form = "form[action$='/pemberitahuan']"

    # Granted without saying what is given: the form comes back with the field marked and explained.
    granted = f"{NOTICE}-dikabulkan_seluruhnya"
    page.locator(f"{form} input[name=outcome][value=dikabulkan_seluruhnya]").check()
    expect(page.locator(f"{granted}-held")).to_be_checked()
    page.locator(f"{granted}-delivery_method").select_option("email")
    page.locator(f"{granted}-copy_format").select_option("softcopy")
    page.locator(f"{granted}-costs").fill("0")
    submit(page, form)
    expect(page.locator("[data-ppid-error-summary]")).to_contain_text("UU 14/2008 Ps 22(7)(d)")
    material = page.locator(f"{granted}-material")
    expect(material).to_have_class(re.compile(r"\bis-invalid\b"))
    expect(material).to_have_attribute("aria-describedby", re.compile(rf"{granted[1:]}-material-error"))
    expect(page.locator(f"{granted}-material-error")).to_contain_text("UU 14/2008 Ps 22(7)(d)")
    expect(page.locator(f"{form} input[name=outcome][value=dikabulkan_seluruhnya]")).to_be_checked()
    expect(page.locator(f"{granted}-held")).to_be_checked()
    check_accessibility(page)

    material.fill("Daftar ruas jalan kabupaten yang rusak berat dan rencana perbaikannya tahun 2026.")
    submit(page, form)

    assert page.url == case_url
    expect(page.locator(".flash-messages .alert")).to_contain_text("Tercatat: Kirim pemberitahuan tertulis.")
    notice = page.locator("section[aria-labelledby=ppid-notice-heading]")
    expect(notice.locator("h2")).to_have_text("Pemberitahuan tertulis")
    expect(notice).to_contain_text("Dikabulkan seluruhnya")
    expect(
        notice.locator("dt", has_text="Nomor surat").locator("xpath=following-sibling::dd[1]")
    ).to_have_text(re.compile(r"\S"))
    # No worker builds the PDF on this portal: the page says it is coming, and the letter's address says so.
    expect(notice).to_contain_text("Surat sedang disiapkan; tautannya muncul di sini dalam beberapa detik.")
    expect(notice.locator("a", has_text="Unduh pemberitahuan tertulis (PDF)")).to_have_count(0)
    letter = page.context.request.get(f"{case_url}/pemberitahuan.pdf")
    assert letter.status == 404
    assert "Surat sedang disiapkan; coba lagi sebentar lagi." in letter.text()
    # The notice is sent: its form is no longer offered.
    expect(page.locator(form)).to_have_count(0)
    check_accessibility(page)


def test_the_applicant_objects_on_an_open_ground(page: Page, check_accessibility):
    log_in(page, APPLICANT)
    open_page(page, "/ppid/permohonan/saya")
    # The demo's granted request ("dikabulkan"): grounds d and e open, information not yet handed over.
    row = page.locator("table tbody tr", has_text="Pemberitahuan tertulis telah dikirim").first
    number = row.locator("a").inner_text().strip()
    row.locator("a").click()
    page.wait_for_url(CASE_URL)
    page.wait_for_load_state("networkidle")
    section = page.locator("section.ppid-objections")
    open_letters = [item.split(".")[0] for item in section.locator("xpath=./ul/li").all_inner_texts()]
    assert "d" in open_letters and "a" not in open_letters, open_letters

    section.locator("a.btn", has_text="Ajukan keberatan kepada Atasan PPID").click()
    page.wait_for_load_state("networkidle")
    expect(page.locator("h1")).to_have_text("Ajukan keberatan kepada Atasan PPID")
    expect(page.locator("[role=main]")).to_contain_text(f"Permohonan {number}")
    # Only the grounds open today can be ticked, each with the last day to object on it.
    labels = page.locator("input[name=grounds] + label").all_inner_texts()
    assert [label.split(".")[0] for label in labels] == open_letters
    expect(page.locator("fieldset .ppid-due h2").first).to_contain_text("Pengajuan keberatan oleh pemohon")
    check_accessibility(page)

    page.locator("input[name=grounds][value^='d_']").check()
    statement = f"Rekap yang diberikan tidak per sekolah seperti yang saya minta ({number})."
    page.locator("#ppid-objection-statement").fill(statement)
    submit(page, "[role=main] form")

    page.wait_for_url(OBJECTION_URL)
    flash = page.locator(".flash-messages .alert").filter(has_text="Keberatan Anda diregistrasi dengan nomor")
    expect(flash).to_have_count(1)
    objection_number = re.search(r"nomor (\S+)\.$", flash.inner_text().strip()).group(1)
    expect(page.locator("h1")).to_have_text(f"Keberatan {objection_number}")
    expect(page.locator("[role=main] dl").first).to_contain_text(statement)
    expect(page.locator("[role=main] dl").first).to_contain_text(number)
    # The Atasan PPID's due date, explained from day 0.
    due = page.locator("section.ppid-due").first
    expect(due.locator("h2")).to_contain_text("Tanggapan tertulis Atasan PPID atas keberatan: ")
    expect(due).to_contain_text("Hari ke-0 adalah hari keberatan dianggap diterima.")
    expect(page.locator("[role=main]")).to_contain_text("Belum diputus.")
    check_accessibility(page)


def test_an_objection_not_yet_registered_is_not_called_none(page: Page):
    log_in(page, APPLICANT)
    open_page(page, "/ppid/permohonan/saya")
    # The demo's objection filed on the overdue request ("keberatan-diajukan") has no number yet.
    page.locator("table tbody tr", has_text="Sedang diproses").first.locator("a").click()
    page.wait_for_url(CASE_URL)
    page.wait_for_load_state("networkidle")
    heading = page.locator("section.ppid-objections h3 a").first
    expect(heading).not_to_contain_text("None")
    title = heading.inner_text().strip()
    heading.click()
    page.wait_for_url(OBJECTION_URL)
    expect(page.locator("h1")).to_have_text(title)
    expect(page.locator(".breadcrumb")).not_to_contain_text("None")


def test_the_atasan_ppid_opens_the_decision_form(page: Page, check_accessibility):
    log_in(page, ATASAN)
    open_page(page, "/ppid/antrian")
    objections = page.locator("section.ppid-queue-objections")
    expect(objections.locator("h2")).to_contain_text("Keberatan yang menunggu putusan Atasan PPID")
    check_accessibility(page)
    row = objections.locator("tr.ppid-queue-row", has_text="Keberatan diregistrasi").first
    number = row.locator("td").first.inner_text().strip()
    # The objection's number leads to its page.
    row.locator("a", has_text=number).click()
    page.wait_for_url(OBJECTION_URL)
    page.wait_for_load_state("networkidle")
    check_accessibility(page)

    page.locator("a.btn", has_text="Putuskan keberatan").click()
    page.wait_for_load_state("networkidle")
    expect(page.locator("h1")).to_have_text(f"Putuskan keberatan {number}")
    expect(page.locator("fieldset legend")).to_have_text("Putusan (UU 14/2008 Pasal 36) *")
    expect(page.locator("input[name=decision]")).to_have_count(4)
    check_accessibility(page)

    # Upholding the PPID needs written reasons: without them the form comes back, the choice kept.
    page.locator("#ppid-decision-menguatkan").check()
    submit(page, "[role=main] form")
    expect(page.locator("[role=main] .alert-danger")).to_contain_text("Perbaiki isian yang ditandai.")
    expect(page.locator("#ppid-decision-reasons")).to_have_class(re.compile(r"\bis-invalid\b"))
    expect(page.locator("#ppid-decision-menguatkan")).to_be_checked()
    check_accessibility(page)


@pytest.mark.parametrize("path", PUBLIC_PAGES)
def test_public_case_lists_name_no_applicant(page: Page, check_accessibility, path: str):
    answer = page.goto(path)
    assert answer is not None and answer.status == 200
    page.wait_for_load_state("networkidle")
    expect(page.locator("h1")).to_be_visible()
    expect(page.locator("table").first).to_be_visible()
    check_accessibility(page)
    html = page.content()
    for applicant in request_cases.APPLICANTS:
        for personal in (applicant.name, applicant.nik, applicant.phone, applicant.email):
            assert not personal or personal not in html, f"{personal!r} on {path}"


def test_the_register_download_names_no_applicant(page: Page):
    answer = page.context.request.get("/ppid/register-permohonan.csv")
    assert answer.status == 200
    text = answer.text()
    # The header, then at least every demo case.
    assert len(list(csv.reader(io.StringIO(text)))) >= 1 + len(request_cases.CASES)
    for applicant in request_cases.APPLICANTS:
        for personal in (applicant.name, applicant.nik, applicant.phone, applicant.email):
            assert not personal or personal not in text, personal
