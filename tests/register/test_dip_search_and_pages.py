"""The DIP keeps one table per category, each a page at a time, with a search by title, summary or
official; the pager's links keep the filters and the other tables' pages. The downloads stay complete."""

from __future__ import annotations

import io
import re

import pytest
from ckan import model
from register_cast import register_item

from ckanext.ppid.register.views import PAGE_SIZE

pytestmark = pytest.mark.usefixtures("with_plugins")
MANY = PAGE_SIZE + 5


@pytest.fixture
def many(cast):
    unit = model.Group.get("dinkes").id
    for number in range(1, MANY + 1):
        register_item(unit, name=f"arsip-{number:02d}", title=f"Arsip Surat {number:02d}")
    register_item(
        unit, name="jadwal-imunisasi", title="Jadwal Imunisasi", penanggung_jawab="Kepala Seksi Surveilans"
    )
    return cast


def _titles(body: str) -> list[str]:
    return re.findall(r">(Arsip Surat \d\d|Jadwal Imunisasi)</a>", body)


def _section(body: str, code: str) -> str:
    start = body.index(f'id="kategori-{code}"')
    return body[start : body.index("</section>", start)]


def test_a_long_category_is_shown_a_page_at_a_time_with_links_to_the_others(app, many):
    first = _section(app.get("/ppid/dip/dinkes").body, "setiap_saat")
    assert len(_titles(first)) == PAGE_SIZE
    assert f"({MANY + 2})" in first or f"({MANY + 1})" in first  # the count covers every page
    links = re.findall(r'href="([^"]*page_setiap_saat=2[^"]*)"', first)
    assert links and links[0].endswith("#kategori-setiap_saat")

    second = _section(app.get(links[0].replace("&amp;", "&")).body, "setiap_saat")
    shown = _titles(second)
    assert 0 < len(shown) <= PAGE_SIZE and "Arsip Surat 01" not in shown
    assert f">{PAGE_SIZE + 1}<" in second  # rows are numbered across pages


def test_the_search_finds_words_in_the_title_or_the_official_and_the_pager_keeps_it(app, many):
    found = app.get("/ppid/dip?q=surveilans").body
    assert _titles(found) == ["Jadwal Imunisasi"]
    assert 'value="surveilans"' in found

    paged = _section(app.get("/ppid/dip?q=arsip+surat&unit=dinkes").body, "setiap_saat")
    assert len(_titles(paged)) == PAGE_SIZE
    link = re.findall(r'href="([^"]*page_setiap_saat=2[^"]*)"', paged)[0].replace("&amp;", "&")
    assert "q=arsip+surat" in link and "unit=dinkes" in link
    assert "Jadwal Imunisasi" not in app.get(link).body


def test_a_page_number_it_cannot_show_gets_a_message_and_the_first_page(app, many):
    for number in ("dua", "0", "99"):
        page = app.get(f"/ppid/dip/dinkes?page_setiap_saat={number}")
        assert page.status_code == 200
        assert "ppid-register-errors" in page.body
        assert "Arsip Surat 01" in page.body


def test_the_downloads_of_the_dip_stay_complete(app, many):
    from openpyxl import load_workbook

    workbook = load_workbook(io.BytesIO(app.get("/ppid/dip.xlsx?unit=dinkes").get_data()))
    cells = {cell.value for sheet in workbook for row in sheet.iter_rows() for cell in row}
    assert {f"Arsip Surat {number:02d}" for number in range(1, MANY + 1)} <= cells


def test_the_dik_has_the_search_too(app, cast):
    assert "Rekam Medis Pasien" in app.get("/ppid/dik?q=rekam").body
    assert "Rekam Medis Pasien" not in app.get("/ppid/dik?q=anggaran").body
