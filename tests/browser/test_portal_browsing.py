"""What a visitor does on the demo portal, checked with axe-core on every page they reach.

Assertions rest on the demo's data, URLs and the schema's own labels, not on catalog strings, so they
hold whatever the translation catalog says.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from ckanext.ppid.demo.content import default_content

pytestmark = pytest.mark.browser

DATASET_TITLE = "Jumlah Penduduk per Kecamatan 2025"
DATASET_PATH = "/dataset/jumlah-penduduk-per-kecamatan-2025"


def open_page(page: Page, path: str) -> None:
    """Open ``path`` and wait until its scripts have run (select2 and other CKAN modules)."""
    page.goto(path)
    page.wait_for_load_state("networkidle")


def result_titles(page: Page) -> list[str]:
    """The dataset titles listed on a search page."""
    return [title.strip() for title in page.locator(".dataset-item .dataset-heading a").all_inner_texts()]


def choose_language(page: Page, language: str) -> None:
    """Pick ``language`` in the footer's language selector, as a visitor does."""
    page.locator("form.lang-select .select2-selection").click()
    page.get_by_role("option", name=language).click()


def test_front_page_introduces_the_body(page: Page, check_accessibility):
    open_page(page, "/")

    expect(page.locator("html")).to_have_attribute("lang", "id")
    # One heading: the PPID and the body named in the configuration, over the demo's introduction.
    expect(page.locator("h1")).to_have_count(1)
    expect(page.locator("h1")).to_contain_text("Pemerintah Kabupaten Lembah Hijau")
    expect(page.locator(".ppid-front-intro")).to_contain_text("Undang-Undang Nomor 14 Tahun 2008")
    # The body's logo heads the page, its two services come first.
    expect(page.locator("header .ppid-brand-logo")).to_be_visible()
    expect(page.get_by_role("link", name="Ajukan permohonan informasi")).to_be_visible()
    expect(page.locator("#field-main-search")).to_be_visible()
    check_accessibility(page)


def test_search_from_the_front_page(page: Page, check_accessibility):
    open_page(page, "/")

    page.locator("#field-main-search").fill("penduduk")
    page.locator("#field-main-search").press("Enter")

    page.wait_for_url(re.compile(r"/dataset/\?q=penduduk"))
    page.wait_for_load_state("networkidle")
    titles = result_titles(page)
    assert DATASET_TITLE in titles
    assert len(titles) >= 3
    check_accessibility(page)


def test_narrow_results_by_format(page: Page, check_accessibility):
    open_page(page, "/dataset/?q=penduduk")
    everything = result_titles(page)

    page.locator('.nav-facet a[href*="res_format=CSV"]').click()

    page.wait_for_url(re.compile(r"res_format=CSV"))
    page.wait_for_load_state("networkidle")
    narrowed = result_titles(page)
    assert narrowed, "no dataset left after choosing CSV"
    assert set(narrowed) <= set(everything)
    assert len(narrowed) < len(everything)
    for item in page.locator(".dataset-item").all():
        expect(item.locator('[data-format="csv"]')).to_have_count(1)
    # The chosen filter is marked for assistive technology too.
    expect(page.locator('.nav-facet a[aria-current="true"]')).to_have_count(1)
    expect(page.locator('.nav-facet a[aria-current="true"]')).to_contain_text("CSV")
    check_accessibility(page)


def test_open_a_dataset_from_the_results(page: Page, check_accessibility):
    open_page(page, "/dataset/?q=penduduk")

    page.get_by_role("link", name=DATASET_TITLE).click()

    page.wait_for_url(re.compile(re.escape(DATASET_PATH) + "$"))
    page.wait_for_load_state("networkidle")
    expect(page.locator("h1")).to_contain_text(DATASET_TITLE)
    expect(page.locator(".resource-item")).to_have_count(3)
    expect(page.locator("section.additional-info")).to_contain_text("Semesteran")
    check_accessibility(page)


def test_browse_an_opd_page(page: Page, check_accessibility):
    content = default_content()
    demo = {s.title for s in content.datasets if s.unit == "dinkes" and not (s.private or s.draft)}
    demo |= {item.title for item in content.register if item.unit == "dinkes"}
    # The unit's page lists what the API lists as its public datasets of every type (its open data, its
    # register items, its budgets: the demo's and other tests'), 20 to a page.
    found = page.request.get(
        "/api/3/action/package_search", params={"fq": "organization:dinkes", "rows": 1000}
    ).json()["result"]["results"]
    public = {dataset["title"] for dataset in found}
    assert demo <= public
    open_page(page, "/")

    page.locator('header a[href="/organization/"]').click()
    page.wait_for_url(re.compile(r"/organization/$"))
    page.locator('a[href="/organization/dinkes"]').first.click()

    page.wait_for_url(re.compile(r"/organization/dinkes$"))
    page.wait_for_load_state("networkidle")
    expect(page.get_by_text("menyelenggarakan urusan kesehatan")).to_be_visible()
    shown = result_titles(page)
    assert len(shown) == min(20, len(public)) and set(shown) <= public
    check_accessibility(page)


def test_switch_language_and_back(page: Page, check_accessibility):
    open_page(page, DATASET_PATH)

    choose_language(page, "English")

    page.wait_for_url(re.compile(r"/en" + re.escape(DATASET_PATH) + "$"))
    page.wait_for_load_state("networkidle")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    # The schema's own labels follow the language.
    expect(page.locator("section.additional-info")).to_contain_text("Semi-annual")
    check_accessibility(page)

    choose_language(page, "Indonesia")

    # CKAN may or may not prefix the default locale.
    page.wait_for_url(re.compile(r"^https?://[^/]+(/id)?" + re.escape(DATASET_PATH) + "$"))
    page.wait_for_load_state("networkidle")
    expect(page.locator("html")).to_have_attribute("lang", "id")
    expect(page.locator("section.additional-info")).to_contain_text("Semesteran")
    check_accessibility(page)
