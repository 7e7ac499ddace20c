"""The column-mapping preview and a mapped import (``ppid_budget_preview``, ``ppid_budget_import``), and who
may use them: the budget dataset's editors, not other users and not anonymous visitors."""

from __future__ import annotations

import json

import pytest
from budget_cast import KOMINFO_JULY, add_file, budget_dataset, csv_file, import_status, stored_lines, upload
from ckan.tests import factories, helpers

pytestmark = pytest.mark.usefixtures("with_plugins")

# Headers nobody could guess: the amounts must be mapped by hand.
ODD_FILE = (
    b"Prog;Nama;Nilai A;Nilai B\n"
    b"2.16.01;Program Penunjang;1.000.000;250.000\n"
    b"2.16.02;Program Informasi;10.000.000;0\n"
)
ODD_MAPPING = {"Prog": "kode_program", "Nama": "uraian", "Nilai A": "anggaran", "Nilai B": "realisasi"}


def as_editor(cast) -> dict:
    return {"user": cast.editor["name"], "ignore_auth": False}


def test_the_preview_of_a_stored_file_shows_its_columns_and_first_lines(cast, job_worker):
    dataset = budget_dataset(cast, "realisasi-juli")
    resource = add_file(cast, dataset, csv_file(KOMINFO_JULY))

    found = helpers.call_action("ppid_budget_preview", as_editor(cast), resource_id=resource["id"])

    assert found["mapping"]["Kode Sub Kegiatan"] == "kode_sub_kegiatan"
    assert found["mapping"]["Realisasi"] == "realisasi"
    assert (found["line_count"], found["needs_mapping"], found["problems"]) == (3, False, [])
    assert [line["kode_rekening"] for line in found["lines"]] == [
        "5.1.02.01.01.0024",
        "5.1.02.02.01.0026",
        "5.2.02.05.01.0001",
    ]
    assert found["lines"][2]["anggaran"] == 10000000.0
    assert {"kode_program", "uraian", "kode"} <= {field["name"] for field in found["fields"]}


def test_a_file_whose_amounts_cannot_be_recognised_asks_for_a_mapping(cast, job_worker):
    dataset = budget_dataset(cast, "realisasi-juli")

    guessed = helpers.call_action(
        "ppid_budget_preview", as_editor(cast), package_id=dataset["id"], upload=upload(ODD_FILE, "lra.csv")
    )
    mapped = helpers.call_action(
        "ppid_budget_preview",
        as_editor(cast),
        package_id=dataset["id"],
        upload=upload(ODD_FILE, "lra.csv"),
        mapping=json.dumps(ODD_MAPPING),
    )

    assert guessed["needs_mapping"] is True and guessed["lines"] == []
    assert guessed["mapping"]["Nilai A"] == ""
    assert "anggaran" in guessed["problems"][0]["message"]
    assert mapped["needs_mapping"] is False
    assert [(line["kode_program"], line["nama_program"], line["anggaran"]) for line in mapped["lines"]] == [
        ("2.16.01", "Program Penunjang", 1000000.0),
        ("2.16.02", "Program Informasi", 10000000.0),
    ]


def test_an_unmapped_file_fails_to_import_until_it_is_mapped(cast, job_worker):
    dataset = budget_dataset(cast, "realisasi-juli")
    resource = add_file(cast, dataset, ODD_FILE, "lra.csv")
    job_worker()
    assert import_status(resource)["status"] == "failed"

    queued = helpers.call_action(
        "ppid_budget_import", as_editor(cast), resource_id=resource["id"], mapping=ODD_MAPPING
    )
    job_worker()

    assert (queued["status"], queued["mapping"]) == ("queued", ODD_MAPPING)
    status = import_status(resource)
    assert (status["status"], status["line_count"], status["mapping"]) == ("done", 2, ODD_MAPPING)
    assert [code for code, _, _ in stored_lines(resource)] == [None, None]


def test_a_mapping_to_something_the_table_lacks_is_refused(cast, app):
    dataset = budget_dataset(cast, "realisasi-juli")
    resource = add_file(cast, dataset, ODD_FILE, "lra.csv")
    token = factories.APIToken(user=cast.editor["name"])["token"]

    answer = app.post(
        "/api/3/action/ppid_budget_import",
        json={"resource_id": resource["id"], "mapping": {"Nilai A": "pagu"}},
        headers={"Authorization": token},
    )

    assert answer.status_code == 409
    assert "pagu" in answer.json["error"]["mapping"][0]


def test_the_preview_refuses_a_malformed_json_with_where_it_breaks(cast):
    dataset = budget_dataset(cast, "realisasi-juli")

    with pytest.raises(helpers.logic.ValidationError) as refused:
        helpers.call_action(
            "ppid_budget_preview",
            as_editor(cast),
            package_id=dataset["id"],
            upload=upload(b'[{"OPD": "Dindik",\n "Anggaran": 0147}]', "banten.json"),
        )

    assert "line 2, column" in refused.value.error_dict["upload"][0]


@pytest.mark.ckan_config("ckanext.ppid.budget.max_upload_mb", 1)
def test_a_budget_file_over_the_limit_is_refused_on_upload(cast):
    dataset = budget_dataset(cast, "realisasi-juli")
    big = csv_file(KOMINFO_JULY * 4000)

    with pytest.raises(helpers.logic.ValidationError) as refused:
        add_file(cast, dataset, big)

    assert "1 MB" in refused.value.error_dict["upload"][0]


@pytest.mark.parametrize("action", ["ppid_budget_import", "ppid_budget_preview"])
def test_only_the_datasets_editors_may_import_or_preview(cast, app, action):
    dataset = budget_dataset(cast, "realisasi-juli")
    resource = add_file(cast, dataset, csv_file(KOMINFO_JULY))
    outsider = factories.APIToken(user=cast.outsider["name"])["token"]

    anonymous = app.post(f"/api/3/action/{action}", json={"resource_id": resource["id"]})
    other_user = app.post(
        f"/api/3/action/{action}", json={"resource_id": resource["id"]}, headers={"Authorization": outsider}
    )
    editor = app.post(
        f"/api/3/action/{action}",
        json={"resource_id": resource["id"]},
        headers={"Authorization": factories.APIToken(user=cast.editor["name"])["token"]},
    )

    assert (anonymous.status_code, other_user.status_code, editor.status_code) == (403, 403, 200)


def test_the_import_of_a_private_dataset_is_hidden_from_others(cast, app, job_worker):
    dataset = budget_dataset(cast, "realisasi-juli", private=True)
    resource = add_file(cast, dataset, csv_file(KOMINFO_JULY))
    job_worker()

    anonymous = app.get("/api/3/action/ppid_budget_import_show", query_string={"resource_id": resource["id"]})
    editor = app.get(
        "/api/3/action/ppid_budget_import_show",
        query_string={"resource_id": resource["id"]},
        headers={"Authorization": factories.APIToken(user=cast.editor["name"])["token"]},
    )

    assert (anonymous.status_code, editor.status_code) == (403, 200)
    assert editor.json["result"]["status"] == "done"
