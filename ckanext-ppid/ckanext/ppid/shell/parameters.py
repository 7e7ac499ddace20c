"""Typed parameters of the ``ppid_*`` actions: navl validators and the decorator that applies a schema.

Every action declares its input as a CKAN navl schema (``requests.schema``, ``budget.schema``, ``schema``)
built from CKAN's ``ignore_missing`` and ``not_empty``, :func:`optional` and the strict validators here:

- :func:`text`: a string, at most the length of its kind (``input_limits.TEXT``); never a number, list
  or object, never a NUL byte or a broken character (PostgreSQL could not store them);
- :func:`whole_number`: an int or a text of digits within bounds; never a bool, a float (``1e308``) or
  ``"abc"``;
- :func:`boolean`: ``true``/``false``, or the texts ``"true"``, ``"false"``, ``"1"``, ``"0"``;
- :func:`listed`: a list of texts, or one text of values separated by commas, spaces or semicolons;
  at most ``input_limits.LIST_ITEMS`` values, each at most the length of its kind;
- :func:`upload` and :func:`uploads`: file uploads, with names of bounded length.

:func:`validated` checks the data before the action runs, so refused input never reaches the database:
the caller gets a ``ValidationError`` (HTTP 409) naming each field, in the reader's language. Schemas are
about the shape of the input only (types, lengths, ranges); whether a unit or a case exists, and what the
law allows, the action decides after checking access, so refusals here tell nothing to someone not allowed.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import Any

import ckan.plugins.toolkit as tk
from werkzeug.datastructures import FileStorage

from ckanext.ppid import input_limits
from ckanext.ppid.law.markers import N_
from ckanext.ppid.shell import messages

Action = Callable[[dict[str, Any], dict[str, Any]], Any]
Validator = Callable[[Any, Any], Any]

NOT_TEXT = N_("Give text here, not a number, a list or an object.")
UNSTORABLE_TEXT = N_("This text holds a character that cannot be stored (a NUL byte or a broken character).")
TOO_LONG = N_("At most {n} characters.")
NOT_WHOLE_NUMBER = N_("Give a whole number from {lowest} to {highest}.")
NOT_YEAR = N_("Give a year of four digits.")
NOT_BOOLEAN = N_("Give true or false.")
NOT_LIST = N_("Give a list of texts, or one text with the values separated by commas.")
TOO_MANY = N_("At most {n} values.")
NOT_FILE = N_("Attach a file here.")
TOO_MANY_FILES = N_("At most {n} files at once.")
FILE_NAME_TOO_LONG = N_("A file's name may have at most {n} characters.")

SEPARATORS = re.compile(r"[\s,;]+")
_DIGITS = re.compile(r"\s*[+-]?[0-9]{1,20}\s*")
TRUE_TEXTS, FALSE_TEXTS = frozenset({"true", "1"}), frozenset({"false", "0"})


def _invalid(message: str, **params: Any) -> tk.Invalid:
    return tk.Invalid(messages.filled(message, params))


def optional(key: Any, data: dict[Any, Any], errors: dict[Any, list[str]], context: Any) -> None:
    """Leave out a parameter not given, null, or blank text (a form's empty field), and check no further.
    Unlike CKAN's ``ignore_empty``, ``0``, ``false`` and ``[]`` are values."""
    value = data.get(key)
    if value is tk.missing or value is None or (isinstance(value, str) and not value.strip()):
        data.pop(key, None)
        raise tk.StopOnError


def storable(value: str) -> bool:
    """Whether PostgreSQL can store ``value``: no NUL byte, no lone surrogate (JSON may carry ``\\ud800``)."""
    if "\x00" in value:
        return False
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def text(kind: str) -> Validator:
    """A string of at most ``input_limits.TEXT[kind]`` characters, returned as given."""
    limit = input_limits.TEXT[kind]

    def validator(value: Any, context: Any) -> str:
        if not isinstance(value, str):
            raise _invalid(NOT_TEXT)
        if len(value) > limit:
            raise _invalid(TOO_LONG, n=limit)
        if not storable(value):
            raise _invalid(UNSTORABLE_TEXT)
        return value

    validator.__name__ = f"text_{kind}"
    return validator


def whole_number(lowest: int, highest: int, message: str = NOT_WHOLE_NUMBER) -> Validator:
    """An int, or a text of digits, from ``lowest`` to ``highest``; returned as an int. ``message`` (a msgid
    with ``{lowest}`` and ``{highest}`` if it likes) says what is wrong otherwise."""

    def validator(value: Any, context: Any) -> int:
        if isinstance(value, int) and not isinstance(value, bool):
            number = value
        elif isinstance(value, str) and _DIGITS.fullmatch(value):
            number = int(value)
        else:
            number = None
        if number is None or not lowest <= number <= highest:
            raise _invalid(message, lowest=lowest, highest=highest)
        return number

    validator.__name__ = f"whole_number_{lowest}_{highest}"
    return validator


def boolean(value: Any, context: Any) -> bool:
    """``true``/``false`` or ``"true"``, ``"false"``, ``"1"``, ``"0"`` (any case); returned as a bool."""
    if isinstance(value, bool):
        return value
    given = value.strip().lower() if isinstance(value, str) else None
    if given in TRUE_TEXTS | FALSE_TEXTS:
        return given in TRUE_TEXTS
    raise _invalid(NOT_BOOLEAN)


def listed(kind: str, most: int = input_limits.LIST_ITEMS) -> Validator:
    """A list of texts, or one text of values separated by commas, spaces or semicolons: returned as the
    list of its values, at most ``most`` of them, each at most ``input_limits.TEXT[kind]``
    characters."""
    limit = input_limits.TEXT[kind]
    # A text of ``most`` values of the longest length, with a separator after each.
    longest_entry = most * (limit + 2)

    def validator(value: Any, context: Any) -> list[str]:
        entries = list(value) if isinstance(value, list | tuple) else [value]
        if len(entries) > most:
            raise _invalid(TOO_MANY, n=most)
        if not all(isinstance(entry, str) for entry in entries):
            raise _invalid(NOT_LIST)
        if any(len(entry) > longest_entry or not storable(entry) for entry in entries):
            raise _invalid(TOO_MANY, n=most)
        values = [part for entry in entries for part in SEPARATORS.split(entry) if part]
        if len(values) > most:
            raise _invalid(TOO_MANY, n=most)
        if any(len(part) > limit for part in values):
            raise _invalid(TOO_LONG, n=limit)
        return values

    validator.__name__ = f"listed_{kind}"
    return validator


def _file(value: Any) -> FileStorage | None:
    """The upload, None when the form's file field was left empty; Invalid for anything else."""
    if isinstance(value, FileStorage):
        limit = input_limits.TEXT["file_name"]
        if len(value.filename or "") > limit:
            raise _invalid(FILE_NAME_TOO_LONG, n=limit)
        return value
    if value in (None, ""):
        return None
    raise _invalid(NOT_FILE)


def upload(value: Any, context: Any) -> FileStorage | None:
    """One file upload (multipart); an empty form field is None."""
    return _file(value)


def uploads(value: Any, context: Any) -> list[FileStorage]:
    """File uploads, one or a list, at most ``input_limits.FILES``; empty form fields are left out."""
    entries = list(value) if isinstance(value, list | tuple) else [value]
    if len(entries) > input_limits.FILES:
        raise _invalid(TOO_MANY_FILES, n=input_limits.FILES)
    return [found for found in map(_file, entries) if found is not None]


def paging() -> dict[str, list[Validator]]:
    """``limit`` and ``offset`` of a list action (each action keeps its default and its own maximum)."""
    return {
        "limit": [optional, whole_number(*input_limits.LIMIT)],
        "offset": [optional, whole_number(*input_limits.OFFSET)],
    }


def year() -> list[Validator]:
    """An optional year parameter: four digits (the action checks the years it knows)."""
    return [optional, whole_number(*input_limits.YEAR, message=NOT_YEAR)]


def checked(schema: Callable[[], dict[str, Any]], data_dict: dict[str, Any], context: Any = None) -> dict:
    """``data_dict`` validated against ``schema()``: declared parameters converted, others left out;
    ``ValidationError`` with a message per field otherwise."""
    ignore = tk.get_validator("ignore")
    declared = {**schema(), "__extras": [ignore], "__junk": [ignore]}
    data, errors = tk.navl_validate(dict(data_dict or {}), declared, context or {})
    if errors:
        raise tk.ValidationError(errors)
    return data


def validated(schema: Callable[[], dict[str, Any]]) -> Callable[[Action], Action]:
    """Check the action's ``data_dict`` against ``schema()`` before the action runs.

    The action gets the validated data: declared parameters converted (numbers to int, booleans to bool,
    lists split), parameters not in the schema left out. Any problem raises ``ValidationError`` with a
    message per field, before anything is read or written. Unlike CKAN's ``toolkit.validate`` the schema
    cannot be replaced through ``context["schema"]``, which other actions use for their own schemas.
    """

    def decorate(action: Action) -> Action:
        @functools.wraps(action)
        def checked_action(context: dict[str, Any], data_dict: dict[str, Any]) -> Any:
            return action(context, checked(schema, data_dict, context))

        checked_action.schema = schema  # type: ignore[attr-defined]
        return checked_action

    return decorate
