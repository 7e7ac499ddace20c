"""Plan versus actual across OPDs (``ppid_budget_compare``), ranked by absorption, with totals a reader can
check by hand:

  Dinas Kesehatan (June)   2,000,000 budgeted, 1,500,000 spent: 75 %
  Dinas Kominfo (July)    14,000,000 budgeted, 1,750,000 spent: 12.5 %
  Bappeda (plan only)      5,000,000 budgeted, nothing reported: no percentage, last
  together                21,000,000 budgeted, 3,250,000 spent: 15.48 %
"""

from __future__ import annotations

import pytest
from budget_cast import KOMINFO_JULY, add_file, budget_dataset, csv_file
from ckan.tests import factories, helpers

pytestmark = pytest.mark.usefixtures("with_plugins")


@pytest.fixture
def three_opds(cast, job_worker):
    bappeda = factories.Organization(
        name="bappeda", title="Bappeda", users=[{"name": cast.editor["name"], "capacity": "editor"}]
    )
    add_file(cast, budget_dataset(cast, "kominfo-juli"), csv_file(KOMINFO_JULY))
    dinkes = budget_dataset(cast, "dinkes-juni", org=cast.dinkes, periode_ke=6)
    add_file(cast, dinkes, csv_file([KOMINFO_JULY[1].replace("3.000.000,00", "2.000.000,00")]))
    plan = budget_dataset(
        cast, "bappeda-murni", org=bappeda, tahapan="murni", jenis_periode="tahunan", periode_ke=None
    )
    add_file(cast, plan, csv_file([KOMINFO_JULY[0].replace("1.000.000,00;250.000,00", "5.000.000,00;")]))
    job_worker()


def test_opds_are_ranked_by_absorption_with_each_ones_period(three_opds):
    found = helpers.call_action("ppid_budget_compare", year=2026)

    assert [
        (
            row["organization"]["name"],
            row["anggaran"],
            row["realisasi"],
            row["persentase"],
            row["phase"],
            row["period"],
        )
        for row in found["rows"]
    ] == [
        ("dinas-kesehatan", 2000000.0, 1500000.0, 75.0, "realisasi", "2026-06"),
        ("dinas-kominfo", 14000000.0, 1750000.0, 12.5, "realisasi", "2026-07"),
        ("bappeda", 5000000.0, None, None, "murni", "2026"),
    ]
    assert found["totals"] == {"anggaran": 21000000.0, "realisasi": 3250000.0, "persentase": 15.48}
    assert (found["year"], found["phase"], found["years"]) == (2026, None, [2026])


def test_one_phase_for_every_opd(three_opds):
    found = helpers.call_action("ppid_budget_compare", phase="murni")

    assert [row["organization"]["name"] for row in found["rows"]] == ["bappeda"]


def test_anyone_may_compare_through_the_api(three_opds, app):
    answer = app.get("/api/3/action/ppid_budget_compare", query_string={"year": "2026"})

    assert answer.status_code == 200
    assert len(answer.json["result"]["rows"]) == 3


def test_a_year_without_data_gives_no_rows(three_opds):
    found = helpers.call_action("ppid_budget_compare", year=2025)

    assert (found["rows"], found["totals"]["anggaran"]) == ([], None)
