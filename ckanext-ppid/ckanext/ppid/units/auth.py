"""Who may create, restructure and delete PPID units (CKAN organizations), and CKAN's groups.

A unit's type and parent decide who acts on every unit: the PPID Utama's staff act on all of them, and the
staff of a unit act on the units below it. So creating and deleting units, and changing a unit's type or
parent (``ckanext.ppid.units.validators``), belong to the PPID Utama's administrators and sysadmins
(rule ``unit.structure``, docs/authorization.md), whatever ``ckan.auth.user_create_organizations`` says.
CKAN's thematic groups are not PPID units: only sysadmins manage them, and the ``group_*`` actions are
refused on organizations (their schema and auth are the organization's).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import ckan.plugins.toolkit as tk
from ckan import model

from ckanext.ppid.authorization.answers import may
from ckanext.ppid.law.markers import N_
from ckanext.ppid.shell.auth_answers import refused, user_of

NOT_UTAMA = N_("Only the PPID Utama's administrators and sysadmins create, delete or restructure units.")
NOT_SYSADMIN = N_("Only sysadmins manage groups.")
USE_ORGANIZATION = N_("This is a PPID unit: use the organization actions.")


def _is_organization(data_dict: dict[str, Any]) -> bool:
    group = model.Group.get(str(data_dict.get("id") or data_dict.get("name") or ""))
    return group is not None and group.is_organization


@tk.chained_auth_function
def organization_create(next_auth: Callable, context: dict[str, Any], data_dict: Any) -> dict[str, Any]:
    if not may("unit.structure", user_of(context)):
        return refused(NOT_UTAMA)
    return {"success": True}


@tk.chained_auth_function
def organization_delete(next_auth: Callable, context: dict[str, Any], data_dict: Any) -> dict[str, Any]:
    if not may("unit.structure", user_of(context)):
        return refused(NOT_UTAMA)
    return next_auth(context, data_dict)


def _groups_only(next_auth: Callable, context: dict[str, Any], data_dict: Any) -> dict[str, Any]:
    if not may("site.admin", user_of(context)):
        return refused(NOT_SYSADMIN)
    if isinstance(data_dict, dict) and _is_organization(data_dict):
        return refused(USE_ORGANIZATION)
    return next_auth(context, data_dict)


def _chained(name: str) -> Callable:
    """A chained auth function of its own for ``name`` (CKAN keys chained functions by function)."""

    def chained(next_auth: Callable, context: dict[str, Any], data_dict: Any) -> dict[str, Any]:
        return _groups_only(next_auth, context, data_dict)

    chained.__name__ = name
    return tk.chained_auth_function(chained)


GROUP_ACTIONS = ("group_create", "group_update", "group_patch", "group_delete", "group_member_create")

AUTH = {
    "organization_create": organization_create,
    "organization_delete": organization_delete,
    **{name: _chained(name) for name in GROUP_ACTIONS},
}
