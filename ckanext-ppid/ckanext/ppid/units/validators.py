"""Validators that keep a unit's type and parent in the hands of those who may restructure units.

Updating an organization replaces its fields: an update that leaves out ``jenis_unit`` would fall back to
the default type (``opd``) and one that leaves out ``unit_induk`` would cut the unit from its parent, and
with it the PPID Utama's hold on it. So a field left out keeps its stored value, and a change of either
field is refused to anyone but the PPID Utama's administrators and sysadmins (rule ``unit.structure``,
docs/authorization.md). The refusal is an authorization failure (HTTP 403), not a form error.
"""

from __future__ import annotations

from typing import Any

import ckan.plugins.toolkit as tk

from ckanext.ppid.authorization.answers import may
from ckanext.ppid.law.markers import N_

Key = tuple[Any, ...]
NOT_UTAMA = N_("Only the PPID Utama's administrators and sysadmins change a unit's type or parent unit.")


def _stored(context: Any, key: Key) -> Any:
    unit = context.get("group")
    return (unit.extras or {}).get(key[-1]) if unit is not None else None


def ppid_unit_keep_stored(key: Key, data: dict[Key, Any], errors: dict[Key, list[str]], context: Any) -> None:
    """On an update, a field that was left out keeps the unit's stored value."""
    if data.get(key) is tk.missing or key not in data:
        stored = _stored(context, key)
        if stored is not None:
            data[key] = stored


def ppid_unit_structure_guard(
    key: Key, data: dict[Key, Any], errors: dict[Key, list[str]], context: Any
) -> None:
    """A changed type or parent needs the ``unit.structure`` rule (creation is checked by its auth)."""
    if context.get("group") is None or context.get("ignore_auth"):
        return
    value = data.get(key)
    value = "" if value is tk.missing or value is None else str(value)
    if value != str(_stored(context, key) or "") and not may(
        "unit.structure", context.get("auth_user_obj") or context.get("user")
    ):
        raise tk.NotAuthorized(tk._(NOT_UTAMA))


VALIDATORS = {function.__name__: function for function in (ppid_unit_keep_stored, ppid_unit_structure_guard)}
