"""Pages of the case lists: the staff's work queue (``/ppid/antrian``), the public request register
(``/ppid/register-permohonan``, with its CSV download) and the service statistics
(``/ppid/statistik-permohonan``).

Each page reads its filters from the query string and calls the action; a bad filter comes back as the
page with the field's message and status 400.
"""

from __future__ import annotations

from typing import Any

import ckan.plugins.toolkit as tk
from ckan import model
from flask import Blueprint, Response, stream_with_context

from ckanext.ppid.law import requests as law_requests
from ckanext.ppid.requests import access, schema
from ckanext.ppid.requests.core import clock, states
from ckanext.ppid.requests.filing.store import clock_settings
from ckanext.ppid.requests.lists import actions, auth, public_register
from ckanext.ppid.requests.lists import statistics as request_statistics
from ckanext.ppid.security import download_names
from ckanext.ppid.shell import paged_lists, settings
from ckanext.ppid.shell.parameters import checked

request_queue_pages = Blueprint("ppid_request_queue", __name__, url_prefix="/ppid")
PAGE_SIZE = 25
REGISTER_PAGE_SIZE = 50
QUEUE_FILTERS = ("unit", "status", "urgency", "q")
REGISTER_FILTERS = ("year", "unit", "status", "outcome", "q")


def _units(only: frozenset[str] | None = None) -> list[model.Group]:
    query = model.Session.query(model.Group).filter(
        model.Group.is_organization.is_(True), model.Group.state == "active"
    )
    if only is not None:
        query = query.filter(model.Group.id.in_(sorted(only)))
    return query.order_by(model.Group.title).all()


def queue() -> Any:
    """The work queue: the open requests of the user's units, and the objections awaiting a decision."""
    user = tk.current_user
    sees_requests = access.is_staff_anywhere(user)
    sees_objections = auth.sees_objection_queue(user)
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
        "units": _units(auth.queue_units(user) if sees_requests else None),
        "statuses": [(s.code, tk._(s.label)) for s in states.REQUEST_STATUSES if not s.final],
        "urgencies": [(code, tk._(label)) for code, label in clock.URGENCY_LABELS.items()],
        "today": actions.body_today().isoformat(),
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
        "years": request_statistics.available_years(),
        **_register_choices(),
    }
    return tk.render("ppid/request_register/index.html", extra_vars), 400 if errors else 200


def register_csv() -> Any:
    """The public request register as CSV, with the page's filters and columns, every matching request."""
    filters = paged_lists.filters(REGISTER_FILTERS)
    context = paged_lists.context()
    try:
        tk.check_access("ppid_request_register_list", context, filters)
        given = checked(schema.request_register_list, filters)
        query = actions.register_query(given, paged=False)
    except tk.ValidationError as error:
        tk.abort(400, "; ".join(" ".join(messages) for messages in error.error_dict.values()))
    entries = public_register.register_entries(
        query, clock_settings().calendar, settings.timezone(), settings.register_subject_chars()
    )
    body = stream_with_context(public_register.csv_lines(entries))
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
        found = tk.get_action("ppid_request_statistics")(paged_lists.context(), filters)
    except tk.ValidationError as error:
        errors = error.error_dict
        found = tk.get_action("ppid_request_statistics")(paged_lists.context(), {})
    return tk.render(
        "ppid/request_stats/index.html",
        {"stats": found, "filters": filters, "errors": errors, "units": _units()},
    ), 400 if errors else 200


request_queue_pages.add_url_rule("/antrian", view_func=queue, endpoint="queue")
request_queue_pages.add_url_rule("/register-permohonan", view_func=register, endpoint="register")
request_queue_pages.add_url_rule("/register-permohonan.csv", view_func=register_csv, endpoint="register_csv")
request_queue_pages.add_url_rule("/statistik-permohonan", view_func=statistics, endpoint="statistics")
