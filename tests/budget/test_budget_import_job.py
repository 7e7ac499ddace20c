"""Uploading a budget file imports it in the background into the budget lines and the DataStore; a file with
problems, or one that cannot be read, changes nothing and says why.

Files go through CKAN's resource actions and storage, the job through CKAN's worker on Redis, the DataStore
is CKAN's on PostgreSQL.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
import sqlalchemy as sa
from budget_cast import (
    KOMINFO_JULY,
    add_file,
    budget_dataset,
    csv_file,
    datastore_records,
    import_status,
    imports,
    replace_file,
    stored_lines,
)
from ckan.lib import jobs
from ckan.tests import helpers
from rq.job import Job

from ckanext.datastore.backend.postgres import get_write_engine, identifier

pytestmark = pytest.mark.usefixtures("with_plugins")

JULY_LINES = [
    ("5.1.02.01.01.0024", Decimal("1000000.00"), Decimal("250000.00")),
    ("5.1.02.02.01.0026", Decimal("3000000.00"), Decimal("1500000.00")),
    ("5.2.02.05.01.0001", Decimal("10000000.00"), Decimal("0.00")),
]


def test_an_uploaded_file_is_queued_then_imported_into_the_lines_and_the_datastore(cast, job_worker):
    dataset = budget_dataset(cast, "realisasi-juli")
    resource = add_file(cast, dataset, csv_file(KOMINFO_JULY))
    assert import_status(resource)["status"] == "queued"

    assert len(imports(job_worker())) == 1

    status = import_status(resource)
    assert (status["status"], status["line_count"], status["problems"]) == ("done", 3, [])
    assert status["slices"] == [
        {
            "fiscal_year": 2026,
            "phase": "realisasi",
            "period": "2026-07",
            "anggaran": "14000000.00",
            "realisasi": "1750000.00",
        }
    ]
    assert stored_lines(resource) == JULY_LINES
    records = datastore_records(resource)
    assert [(r["kode_rekening"], r["anggaran"], r["realisasi"]) for r in records] == [
        ("5.1.02.01.01.0024", 1000000.0, 250000.0),
        ("5.1.02.02.01.0026", 3000000.0, 1500000.0),
        ("5.2.02.05.01.0001", 10000000.0, 0.0),
    ]
    # Codes stay text, leading zeros and all; the dataset gives the year, phase, period and OPD.
    first = records[0]
    assert (first["kode_sub_kegiatan"], first["kode_skpd"], first["nama_skpd"]) == (
        "2.16.01.2.01.0001",
        "2.16.2.20.2.21.01.0000",
        "Dinas Komunikasi dan Informatika",
    )
    assert (first["tahun_anggaran"], first["tahapan"], first["periode"]) == (2026, "realisasi", "2026-07")


def test_the_data_api_answers_anonymous_visitors_with_typed_fields(cast, job_worker, app):
    dataset = budget_dataset(cast, "realisasi-juli")
    resource = add_file(cast, dataset, csv_file(KOMINFO_JULY))
    job_worker()

    answer = app.get(
        "/api/3/action/datastore_search", query_string={"resource_id": resource["id"], "q": "Komputer"}
    )

    assert answer.status_code == 200
    result = answer.json["result"]
    assert [record["uraian_rekening"] for record in result["records"]] == ["Komputer"]
    types = {field["id"]: field["type"] for field in result["fields"]}
    assert (types["kode_rekening"], types["tahun_anggaran"], types["anggaran"]) == ("text", "int4", "numeric")


def test_a_file_with_problems_keeps_the_previous_lines_and_datastore_records(cast, job_worker):
    dataset = budget_dataset(cast, "realisasi-juli")
    resource = add_file(cast, dataset, csv_file(KOMINFO_JULY))
    job_worker()
    wrong = [*KOMINFO_JULY[:2], KOMINFO_JULY[2].replace("10.000.000,00", "sepuluh juta")]

    replace_file(cast, resource, csv_file(wrong))
    job_worker()

    status = import_status(resource)
    assert status["status"] == "failed"
    assert [(problem["row"], problem["column"]) for problem in status["problems"]] == [(4, "Anggaran")]
    assert "sepuluh juta" in status["problems"][0]["message"]
    # What the last good file gave is still there, in both places.
    assert (status["line_count"], status["imported_at"] is not None) == (3, True)
    assert stored_lines(resource) == JULY_LINES
    assert len(datastore_records(resource)) == 3


def test_a_corrected_file_replaces_the_lines_and_the_records(cast, job_worker):
    dataset = budget_dataset(cast, "realisasi-juli")
    resource = add_file(cast, dataset, csv_file(KOMINFO_JULY))
    job_worker()

    replace_file(cast, resource, csv_file([KOMINFO_JULY[0].replace("250.000,00", "300.000,00")]))
    job_worker()

    assert import_status(resource)["status"] == "done"
    assert stored_lines(resource) == [("5.1.02.01.01.0024", Decimal("1000000.00"), Decimal("300000.00"))]
    assert [(r["kode_rekening"], r["realisasi"]) for r in datastore_records(resource)] == [
        ("5.1.02.01.01.0024", 300000.0)
    ]


def test_a_malformed_json_is_refused_with_where_it_breaks(cast, job_worker):
    dataset = budget_dataset(cast, "realisasi-juli")
    good = add_file(cast, dataset, csv_file(KOMINFO_JULY))
    job_worker()
    broken = add_file(cast, dataset, b'[{"OPD": "Dindik", "Anggaran": 01472743026394}]', "anggaran.json")

    job_worker()

    status = import_status(broken)
    assert status["status"] == "failed" and status["line_count"] == 0
    assert len(status["problems"]) == 1
    assert "line 1, column" in status["problems"][0]["message"]
    assert stored_lines(broken) == []
    # The other file of the dataset is untouched.
    assert stored_lines(good) == JULY_LINES


def test_changing_a_resource_without_a_new_file_does_not_import_again(cast, job_worker):
    dataset = budget_dataset(cast, "realisasi-juli")
    resource = add_file(cast, dataset, csv_file(KOMINFO_JULY))
    job_worker()

    helpers.call_action("resource_patch", {"user": cast.editor["name"]}, id=resource["id"], name="LRA Juli")

    assert imports(job_worker()) == []
    assert import_status(resource)["status"] == "done"


def test_other_files_of_a_budget_dataset_are_kept_but_not_imported(cast, job_worker):
    dataset = budget_dataset(cast, "realisasi-juli")
    pdf = add_file(
        cast,
        dataset,
        b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n",
        "lra.pdf",
    )

    assert imports(job_worker()) == []
    with pytest.raises(helpers.logic.NotFound):
        import_status(pdf)


def test_a_deleted_resource_takes_its_lines_along(cast, job_worker):
    dataset = budget_dataset(cast, "realisasi-juli")
    resource = add_file(cast, dataset, csv_file(KOMINFO_JULY))
    job_worker()

    helpers.call_action("resource_delete", {"user": cast.editor["name"]}, id=resource["id"])

    assert stored_lines(resource) == []


def test_files_of_other_datasets_are_left_alone(cast, job_worker):
    dataset = helpers.call_action(
        "package_create", {"user": cast.editor["name"]}, name="data-lain", owner_org=cast.kominfo["id"]
    )
    add_file(cast, dataset, csv_file(KOMINFO_JULY))

    assert imports(job_worker()) == []


def test_a_datastore_that_refuses_the_new_records_leaves_both_as_they_were(cast, job_worker):
    dataset = budget_dataset(cast, "realisasi-juli")
    resource = add_file(cast, dataset, csv_file(KOMINFO_JULY))
    job_worker()
    # A rule the new file breaks, on the DataStore side only: nothing may be written anywhere.
    table = identifier(resource["id"])
    with get_write_engine().begin() as connection:
        rule = "ADD CONSTRAINT small CHECK (anggaran < 5000000) NOT VALID"
        connection.execute(sa.text(f"ALTER TABLE {table} {rule}"))

    more_spent = [row.replace("1.500.000,00", "2.000.000,00") for row in KOMINFO_JULY]
    replace_file(cast, resource, csv_file(more_spent))
    # CKAN's worker itself (job_worker fails the test on a failed job; this one must fail).
    jobs.Worker([jobs.DEFAULT_QUEUE_NAME]).work(burst=True)
    failed = jobs.get_queue().failed_job_registry
    assert [Job.fetch(job_id, connection=failed.connection).func_name for job_id in failed.get_job_ids()] == [
        "ckanext.ppid.budget.import_job.run_import"
    ]
    for job_id in failed.get_job_ids():
        failed.remove(job_id, delete_job=True)

    status = import_status(resource)
    assert status["status"] == "failed"
    assert "nothing was changed" in status["problems"][0]["message"]
    assert stored_lines(resource) == JULY_LINES
    assert [r["realisasi"] for r in datastore_records(resource)] == [250000.0, 1500000.0, 0.0]
