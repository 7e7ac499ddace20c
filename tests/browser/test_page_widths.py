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
