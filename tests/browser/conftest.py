"""Fixtures for the browser tests: a served demo portal, Debian's Chromium driven by Playwright, axe-core.

The portal runs in its own process on its own database (``ckan_ppid_browser``), so these tests share
nothing with the in-process CKAN of the other tests except the configuration file.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from accessibility import assert_accessible
from ckan.common import config
from playwright.sync_api import Browser, Page, sync_playwright
from portal_server import Portal, PortalError, Settings, prepare

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
PAGE_TIMEOUT_MS = 20_000


@pytest.fixture(scope="session")
def portal(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The base URL of a portal serving the demo from a fresh database; stopped after the session."""
    root = Path(request.config.rootpath)
    settings = Settings(
        root=root,
        ini=(root / request.config.getoption("ckan_ini")).resolve(),
        ckan=Path(sys.executable).parent / "ckan",
        test_config=config,
    )
    try:
        prepare(settings)
    except PortalError as error:
        pytest.fail(str(error), pytrace=False)
    server = Portal(settings, tmp_path_factory.mktemp("portal") / "ckan-run.log")
    try:
        server.start()
    except PortalError as error:
        pytest.fail(str(error), pytrace=False)
    yield server.url
    server.stop()


@pytest.fixture(scope="session")
def axe_source(request: pytest.FixtureRequest) -> str:
    """axe-core's browser bundle, installed from package-lock.json."""
    path = Path(request.config.rootpath) / "node_modules/axe-core/axe.min.js"
    if not path.exists():
        pytest.fail(f"{path} is missing: run `npm ci` in the repository (scripts/python-env.sh test does)")
    return path.read_text()


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    """Debian's headless Chromium (never a browser downloaded by `playwright install`)."""
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: run scripts/system.sh test (installs Debian's chromium)")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: Browser, portal: str) -> Iterator[Page]:
    """A fresh browser tab (no cookies) whose relative URLs go to the portal."""
    context = browser.new_context(base_url=portal, locale="id-ID")
    context.set_default_timeout(PAGE_TIMEOUT_MS)
    tab = context.new_page()
    yield tab
    context.close()


@pytest.fixture
def check_accessibility(axe_source: str) -> Callable[[Page], None]:
    """Call it on a page to assert that axe-core finds no serious or critical violation there."""
    return lambda tab: assert_accessible(tab, axe_source)
