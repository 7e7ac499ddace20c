"""A budget dataset and its register item are one piece of information: mixed lists show the budget dataset
once, the register's own lists keep the item, and each leads to the other."""

from __future__ import annotations

import re

import pytest
from budget_cast import budget_dataset, register_item_of
from ckan.tests import helpers

pytestmark = pytest.mark.usefixtures("with_plugins")


def _links(body: str, name: str) -> set[str]:
    return set(re.findall(rf'href="(/[a-z-]+/(?:dip-)?{name})"', body))


def test_the_dataset_search_and_the_units_page_list_the_budget_once(app, cast, job_worker):
    dataset = budget_dataset(cast, "realisasi-juli", private=False)
    job_worker()
    item = register_item_of(dataset)

    for page in ("/dataset/", "/dataset/?q=realisasi", f"/organization/{cast.kominfo['name']}"):
        assert _links(app.get(page).body, "realisasi-juli") == {"/anggaran/realisasi-juli"}, page
    found = helpers.call_action("package_search", q="realisasi")
    assert [result["name"] for result in found["results"]] == ["realisasi-juli"]
    assert found["count"] == 1
    # The unit facet counts the budget once.
    facets = helpers.call_action("package_search", **{"facet.field": '["organization"]'})["facets"]
    assert facets["organization"] == {cast.kominfo["name"]: 1}

    # The register's lists keep the item; the DIP lists it, the budget page links to it.
    register_page = app.get("/informasi-publik/").body
    assert _links(register_page, "realisasi-juli") == {f"/informasi-publik/{item['name']}"}
    assert item["name"] in [entry["name"] for entry in helpers.call_action("ppid_register_list")["results"]]
    assert f"/informasi-publik/{item['name']}" in app.get("/ppid/dip").body
    assert f'href="/informasi-publik/{item["name"]}"' in app.get("/anggaran/realisasi-juli").body


def test_a_register_item_that_is_no_budgets_stays_in_the_mixed_lists(app, cast):
    item = helpers.call_action(
        "package_create",
        {"user": cast.editor["name"]},
        type="informasi-publik",
        name="laporan-keuangan-tahunan",
        title="Laporan Keuangan Tahunan",
        owner_org=cast.kominfo["id"],
        notes="Ringkasan",
        unit_penguasa="Kepala Dinas",
        penanggung_jawab="Sekretaris",
        kategori="berkala",
        item_berkala="laporan_keuangan",
        periodisitas="tahunan",
        tahun=2025,
    )
    found = helpers.call_action("package_search", q="keuangan")["results"]
    assert [result["name"] for result in found] == [item["name"]]
