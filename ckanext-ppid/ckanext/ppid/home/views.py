"""The person's own page, ``/ppid/saya``: where the portal brings them after logging in."""

from __future__ import annotations

from typing import Any

import ckan.plugins.toolkit as tk
from flask import Blueprint

from ckanext.ppid.home import sections

home_pages = Blueprint("ppid_home", __name__, url_prefix="/ppid")


def index() -> Any:
    if not tk.current_user.is_authenticated:
        return tk.redirect_to("user.login", next=tk.request.full_path.rstrip("?"))
    units = sections.staff_units()
    return tk.render(
        "ppid/home.html",
        {
            "requests": sections.my_requests(),
            "queue": sections.work_queue(),
            "objections": sections.objections(),
            "units": units,
            "stale": sections.stale_items(units) if units else [],
        },
    )


home_pages.add_url_rule("/saya", view_func=index, endpoint="index")
