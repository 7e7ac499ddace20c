"""Who asks, and the answers the plugin's auth functions give.

An auth function answers ``{"success": True}``, or ``{"success": False, "msg": ...}`` with the reason
translated for the visitor. Lists anyone may read (registers, statistics, the calendar) are open to
anonymous visitors too.
"""

from __future__ import annotations

from typing import Any

import ckan.plugins.toolkit as tk
from ckan import model

from ckanext.ppid.units import access


def user_of(context: dict[str, Any]) -> model.User | None:
    """The user an action or auth function runs for; None for an anonymous visitor."""
    return access.user_object(context.get("auth_user_obj") or context.get("user"))


def refused(message: str) -> dict[str, Any]:
    """A refusal with ``message`` (a msgid) translated."""
    return {"success": False, "msg": tk._(message)}


def allowed(condition: bool, message: str) -> dict[str, Any]:
    """Allowed when ``condition`` holds, else refused with ``message``."""
    return {"success": True} if condition else refused(message)


@tk.auth_allow_anonymous_access
def anyone(context: dict[str, Any], data_dict: dict[str, Any]) -> dict[str, Any]:
    """Allowed to everyone, anonymous visitors included."""
    return {"success": True}
