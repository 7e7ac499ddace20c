"""The demo's information register and role holders in a database: what the portal's register sees."""

from __future__ import annotations

import pytest
from ckan import model
from ckan.tests import helpers

from ckanext.ppid.budget import register_item
from ckanext.ppid.demo import register_periodic
from ckanext.ppid.demo.content import default_content
from ckanext.ppid.demo.loader import load
from ckanext.ppid.register.expiry_run import run_expiry

CONTENT = default_content()


@pytest.fixture
def loaded(with_plugins, clean_db):
    return load()


def test_the_register_as_the_portal_shows_it(loaded):
    listed = helpers.call_action("ppid_register_list")
    # The demo's register items, and one item per budget dataset (periodic financial information).
    budgets = model.Session.query(model.Package.id).filter_by(type="anggaran", state="active").all()
    assert budgets
    assert listed["count"] == len(CONTENT.register) + len(budgets)
    by_id = {entry["id"] for entry in listed["results"]}
    assert {register_item.item_id(budget_id) for (budget_id,) in budgets} <= by_id
    by_name = {entry["name"]: entry for entry in listed["results"]}
    hps = by_name["rincian-harga-perkiraan-sendiri-pembangunan-jembatan-sungai-jernih"]
    assert (hps["kategori"], hps["dasar_pengecualian"], hps["status_pengecualian"]) == (
        "dikecualikan",
        "17.b",
        "berlaku",
    )
    assert hps["files_withheld"]
    sop = helpers.call_action("package_show", id="maklumat-pelayanan-informasi-publik-kabupaten-lembah-hijau")
    assert (sop["type"], sop["standar_layanan"], sop["organization"]["name"]) == (
        "informasi-publik",
        "maklumat",
        "ppid-utama",
    )
    # The summary names what units lack; the list flags what is out of date.
    summary = {entry["unit"]: entry for entry in helpers.call_action("ppid_register_summary")}
    assert set(summary) == {unit.name for unit in CONTENT.units}
    for unit, lacking in register_periodic.NOT_YET_PUBLISHED.items():
        assert set(lacking) <= set(summary[unit]["missing_berkala"]), unit
    assert summary["ppid-utama"]["missing_berkala"] == []
    assert summary["dinkes"]["counts"]["dikecualikan"] == 2
    stale = helpers.call_action("ppid_register_list", out_of_date=True)["results"]
    assert {(entry["unit"], entry["item_berkala"]) for entry in stale} == set(register_periodic.OUT_OF_DATE)


def test_the_expiry_command_has_work_and_the_roles_are_held(loaded):
    lines = list(run_expiry(dry_run=True))
    assert lines[-1].startswith("2 exemption(s) would change")
    changes = {line.split(":")[0]: line.split(" -> ")[1].split()[0] for line in lines[:-1]}
    assert changes == {
        "rincian-harga-perkiraan-sendiri-pembangunan-jembatan-sungai-jernih": "berakhir",
        "telaahan-staf-dan-nota-dinas-internal-penyusunan-rancangan-perubahan-rpjmd": "akan_berakhir",
    }
    held = {(entry["user"], entry["role"]) for entry in helpers.call_action("ppid_role_list")}
    assert held == {("atasan-ppid", "atasan_ppid"), ("penilai-ki", "penilai_komisi_informasi")}
    assert loaded.created["roles"] == 2
