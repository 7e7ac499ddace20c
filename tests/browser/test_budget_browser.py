"""A visitor reads an OPD's budget: the charts are drawn, the tables hold the figures, a click drills down
from a program to its activities, and axe-core finds nothing that blocks anyone.

The Dinas Kesehatan's PPID publishes its realisation up to November and up to December 2019 (a year the
demo leaves alone) and the files are imported (``budget_publishing``, in one process: the portal keeps
uploads in memory).
"""

from __future__ import annotations

import re
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from ckan.common import config
from playwright.sync_api import Page, expect
from portal_server import environment

pytestmark = pytest.mark.browser

UNIT = "dinkes"
YEAR = 2019
HEADER = (
    "Kode Program;Nama Program;Kode Kegiatan;Nama Kegiatan;Kode Sub Kegiatan;Nama Sub Kegiatan;"
    "Kode Rekening;Uraian Rekening;Anggaran;Realisasi"
)
LINES = [
    "1.02.02;Program Pemenuhan Upaya Kesehatan;1.02.02.2.01;Penyediaan Fasilitas;1.02.02.2.01.0001;"
    "Pembangunan Puskesmas;5.2.03.01.01.0001;Bangunan Gedung;2.500.000.000,00;{built}",
    "1.02.02;Program Pemenuhan Upaya Kesehatan;1.02.02.2.02;Penyediaan Layanan;1.02.02.2.02.0001;"
    "Imunisasi;5.1.02.01.01.0052;Vaksin;750.000.000,00;{vaccines}",
    "1.02.01;Program Penunjang;1.02.01.2.01;Perencanaan;1.02.01.2.01.0001;Penyusunan Dokumen;"
    "5.1.02.01.01.0024;Alat Tulis Kantor;125.000.000,00;{stationery}",
]
MONTHS = {
    11: {"built": "1.000.000.000,00", "vaccines": "500.000.000,00", "stationery": "100.000.000,00"},
    12: {"built": "2.250.000.000,00", "vaccines": "700.000.000,00", "stationery": "120.000.000,00"},
}


def open_page(page: Page, path: str) -> None:
    page.goto(path)
    page.wait_for_load_state("networkidle")


@pytest.fixture(scope="module")
def published(portal: str, request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> None:
    """The realisation files of November and December, imported into the portal's database."""
    folder = tmp_path_factory.mktemp("budget")
    files = []
    for month, amounts in MONTHS.items():
        path = folder / f"realisasi-{month}.csv"
        path.write_text("\n".join([HEADER, *(line.format(**amounts) for line in LINES)]) + "\n")
        files.append(f"{month}={path}")
    root = Path(request.config.rootpath)
    ini = (root / request.config.getoption("ckan_ini")).resolve()
    script = Path(__file__).with_name("budget_publishing.py")
    prefix = f"realisasi-{UNIT}-{YEAR}-{secrets.token_hex(3)}"
    command = [sys.executable, str(script), str(ini), UNIT, prefix, str(YEAR), *files]
    env = environment(config)
    done = subprocess.run(command, env=env, cwd=root, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-4000:]


def drawn(page: Page, canvas: str) -> bool:
    """Chart.js drew on the canvas: it holds a chart and pixels that are not blank."""
    return page.evaluate(
        """(selector) => {
            const canvas = document.querySelector(selector);
            if (!canvas || !window.Chart || !Chart.getChart(canvas)) return false;
            const pixels = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height).data;
            return pixels.some((value, index) => index % 4 === 3 && value !== 0);
        }""",
        canvas,
    )


def test_the_opd_page_draws_its_charts_beside_its_tables_and_drills_down(
    page: Page, published, check_accessibility
):
    open_page(page, f"/anggaran/opd/{UNIT}?tahun={YEAR}")

    expect(page.locator("[data-total=anggaran]")).to_have_text("Rp3.375.000.000")
    expect(page.locator("[data-total=realisasi]")).to_have_text("Rp3.070.000.000")
    rows = page.locator("table.ppid-budget-rows tbody tr")
    expect(rows).to_have_count(2)
    expect(page.locator("table.ppid-budget-trend tbody tr")).to_have_count(2)
    assert drawn(page, "#ppid-budget-rows-chart")
    assert drawn(page, "#ppid-budget-trend-chart")
    expect(page.locator("#ppid-budget-rows-chart")).to_have_attribute("role", "img")
    check_accessibility(page)

    page.locator('table.ppid-budget-rows tr[data-code="1.02.02"] a').click()

    page.wait_for_url(re.compile(r"tingkat=kegiatan&induk=1\.02\.02"))
    page.wait_for_load_state("networkidle")
    expect(page.locator("table.ppid-budget-rows tbody tr")).to_have_count(2)
    expect(
        page.locator('table.ppid-budget-rows tr[data-code="1.02.02.2.01"] [data-measure=anggaran]')
    ).to_have_text("Rp2.500.000.000")
    expect(page.locator(".ppid-budget-path li").last).to_contain_text("1.02.02")
    assert drawn(page, "#ppid-budget-rows-chart")
    check_accessibility(page)


def test_the_ranking_across_opds_is_drawn_and_accessible(page: Page, published, check_accessibility):
    open_page(page, f"/anggaran/opd?tahun={YEAR}")

    expect(page.locator(f'table.ppid-budget-ranking tr[data-opd="{UNIT}"]')).to_have_count(1)
    assert drawn(page, "#ppid-budget-compare-chart")
    check_accessibility(page)
