"""``ckan ppid demo`` against a clean database: what it creates, and that a second run changes nothing."""

from __future__ import annotations

import re

import pytest
from ckan import authz, model
from ckan.cli.cli import ckan
from ckan.tests import helpers

from ckanext.ppid.demo.content import default_content
from ckanext.ppid.demo.loader import load
from ckanext.ppid.demo.report import KINDS

CONTENT = default_content()
FACETS = ["organization", "groups", "tags", "res_format", "license_id"]


def summary_counts(output: str) -> dict[str, tuple[int, int, int]]:
    """(created, updated, existing) per kind from the command's summary table."""
    counts = {}
    for kind in KINDS:
        match = re.search(rf"^{re.escape(kind)}\s+(\d+)\s+(\d+)\s+(\d+)\s*$", output, re.MULTILINE)
        assert match, f"no summary line for {kind} in:\n{output}"
        counts[kind] = (int(match.group(1)), int(match.group(2)), int(match.group(3)))
    return counts


def search(**params):
    """package_search over the plain datasets as a sysadmin would run it (private ones and drafts on
    request)."""
    return helpers.call_action("package_search", rows=0, fq="dataset_type:dataset", **params)


@pytest.mark.usefixtures("with_plugins", "clean_db")
def test_command_twice_gives_the_same_counts(cli):
    first = cli.invoke(ckan, ["ppid", "demo", "--password", "kata-sandi-uji-1"])
    assert first.exit_code == 0, first.output
    second = cli.invoke(ckan, ["ppid", "demo"])
    assert second.exit_code == 0, second.output

    created = summary_counts(first.output)
    again = summary_counts(second.output)
    for kind in KINDS:
        assert created[kind][1:] == (0, 0), kind
        assert again[kind] == (0, 0, created[kind][0]), kind
    assert created["organizations"][0] == len(CONTENT.units)
    assert created["datasets"][0] == len(CONTENT.datasets)
    assert created["register items"][0] == len(CONTENT.register)
    assert created["roles"][0] == len(CONTENT.role_holders)
    assert created["users"][0] == len(CONTENT.staff) + len(CONTENT.outsiders)
    assert "ppid-dinkes" in first.output
    assert "penilai-ki" in first.output
    assert "Dinas Lingkungan Hidup: ketenagakerjaan, peringatan_dini" in first.output
    assert "kata-sandi-uji-1" in first.output
    assert model.User.get("ppid-dinkes").validate_password("kata-sandi-uji-1")
    assert search(include_private=True, include_drafts=True)["count"] == len(CONTENT.datasets)


@pytest.mark.usefixtures("with_plugins", "clean_db")
def test_organizations_and_roles():
    load()

    assert set(helpers.call_action("organization_list")) == {unit.name for unit in CONTENT.units}
    assert set(helpers.call_action("group_list")) == {theme.name for theme in CONTENT.themes}
    dinkes = helpers.call_action("organization_show", id="dinkes")
    assert dinkes["title"] == "Dinas Kesehatan"
    assert dinkes["description"].startswith("Dinas Kesehatan Kabupaten Lembah Hijau")
    assert (dinkes["kode_unit"], dinkes["jenis_unit"], dinkes["unit_induk"]) == (
        "1.02.0.00.0.00.01",
        "opd",
        "ppid-utama",
    )
    assert dinkes["pejabat_ppid"] == "Sekretaris Dinas Kesehatan (dr. Ratna Kusumawati)"
    for staff in CONTENT.staff:
        assert authz.users_role_for_group_or_org(staff.unit, staff.name) == staff.role, staff.name
    # Each organization's members are its own staff: the site user is nobody's member.
    site_user = helpers.call_action("get_site_user")["name"]
    assert all(authz.users_role_for_group_or_org(unit.name, site_user) is None for unit in CONTENT.units)


