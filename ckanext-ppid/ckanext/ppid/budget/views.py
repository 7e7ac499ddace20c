"""The public budget pages and the import screens of a budget resource's editors.

- ``/anggaran/opd``: plan versus actual across OPDs for a year, ranked by absorption
  (``ppid_budget_compare``).
- ``/anggaran/opd/<OPD>``: one OPD's totals, its rows at one level of the code hierarchy with drill-down,
  and the monthly trend (``ppid_budget_summary``).
- ``.csv`` and ``.json`` of both (same query string), and ``/anggaran/opd/<OPD>/tren.csv``.
- ``/anggaran/impor/<resource>``: the import's status and per-row problems, and the column mapping.

The query string speaks the visitor's language (``tahun``, ``tahapan``, ``tingkat``, ``induk``); the
actions are asked with their own names (``year``, ``phase``, ``level``, ``parent``). ``/anggaran/`` itself
stays CKAN's search of budget datasets (the dataset type's pages live under ``/anggaran/<dataset>``).
"""

from __future__ import annotations

import json
from typing import Any

import ckan.plugins.toolkit as tk
from flask import Blueprint, Response

from ckanext.ppid.budget import downloads, validation
from ckanext.ppid.budget import summary as budget_summary
from ckanext.ppid.budget.core import codes
from ckanext.ppid.budget.core.table_format import COLUMNS, PHASES
from ckanext.ppid.budget.dataset import DATASET_TYPE
from ckanext.ppid.law.markers import N_
from ckanext.ppid.shell.action_context import visible_unit, visitor_context

budget_pages = Blueprint("budget_pages", __name__, url_prefix="/anggaran")

QUERY = {"tahun": "year", "tahapan": "phase", "tingkat": "level", "induk": "parent"}
# Drill-down along the program chain: the level below each level.
CHILD_LEVEL = {
    "urusan": "bidang_urusan",
    "bidang_urusan": "program",
    "program": "kegiatan",
    "kegiatan": "sub_kegiatan",
    "sub_kegiatan": "rekening",
}
PARENT_LEVEL = {child: parent for parent, child in CHILD_LEVEL.items()}
assert set(downloads.LEVEL_LABELS) == set(budget_summary.LEVELS), "a level without a label"
# The drill-down's breadcrumb goes up to the programs unless the visitor started above them.
TOP_LEVEL = "program"
# Beyond this many rows a bar chart is unreadable: it shows the largest budgets, the table every row.
CHART_ROWS = 25

NO_OPD = N_("There is no OPD {unit}.")
NOT_EDITOR = N_("Only the editors of this budget dataset may open its import screen.")
QUEUED = N_("The file is queued for import with this mapping; this page shows when it is done.")
NOT_A_MAPPING = N_("Choose what each column of the file holds, or ignore it.")
# Every status of ``budget.model.imports.STATUSES`` (tests/budget/pages/test_budget_import_screen.py).
STATUS_LABELS = {
    "queued": N_("Waiting to be imported"),
    "running": N_("Being imported"),
    "done": N_("Imported"),
    "failed": N_("Refused: nothing was changed"),
}


def _status_label(status: dict[str, Any] | None) -> str | None:
    if not status:
        return None
    code = status["status"]  # a variable, not a literal: the extractor would take "status" for a msgid
    return tk._(STATUS_LABELS[code])


# -- reading the query string and the actions -------------------------------------------------------------


def _asked(names: tuple[str, ...]) -> dict[str, str]:
    """The action parameters the query string gives, empty ones left out."""
    found = {QUERY[name]: tk.request.args.get(name, "").strip() for name in names}
    return {name: value for name, value in found.items() if value}


def _unit(name: str) -> dict[str, Any]:
    unit = visible_unit(name)
    if unit is None or unit["state"] != "active":
        tk.abort(404, tk._(NO_OPD).format(unit=name))
    return unit


def _summary(unit: dict[str, Any], **params: Any) -> dict[str, Any]:
    params = {key: value for key, value in params.items() if value is not None}
    return tk.get_action("ppid_budget_summary")(visitor_context(), {"organization": unit["id"], **params})


