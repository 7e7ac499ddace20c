"""The seven service standards (Perki 1/2021 Ps 23(2)) as slots of the register: each with the item that
publishes it, or none yet."""

from __future__ import annotations

from typing import Any

import ckan.plugins.toolkit as tk

from ckanext.ppid.law import sop
from ckanext.ppid.shell.action_context import visitor_context


def slots() -> list[dict[str, Any]]:
    """Every standard in the law's order, with the first item the visitor may see that publishes it."""
    found: dict[str, dict[str, Any] | None] = {standard.code: None for standard in sop.STANDARDS}
    for entry in tk.get_action("ppid_register_list")(visitor_context(), {}).get("results", []):
        code = entry.get("standar_layanan")
        if code in found and found[code] is None:
            found[code] = entry
    return [{"standard": standard, "item": found[standard.code]} for standard in sop.STANDARDS]
