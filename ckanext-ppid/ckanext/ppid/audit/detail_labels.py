"""What the audit log page calls the codes in an event's details: its keys, its values, its object types.

An event stores codes (``{"role": "ppid_pelaksana", "status_after": "diproses"}``); the page shows their
names beside them, in the reader's language. This plugin names the codes of the register, units and roles;
``ppid_requests`` chains the codes of requests, objections and disputes onto :func:`ppid_audit_details`
(``requests/audit_labels.py``). A code without a name is shown as it is.
"""

from __future__ import annotations

import ckan.plugins.toolkit as tk

from ckanext.ppid.law import categories, units
from ckanext.ppid.law.markers import N_
from ckanext.ppid.register.core import restriction

KEY_LABELS = {
    "unit": N_("PPID Unit"),
    "user": N_("User"),
    "capacity": N_("Role"),
    "role": N_("Role"),
    "decree": N_("Decree"),
    "name": N_("Name"),
    "title": N_("Title"),
    "fields": N_("Fields"),
    "before": N_("Before"),
    "after": N_("After"),
    "kategori": N_("Category"),
    "status_pengecualian": N_("Exemption status"),
    "jenis_unit": N_("Unit type"),
    "unit_induk": N_("Parent unit"),
}
OBJECT_LABELS = {
    "dataset": N_("Register item"),
    "organization": N_("PPID Unit"),
    "user": N_("User"),
}
# CKAN's member capacities (organization roles).
CAPACITY_LABELS = {"admin": N_("Admin"), "editor": N_("Editor"), "member": N_("Member")}
VALUE_LABELS = {
    **CAPACITY_LABELS,
    **{role.code: role.label for role in units.ROLES},
    **{kind.code: kind.label for kind in units.UNIT_TYPES},
    **{category.code: category.label for category in categories.CATEGORIES},
    **restriction.STATUS_LABELS,
}


def ppid_audit_details() -> dict[str, dict[str, str]]:
    """``{"keys": {code: name}, "values": {code: name}, "objects": {code: name}}`` in the page's language."""
    return {
        "keys": {code: tk._(label) for code, label in KEY_LABELS.items()},
        "values": {code: tk._(label) for code, label in VALUE_LABELS.items()},
        "objects": {code: tk._(label) for code, label in OBJECT_LABELS.items()},
    }


HELPERS = {"ppid_audit_details": ppid_audit_details}
