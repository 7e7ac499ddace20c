"""The person's own page, ``/ppid/saya``, where the portal brings them after logging in; the body's logo."""

from __future__ import annotations

from typing import Any

import ckan.plugins.toolkit as tk
from flask import Blueprint, send_file

from ckanext.ppid.home import sections
from ckanext.ppid.law import categories
from ckanext.ppid.shell import body

home_pages = Blueprint("ppid_home", __name__, url_prefix="/ppid")
LOGO_MAX_AGE = 24 * 3600  # seconds a browser may keep the logo


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
            "compliance": sections.compliance(),
            "categories": categories.CATEGORIES,
        },
    )


def logo() -> Any:
    """The body's logo, as configured for the letterhead; 404 when there is none."""
    found = body.logo_file()
    if found is None:
        tk.abort(404, tk._("This portal has no logo."))
    path, media_type = found
    response = send_file(path, mimetype=media_type, max_age=LOGO_MAX_AGE)
    # An SVG opened on its own runs no script and loads nothing.
    response.headers["Content-Security-Policy"] = "default-src 'none'; style-src 'unsafe-inline'"
    return response


home_pages.add_url_rule("/saya", view_func=index, endpoint="index")
home_pages.add_url_rule("/logo", view_func=logo, endpoint="logo")
