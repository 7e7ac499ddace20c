"""Publish the browser tests' budget into the portal's database and import it, in one process.

The portal runs with ``test.ini``, whose file storage is memory: a job worker in another process could not
read an uploaded file. So this does in one process what the dataset form and the job worker do: the OPD's
PPID creates the budget datasets and uploads their files (``package_create``, ``resource_create``), then the
queued import job runs (``import_job.run_import``) and leaves the queue.

    python budget_publishing.py <ckan ini> <OPD> <dataset name prefix> <year> <month>=<csv file>...

``CKAN_SQLALCHEMY_URL`` names the portal's database, as for every step of ``portal_server``.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from ckan.cli import load_config
from ckan.config.middleware import make_app
from ckan.lib import jobs
from ckan.tests import helpers
from werkzeug.datastructures import FileStorage

from ckanext.ppid.budget import import_job
from ckanext.ppid.budget.model.imports import BudgetImport


def publish(unit: str, prefix: str, year: int, month: int, data: bytes) -> str:
    """A realisation up to ``month`` of ``year`` by the unit's PPID; returns its resource id."""
    context = {"user": f"ppid-{unit}"}
    dataset = helpers.call_action(
        "package_create",
        dict(context),
        type="anggaran",
        name=f"{prefix}-{month:02d}",
        title=f"Realisasi Anggaran {unit} {month:02d}/{year}",
        owner_org=unit,
        tahun_anggaran=year,
        tahapan="realisasi",
        jenis_periode="bulanan",
        periode_ke=month,
    )
    upload = FileStorage(io.BytesIO(data), filename="realisasi.csv")
    resource = helpers.call_action(
        "resource_create", dict(context), package_id=dataset["id"], name="realisasi.csv", upload=upload
    )
    return resource["id"]


def import_now(resource_id: str) -> None:
    """Run the resource's queued import here, and take the job off the queue."""
    job_id = BudgetImport.get(resource_id).job_id
    status = import_job.run_import(resource_id)
    if status != "done":
        raise SystemExit(
            f"the import of {resource_id} ended {status}: {BudgetImport.get(resource_id).problems}"
        )
    queued = jobs.get_queue().fetch_job(job_id)
    if queued is not None:
        queued.delete()


def main(ini: str, unit: str, prefix: str, year: str, *files: str) -> None:
    app = make_app(load_config(ini))
    with app._wsgi_app.test_request_context():
        for month_file in files:
            month, path = month_file.split("=", 1)
            import_now(publish(unit, prefix, int(year), int(month), Path(path).read_bytes()))


if __name__ == "__main__":
    main(*sys.argv[1:])
