"""The written-notice form in the browser: the chosen outcome's fields only, the error summary at the top with
the focus, the exempted item found by searching, and the letter's link appearing without a reload once a job
worker has built the PDF.

Runs against the served demo portal: PPID Pelaksana DPUPR answers a request being processed by refusing it
on DPUPR's exempted item ("Rincian Harga Perkiraan Sendiri ..."). The portal runs no job worker of its own
and starts with an empty queue; the test runs one (``ckan jobs worker --burst``) after the notice is sent.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from ckan.common import config
from playwright.sync_api import Page, expect
from portal_server import environment

from ckanext.ppid.demo.loader import DEFAULT_PASSWORD

pytestmark = pytest.mark.browser

UNIT_PPID = "ppid-dpupr"
CASE_URL = re.compile(r"/ppid/permohonan/[0-9a-f-]{36}$")
NOTICE = "#ppid-kirim_pemberitahuan"
FORM = "form[action$='/pemberitahuan']"
SHOTS = Path(os.environ.get("PPID_SCREENSHOTS", "/tmp/ppid-screenshots"))


def log_in(page: Page, login: str) -> None:
    page.goto("/user/login")
    page.locator("#field-login").fill(login)
    page.locator("#field-password").fill(os.environ.get("PPID_DEMO_PASSWORD", DEFAULT_PASSWORD))
    page.locator("#field-password").press("Enter")
    page.wait_for_load_state("networkidle")


def open_case(page: Page) -> str:
    page.goto("/ppid/antrian?status=diproses")
    page.wait_for_load_state("networkidle")
    page.locator("section.ppid-queue-requests tr.ppid-queue-row a").first.click()
    page.wait_for_url(CASE_URL)
    page.wait_for_load_state("networkidle")
    return page.url


def run_job_worker(request: pytest.FixtureRequest) -> None:
    """Build the queued PDFs, as the portal's worker would (same database and Redis as the portal)."""
    ini = (Path(request.config.rootpath) / request.config.getoption("ckan_ini")).resolve()
    ckan = Path(sys.executable).parent / "ckan"
    env = environment(config)
    subprocess.run(
        [str(ckan), "-c", str(ini), "jobs", "worker", "--burst"], env=env, check=True, capture_output=True
    )


def group(outcome: str):
    return f"#ppid-notice-{outcome}"


def test_the_notice_form_fits_the_outcome_and_the_letter_appears(
    page: Page, request: pytest.FixtureRequest, check_accessibility
):
    SHOTS.mkdir(parents=True, exist_ok=True)
    log_in(page, UNIT_PPID)
    case_url = open_case(page)

    # No outcome chosen: no group of fields shows; choosing one shows its fields only.
    for outcome in ("dikabulkan_seluruhnya", "ditolak_dikecualikan", "tidak_dikuasai"):
        expect(page.locator(group(outcome))).to_be_hidden()
    page.locator(f"{FORM} input[name=outcome][value=dikabulkan_seluruhnya]").check()
    expect(page.locator(group("dikabulkan_seluruhnya"))).to_be_visible()
    expect(page.locator(f"{NOTICE}-dikabulkan_seluruhnya-material")).to_be_visible()
    expect(page.locator(f"{NOTICE}-dikabulkan_seluruhnya-costs")).to_be_visible()
    expect(page.locator(group("ditolak_dikecualikan"))).to_be_hidden()
    expect(page.locator(f"{FORM} textarea:visible")).to_have_count(1)  # (d), not the reasons of a refusal

    # Sent without what is given: back with the summary at the top, focused, and the error at the field.
    page.locator(f"{NOTICE}-dikabulkan_seluruhnya-costs").fill("0")
    page.locator(f"{FORM} button[type=submit]").click()
    page.wait_for_load_state("networkidle")
    summary = page.locator("[data-ppid-error-summary]")
    expect(summary).to_be_focused()
    assert summary.bounding_box()["y"] < 600
    expect(summary).to_contain_text("UU 14/2008 Ps 22(7)(d)")
    expect(page.locator(f"{NOTICE}-dikabulkan_seluruhnya-material-error")).to_contain_text("22(7)(d)")
    expect(page.locator(f"{NOTICE}-dikabulkan_seluruhnya-costs")).to_have_value("0")
    expect(page.locator(group("dikabulkan_seluruhnya"))).to_be_visible()
    expect(page.locator(group("sudah_diumumkan"))).to_be_hidden()
    check_accessibility(page)
    for width in (390, 1366):
        page.set_viewport_size({"width": width, "height": 900})
        page.screenshot(path=str(SHOTS / f"notice-errors-{width}.png"))
    summary.locator("a", has_text="22(7)(d)").click()
    expect(page.locator(f"{NOTICE}-dikabulkan_seluruhnya-material")).to_be_in_viewport()

    # Refused on exemption: the unit's exempted item is found by searching, and chosen.
    page.locator(f"{FORM} input[name=outcome][value=ditolak_dikecualikan]").check()
    expect(page.locator(group("dikabulkan_seluruhnya"))).to_be_hidden()
    refused = page.locator(group("ditolak_dikecualikan"))
    expect(refused).to_be_visible()
    search = refused.locator("input[type=search]")
    search.fill("jembatan")
    items = page.locator(f"{NOTICE}-ditolak_dikecualikan-register_items")
    expect(items.locator("option", has_text="Jembatan Sungai Jernih")).to_have_count(1)
    expect(refused.locator("[role=status]")).to_contain_text("ditemukan")
    items.select_option(items.locator("option", has_text="Jembatan Sungai Jernih").get_attribute("value"))
    page.locator(f"{NOTICE}-ditolak_dikecualikan-exemption_grounds").select_option(index=0)
    page.locator(f"{NOTICE}-ditolak_dikecualikan-reasons").fill(
        "Harga perkiraan sendiri dikecualikan sampai kontrak ditandatangani."
    )
    for width in (390, 1366):
        page.set_viewport_size({"width": width, "height": 900})
        page.screenshot(path=str(SHOTS / f"notice-refused-{width}.png"), full_page=True)
    page.locator(f"{FORM} button[type=submit]").click()
    page.wait_for_load_state("networkidle")
    assert page.url == case_url
    expect(page.locator(".flash-messages .alert")).to_contain_text("Tercatat: Kirim pemberitahuan tertulis.")
    notice = page.locator("section[aria-labelledby=ppid-notice-heading]")
    expect(notice).to_contain_text("Jembatan Sungai Jernih")

    # The letter is being built; once the worker has run, its link appears without reloading the page.
    waiting = notice.locator("[data-ppid-letter=notice]")
    expect(waiting).to_contain_text("tautannya muncul di sini")
    page.evaluate("window.ppidNotReloaded = true")
    run_job_worker(request)
    link = notice.locator("a", has_text="Unduh pemberitahuan tertulis (PDF)")
    expect(link).to_be_visible(timeout=30_000)
    assert page.evaluate("window.ppidNotReloaded") is True
    assert page.context.request.get(link.get_attribute("href")).status == 200
