"""Guards for the activity plugin's code paths that end in a server error on input a caller chooses.

``activity_show``'s auth function reads ``include_data`` without a default: every caller but a sysadmin who
left it out got a KeyError. It is taken as false, as the parameter's documentation promises (a chained auth
function: the action itself is chained by ``withheld`` already, and one plugin can chain a name once).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import ckan.plugins.toolkit as tk


@tk.chained_auth_function
@tk.auth_allow_anonymous_access
def activity_show(next_auth: Callable, context: dict[str, Any], data_dict: dict[str, Any]) -> Any:
    return next_auth(context, {"include_data": False, **(data_dict or {})})


def auth_functions() -> dict[str, Callable]:
    return {"activity_show": activity_show}
