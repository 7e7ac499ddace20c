"""The public pages fit a phone, a tablet and a laptop: no page scrolls sideways (wide tables scroll inside
their own region)."""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser

pytestmark = pytest.mark.browser

WIDTHS = (390, 768, 1366)
PAGES = (
    "/",
    "/ppid/",
    "/ppid/dip",
    "/ppid/dik",
    "/informasi-publik/",
    "/dataset/",
    "/anggaran/",
    "/organization/",
    "/ppid/kalender/",
    "/ppid/kalender/kalkulator",
)


@pytest.mark.parametrize("width", WIDTHS)
def test_no_public_page_scrolls_sideways(browser: Browser, portal: str, width: int):
    context = browser.new_context(base_url=portal, locale="id-ID", viewport={"width": width, "height": 900})
    tab = context.new_page()
    try:
        wider = {}
        for path in PAGES:
            tab.goto(path)
            tab.wait_for_load_state("networkidle")
            scrolled = tab.evaluate("document.documentElement.scrollWidth")
            if scrolled > width:
                wider[path] = scrolled
        assert wider == {}
    finally:
        context.close()


def test_one_column_pages_draw_no_sidebar_line_through_their_text(browser: Browser, portal: str):
    context = browser.new_context(base_url=portal, locale="id-ID", viewport={"width": 1366, "height": 900})
    tab = context.new_page()
    try:
        for path in ("/ppid/kalender/", "/ppid/kalender/kalkulator"):
            tab.goto(path)
            assert "no-nav" in (tab.locator(".main .row.wrapper").get_attribute("class") or ""), path
    finally:
        context.close()


def test_a_units_description_breaks_between_words(page):
    page.goto("/organization/dinkes")
    description = page.locator(".context-info .description")
    assert description.evaluate("e => getComputedStyle(e).wordBreak") == "normal"


@pytest.mark.parametrize("path", ["/ppid/keberatan/register", "/ppid/dik"])
def test_a_page_without_a_sidebar_gives_its_table_the_whole_width(browser: Browser, portal: str, path: str):
    context = browser.new_context(base_url=portal, locale="id-ID", viewport={"width": 1366, "height": 900})
    tab = context.new_page()
    try:
        tab.goto(path)
        main = tab.locator(".main .primary")
        assert main.evaluate("e => e.classList.contains('col-12')")
        assert main.evaluate("e => e.getBoundingClientRect().width") > 1100
    finally:
        context.close()
