"""Who may read the audit log: sysadmins and the PPID Utama's officers, nobody else.

The log will hold events about applicants' personal data, so it is narrower than the register: the PPID
Utama's admins and editors (who run the PPID service), not its plain members (heads of unit, the Atasan
PPID), and never a Komisi Informasi assessor, whatever organization role they may also hold. CKAN lets
sysadmins through every auth function.
"""

from __future__ import annotations

from typing import Any

import ckan.plugins.toolkit as tk

from ckanext.ppid.authorization.answers import may


def may_read_audit_log(user: Any) -> bool:
    return may("audit.read", user)


def ppid_audit_list(context: dict[str, Any], data_dict: dict[str, Any]) -> dict[str, Any]:
    if may_read_audit_log(context.get("auth_user_obj") or context.get("user")):
        return {"success": True}
    return {
        "success": False,
        "msg": tk._("Only sysadmins and the PPID Utama's officers may read the audit log."),
    }


AUTH = {"ppid_audit_list": ppid_audit_list}
