"""What a person's own page shows, gathered through the actions of each capability.

Each section is read with the visitor's own context, so an action's auth function decides who sees it; a
section whose action is refused, or whose plugin is not loaded, is left out.
"""

from __future__ import annotations

from typing import Any

import ckan.plugins.toolkit as tk

from ckanext.ppid.shell.action_context import visitor_context
from ckanext.ppid.units import access

SHOWN = 5


def read(action: str, data_dict: dict[str, Any]) -> Any:
    """What ``action`` gives the visitor; None when they may not call it or no plugin provides it."""
    try:
        return tk.get_action(action)(visitor_context(), data_dict)
    except (KeyError, tk.NotAuthorized, tk.ObjectNotFound):
        return None


def my_requests() -> dict[str, Any] | None:
    """The requests the person filed, newest first."""
    return read("ppid_request_list_mine", {"limit": SHOWN})


def work_queue() -> dict[str, Any] | None:
    """The open requests of the person's units, most urgent first, and how many are overdue."""
    queue = read("ppid_request_queue", {"limit": SHOWN})
    if queue is None:
        return None
    overdue = read("ppid_request_queue", {"limit": 1, "urgency": "terlambat"}) or {"count": 0}
    return {**queue, "overdue": overdue["count"]}


def objections() -> dict[str, Any] | None:
    """The objections awaiting the Atasan PPID's decision, the soonest due first."""
    return read("ppid_objection_queue", {"limit": SHOWN})


def staff_units() -> list[dict[str, Any]]:
    """The units the person may add register items to (their register, their imports)."""
    return read("organization_list_for_user", {"permission": "create_dataset"}) or []


def stale_items(units: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Periodic information of the person's units that is older than its update period."""
    names = {unit["name"] for unit in units}
    found = read("ppid_register_list", {"category": "berkala", "out_of_date": True}) or {"results": []}
    return [item for item in found["results"] if item.get("unit") in names]


def compliance() -> list[dict[str, Any]] | None:
    """For the Komisi Informasi's assessor: every unit's register per category, its out-of-date periodic
    items and the periodic items it has not published. (The PPID Utama's staff see the out-of-date items of
    every unit in their own register section.)"""
    if access.ASSESSOR not in access.roles_of(tk.current_user):
        return None
    return read("ppid_register_summary", {})