def _compare(**params: Any) -> dict[str, Any]:
    return tk.get_action("ppid_budget_compare")(visitor_context(), params)


def _messages(error: tk.ValidationError) -> list[str]:
    return [message for messages in error.error_dict.values() for message in messages]


def _refused(error: tk.ValidationError) -> Response:
    """A download the query string cannot give: 400 with what is wrong."""
    return Response("\n".join(_messages(error)) + "\n", status=400, mimetype="text/plain")


# -- what the OPD page shows besides the summary --------------------------------------------------------


def _path(unit: dict[str, Any], found: dict[str, Any]) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """The codes above the rows shown, top first, with their names (the drill-down's breadcrumb), and the
    OPD's totals (the summary without a parent)."""
    chain: list[tuple[str, str]] = []
    level, code = PARENT_LEVEL.get(found["level"]), found["parent"]
    while level and code:
        chain.insert(0, (level, code))
        if level == TOP_LEVEL:
            break
        level, code = PARENT_LEVEL.get(level), codes.parent(code)
    path, above, totals = [], None, found["totals"]
    for level, code in chain:
        rows = _summary(unit, year=found["year"], phase=found["phase"], level=level, parent=above)
        if above is None:
            totals = rows["totals"]
        name = next((row["name"] for row in rows["rows"] if row["code"] == code), None)
        path.append({"level": level, "code": code, "name": name, "label": downloads.level_label(level)})
        above = code
    return path, totals


def _chart(kind: str, number_format: str, labels: list[str], series: list[dict[str, Any]]) -> dict[str, Any]:
    """The figures ``budget-charts.js`` draws (the page's tables carry the same figures)."""
    return {"kind": kind, "format": number_format, "labels": labels, "series": series}


