"""Validators of the ppid plugin's schemas (register items, budget datasets and PPID units).

The law's checks live in the pure core (``register.core.consequence``); these adapt them to CKAN's flattened
data and translate their messages for the reader.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import ckan.plugins.toolkit as tk
from ckan import model

from ckanext.ppid import input_limits
from ckanext.ppid.register.core import consequence
from ckanext.ppid.register.core.restriction import EXEMPTED
from ckanext.ppid.shell import messages, parameters

Key = tuple[Any, ...]
# Fields a category requires besides the DIP columns every item has.
REQUIRED_BY_CATEGORY = {
    "berkala": ("item_berkala", "periodisitas"),
    "serta_merta": ("jenis_serta_merta",),
}
EARLIEST_YEAR = 1945


def _item(data: dict[Key, Any]) -> dict[str, Any]:
    """The top-level fields of flattened data, as the pure core reads them."""
    return {key[0]: value for key, value in data.items() if len(key) == 1 and value is not tk.missing}


def _error(errors: dict[Key, list[str]], field: str, message: str) -> None:
    errors.setdefault((field,), []).append(message)


def ppid_register_item(key: Key, data: dict[Key, Any], errors: dict[Key, list[str]], context: Any) -> None:
    """The rules that tie a register item's fields to its category (runs after every field)."""
    item = _item(data)
    category = item.get("kategori")
    for field in REQUIRED_BY_CATEGORY.get(category, ()):
        if not item.get(field):
            _error(errors, field, tk._("Missing value"))
    if category != EXEMPTED:
        return
    for problem in consequence.check_exemption(item):
        _error(errors, problem.field, messages.text(problem))


def ppid_year(value: Any, context: Any) -> Any:
    """A year a document can have: not before 1945, not after next year."""
    if value in (None, "", tk.missing):
        return value
    latest = dt.date.today().year + 1
    text = str(value).strip()
    if not (text.isdigit() and len(text) <= 4 and EARLIEST_YEAR <= int(text) <= latest):
        raise tk.Invalid(
            tk._("Enter a year between {earliest} and {latest}").format(earliest=EARLIEST_YEAR, latest=latest)
        )
    return value


def ppid_max_length(kind: str) -> Any:
    """At most ``input_limits.TEXT[kind]`` characters, for a free-text field of a scheming schema:
    ``validators: ignore_missing unicode_safe ppid_max_length(line)``. Also refuses what PostgreSQL cannot
    store (a NUL byte, a broken character)."""
    limit = input_limits.TEXT[kind]

    def validator(value: Any, context: Any) -> Any:
        if isinstance(value, str):
            if len(value) > limit:
                raise tk.Invalid(tk._(parameters.TOO_LONG).format(n=limit))
            if not parameters.storable(value):
                raise tk.Invalid(tk._(parameters.UNSTORABLE_TEXT))
        return value

    return validator


def ppid_unit_code_unique(key: Key, data: dict[Key, Any], errors: dict[Key, list[str]], context: Any) -> None:
    """Unit codes identify units in imports and reports: two units may not share one."""
    code = data.get(key)
    if not code or code is tk.missing:
        return
    # Updates name the unit by id or by name; the context carries it once CKAN has looked it up.
    own = context.get("group") or model.Group.get(data.get(("id",)) or data.get(("name",)) or "")
    own_id = own.id if own is not None else None
    for group_id, extras in model.Session.query(model.Group.id, model.Group.extras).filter(
        model.Group.is_organization.is_(True), model.Group.state != "deleted"
    ):
        if group_id != own_id and (extras or {}).get("kode_unit") == code:
            errors[key].append(tk._("Another unit already has this code"))
            return


def ppid_parent_unit(key: Key, data: dict[Key, Any], errors: dict[Key, list[str]], context: Any) -> None:
    """The parent must be another existing unit, and not one of this unit's own descendants."""
    name = data.get(key)
    if not name or name is tk.missing:
        return
    parent = model.Group.get(name)
    if parent is None or not parent.is_organization or parent.state != "active":
        errors[key].append(tk._("No such unit"))
        return
    own_name = data.get(("name",))
    own = context.get("group") or (model.Group.get(own_name) if own_name else None)
    if own is None:
        return
    lineage = {parent.id, *(group.id for group in parent.get_parent_group_hierarchy(type="organization"))}
    if own.id in lineage:
        errors[key].append(tk._("A unit cannot belong to itself or to a unit below it"))


VALIDATORS = {
    function.__name__: function
    for function in (ppid_register_item, ppid_year, ppid_max_length, ppid_unit_code_unique, ppid_parent_unit)
}
