"""Who may keep the body's calendar: sysadmins and the PPID Utama's admins; anyone may read it."""

from __future__ import annotations

from typing import Any

import ckan.plugins.toolkit as tk

from ckanext.ppid import access


def _keeps_calendar(context: dict[str, Any], data_dict: dict[str, Any]) -> dict[str, Any]:
    if access.administers_ppid_utama(context.get("auth_user_obj") or context.get("user")):
        return {"success": True}
    return {"success": False, "msg": tk._("Only the PPID Utama's administrators keep the calendar.")}


@tk.auth_allow_anonymous_access
def _anyone(context: dict[str, Any], data_dict: dict[str, Any]) -> dict[str, Any]:
    return {"success": True}


AUTH_FUNCTIONS = {
    "ppid_calendar_override_create": _keeps_calendar,
    "ppid_calendar_override_revoke": _keeps_calendar,
    "ppid_calendar_override_list": _anyone,
    "ppid_calendar_days_off": _anyone,
}
