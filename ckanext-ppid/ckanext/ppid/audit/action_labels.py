"""What the audit log page calls each recorded action, in the reader's language.

The log stores codes (``register.item.create``); the page shows their names beside them. Each plugin names
the actions it records: this one those of the register, units, roles and the calendar, and
``ppid_requests`` chains its own onto :func:`ppid_audit_actions` (``requests/audit_labels.py``).
"""

from __future__ import annotations

import ckan.plugins.toolkit as tk

from ckanext.ppid.law.markers import N_

ACTION_LABELS = {
    "role.grant": N_("Role granted"),
    "role.revoke": N_("Role revoked"),
    "register.item.create": N_("Register item created"),
    "register.item.update": N_("Register item changed"),
    "register.item.category": N_("Register item's category changed"),
    "register.exemption.status": N_("Exemption status changed"),
    "register.item.delete": N_("Register item deleted"),
    "register.item.purge": N_("Register item purged"),
    "register.import.commit": N_("Register imported from a spreadsheet"),
    "unit.member.add": N_("Added to a PPID unit"),
    "unit.member.capacity": N_("Role in a PPID unit changed"),
    "unit.member.remove": N_("Removed from a PPID unit"),
    "unit.structure": N_("PPID unit structure changed"),
    "resource.withheld.download": N_("Withheld document downloaded"),
    "resource.withheld.read": N_("Withheld document read"),
    "calendar.override.create": N_("Calendar day declared"),
    "calendar.override.revoke": N_("Calendar declaration revoked"),
    "account.sign_up": N_("Account created by sign-up on the web, awaiting verification"),
    "account.verify": N_("Account's e-mail address verified, account active"),
}


def ppid_audit_actions() -> dict[str, str]:
    """Every action code the log records, with its name."""
    return {code: tk._(label) for code, label in ACTION_LABELS.items()}


HELPERS = {"ppid_audit_actions": ppid_audit_actions}
