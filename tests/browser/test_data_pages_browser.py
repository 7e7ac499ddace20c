"""In Chromium: a budget file's page shows its rows in CKAN's table preview under the portal's
Content-Security-Policy (no policy error in the console), and the DIP and that page fit a phone and a laptop.

The Dinas Kesehatan's PPID publishes a realisation file, imported in one process (``budget_publishing``: the
portal keeps uploads in memory); the import gives it its table preview.
"""

from __future__ import annotations

import io
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from ckan.common import config
from PIL import Image
from playwright.sync_api import Page
from portal_server import environment

pytestmark = pytest.mark.browser

WIDTHS = (390, 1366)
HEADER = (
    "Kode Program;Nama Program;Kode Kegiatan;Nama Kegiatan;Kode Sub Kegiatan;Nama Sub Kegiatan;"
    "Kode Rekening;Uraian Rekening;Anggaran;Realisasi"
)
LINE = (
    "1.02.02;Program Pemenuhan Upaya Kesehatan;1.02.02.2.02;Penyediaan Layanan;1.02.02.2.02.0001;"
    "Imunisasi;5.1.02.01.01.00{code};Vaksin;750.000.000,00;{amount}"
)


@pytest.fixture(scope="module")
def budget(portal: str, request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> str:
    """The page of a budget dataset whose November realisation file is imported."""
    path = tmp_path_factory.mktemp("preview") / "realisasi-11.csv"
    lines = [LINE.format(code=50 + n, amount=f"{n}00.000.000,00") for n in range(1, 8)]
    path.write_text("\n".join([HEADER, *lines, ""]))
    root = Path(request.config.rootpath)
    ini = (root / request.config.getoption("ckan_ini")).resolve()
    prefix = f"pratinjau-dinkes-2018-{secrets.token_hex(3)}"
    command = [sys.executable, str(Path(__file__).with_name("budget_publishing.py")), str(ini), "dinkes"]
    command += [prefix, "2018", f"11={path}"]
    env = environment(config)
    done = subprocess.run(command, env=env, cwd=root, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-4000:]
    return f"/anggaran/{prefix}-11"


def _resource_page(page: Page, budget: str) -> str:
    page.goto(budget)
    links = page.locator("a[href*='/resource/']").evaluate_all("links => links.map(a => a.pathname)")
    pages = [link for link in links if link.rstrip("/").split("/")[-2] == "resource"]
    assert pages, f"no document is linked from {budget}"
    return pages[0]


def _width(page: Page, shot: Path) -> int:
    return Image.open(io.BytesIO(page.screenshot(path=shot, full_page=True))).width


def test_a_budget_files_page_shows_its_table_without_policy_errors(page: Page, budget: str, tmp_path_factory):
    problems: list[str] = []
    page.on(
        "console",
        lambda message: (
            "Content Security Policy" in message.text
            and problems.append(f"{page.url} {message.location.get('url')}: {message.text}")
        ),
    )
    page.on("pageerror", lambda error: problems.append(str(error)))
    path = _resource_page(page, budget)

    page.goto(path)
    assert "Belum ada tampilan" not in page.content()
    frame = page.frame_locator("iframe").first
    rows = frame.locator("table tbody tr")
    rows.first.wait_for(state="visible")
    assert rows.count() > 1
    assert "kode" in frame.locator("table thead").first.inner_text().lower()
    assert problems == [], "\n".join(problems)

    shots = tmp_path_factory.mktemp("data-pages")
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 900})
        for name, url in (("resource", path), ("dip", "/ppid/dip")):
            page.goto(url)
            page.wait_for_load_state("networkidle")
            assert _width(page, shots / f"{name}-{width}.png") == width, f"{url} at {width} px"
    assert problems == [], "\n".join(problems)


def test_the_dip_searches_and_pages_in_the_browser(page: Page):
    page.goto("/ppid/dip")
    # The first category with more rows than a page holds.
    section = page.locator("section.ppid-register-section", has=page.locator(".pagination")).first
    anchor = section.get_attribute("id")
    assert section.locator("tbody tr").count() == 25
    section.locator(".pagination a", has_text="2").first.click()
    page.wait_for_load_state("networkidle")
    assert f"page_{anchor.removeprefix('kategori-')}=2" in page.url and page.url.endswith(f"#{anchor}")
    assert page.locator(f"#{anchor} tbody tr td").first.inner_text() == "26"

    page.locator("#ppid-register-q").fill("profil")
    page.locator("#ppid-register-q").press("Enter")
    page.wait_for_load_state("networkidle")
    assert "q=profil" in page.url
    assert page.locator("#ppid-register-q").input_value() == "profil"
    assert "profil" in page.locator(".ppid-register-found").inner_text()
    rows = page.locator(".ppid-register tbody tr")
    assert 0 < rows.count() < 25 * 3
