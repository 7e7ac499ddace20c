"""The budget dataset type (``anggaran``): what it requires, and a reporting period that must make sense."""

from __future__ import annotations

import re

import pytest
from budget_cast import budget_dataset
from ckan.tests import factories, helpers

from ckanext.ppid.budget import dataset as budget_fields

pytestmark = pytest.mark.usefixtures("with_plugins")


@pytest.mark.parametrize(
    ("fields", "period"),
    [
        ({"jenis_periode": "bulanan", "periode_ke": 7}, "2026-07"),
        ({"jenis_periode": "triwulanan", "periode_ke": 2}, "2026-Q2"),
        ({"jenis_periode": "semesteran", "periode_ke": 1}, "2026-S1"),
        ({"jenis_periode": "tahunan", "periode_ke": None}, "2026"),
    ],
)
def test_the_reporting_period_is_read_as_the_end_of_the_period(cast, fields, period):
    dataset = budget_dataset(cast, "apbd", **fields)

    assert budget_fields.period_of(dataset) == period
    assert (dataset["tahun_anggaran"], dataset["tahapan"]) == ("2026", "realisasi")


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"jenis_periode": "bulanan", "periode_ke": 13}, "periode_ke"),
        ({"jenis_periode": "triwulanan", "periode_ke": None}, "periode_ke"),
        ({"jenis_periode": "tahunan", "periode_ke": 3}, "periode_ke"),
        ({"tahapan": "final"}, "tahapan"),
        ({"tahapan": None}, "tahapan"),
        ({"tahun_anggaran": None}, "tahun_anggaran"),
        ({"tahun_anggaran": 1900}, "tahun_anggaran"),
        ({"owner_org": None}, "owner_org"),
        ({"sumber_sistem": "excel"}, "sumber_sistem"),
    ],
)
def test_a_dataset_that_does_not_say_which_budget_it_holds_is_refused(cast, fields, field):
    with pytest.raises(helpers.logic.ValidationError) as refused:
        budget_dataset(cast, "apbd", **fields)

    assert field in refused.value.error_dict


def test_source_system_and_nomenclature_are_kept(cast):
    dataset = budget_dataset(
        cast, "apbd", sumber_sistem="sipd", versi_nomenklatur="Kepmendagri 900.1.15.5-1317/2023"
    )

    shown = helpers.call_action("package_show", id=dataset["id"])
    assert (shown["sumber_sistem"], shown["versi_nomenklatur"]) == (
        "sipd",
        "Kepmendagri 900.1.15.5-1317/2023",
    )


@pytest.mark.parametrize("name", ["opd", "impor"])
def test_a_dataset_cannot_take_the_url_of_a_budget_page(cast, name):
    with pytest.raises(helpers.logic.ValidationError) as refused:
        budget_dataset(cast, name)

    assert "budget pages" in str(refused.value.error_dict["name"])


def test_a_new_budget_dataset_is_public_unless_the_officer_chooses_private(app, cast):
    token = {"Authorization": factories.APIToken(user=cast.editor["name"])["token"]}
    chosen = re.compile(r'<option value="(True|False)"\s+selected="selected"')
    assert chosen.findall(app.get("/anggaran/new", headers=token).body) == ["False"]
    # CKAN's own dataset form keeps its default.
    assert chosen.findall(app.get("/dataset/new", headers=token).body) == ["True"]
