"""Details of the layout: one-column pages, a unit's description, tables given the whole width (every page
of every role at every width: test_layout.py)."""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser

pytestmark = pytest.mark.browser


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
