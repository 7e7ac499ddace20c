"""The budget dataset's rules and the parameters of the budget actions, read from the API or a form.

Bad input is a ``ValidationError`` naming the field, worded in the reader's language, never an empty
answer that hides the mistake.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import ckan.plugins.toolkit as tk
from ckan import model
from werkzeug.datastructures import FileStorage

from ckanext.ppid.budget import dataset as budget_dataset
from ckanext.ppid.budget import periods, summary
from ckanext.ppid.budget.core.headers import TARGETS
from ckanext.ppid.budget.core.table_format import PHASES
from ckanext.ppid.law.markers import N_
from ckanext.ppid.shell import messages

Key = tuple[Any, ...]
FIRST_YEAR, LAST_YEAR = 2000, 2999

MISSING = N_("Missing value")
NO_RESOURCE = N_("There is no budget resource {id}")
NO_DATASET = N_("There is no budget dataset {id}")
NO_UNIT = N_("There is no OPD {unit}")
BAD_YEAR = N_("Give a fiscal year from {first} to {last}")
NOT_A_CHOICE = N_("Choose one of: {choices}")
NO_PARENT_LEVEL = N_("The level {level} has no level above it to drill down from")
BAD_MAPPING = N_(
    "Give the mapping as an object from the file's column labels to the budget table's columns "
    "({columns}), or an empty text to ignore a column"
)
UNKNOWN_COLUMN = N_("The budget table has no column {column}")
NO_FILE = N_("Upload a CSV, XLSX or JSON file, or name a resource with resource_id")
# The budget pages sit under /anggaran/ beside the datasets (budget.views): no dataset takes their names
PAGE_NAMES = ("opd", "impor")
PAGE_NAME_TAKEN = N_("The URL {name} is used by the budget pages: choose another")


def ppid_budget_dataset(key: Key, data: dict[Key, Any], errors: dict[Key, list[str]], context: Any) -> None:
    """The reporting period's number must fit its kind (month 1-12, quarter 1-4, semester 1-2, year none);
    the dataset's URL name must not be one of the budget pages' paths."""
    name = data.get(("name",))
    if name in PAGE_NAMES:
        errors.setdefault(("name",), []).append(tk._(PAGE_NAME_TAKEN).format(name=name))
    kind = data.get(("jenis_periode",))
    number = data.get(("periode_ke",))
    if kind in (None, tk.missing) or errors.get(("jenis_periode",)) or errors.get(("periode_ke",)):
        return
    problem = periods.number_problem(kind, None if number in (None, "", tk.missing) else int(number))
    if problem:
        errors.setdefault(("periode_ke",), []).append(messages.text(problem))


def _text(data_dict: Mapping[str, Any], name: str) -> str:
    value = data_dict.get(name)
    return value.strip() if isinstance(value, str) else ""


def _required(data_dict: Mapping[str, Any], name: str) -> str:
    value = _text(data_dict, name)
    if not value:
        raise tk.ValidationError({name: [tk._(MISSING)]})
    return value


def _choice(data_dict: Mapping[str, Any], name: str, allowed: tuple[str, ...], default: str | None = None):
    value = _text(data_dict, name) or default
    if value is not None and value not in allowed:
        raise tk.ValidationError({name: [tk._(NOT_A_CHOICE).format(choices=", ".join(allowed))]})
    return value


def budget_resource(data_dict: Mapping[str, Any]) -> model.Resource:
    """The active resource of a budget dataset that ``resource_id`` names; ObjectNotFound otherwise."""
    resource_id = _required(data_dict, "resource_id")
    resource = model.Resource.get(resource_id)
    if (
        resource is None
        or resource.state != "active"
        or resource.package.type != budget_dataset.DATASET_TYPE
        or resource.package.state == "deleted"
    ):
        raise tk.ObjectNotFound(tk._(NO_RESOURCE).format(id=resource_id))
    return resource


def budget_package(data_dict: Mapping[str, Any]) -> model.Package:
    """The budget dataset that ``package_id`` names; ObjectNotFound otherwise."""
    package_id = _required(data_dict, "package_id")
    package = model.Package.get(package_id)
    if package is None or package.type != budget_dataset.DATASET_TYPE or package.state == "deleted":
        raise tk.ObjectNotFound(tk._(NO_DATASET).format(id=package_id))
    return package


def uploaded_file(data_dict: Mapping[str, Any]) -> FileStorage:
    upload = data_dict.get("upload")
    if not isinstance(upload, FileStorage) or not upload.filename:
        raise tk.ValidationError({"upload": [tk._(NO_FILE)]})
    return upload


def mapping(data_dict: Mapping[str, Any]) -> dict[str, str] | None:
    """``mapping``: source column label -> normalised column ("" ignores the column); None when absent.

    Forms send it as JSON text; the API may send the object itself.
    """
    value = data_dict.get("mapping")
    if value in (None, ""):
        return None
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            value = None
    if not isinstance(value, dict) or not all(
        isinstance(label, str) and isinstance(column, str) for label, column in value.items()
    ):
        raise tk.ValidationError({"mapping": [tk._(BAD_MAPPING).format(columns=", ".join(sorted(TARGETS)))]})
    unknown = sorted({column for column in value.values() if column and column not in TARGETS})
    if unknown:
        raise tk.ValidationError(
            {"mapping": [tk._(UNKNOWN_COLUMN).format(column=column) for column in unknown]}
        )
    return value


def organization(data_dict: Mapping[str, Any]) -> model.Group:
    name = _required(data_dict, "organization")
    unit = model.Group.get(name)
    if unit is None or not unit.is_organization or unit.state != "active":
        raise tk.ValidationError({"organization": [tk._(NO_UNIT).format(unit=name)]})
    return unit


def year(data_dict: Mapping[str, Any]) -> int | None:
    value = data_dict.get("year")
    text = value.strip() if isinstance(value, str) else ("" if value is None else str(value))
    if not text:
        return None
    if not text.isdigit() or not FIRST_YEAR <= int(text) <= LAST_YEAR:
        raise tk.ValidationError({"year": [tk._(BAD_YEAR).format(first=FIRST_YEAR, last=LAST_YEAR)]})
    return int(text)


def phase(data_dict: Mapping[str, Any]) -> str | None:
    return _choice(data_dict, "phase", PHASES)


def level(data_dict: Mapping[str, Any]) -> str:
    return _choice(data_dict, "level", tuple(summary.LEVELS), summary.DEFAULT_LEVEL)


def parent(data_dict: Mapping[str, Any], level_name: str) -> str | None:
    value = _text(data_dict, "parent") or None
    if value is not None and summary.LEVELS[level_name].parent is None:
        raise tk.ValidationError({"parent": [tk._(NO_PARENT_LEVEL).format(level=level_name)]})
    return value
