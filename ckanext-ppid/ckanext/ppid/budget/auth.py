"""Who may do what with budgets.

- Preview a file and import it (``ppid_budget_preview``, ``ppid_budget_import``): whoever may edit the
  budget dataset (its OPD's editors and admins, the PPID Utama's through the role cascade, sysadmins).
- See an import's status and problems (``ppid_budget_import_show``): whoever may see the resource.
- The summary and the comparison across OPDs (``ppid_budget_summary``, ``ppid_budget_compare``): anyone,
  anonymous visitors included; they read only public datasets (PP 12/2019 Ps 214).
"""

from __future__ import annotations

from typing import Any

import ckan.plugins.toolkit as tk

from ckanext.ppid.law.markers import N_
from ckanext.ppid.shell.auth_answers import allowed, anyone

NOT_EDITOR = N_("Only the editors of this budget dataset may import its files.")
NOT_READER = N_("You may not see this resource.")


def _may(action: str, context: dict[str, Any], data_dict: dict[str, Any]) -> bool:
    try:
        tk.check_access(action, dict(context), data_dict)
    except (tk.NotAuthorized, tk.ObjectNotFound):
        return False
    return True


def _dataset_of(data_dict: dict[str, Any]) -> str:
    resource_id = data_dict.get("resource_id")
    if resource_id:
        resource = tk.get_action("resource_show")({"ignore_auth": True}, {"id": resource_id})
        return resource["package_id"]
    return data_dict.get("package_id") or ""


def ppid_budget_import(context: dict[str, Any], data_dict: dict[str, Any]) -> dict[str, Any]:
    try:
        package_id = _dataset_of(data_dict)
    except tk.ObjectNotFound:
        return allowed(False, NOT_EDITOR)
    return allowed(bool(package_id) and _may("package_update", context, {"id": package_id}), NOT_EDITOR)


def ppid_budget_import_show(context: dict[str, Any], data_dict: dict[str, Any]) -> dict[str, Any]:
    return allowed(_may("resource_show", context, {"id": data_dict.get("resource_id") or ""}), NOT_READER)


AUTH = {
    "ppid_budget_preview": ppid_budget_import,
    "ppid_budget_import": ppid_budget_import,
    "ppid_budget_import_show": tk.auth_allow_anonymous_access(ppid_budget_import_show),
    "ppid_budget_summary": anyone,
    "ppid_budget_compare": anyone,
}
