"""Plan versus actual across OPDs: ranked by absorption, OPDs without a realisation last, each linked to its
own page (figures: budget_page_cast)."""

from __future__ import annotations

import lxml.html
import pytest
from budget_page_cast import document, table_rows

pytestmark = pytest.mark.usefixtures("with_plugins")


def test_the_opds_are_ranked_by_absorption(app, published):
    response = app.get("/anggaran/opd")
    page = document(response)

    assert response.status_code == 200
    rows = table_rows(page, "ppid-budget-ranking")
    assert [(row[0], row[1], row[4], row[5], row[6]) for row in rows] == [
        ("1", "Dinas Kesehatan", "Rp20.000.000", "Rp15.000.000", "75,00%"),
        ("2", "Dinas Komunikasi dan Informatika", "Rp10.710.893.800", "Rp648.933.817", "6,06%"),
        # Only a plan: nothing spent to rank by.
        ("3", "Dinas Pendidikan", "Rp50.000.000", "–", "–"),
    ]
    assert page.xpath('//tr[@data-opd="dinas-kesehatan"]//a/@href') == [
        "/anggaran/opd/dinas-kesehatan?tahun=2026&tahapan=realisasi"
    ]


def test_the_chart_ranks_the_opds_that_have_an_absorption(app, published):
    page = document(app.get("/anggaran/opd"))

    (canvas,) = page.xpath('//canvas[@role="img"]')
    figures = page.get_element_by_id(canvas.get("data-ppid-budget-chart")).text
    assert canvas.get("aria-label")
    assert '"labels": ["Dinas Kesehatan", "Dinas Komunikasi dan Informatika"]' in figures
    assert '"values": [75.0, 6.06]' in figures


def test_a_phase_compares_only_that_phase(app, published):
    rows = table_rows(document(app.get("/anggaran/opd?tahapan=murni")), "ppid-budget-ranking")

    assert [row[1] for row in rows] == ["Dinas Pendidikan"]


def test_a_bad_year_is_refused_with_a_message(app, published):
    response = app.get("/anggaran/opd?tahun=dua-ribu")

    assert response.status_code == 400
    assert document(response).find_class("ppid-budget-errors")


def test_the_main_navigation_leads_to_the_budgets(app, cast):
    page = lxml.html.fromstring(app.get("/").body)
    links = page.xpath("//nav//a[@href='/anggaran/opd']")
    assert [link.text_content().strip() for link in links] == ["Anggaran"]
