"""The action context of a page's visitor: the one place the views build it (``site_context`` is the site
user's, for work done on the portal's own behalf).

The views read and change nothing but through actions, called for whoever asks: the actions and their auth
functions decide what the visitor may see and do.
"""

from __future__ import annotations

from typing import Any

import ckan.plugins.toolkit as tk


def visitor_context() -> dict[str, Any]:
    """A fresh action context of the visitor, anonymous visitors included (CKAN's actions write into the
    context they are given: each call gets its own)."""
    user = tk.current_user
    return {"user": user.name if user.is_authenticated else "", "auth_user_obj": user}


def may(action: str, data_dict: dict[str, Any] | None = None) -> bool:
    """Whether the visitor passes the auth function of ``action`` (on ``data_dict``)."""
    try:
        tk.check_access(action, visitor_context(), data_dict or {})
    except (tk.NotAuthorized, tk.ObjectNotFound):
        return False
    return True


# What a page needs of a unit: its name, title and state, not its members, datasets or followers.
UNIT_ONLY = {
    "include_dataset_count": False,
    "include_users": False,
    "include_groups": False,
    "include_followers": False,
}


def visible_unit(name: str) -> dict[str, Any] | None:
    """The PPID unit (organization) ``name`` (its name or id) as ``organization_show`` gives it to the
    visitor; None when there is none they may see."""
    try:
        return tk.get_action("organization_show")(visitor_context(), {"id": name, **UNIT_ONLY})
    except (tk.ObjectNotFound, tk.NotAuthorized):
        return None
