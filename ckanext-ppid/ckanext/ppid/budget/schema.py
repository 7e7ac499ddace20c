"""The input of the ``ppid_budget`` plugin's actions, declared as navl schemas (see ``parameters``); each
action names its schema with ``@validated``. Whether a dataset, resource or OPD exists, and which columns
the budget table has, ``budget.validation`` checks afterwards."""

from __future__ import annotations

import json
from typing import Any

import ckan.plugins.toolkit as tk

from ckanext.ppid import input_limits
from ckanext.ppid.budget.core.headers import TARGETS
from ckanext.ppid.budget.validation import BAD_MAPPING
from ckanext.ppid.shell.parameters import TOO_MANY, storable, text, upload, year

Schema = dict[str, Any]
LABEL_LENGTH = input_limits.TEXT["line"]
COLUMN_LENGTH = input_limits.TEXT["code"]
# The mapping as JSON text: every column's label and target, quoted and separated.
MAPPING_TEXT_LENGTH = input_limits.MAPPING_COLUMNS * (LABEL_LENGTH + COLUMN_LENGTH + 8)


def _refused() -> tk.Invalid:
    return tk.Invalid(tk._(BAD_MAPPING).format(columns=", ".join(sorted(TARGETS))))


def mapping(value: Any, context: Any) -> Any:
    """A column mapping: an object (or its JSON text) of at most ``input_limits.MAPPING_COLUMNS`` file
    labels, each mapped to a column name (or ``""``); returned as the object. An empty text is kept (it
    returns to automatic matching)."""
    if value == "":
        return value
    if isinstance(value, str):
        if len(value) > MAPPING_TEXT_LENGTH:
            raise _refused()
        try:
            value = json.loads(value)
        except ValueError:
            raise _refused() from None
    if not isinstance(value, dict):
        raise _refused()
    if len(value) > input_limits.MAPPING_COLUMNS:
        raise tk.Invalid(tk._(TOO_MANY).format(n=input_limits.MAPPING_COLUMNS))
    for label, column in value.items():
        if not (isinstance(label, str) and isinstance(column, str)):
            raise _refused()
        if len(label) > LABEL_LENGTH or len(column) > COLUMN_LENGTH or not storable(label + column):
            raise _refused()
    return value


@tk.validator_args
def budget_preview(ignore_missing) -> Schema:
    return {
        "resource_id": [ignore_missing, text("identifier")],
        "package_id": [ignore_missing, text("identifier")],
        "upload": [ignore_missing, upload],
        "mapping": [ignore_missing, mapping],
    }


@tk.validator_args
def budget_resource(not_empty) -> Schema:
    """An action on one resource of a budget dataset."""
    return {"resource_id": [not_empty, text("identifier")]}


@tk.validator_args
def budget_import(ignore_missing) -> Schema:
    return {**budget_resource(), "mapping": [ignore_missing, mapping]}


@tk.validator_args
def budget_summary(ignore_missing) -> Schema:
    return {
        "organization": [ignore_missing, text("identifier")],
        "year": year(),
        "phase": [ignore_missing, text("code")],
        "level": [ignore_missing, text("code")],
        "parent": [ignore_missing, text("code")],
    }


@tk.validator_args
def budget_compare(ignore_missing) -> Schema:
    return {"year": year(), "phase": [ignore_missing, text("code")]}
