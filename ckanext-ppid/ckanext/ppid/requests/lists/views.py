"""Pages of the case lists: the staff's work queue (``/ppid/antrian``), the public request register
(``/ppid/register-permohonan``, with its CSV download) and the service statistics
(``/ppid/statistik-permohonan``).

Each page reads its filters from the query string and calls the action; a bad filter comes back as the
page with the field's message and status 400.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from collections.abc import Iterator
from typing import Any

import ckan.plugins.toolkit as tk
from flask import Blueprint, Response, stream_with_context

from ckanext.ppid.law import requests as law_requests
from ckanext.ppid.requests.core import clock, states
from ckanext.ppid.requests.lists import auth, public_register
from ckanext.ppid.security import download_names
from ckanext.ppid.shell import paged_lists, settings
from ckanext.ppid.shell.action_context import may, visitor_context

request_queue_pages = Blueprint("ppid_request_queue", __name__, url_prefix="/ppid")
PAGE_SIZE = 25
REGISTER_PAGE_SIZE = 50
# The register's CSV reads the register a page at a time: the most the action gives at once.
CSV_PAGE_SIZE = 100
QUEUE_FILTERS = ("unit", "status", "urgency", "q")
REGISTER_FILTERS = ("year", "unit", "status", "outcome", "q")


def _units() -> list[dict[str, str]]:
    return tk.get_action("ppid_unit_list")(visitor_context(), {})


def _today() -> dt.date:
    """Today in the body's time zone: the day urgency is measured on."""
    return dt.datetime.now(zoneinfo.ZoneInfo(settings.timezone())).date()


def queue() -> Any:
    """The work queue: the open requests of the user's units, and the objections awaiting a decision."""
    sees_requests = may("ppid_request_queue")
    sees_objections = may("ppid_objection_queue")
    if not (sees_requests or sees_objections):
        tk.abort(403, tk._(auth.NOT_STAFF))
    filters = paged_lists.filters(QUEUE_FILTERS)
    errors: dict[str, list[str]] = {}
    number = paged_lists.page_number("page", errors)
    objection_number = paged_lists.page_number("opage", errors)
    requests = objections = None
    if sees_requests:
        found = paged_lists.listed("ppid_request_queue", filters, number, PAGE_SIZE, errors)
        requests = paged_lists.page_of(found, number, PAGE_SIZE, opage=objection_number, **filters)
    if sees_objections:
        shared = {key: value for key, value in filters.items() if key != "status"}
        found = paged_lists.listed(
            "ppid_objection_queue", shared, objection_number, PAGE_SIZE, errors, "opage"
        )

        def objection_url(page: int, **kwargs: Any) -> str:
            # The objections' pager keeps the requests' page, and the other way round.
            return tk.url_for("ppid_request_queue.queue", **dict(kwargs, opage=page, page=number))

        objections = paged_lists.page_of(found, objection_number, PAGE_SIZE, objection_url, **filters)
    extra_vars = {
        "requests": requests,
        "objections": objections,
        "filters": filters,
        "errors": errors,
        "units": tk.get_action("ppid_request_queue_units")(visitor_context(), {})
        if sees_requests
        else _units(),
        "statuses": [(s.code, tk._(s.label)) for s in states.REQUEST_STATUSES if not s.final],
        "urgencies": [(code, tk._(label)) for code, label in clock.URGENCY_LABELS.items()],
        "today": _today().isoformat(),
    }
    return tk.render("ppid/queue/index.html", extra_vars), 400 if errors else 200


def _register_choices() -> dict[str, list[tuple[str, str]]]:
    return {
        "statuses": [(s.code, tk._(s.label)) for s in states.REQUEST_STATUSES],
        "outcomes": [(o.code, tk._(o.label)) for o in law_requests.OUTCOMES],
    }


def register() -> Any:
    """The public request register: every request, newest first, without personal data."""
    filters = paged_lists.filters(REGISTER_FILTERS)
    errors: dict[str, list[str]] = {}
    number = paged_lists.page_number("page", errors)
    found = paged_lists.listed("ppid_request_register_list", filters, number, REGISTER_PAGE_SIZE, errors)
    extra_vars = {
        "page": paged_lists.page_of(found, number, REGISTER_PAGE_SIZE, **filters),
        "filters": filters,
        "errors": errors,
        "units": _units(),
        "years": tk.get_action("ppid_request_years")(visitor_context(), {}),
        **_register_choices(),
    }
    return tk.render("ppid/request_register/index.html", extra_vars), 400 if errors else 200


def _register_page(filters: dict[str, str], offset: int) -> dict[str, Any]:
    data = dict(filters, limit=CSV_PAGE_SIZE, offset=offset)
    return tk.get_action("ppid_request_register_list")(visitor_context(), data)


def _register_entries(filters: dict[str, str], first: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """Every entry matching ``filters``, newest first, a page of the action at a time from ``first``; a
    request registered meanwhile moves the pages down by one, so an entry already given is left out."""
    given: set[str] = set()
    found = first
    while found["results"]:
        for entry in found["results"]:
            if entry["registration_number"] not in given:
                given.add(entry["registration_number"])
                yield entry
        if len(found["results"]) < CSV_PAGE_SIZE:
            return
        found = _register_page(filters, found["offset"] + CSV_PAGE_SIZE)


def register_csv() -> Any:
    """The public request register as CSV, with the page's filters and columns, every matching request."""
    filters = paged_lists.filters(REGISTER_FILTERS)
    try:
        first = _register_page(filters, 0)
    except tk.ValidationError as error:
        tk.abort(400, "; ".join(" ".join(messages) for messages in error.error_dict.values()))
    body = stream_with_context(public_register.csv_lines(_register_entries(filters, first)))
    name = "register-permohonan" + "".join(f"-{filters[key]}" for key in ("year", "unit") if key in filters)
    return Response(
        body,
        mimetype="text/csv",
        headers={"Content-Disposition": download_names.attachment(f"{name}.csv")},
    )


def statistics() -> Any:
    """The year's figures of the public-information service report."""
    filters = paged_lists.filters(("year", "unit"))
    errors: dict[str, list[str]] = {}
    try:
        found = tk.get_action("ppid_request_statistics")(visitor_context(), filters)
    except tk.ValidationError as error:
        errors = error.error_dict
        found = tk.get_action("ppid_request_statistics")(visitor_context(), {})
    return tk.render(
        "ppid/request_stats/index.html",
        {"stats": found, "filters": filters, "errors": errors, "units": _units()},
    ), 400 if errors else 200


request_queue_pages.add_url_rule("/antrian", view_func=queue, endpoint="queue")
request_queue_pages.add_url_rule("/register-permohonan", view_func=register, endpoint="register")
request_queue_pages.add_url_rule("/register-permohonan.csv", view_func=register_csv, endpoint="register_csv")
request_queue_pages.add_url_rule("/statistik-permohonan", view_func=statistics, endpoint="statistics")
