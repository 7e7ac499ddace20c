"""The action context of the site user, for work done on the portal's own behalf (jobs, commands)."""

from __future__ import annotations

from typing import Any

import ckan.plugins.toolkit as tk


def site_context(**extra: Any) -> dict[str, Any]:
    """A context acting as the site user, auth checks off; ``extra`` adds entries (``defer_commit``...)."""
    site_user = tk.get_action("get_site_user")({"ignore_auth": True}, {})
    return {"user": site_user["name"], "ignore_auth": True, **extra}