def _measure_series(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [
        {
            "measure": "anggaran",
            "label": downloads.column_label("anggaran"),
            "values": [i["anggaran"] for i in items],
        },
        {
            "measure": "realisasi",
            "label": downloads.column_label("realisasi"),
            "values": [i["realisasi"] for i in items],
        },
    ]


def _rows_chart(found: dict[str, Any]) -> dict[str, Any]:
    largest = sorted(found["rows"], key=lambda row: row["anggaran"] or 0, reverse=True)[:CHART_ROWS]
    chosen = {id(row) for row in largest}
    shown = [row for row in found["rows"] if id(row) in chosen]
    labels = [" ".join(part for part in (row["code"], row["name"]) if part) or "\u2013" for row in shown]
    return _chart("bar", "rupiah", labels, _measure_series(shown))


def _trend_chart(found: dict[str, Any]) -> dict[str, Any]:
    labels = [tk.h.ppid_budget_period(point["period"]) for point in found["trend"]]
    return _chart("line", "rupiah", labels, _measure_series(found["trend"]))


def _compare_chart(found: dict[str, Any]) -> dict[str, Any]:
    ranked = [row for row in found["rows"] if row["persentase"] is not None]
    labels = [row["organization"]["title"] for row in ranked]
    series = [
        {
            "measure": "persentase",
            "label": tk._(downloads.ABSORPTION),
            "values": [row["persentase"] for row in ranked],
        }
    ]
    return _chart("bar", "percent", labels, series)


def _query(found: dict[str, Any]) -> dict[str, Any]:
    """The OPD page's query string for exactly what ``found`` shows (the downloads' and drill-down's)."""
    shown = {
        "tahun": found["year"],
        "tahapan": found["phase"],
        "tingkat": found["level"],
        "induk": found["parent"],
    }
    return {key: value for key, value in shown.items() if value}


def _levels() -> list[dict[str, str]]:
    return [{"value": level, "label": downloads.level_label(level)} for level in budget_summary.LEVELS]


# -- the pages --------------------------------------------------------------------------------------------


def unit_page(name: str) -> Any:
    """One OPD: totals, one level of the hierarchy with drill-down, the monthly trend."""
    unit = _unit(name)
    errors: list[str] = []
    try:
        found = _summary(unit, **_asked(tuple(QUERY)))
    except tk.ValidationError as error:
        errors = _messages(error)
        found = _summary(unit)
    path, totals = _path(unit, found)
    extra = {
        "found": found,
        "errors": errors,
        "path": path,
        "opd_totals": totals,
        "child_level": CHILD_LEVEL.get(found["level"]),
        "levels": _levels(),
        "level_label": downloads.level_label(found["level"]),
        "code_label": downloads.code_label(found["level"]),
        "name_label": downloads.name_label(found["level"]),
        "query": _query(found),
        "charts": {"rows": _rows_chart(found), "trend": _trend_chart(found)},
        "chart_rows": CHART_ROWS,
    }
    return tk.render("ppid/budget/unit.html", extra), 400 if errors else 200


def _unit_filename(found: dict[str, Any]) -> str:
    parts = [
        "anggaran",
        found["organization"]["name"],
        found["year"],
        found["phase"],
        found["level"],
        found["parent"],
    ]
    return "-".join(str(part) for part in parts if part)


def unit_download(name: str, fmt: str) -> Response:
    """The OPD page's table as CSV, or its summary as JSON."""
    unit = _unit(name)
    try:
        found = _summary(unit, **_asked(tuple(QUERY)))
    except tk.ValidationError as error:
        return _refused(error)
    if fmt == "json":
        return downloads.json_response(found, _unit_filename(found))
    return downloads.csv_response(downloads.unit_rows(found), _unit_filename(found))


def unit_trend_download(name: str) -> Response:
    """The OPD page's monthly trend as CSV."""
    unit = _unit(name)
    try:
        found = _summary(unit, **_asked(tuple(QUERY)))
    except tk.ValidationError as error:
        return _refused(error)
    return downloads.csv_response(downloads.trend_rows(found), f"{_unit_filename(found)}-tren")


def compare_page() -> Any:
    """Every OPD's plan versus actual for a year, highest absorption first."""
    errors: list[str] = []
    try:
        found = _compare(**_asked(("tahun", "tahapan")))
    except tk.ValidationError as error:
        errors = _messages(error)
        found = _compare()
    extra = {
        "found": found,
        "errors": errors,
        "phases": PHASES,
        "query": {
            key: value for key, value in {"tahun": found["year"], "tahapan": found["phase"]}.items() if value
        },
        "chart": _compare_chart(found),
    }
    return tk.render("ppid/budget/compare.html", extra), 400 if errors else 200


def compare_download(fmt: str) -> Response:
    try:
        found = _compare(**_asked(("tahun", "tahapan")))
    except tk.ValidationError as error:
        return _refused(error)
    filename = "-".join(str(part) for part in ("anggaran-opd", found["year"], found["phase"]) if part)
    if fmt == "json":
        return downloads.json_response(found, filename)
    return downloads.csv_response(downloads.compare_rows(found), filename)


# -- the import screen ------------------------------------------------------------------------------------


def _editable_resource(resource_id: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """The budget resource and its dataset, when the visitor may import it: 404 for none, 403 for others
    than its editors."""
    missing = tk._(validation.NO_RESOURCE).format(id=resource_id.strip())
    try:
        resource = tk.get_action("resource_show")(visitor_context(), {"id": resource_id})
        package = tk.get_action("package_show")(visitor_context(), {"id": resource["package_id"]})
    except tk.ObjectNotFound:
        tk.abort(404, missing)
    except tk.NotAuthorized:
        tk.abort(403, tk._(NOT_EDITOR))
    if package["type"] != DATASET_TYPE or package["state"] == "deleted":
        tk.abort(404, missing)
    try:
        tk.check_access("ppid_budget_import", visitor_context(), {"resource_id": resource["id"]})
    except tk.NotAuthorized:
        tk.abort(403, tk._(NOT_EDITOR))
    return resource, package


def _import_status(resource: dict[str, Any]) -> dict[str, Any] | None:
    try:
        return tk.get_action("ppid_budget_import_show")(visitor_context(), {"resource_id": resource["id"]})
    except tk.ObjectNotFound:
        return None


def _preview(
    resource: dict[str, Any], mapping: dict[str, str] | None
) -> tuple[dict[str, Any] | None, list[str]]:
    """The file read as the import would read it with ``mapping``, or why it cannot be read."""
    data = {"resource_id": resource["id"]}
    if mapping is not None:
        data["mapping"] = json.dumps(mapping)
    try:
        return tk.get_action("ppid_budget_preview")(visitor_context(), data), []
    except tk.ValidationError as error:
        return None, _messages(error)


def _line_columns(preview: dict[str, Any] | None) -> list[dict[str, str]]:
    """The budget table's columns the preview's lines fill (the others would be empty columns)."""
    lines = preview["lines"] if preview else []
    return [
        {"name": column.name, "label": tk._(column.label)}
        for column in COLUMNS
        if any(line.get(column.name) not in (None, "") for line in lines)
    ]


def _posted_mapping() -> dict[str, str]:
    """The mapping form's choices: ``label-<n>`` names a column of the file, ``column-<n>`` what it holds."""
    form = tk.request.form
    labels = {key.removeprefix("label-"): value for key, value in form.items() if key.startswith("label-")}
    return {label: form.get(f"column-{number}", "") for number, label in labels.items()}


def _import_screen(
    found: tuple[dict[str, Any], dict[str, Any]], mapping: dict[str, str] | None, errors: list[str]
) -> Any:
    """The import's status and problems; the column mapping when the file needs it, the editor asks for
    it (``?petakan=1``) or checks a mapping (``mapping``)."""
    resource, package = found
    status = _import_status(resource)
    asked = mapping is not None or tk.request.args.get("petakan") == "1"
    needed = status is None or status["status"] == "failed"
    chosen = mapping if mapping is not None else (status or {}).get("mapping")
    preview, unreadable = _preview(resource, chosen) if (asked or needed) else (None, [])
    extra = {
        "resource": resource,
        "package": package,
        "status": status,
        "status_label": _status_label(status),
        "preview": preview,
        "line_columns": _line_columns(preview),
        "unreadable": unreadable,
        "errors": errors,
        "mapping_asked": asked,
        # The stored mapping's problems are the status's; a mapping being checked has its own.
        "mapping_checked": mapping is not None,
    }
    return tk.render("ppid/budget/import.html", extra), 400 if errors else 200


def import_page(resource_id: str) -> Any:
    return _import_screen(_editable_resource(resource_id), None, [])


def import_post(resource_id: str) -> Any:
    """Check the posted mapping against the file (``aksi=periksa``) or queue the import with it."""
    found = _editable_resource(resource_id)
    resource = found[0]
    mapping = _posted_mapping()
    if not mapping:
        return _import_screen(found, None, [tk._(NOT_A_MAPPING)])
    if tk.request.form.get("aksi") == "periksa":
        return _import_screen(found, mapping, [])
    try:
        tk.get_action("ppid_budget_import")(
            visitor_context(), {"resource_id": resource["id"], "mapping": mapping}
        )
    except tk.ValidationError as error:
        return _import_screen(found, mapping, _messages(error))
    tk.h.flash_success(tk._(QUEUED))
    return tk.redirect_to("budget_pages.import_page", resource_id=resource["id"])


rule = budget_pages.add_url_rule
rule("/opd", view_func=compare_page, endpoint="compare")
rule("/opd.<any(csv, json):fmt>", view_func=compare_download, endpoint="compare_download")
rule("/opd/<name>", view_func=unit_page, endpoint="unit")
rule("/opd/<name>.<any(csv, json):fmt>", view_func=unit_download, endpoint="unit_download")
rule("/opd/<name>/tren.csv", view_func=unit_trend_download, endpoint="unit_trend_download")
rule("/impor/<resource_id>", view_func=import_page, endpoint="import_page", methods=["GET"])
rule("/impor/<resource_id>", view_func=import_post, endpoint="import_post", methods=["POST"])
