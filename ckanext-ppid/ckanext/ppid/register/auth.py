"""Chained auth functions of the ppid plugin."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import ckan.plugins.toolkit as tk
from ckan import model

from ckanext.ppid.register.core.restriction import DATASET_TYPE
from ckanext.ppid.register.withheld import withhold_from
from ckanext.ppid.units import access


@tk.auth_allow_anonymous_access
@tk.chained_auth_function
def package_show(next_auth: Callable, context: dict[str, Any], data_dict: dict[str, Any]) -> dict[str, Any]:
    """Assessors and the Atasan PPID read every register item, private ones included."""
    result = next_auth(context, data_dict)
    if result.get("success"):
        return result
    package = context.get("package") or model.Package.get(data_dict.get("id") or "")
    if (
        package is not None
        and package.type == DATASET_TYPE
        and access.reads_whole_register(context.get("auth_user_obj") or context.get("user"))
    ):
        return {"success": True}
    return result


@tk.auth_allow_anonymous_access
@tk.chained_auth_function
def resource_show(next_auth: Callable, context: dict[str, Any], data_dict: dict[str, Any]) -> dict[str, Any]:
    """A withheld document is refused to everyone but the owning unit, the PPID Utama and sysadmins."""
    resource = context.get("resource") or model.Resource.get(data_dict.get("id") or "")
    package = model.Package.get(resource.package_id) if resource is not None else None
    if package is not None:
        item = {"type": package.type, "owner_org": package.owner_org, **(package.extras or {})}
        if withhold_from(item, context.get("auth_user_obj") or context.get("user")):
            return {"success": False, "msg": tk._("This document is exempted information and is withheld.")}
    return next_auth(context, data_dict)


AUTH_FUNCTIONS = {"package_show": package_show, "resource_show": resource_show}
