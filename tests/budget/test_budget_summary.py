"""Plan versus actual of one OPD (``ppid_budget_summary``): the numbers a reader works out by hand from the
files, drill-down along the codes, the phase shown by default, and only public data.

The Dinas Kominfo's July 2026 realisation (``KOMINFO_JULY``) has three lines:
  2.16.01 Program Penunjang   ATK 1,000,000 / 250,000; Honorarium 3,000,000 / 1,500,000
  2.16.02 Program Informasi   Komputer 10,000,000 / 0
so the OPD has 14,000,000 budgeted, 1,750,000 spent: 12.5 %.
"""

from __future__ import annotations

import pytest
from budget_cast import KOMINFO_JULY, add_file, budget_dataset, csv_file
from ckan.tests import helpers

pytestmark = pytest.mark.usefixtures("with_plugins")


def summary(**params) -> dict:
    return helpers.call_action("ppid_budget_summary", organization="dinas-kominfo", **params)


def codes_and_numbers(rows: list[dict]) -> list[tuple]:
    return [
        (row["code"], row["anggaran"], row["realisasi"], row["persentase"], row["has_children"])
        for row in rows
    ]


@pytest.fixture
def july(cast, job_worker) -> dict:
    dataset = budget_dataset(cast, "realisasi-juli")
    add_file(cast, dataset, csv_file(KOMINFO_JULY))
    job_worker()
    return dataset


def test_totals_and_programs_add_up_as_by_hand(july):
    found = summary(year=2026)

    assert (found["year"], found["phase"], found["period"], found["level"]) == (
        2026,
        "realisasi",
        "2026-07",
        "program",
    )
    assert found["totals"] == {"anggaran": 14000000.0, "realisasi": 1750000.0, "persentase": 12.5}
    assert codes_and_numbers(found["rows"]) == [
        ("2.16.01", 4000000.0, 1750000.0, 43.75, True),
        ("2.16.02", 10000000.0, 0.0, 0.0, True),
    ]
    assert [row["name"] for row in found["rows"]] == ["Program Penunjang", "Program Informasi"]
    assert found["organization"]["title"] == "Dinas Komunikasi dan Informatika"
    assert found["datasets"] == [{"id": july["id"], "name": "realisasi-juli", "title": july["title"]}]
    assert (found["years"], found["phases"]) == ([2026], ["realisasi"])


def test_drilling_down_from_a_program_to_its_accounts(july):
    kegiatan = summary(level="kegiatan", parent="2.16.01")
    accounts = summary(level="rekening", parent="2.16.01.2.01.0001")

    assert codes_and_numbers(kegiatan["rows"]) == [("2.16.01.2.01", 4000000.0, 1750000.0, 43.75, True)]
    assert kegiatan["totals"] == {"anggaran": 4000000.0, "realisasi": 1750000.0, "persentase": 43.75}
    assert codes_and_numbers(accounts["rows"]) == [
        ("5.1.02.01.01.0024", 1000000.0, 250000.0, 25.0, False),
        ("5.1.02.02.01.0026", 3000000.0, 1500000.0, 50.0, False),
    ]


def test_by_spending_group(july):
    found = summary(level="kelompok_belanja")

    assert [(row["code"], row["name"], row["anggaran"], row["realisasi"]) for row in found["rows"]] == [
        ("modal", "Belanja Modal", 10000000.0, 0.0),
        ("operasi", "Belanja Operasi", 4000000.0, 1750000.0),
    ]


def test_the_latest_realisation_is_shown_by_default_and_the_trend_follows_the_months(cast, job_worker, july):
    june = budget_dataset(cast, "realisasi-juni", periode_ke=6)
    add_file(cast, june, csv_file([row.replace("1.500.000,00", "500.000,00") for row in KOMINFO_JULY]))
    plan = budget_dataset(cast, "apbd-murni", tahapan="murni", jenis_periode="tahunan", periode_ke=None)
    add_file(
        cast,
        plan,
        csv_file(
            [
                row.replace(";250.000,00", ";").replace(";1.500.000,00", ";").replace(";0,00", ";")
                for row in KOMINFO_JULY
            ]
        ),
    )
    job_worker()

    shown = summary()
    murni = summary(phase="murni")

    assert (shown["phase"], shown["period"], shown["totals"]["realisasi"]) == (
        "realisasi",
        "2026-07",
        1750000.0,
    )
    assert shown["phases"] == ["murni", "realisasi"]
    assert [(point["period"], point["realisasi"], point["persentase"]) for point in shown["trend"]] == [
        ("2026-06", 750000.0, 5.36),
        ("2026-07", 1750000.0, 12.5),
    ]
    assert (murni["phase"], murni["period"]) == ("murni", "2026")
    assert murni["totals"] == {"anggaran": 14000000.0, "realisasi": None, "persentase": None}


def test_without_a_realisation_the_latest_plan_is_shown(cast, job_worker):
    for name, phase, amount in (
        ("murni", "murni", "1.000.000,00"),
        ("perubahan", "perubahan", "1.200.000,00"),
    ):
        dataset = budget_dataset(
            cast, f"apbd-{name}", tahapan=phase, jenis_periode="tahunan", periode_ke=None
        )
        add_file(cast, dataset, csv_file([KOMINFO_JULY[0].replace("1.000.000,00", amount)]))
    job_worker()

    assert (summary()["phase"], summary()["totals"]["anggaran"]) == ("perubahan", 1200000.0)


def test_a_second_file_for_the_same_period_replaces_the_first_instead_of_adding_to_it(cast, job_worker, july):
    corrected = budget_dataset(cast, "realisasi-juli-revisi")
    add_file(cast, corrected, csv_file(KOMINFO_JULY[:2]))
    job_worker()

    found = summary()

    assert found["totals"] == {"anggaran": 4000000.0, "realisasi": 1750000.0, "persentase": 43.75}
    assert [dataset["name"] for dataset in found["datasets"]] == ["realisasi-juli-revisi"]


@pytest.mark.parametrize("hide", ["private", "deleted"])
def test_private_and_deleted_datasets_do_not_count(cast, july, hide):
    if hide == "private":
        helpers.call_action("package_patch", {"user": cast.editor["name"]}, id=july["id"], private=True)
    else:
        helpers.call_action("package_delete", {"user": cast.editor["name"]}, id=july["id"])

    found = summary()

    assert (found["year"], found["rows"], found["totals"]["anggaran"], found["datasets"]) == (
        None,
        [],
        None,
        [],
    )


def test_anyone_may_read_the_summary_through_the_api(july, app):
    answer = app.get(
        "/api/3/action/ppid_budget_summary",
        query_string={"organization": "dinas-kominfo", "level": "kegiatan"},
    )

    assert answer.status_code == 200
    assert [row["code"] for row in answer.json["result"]["rows"]] == ["2.16.01.2.01", "2.16.02.2.01"]


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"organization": "dinas-tidak-ada"}, "organization"),
        ({"organization": "dinas-kominfo", "level": "bab"}, "level"),
        ({"organization": "dinas-kominfo", "phase": "final"}, "phase"),
        ({"organization": "dinas-kominfo", "year": "dua ribu"}, "year"),
        ({"organization": "dinas-kominfo", "level": "urusan", "parent": "2"}, "parent"),
    ],
)
def test_bad_parameters_are_refused_with_the_field_named(cast, app, params, field):
    answer = app.get("/api/3/action/ppid_budget_summary", query_string=params)

    assert answer.status_code == 409
    assert field in answer.json["error"]
