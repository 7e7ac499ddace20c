"""The audit-log page, ``/ppid/audit``: sysadmins and the PPID Utama's officers filter the events."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from typing import Any

import ckan.plugins.toolkit as tk
from ckan.lib.pagination import Page
from flask import Blueprint

from ckanext.ppid.shell import paged_lists, settings
from ckanext.ppid.shell.action_context import visitor_context

audit_pages = Blueprint("ppid_audit", __name__, url_prefix="/ppid")
FILTERS = ("actor", "action", "object_id", "unit", "since", "until")
PAGE_SIZE = 50


def _local(event: dict[str, Any]) -> dict[str, Any]:
    moment = dt.datetime.fromisoformat(event["occurred_at"])
    return dict(event, local_time=moment.astimezone(zoneinfo.ZoneInfo(settings.timezone())))


def index() -> Any:
    try:
        tk.check_access("ppid_audit_list", visitor_context())
    except tk.NotAuthorized:
        tk.abort(403, tk._("Only sysadmins and the PPID Utama's officers may read the audit log."))
    filters = {
        name: tk.request.args[name].strip() for name in FILTERS if tk.request.args.get(name, "").strip()
    }
    errors: dict[str, list[str]] = {}
    page_number = paged_lists.page_number("page", errors)
    found: dict[str, Any] = {"count": 0, "results": []}
    if not errors:
        query = dict(filters, limit=PAGE_SIZE, offset=(page_number - 1) * PAGE_SIZE)
        try:
            found = tk.get_action("ppid_audit_list")(visitor_context(), query)
        except tk.ValidationError as error:
            errors = error.error_dict
        else:
            paged_lists.beyond_the_last(found, page_number, PAGE_SIZE, "page", errors)
    page = Page(
        collection=[_local(event) for event in found["results"]],
        page=page_number,
        item_count=found["count"],
        items_per_page=PAGE_SIZE,
        presliced_list=True,
        **filters,
    )
    extra_vars = {
        "page": page,
        "filters": filters,
        "errors": errors,
        "units": tk.get_action("ppid_unit_list")(visitor_context(), {}),
        "labels": tk.h.ppid_audit_actions(),
        "timezone": settings.timezone(),
    }
    return tk.render("ppid/audit.html", extra_vars), 400 if errors else 200


audit_pages.add_url_rule("/audit", view_func=index, endpoint="index")
