"""The background import of a budget resource's file into its lines and its DataStore table.

:func:`queue_import` records the import as ``queued`` and puts :func:`run_import` on CKAN's job queue. The
job reads the stored file with the core (``budget.core.importing``). A file with problems, or one that cannot
be read, changes nothing: the problems are recorded on the import and the lines and DataStore records of
the last good file stay. A good file replaces both: the DataStore records and the lines are written in
their own databases' transactions and committed one after the other only once both are written.
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any

import ckan.plugins.toolkit as tk
from ckan import model

from ckanext.ppid.budget import dataset as budget_dataset
from ckanext.ppid.budget import datastore, files
from ckanext.ppid.budget import lines as budget_lines
from ckanext.ppid.budget.core.importing import BudgetImport, UnreadableFile, read_budget_file
from ckanext.ppid.budget.model import imports
from ckanext.ppid.budget.model.imports import BudgetImport as ImportRow
from ckanext.ppid.law.markers import N_
from ckanext.ppid.law.problems import Problem
from ckanext.ppid.shell import settings

log = logging.getLogger(__name__)

NEEDS_MAPPING = N_(
    "Some columns the budget table needs were not recognised in the file: match the file's columns to "
    "the table's in the column preview, then import again"
)
NO_LINES = N_("The file holds no budget lines: no row with an amount was found under the header")
NO_OPD = N_("The dataset has no OPD (organization): choose one before importing")
UNEXPECTED = N_(
    "The import stopped on an unexpected error; nothing was changed. Try again or tell the administrator"
)
# Keep the stored mapping (a new file of the same layout reads the same way).
KEEP = object()


def _json_safe(value: Any) -> Any:
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (list, tuple)):
        return [_json_safe(item) for item in value]
    return str(value)


def problem_record(message: str, params: Mapping[str, Any] | None = None, row=None, column=None) -> dict:
    """A problem as the import row keeps it: msgid and parameters, translated when shown."""
    return {
        "message": message,
        "params": {key: _json_safe(value) for key, value in (params or {}).items()},
        "row": row,
        "column": column,
    }


def _records(problems: Iterable[Problem]) -> list[dict]:
    return [problem_record(p.message, p.params, p.row, p.column) for p in problems]


def queue_import(
    resource: dict[str, Any], user_id: str | None = None, mapping: Mapping[str, str] | None | object = KEEP
) -> ImportRow:
    """Record the resource's import as queued and enqueue the job; returns the import row (committed)."""
    row = ImportRow.get(resource["id"])
    if row is None:
        row = ImportRow(resource_id=resource["id"], package_id=resource["package_id"])
        model.Session.add(row)
    row.status = imports.QUEUED
    row.job_id = str(uuid.uuid4())
    row.file_name = files.file_name(resource)
    row.source_modified = resource.get("last_modified")
    row.queued_by = user_id
    row.queued_at = imports.now()
    row.started_at = row.finished_at = None
    if mapping is not KEEP:
        row.mapping = dict(mapping) if mapping else None
    model.Session.commit()
    tk.enqueue_job(
        run_import,
        [row.resource_id],
        title=f"ppid budget import {row.resource_id}",
        rq_kwargs={"job_id": row.job_id, "timeout": settings.budget_import_timeout_seconds()},
    )
    return row


def needs_import(resource: dict[str, Any]) -> bool:
    """True when the resource holds a budget file that was not queued yet in this version."""
    if not files.holds_budget_file(resource):
        return False
    row = ImportRow.get(resource["id"])
    return row is None or row.source_modified != resource.get("last_modified")


def _fail(row: ImportRow, problems: list[dict], notices: list[dict] | None = None) -> None:
    row.status = imports.FAILED
    row.problems = problems
    row.notices = notices or []
    row.finished_at = imports.now()
    model.Session.commit()


def run_import(resource_id: str) -> str | None:
    """Background job: import the resource's file; returns the import's final status."""
    row = ImportRow.get(resource_id)
    resource = model.Resource.get(resource_id)
    if row is None or resource is None or resource.state == "deleted":
        log.info("Budget import of %s skipped: the resource is gone", resource_id)
        return None
    row.status = imports.RUNNING
    row.started_at = imports.now()
    model.Session.commit()
    try:
        _import(row, resource)
    except Exception:
        log.exception("Budget import of resource %s failed", resource_id)
        model.Session.rollback()
        _fail(ImportRow.get(resource_id), [problem_record(UNEXPECTED)])
        raise
    log.info("Budget import of %s: %s, %s lines", resource_id, row.status, row.line_count)
    return row.status


def _import(row: ImportRow, resource: model.Resource) -> None:
    package = resource.package
    if not package.owner_org:
        _fail(row, [problem_record(NO_OPD)])
        return
    try:
        data, name = files.read_stored(resource.as_dict())
        read = read_budget_file(
            data,
            name,
            budget_dataset.import_defaults(package),
            row.mapping,
            max_columns=settings.input_max_columns(),
        )
    except files.FileRefused as refused:
        _fail(row, [problem_record(refused.message, refused.params)])
        return
    except UnreadableFile as unreadable:
        _fail(row, [problem_record(unreadable.problem.message, unreadable.problem.params)])
        return
    if read.problems or read.needs_mapping or not read.lines:
        problems = _records(read.problems) or [
            problem_record(NEEDS_MAPPING if read.needs_mapping else NO_LINES)
        ]
        _fail(row, problems, _records(read.notices))
        return
    _store(row, resource, read)


def _store(row: ImportRow, resource: model.Resource, read: BudgetImport) -> None:
    package = resource.package
    datastore.ensure_table(resource.id)
    with datastore.replacing(resource.id, read.lines):
        budget_lines.replace_lines(resource.id, package.id, package.owner_org, read.lines)
        row.status = imports.DONE
        row.problems = []
        row.notices = _records(read.notices)
        row.line_count = len(read.lines)
        row.checked_totals = read.checked_totals
        row.skipped_subtotals = read.skipped_subtotals
        row.slices = budget_lines.slices(read.lines)
        row.finished_at = row.imported_at = imports.now()
        model.Session.flush()
    model.Session.commit()
    datastore.add_preview(resource.id)
