"""Chained guards for CKAN actions that end in a server error when what they are given does not exist or
is not theirs to read: they answer 404, 403 or 409 before CKAN's code asserts or looks up a missing key.

- ``group_member_delete``/``organization_member_delete`` assert that the group exists;
- ``resource_view_update`` checks access against a ``resource_id`` only the caller gives (a KeyError when
  it is missing): the view's own resource is put there, so access is judged on the resource it belongs to;
- ``file_owner_scan`` looks up an auth function named after the ``owner_type`` it is given.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import ckan.plugins.toolkit as tk
from ckan import authz, model

from ckanext.ppid.law.markers import N_

UNKNOWN_OWNER_TYPE = N_("Unknown owner type")


def _text(data_dict: dict[str, Any], key: str) -> str:
    value = data_dict.get(key)
    return value if isinstance(value, str) else ""


def _member_delete(up_func: Callable, context: dict[str, Any], data_dict: dict[str, Any]) -> Any:
    if model.Group.get(_text(data_dict, "id")) is None:
        raise tk.ObjectNotFound(tk._("Group not found"))
    return up_func(context, data_dict)


def _resource_view_update(up_func: Callable, context: dict[str, Any], data_dict: dict[str, Any]) -> Any:
    view = model.ResourceView.get(_text(data_dict, "id"))
    if view is None:
        raise tk.ObjectNotFound(tk._("Resource view was not found."))
    return up_func(context, {**data_dict, "resource_id": view.resource_id})


def _file_owner_scan(up_func: Callable, context: dict[str, Any], data_dict: dict[str, Any]) -> Any:
    owner_type = _text(data_dict, "owner_type") or "user"
    # The auth function CKAN will look up for that owner (ckan.logic.auth.file).
    operation = "update" if tk.config.get("ckan.files.owner.scan_as_update") else "file_scan"
    if f"{owner_type}_{operation}" not in authz.auth_functions_list():
        raise tk.ValidationError({"owner_type": [tk._(UNKNOWN_OWNER_TYPE)]})
    return up_func(context, data_dict)


def _chained(guard: Callable, name: str, side_effect_free: bool = False) -> Callable:
    """A distinct function per action (CKAN keys chained actions by function and shows its name)."""

    def chained(up_func: Callable, context: dict[str, Any], data_dict: dict[str, Any]) -> Any:
        return guard(up_func, context, data_dict)

    chained.__name__ = name
    chained.__doc__ = guard.__doc__
    if side_effect_free:
        # CKAN copies the chained function's attributes, not the original's.
        chained.side_effect_free = True  # type: ignore[attr-defined]
    return tk.chained_action(chained)


def actions() -> dict[str, Callable]:
    return {
        "group_member_delete": _chained(_member_delete, "group_member_delete"),
        "organization_member_delete": _chained(_member_delete, "organization_member_delete"),
        "resource_view_update": _chained(_resource_view_update, "resource_view_update"),
        "file_owner_scan": _chained(_file_owner_scan, "file_owner_scan", True),
    }
