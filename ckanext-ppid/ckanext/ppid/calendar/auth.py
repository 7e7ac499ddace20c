"""Who may keep the body's calendar: sysadmins and the PPID Utama's admins; anyone may read it."""

from __future__ import annotations

from typing import Any

from ckanext.ppid.law.markers import N_
from ckanext.ppid.shell.auth_answers import allowed, anyone
from ckanext.ppid.units import access

NOT_KEEPER = N_("Only the PPID Utama's administrators keep the calendar.")


def _keeps_calendar(context: dict[str, Any], data_dict: dict[str, Any]) -> dict[str, Any]:
    return allowed(
        access.administers_ppid_utama(context.get("auth_user_obj") or context.get("user")), NOT_KEEPER
    )


AUTH_FUNCTIONS = {
    "ppid_calendar_override_create": _keeps_calendar,
    "ppid_calendar_override_revoke": _keeps_calendar,
    "ppid_calendar_override_list": anyone,
    "ppid_calendar_days_off": anyone,
}
