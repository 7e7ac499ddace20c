"""CKAN's own auth functions, narrowed where the portal's table (docs/authorization.md) is stricter.

- ``task_status_show`` is open to everyone in CKAN; task statuses are internal bookkeeping (errors of
  background work): sysadmins only.
- Dataset collaborators are off in this portal; CKAN's collaborator auth functions assume a logged-in user
  and an existing dataset (``assert``: a 500 for anyone else). They refuse those callers here instead.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import ckan.plugins.toolkit as tk
from ckan import model

from ckanext.ppid.authorization.answers import may
from ckanext.ppid.law.markers import N_
from ckanext.ppid.shell.auth_answers import refused, user_of

NOT_SYSADMIN = N_("Only sysadmins see the status of background tasks.")
NOT_COLLABORATORS = N_(
    "Log in as the administrator of an existing dataset's unit to manage its collaborators."
)


@tk.auth_allow_anonymous_access
@tk.chained_auth_function
def task_status_show(next_auth: Callable, context: dict[str, Any], data_dict: Any) -> dict[str, Any]:
    if not may("site.admin", user_of(context)):
        return refused(NOT_SYSADMIN)
    return next_auth(context, data_dict)


def _collaborators(name: str) -> Callable:
    def chained(next_auth: Callable, context: dict[str, Any], data_dict: Any) -> dict[str, Any]:
        dataset_id = data_dict.get("id") if isinstance(data_dict, dict) else None
        if (
            user_of(context) is None
            or not isinstance(dataset_id, str)
            or model.Package.get(dataset_id) is None
        ):
            return refused(NOT_COLLABORATORS)
        return next_auth(context, data_dict)

    chained.__name__ = name
    return tk.auth_allow_anonymous_access(tk.chained_auth_function(chained))


COLLABORATOR_ACTIONS = (
    "package_collaborator_create",
    "package_collaborator_delete",
    "package_collaborator_list",
)

AUTH = {
    "task_status_show": task_status_show,
    **{name: _collaborators(name) for name in COLLABORATOR_ACTIONS},
}
