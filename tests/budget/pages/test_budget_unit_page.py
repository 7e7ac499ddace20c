"""One OPD's budget page: totals and rows written the Indonesian way, drill-down along the codes, the
monthly trend, and refusals that say what is wrong (figures: budget_page_cast)."""

from __future__ import annotations

import pytest
from budget_page_cast import document, table_rows, text

pytestmark = pytest.mark.usefixtures("with_plugins")

KOMINFO = "/anggaran/opd/dinas-kominfo"


def totals(page) -> dict[str, str]:
    return {cell.get("data-total"): text(cell) for cell in page.xpath("//dd[@data-total]")}


def test_the_opd_page_shows_its_totals_and_programs_in_rupiah(app, published):
    response = app.get(KOMINFO)
    page = document(response)

    assert response.status_code == 200
    assert "Dinas Komunikasi dan Informatika" in text(page.xpath("//h1")[0])
    assert totals(page) == {
        "anggaran": "Rp10.710.893.800",
        "realisasi": "Rp648.933.817",
        "persentase": "6,06%",
    }
    assert table_rows(page, "ppid-budget-rows") == [
        ["2.16.01", "Program Penunjang", "Rp9.000.000", "Rp5.750.000", "63,89%"],
        ["2.16.02", "Program Informasi", "Rp10.701.893.800", "Rp643.183.817", "6,01%"],
    ]
    assert "Juli 2026" in text(page.find_class("ppid-budget-context")[0])


def test_drilling_down_from_a_program_shows_only_its_activities(app, published):
    programs = document(app.get(KOMINFO))
    (link,) = programs.xpath('//table[contains(@class, "ppid-budget-rows")]//tr[@data-code="2.16.01"]//a')

    page = document(app.get(link.get("href")))

    assert table_rows(page, "ppid-budget-rows") == [
        ["2.16.01.2.01", "Perencanaan", "Rp4.000.000", "Rp1.750.000", "43,75%"],
        ["2.16.01.2.02", "Administrasi Keuangan", "Rp5.000.000", "Rp4.000.000", "80,00%"],
    ]
    footer = [text(cell) for cell in page.xpath('//tr[contains(@class, "ppid-budget-total")]/*')]
    assert footer[1:] == ["Rp9.000.000", "Rp5.750.000", "63,89%"]
    # The OPD's own totals stay the whole OPD's.
    assert totals(page)["anggaran"] == "Rp10.710.893.800"
    path = [text(item) for item in page.find_class("ppid-budget-path")[0].xpath("./li")]
    assert path[-1].endswith("2.16.01 Program Penunjang")


def test_the_drill_down_path_leads_back_up(app, published):
    page = document(app.get(f"{KOMINFO}?tingkat=rekening&induk=2.16.01.2.01.0001"))

    crumbs = page.find_class("ppid-budget-path")[0].xpath("./li")
    assert [row[1] for row in table_rows(page, "ppid-budget-rows")] == ["Alat Tulis Kantor", "Honorarium"]
    # Each step names its level (in the catalog's words), its code and its name.
    steps = [text(crumb) for crumb in crumbs][1:]
    assert [step.split(" 2.16", 1)[1] for step in steps] == [
        ".01 Program Penunjang",
        ".01.2.01 Perencanaan",
        ".01.2.01.0001 Penyusunan Dokumen",
    ]
    up = document(app.get(crumbs[2].xpath(".//a")[0].get("href")))
    assert [row[0] for row in table_rows(up, "ppid-budget-rows")] == ["2.16.01.2.01.0001"]


def test_the_monthly_trend_follows_the_reporting_periods(app, published):
    page = document(app.get(KOMINFO))

    assert table_rows(page, "ppid-budget-trend") == [
        ["Juni 2026", "Rp10.710.893.800", "Rp646.058.817", "6,03%"],
        ["Juli 2026", "Rp10.710.893.800", "Rp648.933.817", "6,06%"],
    ]
    assert page.xpath('//canvas[@role="img"][@aria-label]/@data-ppid-budget-chart') == [
        "ppid-budget-rows-chart-figures",
        "ppid-budget-trend-chart-figures",
    ]


def test_english_pages_write_english_numbers(app, published):
    page = document(app.get(f"/en{KOMINFO}"))

    assert totals(page) == {
        "anggaran": "Rp10,710,893,800",
        "realisasi": "Rp648,933,817",
        "persentase": "6.06%",
    }


def test_the_plan_of_an_opd_has_no_absorption(app, published):
    page = document(app.get("/anggaran/opd/dinas-pendidikan"))

    assert table_rows(page, "ppid-budget-rows") == [
        ["1.01.01", "Program Pendidikan", "Rp50.000.000", "–", "–"]
    ]
    assert not page.find_class("ppid-budget-trend")


def test_an_opd_without_budget_data_says_so(app, cast):
    page = document(app.get(KOMINFO))

    assert page.find_class("ppid-budget-empty")


def test_an_unknown_opd_is_not_found(app, published):
    assert app.get("/anggaran/opd/dinas-tidak-ada").status_code == 404


@pytest.mark.parametrize(
    "query",
    ["tahun=20x6", "tahun=1850", "tahapan=apbd", "tingkat=provinsi", "tingkat=kelompok_belanja&induk=5.1"],
)
def test_a_bad_choice_is_refused_with_a_message(app, published, query):
    response = app.get(f"{KOMINFO}?{query}")
    page = document(response)

    assert response.status_code == 400
    assert text(page.find_class("ppid-budget-errors")[0])
    # The page still shows the OPD's default figures under the message.
    assert totals(page)["anggaran"] == "Rp10.710.893.800"
