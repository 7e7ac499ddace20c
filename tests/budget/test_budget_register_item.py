"""Every budget dataset is an item of its OPD's information register (berkala, laporan_keuangan), kept in
step with the dataset; and a dataset that moves to another OPD takes its lines along."""

from __future__ import annotations

import pytest
from budget_cast import KOMINFO_JULY, add_file, budget_dataset, csv_file, register_item_of
from ckan import model
from ckan.tests import helpers

pytestmark = pytest.mark.usefixtures("with_plugins")


def register_titles(**filters) -> list[str]:
    """The register as a visitor sees it."""
    found = helpers.call_action("ppid_register_list", {"user": "", "ignore_auth": False}, **filters)
    return [entry["title"] for entry in found["results"]]


def test_a_budget_dataset_is_listed_in_its_opds_register_as_a_financial_report(cast):
    dataset = budget_dataset(cast, "realisasi-juli", title="Realisasi Anggaran Juli 2026")

    item = register_item_of(dataset)

    assert (item["type"], item["kategori"], item["item_berkala"], item["periodisitas"]) == (
        "informasi-publik",
        "berkala",
        "laporan_keuangan",
        "bulanan",
    )
    assert (item["owner_org"], item["tahun"], item["title"]) == (cast.kominfo["id"], "2026", dataset["title"])
    assert (item["unit_penguasa"], item["penanggung_jawab"]) == (
        "Dinas Komunikasi dan Informatika",
        "Sekretaris Dinas Kominfo",
    )
    assert item["resources"][0]["url"] == "http://test.ckan.net/anggaran/realisasi-juli"
    assert register_titles(unit="dinas-kominfo", category="berkala", berkala_item="laporan_keuangan") == [
        "Realisasi Anggaran Juli 2026"
    ]


def test_the_register_item_follows_the_datasets_changes(cast, job_worker):
    dataset = budget_dataset(cast, "realisasi-juli")

    helpers.call_action(
        "package_patch",
        {"user": cast.editor["name"]},
        id=dataset["id"],
        title="LRA Juli 2026 (revisi)",
        owner_org=cast.dinkes["id"],
        private=True,
    )
    job_worker()

    item = register_item_of(dataset)
    assert (item["title"], item["owner_org"], item["private"]) == (
        "LRA Juli 2026 (revisi)",
        cast.dinkes["id"],
        True,
    )
    assert register_titles() == []


def test_deleting_the_dataset_takes_the_item_out_of_the_register(cast, job_worker):
    dataset = budget_dataset(cast, "realisasi-juli")

    helpers.call_action("package_delete", {"user": cast.editor["name"]}, id=dataset["id"])
    job_worker()

    assert register_item_of(dataset)["state"] == "deleted"
    assert register_titles() == []


def test_a_dataset_that_moves_to_another_opd_takes_its_lines_along(cast, job_worker):
    dataset = budget_dataset(cast, "realisasi-juli")
    add_file(cast, dataset, csv_file(KOMINFO_JULY))
    job_worker()

    helpers.call_action(
        "package_patch", {"user": cast.editor["name"]}, id=dataset["id"], owner_org=cast.dinkes["id"]
    )

    kominfo = helpers.call_action("ppid_budget_summary", organization="dinas-kominfo")
    dinkes = helpers.call_action("ppid_budget_summary", organization="dinas-kesehatan")
    assert (kominfo["rows"], dinkes["totals"]["anggaran"]) == ([], 14000000.0)
    owners = model.Session.execute(model.sa.text("SELECT DISTINCT owner_org FROM ppid_budget_line")).all()
    assert owners == [(cast.dinkes["id"],)]


def test_a_dataset_made_in_the_form_joins_the_register_when_it_is_published(cast, job_worker):
    # The dataset form creates a draft, adds the files, then makes it active.
    dataset = budget_dataset(cast, "realisasi-juli", state="draft")
    assert helpers.call_action("package_search", fq="dataset_type:informasi-publik")["count"] == 0

    helpers.call_action("package_patch", {"user": cast.editor["name"]}, id=dataset["id"], state="active")
    job_worker()

    assert register_item_of(dataset)["state"] == "active"
    assert register_titles() == [dataset["title"]]
