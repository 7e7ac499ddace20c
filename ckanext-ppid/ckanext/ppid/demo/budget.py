"""Load the demo's budget datasets (``budget_datasets``) the way an OPD publishes one: ``package_create``
of an ``anggaran`` dataset, then ``resource_create`` with its file uploaded, as the dataset form does.

Uploading the file queues its import (``ppid_budget``'s resource hook): the job worker reads it into the
budget lines and the DataStore, as for any upload; ``make run`` starts the worker after the demo is
loaded. A dataset exists when its name is taken in any state, so a second run uploads nothing; one that
a broken earlier run left without any file gets its file.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable

import ckan.plugins.toolkit as tk
from ckan import model
from werkzeug.datastructures import FileStorage

from ckanext.ppid.demo import budget_datasets
from ckanext.ppid.demo.report import Report
from ckanext.ppid.demo.spec import Content, Unit

KIND = "budget datasets"


def load_budgets(report: Report, content: Content, today: dt.date, publisher: Callable[[Unit], str]) -> None:
    """Create the budget datasets that do not exist yet, each published by ``publisher(unit)``."""
    for spec in budget_datasets.datasets(content.units, today):
        found = model.Package.get(spec.name)
        context = {"user": publisher(spec.unit), "ignore_auth": True}
        if found is None:
            found_id = tk.get_action("package_create")(dict(context), budget_datasets.dataset_data(spec))[
                "id"
            ]
        elif found.resources_all:
            report.count(KIND, created=False)
            continue
        else:
            found_id = found.id
        upload = FileStorage(io.BytesIO(budget_datasets.file_bytes(spec, content.region)), spec.file_name)
        resource = {"package_id": found_id, "upload": upload, **budget_datasets.resource_data(spec)}
        tk.get_action("resource_create")(dict(context), resource)
        report.count(KIND, created=found is None, updated=found is not None)
        report.budget_files_queued += 1
