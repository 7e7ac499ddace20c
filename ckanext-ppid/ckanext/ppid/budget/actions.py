"""Actions on budgets: preview and import a budget file, follow its import, and read plan versus actual per
OPD and across OPDs.

Each action checks access first, reads its parameters (``budget.validation``) and hands the work to the
module that holds it: the core reads files (``budget.core.importing``), ``import_job`` imports them in
the background, ``budget.summary`` and ``budget.compare`` aggregate the stored lines.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import ckan.plugins.toolkit as tk

from ckanext.ppid.budget import compare as budget_compare
from ckanext.ppid.budget import dataset as budget_dataset
from ckanext.ppid.budget import files as budget_files
from ckanext.ppid.budget import import_job, schema
from ckanext.ppid.budget import summary as budget_summary
from ckanext.ppid.budget import validation as read
from ckanext.ppid.budget.core.headers import GENERIC_TARGETS
from ckanext.ppid.budget.core.importing import BudgetImport, UnreadableFile, read_budget_file
from ckanext.ppid.budget.core.table_format import COLUMNS
from ckanext.ppid.budget.model.imports import BudgetImport as ImportRow
from ckanext.ppid.law.markers import N_
from ckanext.ppid.law.problems import Problem
from ckanext.ppid.shell import messages, settings
from ckanext.ppid.shell.auth_answers import user_of
from ckanext.ppid.shell.parameters import validated

PREVIEW_LINES = 20
NOT_IMPORTED = N_("This resource has not been imported")


def _message(problem: dict[str, Any]) -> dict[str, Any]:
    """A stored or fresh problem as the reader sees it: translated, with where it is in the file."""
    return {
        "row": problem.get("row"),
        "column": problem.get("column"),
        "message": messages.filled(problem["message"], problem.get("params") or {}),
        "code": problem["message"],
    }


def _problem_dicts(problems: tuple[Problem, ...]) -> list[dict[str, Any]]:
    return [_message(import_job.problem_record(p.message, p.params, p.row, p.column)) for p in problems]


def _json_value(value: Any) -> Any:
    return float(value) if isinstance(value, Decimal) else value


def _preview(result: BudgetImport) -> dict[str, Any]:
    return {
        "columns": [
            {
                "label": column.label,
                "column": column.column,
                "samples": list(column.samples),
                "year": column.year,
                "kelompok_belanja": column.kelompok_belanja,
            }
            for column in result.columns
        ],
        "mapping": {column.label: column.column or "" for column in result.columns},
        "fields": [
            *(
                {"name": column.name, "label": tk._(column.label), "required": column.required}
                for column in COLUMNS
            ),
            *(
                {"name": name, "label": tk._(label), "required": False}
                for name, label in GENERIC_TARGETS.items()
            ),
        ],
        "lines": [
            {name: _json_value(getattr(line, name)) for name in (column.name for column in COLUMNS)}
            for line in result.lines[:PREVIEW_LINES]
        ],
        "line_count": len(result.lines),
        "problems": _problem_dicts(result.problems),
        "notices": _problem_dicts(result.notices),
        "needs_mapping": result.needs_mapping,
        "checked_totals": result.checked_totals,
        "skipped_subtotals": result.skipped_subtotals,
    }


@validated(schema.budget_preview)
def ppid_budget_preview(context: dict[str, Any], data_dict: dict[str, Any]) -> dict[str, Any]:
    """Read a budget file as the import would, without storing anything: for the column-mapping screen.

    Give either a stored resource or a new file for a budget dataset.

    :param resource_id: a resource of a budget dataset holding an uploaded CSV, XLSX or JSON file
    :type resource_id: string
    :param package_id: the budget dataset a new file is for (with ``upload``)
    :type package_id: string
    :param upload: the file (multipart upload), CSV, XLSX or JSON
    :type upload: file
    :param mapping: the file's column labels -> what they fill (``"kode_program"``, ``"anggaran"``, ...,
        as ``fields`` lists them; ``""`` ignores a column); omitted, the headers are matched
        automatically (optional)
    :type mapping: object or JSON text

    :returns: ``columns`` (every column of the file: ``label``, the ``column`` it fills or null,
        ``samples``, and the ``year`` or ``kelompok_belanja`` a measure column stands for), ``mapping``
        (label -> column, as used), ``fields`` (what a column may be mapped to: the budget table's
        columns and ``kode`` (a code of any level) and ``uraian`` (the name of the row's code), with
        ``name``, ``label``, ``required``), ``lines`` (the first 20 lines as the table would store
        them), ``line_count``,
        ``problems`` and ``notices`` (``row``, ``column``, ``message`` in the reader's language and its
        untranslated ``code``), ``needs_mapping`` (true: required columns are unmatched),
        ``checked_totals`` (subtotal rows checked against their lines) and ``skipped_subtotals``
    :rtype: dictionary

    A file that cannot be read at all (not CSV, XLSX or JSON; invalid JSON; empty) is a ValidationError
    on ``upload`` with a message that says what is wrong and where.
    """
    tk.check_access("ppid_budget_preview", context, data_dict)
    column_mapping = read.mapping(data_dict)
    try:
        if data_dict.get("resource_id"):
            resource = read.budget_resource(data_dict)
            package = resource.package
            data, name = budget_files.read_stored(resource.as_dict())
        else:
            package = read.budget_package(data_dict)
            upload = read.uploaded_file(data_dict)
            data = upload.stream.read()
            name = upload.filename
            budget_files.check_name_and_size(name, len(data))
        result = read_budget_file(
            data,
            name,
            budget_dataset.import_defaults(package),
            column_mapping,
            max_columns=settings.input_max_columns(),
        )
    except budget_files.FileRefused as refused:
        raise tk.ValidationError({"upload": [messages.text(refused.problem)]}) from refused
    except UnreadableFile as unreadable:
        message = messages.text(unreadable.problem)
        raise tk.ValidationError({"upload": [message]}) from unreadable
    return _preview(result)


def _import_dict(row: ImportRow) -> dict[str, Any]:
    shown = row.as_dict()
    shown["problems"] = [_message(problem) for problem in row.problems or []]
    shown["notices"] = [_message(problem) for problem in row.notices or []]
    return shown


@validated(schema.budget_import)
def ppid_budget_import(context: dict[str, Any], data_dict: dict[str, Any]) -> dict[str, Any]:
    """Import a budget resource's file again in the background, with a column mapping if given.

    A resource of a budget dataset is imported by itself when a CSV, XLSX or JSON file is uploaded to it;
    call this after mapping the columns in the preview, or to retry.

    :param resource_id: the resource of a budget dataset that holds the uploaded file
    :type resource_id: string
    :param mapping: the file's column labels -> what they fill (as in ``ppid_budget_preview``; ``""``
        ignores a column); kept for the resource's later files; ``{}`` returns to automatic matching;
        omitted, the resource's mapping is kept (optional)
    :type mapping: object or JSON text

    :returns: the import as ``ppid_budget_import_show`` gives it, with ``status`` ``queued``
    :rtype: dictionary
    """
    tk.check_access("ppid_budget_import", context, data_dict)
    resource = read.budget_resource(data_dict)
    resource_dict = tk.get_action("resource_show")({"ignore_auth": True}, {"id": resource.id})
    try:
        budget_files.check_importable(resource_dict)
    except budget_files.FileRefused as refused:
        raise tk.ValidationError({"resource_id": [messages.text(refused.problem)]}) from refused
    user = user_of(context)
    keep = import_job.KEEP if "mapping" not in data_dict else read.mapping(data_dict) or {}
    row = import_job.queue_import(resource_dict, user.id if user else None, keep)
    return _import_dict(row)


@tk.side_effect_free
@validated(schema.budget_resource)
def ppid_budget_import_show(context: dict[str, Any], data_dict: dict[str, Any]) -> dict[str, Any]:
    """The import of a budget resource: its status and, when the file was refused, why, row by row.

    :param resource_id: the resource of a budget dataset
    :type resource_id: string

    :returns: ``resource_id``, ``package_id``, ``status`` (``queued``, ``running``, ``done``: the lines
        and the DataStore table hold the file; ``failed``: the file was refused and the previous lines
        are kept), ``problems`` and ``notices`` (``row``, ``column``, ``message`` translated, ``code``),
        ``line_count``, ``checked_totals``, ``skipped_subtotals``, ``slices`` (the fiscal years, phases
        and periods the stored lines cover), ``mapping``, ``file_name``, ``job_id`` and the times
        ``queued_at``, ``started_at``, ``finished_at``, ``imported_at`` (last successful import)
    :rtype: dictionary
    """
    tk.check_access("ppid_budget_import_show", context, data_dict)
    resource = read.budget_resource(data_dict)
    row = ImportRow.get(resource.id)
    if row is None:
        raise tk.ObjectNotFound(tk._(NOT_IMPORTED))
    return _import_dict(row)


@tk.side_effect_free
@validated(schema.budget_summary)
def ppid_budget_summary(context: dict[str, Any], data_dict: dict[str, Any]) -> dict[str, Any]:
    """Plan versus actual of one OPD for a fiscal year: totals, one level of the code hierarchy, the
    monthly trend.

    Only active public budget datasets count; where two files hold the same OPD, year, phase and period,
    the one imported last counts.

    :param organization: the OPD (organization) name or id
    :type organization: string
    :param year: the fiscal year; default the latest with data (optional)
    :type year: int
    :param phase: ``murni``, ``pergeseran``, ``perubahan`` or ``realisasi``; default the realisation of
        the latest period when there is one, else the latest plan (perubahan, pergeseran, murni)
        (optional)
    :type phase: string
    :param level: ``urusan``, ``bidang_urusan``, ``program`` (default), ``kegiatan``, ``sub_kegiatan``,
        ``rekening`` or ``kelompok_belanja``
    :type level: string
    :param parent: a code of the level above (drill-down: the kegiatan of program ``2.16.01``)
        (optional)
    :type parent: string

    :returns: ``organization`` (``id``, ``name``, ``title``), ``year``, ``phase``, ``period`` (the
        latest of the phase: ``2026-07``, ``2026-Q2``, ``2026-S1``, ``2026``), ``level``, ``parent``,
        ``totals`` (``anggaran``, ``realisasi``, ``persentase``), ``rows`` (``code``, ``name``,
        ``anggaran``, ``realisasi``, ``persentase``, ``has_children``), ``trend`` (per realisation period
        of the year: ``period``, ``anggaran``, ``realisasi``, ``persentase``), ``datasets`` (``id``,
        ``name``, ``title``), ``years`` and ``phases`` (those with data). Amounts are rupiah (numbers
        with two decimals); ``persentase`` is realisasi / anggaran x 100 rounded to two decimals, null
        without a budget; ``realisasi`` is null for plans.
    :rtype: dictionary
    """
    tk.check_access("ppid_budget_summary", context, data_dict)
    unit = read.organization(data_dict)
    level = read.level(data_dict)
    return budget_summary.summary(
        unit, read.year(data_dict), read.phase(data_dict), level, read.parent(data_dict, level)
    )


@tk.side_effect_free
@validated(schema.budget_compare)
def ppid_budget_compare(context: dict[str, Any], data_dict: dict[str, Any]) -> dict[str, Any]:
    """Plan versus actual across OPDs for a fiscal year, ranked by absorption.

    :param year: the fiscal year; default the latest with data (optional)
    :type year: int
    :param phase: as in ``ppid_budget_summary``; default each OPD's own default phase (optional)
    :type phase: string

    :returns: ``year``, ``phase`` (as asked), ``rows`` (per OPD: ``organization`` (``id``, ``name``,
        ``title``), ``anggaran``, ``realisasi``, ``persentase``, and the ``phase`` and ``period`` its
        numbers come from), highest ``persentase`` first and OPDs without one last, ``totals``
        (``anggaran``, ``realisasi``, ``persentase`` of all rows) and ``years`` with data
    :rtype: dictionary
    """
    tk.check_access("ppid_budget_compare", context, data_dict)
    return budget_compare.compare(read.year(data_dict), read.phase(data_dict))


ACTIONS = {
    "ppid_budget_preview": ppid_budget_preview,
    "ppid_budget_import": ppid_budget_import,
    "ppid_budget_import_show": ppid_budget_import_show,
    "ppid_budget_summary": ppid_budget_summary,
    "ppid_budget_compare": ppid_budget_compare,
}