@pytest.mark.usefixtures("with_plugins", "clean_db")
def test_datasets_visibility_and_facets():
    load()

    everything = search(include_private=True, include_drafts=True)
    public = search(facet="true", **{"facet.field": FACETS, "facet.limit": -1})
    private = sum(spec.private for spec in CONTENT.datasets)
    assert everything["count"] == len(CONTENT.datasets)
    assert public["count"] == len(CONTENT.datasets) - private - 1

    facets = public["facets"]
    public_units = {spec.unit for spec in CONTENT.datasets if not spec.private and not spec.draft}
    assert set(facets["organization"]) == public_units
    assert set(facets["groups"]) == {theme.name for theme in CONTENT.themes}
    assert {"CSV", "XLSX", "PDF", "JSON"} <= set(facets["res_format"])
    assert len(facets["license_id"]) >= 4
    assert facets["tags"]["keterbukaan informasi"] >= 10

    dataset = helpers.call_action("package_show", id="jumlah-penduduk-per-kecamatan-2025")
    # Scheming keeps extra fields as text.
    assert (int(dataset["tahun"]), dataset["frekuensi"]) == (2025, "semesteran")
    assert dataset["organization"]["name"] == "disdukcapil"
    assert [group["name"] for group in dataset["groups"]] == ["kependudukan"]
    assert {resource["format"] for resource in dataset["resources"]} == {"CSV", "XLSX", "JSON"}
    assert helpers.call_action("package_show", id="rencana-kerja-dinas-lingkungan-hidup-tahun-2027")[
        "state"
    ] == ("draft")
    assert helpers.call_action("package_show", id="daftar-barang-milik-daerah-berupa-tanah-2025")["private"]


@pytest.mark.usefixtures("with_plugins", "clean_db")
def test_second_run_keeps_what_people_changed():
    load()
    helpers.call_action("package_patch", id="kasus-demam-berdarah-dengue-per-bulan-2025", title="DBD 2025")
    helpers.call_action("package_delete", id="luas-lahan-sawah-irigasi-dan-tadah-hujan-2025")
    helpers.call_action("organization_member_create", id="dinsos", username="staf-dinsos", role="admin")
    site_user = helpers.call_action("get_site_user")["name"]
    helpers.call_action("organization_member_delete", {"user": site_user}, id="bpkad", username="kaban-bpkad")
    # By id: ppid_unit_code_unique takes an id given as a name for another unit's (reported to the lead).
    dlh = model.Group.get("dlh").id
    helpers.call_action("organization_patch", id=dlh, description="Deskripsi yang diubah admin.")

    report = load()

    assert sum(report.created.values()) == 0
    assert report.totals() == {kind: report.existing[kind] for kind in KINDS}
    assert helpers.call_action("package_show", id="kasus-demam-berdarah-dengue-per-bulan-2025")["title"] == (
        "DBD 2025"
    )
    assert model.Package.get("luas-lahan-sawah-irigasi-dan-tadah-hujan-2025").state == "deleted"
    assert authz.users_role_for_group_or_org("dinsos", "staf-dinsos") == "admin"
    assert authz.users_role_for_group_or_org("bpkad", "kaban-bpkad") is None
    assert helpers.call_action("organization_show", id="dlh")["description"] == "Deskripsi yang diubah admin."


@pytest.mark.usefixtures("with_plugins", "clean_db")
def test_organizations_of_an_older_demo_get_the_unit_fields_they_lack():
    load()
    # An older demo made organizations without unit fields; an administrator has since set one of them.
    dinkes = model.Group.get("dinkes")
    dinkes.extras = {}
    bpkad = model.Group.get("bpkad")
    bpkad.extras = {"pejabat_ppid": "Plt. Sekretaris BPKAD"}
    model.Session.commit()

    report = load()

    assert (report.created["organizations"], report.updated["organizations"]) == (0, 2)
    assert report.existing["organizations"] == len(CONTENT.units) - 2
    dinkes = helpers.call_action("organization_show", id="dinkes")
    assert (dinkes["kode_unit"], dinkes["jenis_unit"], dinkes["unit_induk"]) == (
        "1.02.0.00.0.00.01",
        "opd",
        "ppid-utama",
    )
    assert dinkes["zona_waktu"] == "Asia/Jakarta"
    bpkad = helpers.call_action("organization_show", id="bpkad")
    assert bpkad["pejabat_ppid"] == "Plt. Sekretaris BPKAD"
    assert bpkad["kode_unit"] == "5.02.0.00.0.00.01"
    # Completing the fields kept the organizations' members.
    assert authz.users_role_for_group_or_org("dinkes", "ppid-dinkes") == "admin"
    assert load().updated["organizations"] == 0
