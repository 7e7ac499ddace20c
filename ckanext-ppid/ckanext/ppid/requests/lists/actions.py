"""Lists of cases: the staff's work queue, the Atasan PPID's objection queue, the public request register
and the annual service statistics.

Each action checks access, reads and checks its filters (a bad value is a ``ValidationError`` naming the
field, never an empty list that hides the mistake), and hands the query to the module that holds it
(``requests.lists.queue``, ``public_register``, ``requests.lists.statistics``). None of them returns personal
data.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import ckan.plugins.toolkit as tk
from ckan import model

from ckanext.ppid.law import requests as law_requests
from ckanext.ppid.requests import schema as request_schema
from ckanext.ppid.requests.core import states
from ckanext.ppid.requests.filing.store import clock_settings
from ckanext.ppid.requests.lists import auth, public_register
from ckanext.ppid.requests.lists import queue as request_queue
from ckanext.ppid.requests.lists import statistics as request_statistics
from ckanext.ppid.shell import settings
from ckanext.ppid.shell.auth_answers import user_of
from ckanext.ppid.shell.parameters import validated
from ckanext.ppid.units.actions import unit_dicts

DEFAULT_LIMIT = 25
MAX_LIMIT = 100
ALL_REQUEST_STATUSES = tuple(entry.code for entry in states.REQUEST_STATUSES)
OUTCOMES = tuple(entry.code for entry in law_requests.OUTCOMES)
FIRST_YEAR, LAST_YEAR = 2008, 2999


def _text(data_dict: dict[str, Any], name: str) -> str:
    value = data_dict.get(name)
    return value.strip() if isinstance(value, str) else ""


def _paging(data_dict: dict[str, Any]) -> tuple[int, int]:
    """``limit`` (default 25, at most ``MAX_LIMIT``) and ``offset``, as the schema checked them."""
    return min(data_dict.get("limit", DEFAULT_LIMIT), MAX_LIMIT), data_dict.get("offset", 0)


def _choice(data_dict: dict[str, Any], name: str, allowed: tuple[str, ...]) -> str | None:
    value = _text(data_dict, name)
    if not value:
        return None
    if value not in allowed:
        raise tk.ValidationError(
            {name: [tk._("Choose one of: {choices}").format(choices=", ".join(allowed))]}
        )
    return value


def _unit(data_dict: dict[str, Any]) -> model.Group | None:
    name = _text(data_dict, "unit")
    if not name:
        return None
    unit = model.Group.get(name)
    if unit is None or not unit.is_organization or unit.state != "active":
        raise tk.ValidationError({"unit": [tk._("There is no PPID unit {unit}.").format(unit=name)]})
    return unit


def _year(data_dict: dict[str, Any], default: int | None) -> int | None:
    text = _text(data_dict, "year") or str(data_dict.get("year") or "")
    if not text:
        return default
    if not text.isdigit() or not FIRST_YEAR <= int(text) <= LAST_YEAR:
        raise tk.ValidationError(
            {"year": [tk._("Give a year from {first} to {last}.").format(first=FIRST_YEAR, last=LAST_YEAR)]}
        )
    return int(text)


def body_today() -> dt.date:
    """Today in the body's time zone: the day urgency and overdue counts are measured on."""
    return clock_settings().local_day(dt.datetime.now(dt.timezone.utc))


def _queue_query(data_dict: dict[str, Any], statuses: tuple[str, ...], units: frozenset[str] | None):
    unit = _unit(data_dict)
    if unit is not None:
        if units is not None and unit.id not in units:
            raise tk.ValidationError(
                {"unit": [tk._("You are not on the staff of {unit}.").format(unit=unit.title)]}
            )
        units = frozenset({unit.id})
    status = _choice(data_dict, "status", statuses)
    limit, offset = _paging(data_dict)
    return request_queue.QueueQuery(
        statuses=(status,) if status else statuses,
        units=units,
        urgency=_choice(data_dict, "urgency", request_queue.URGENCY_LEVELS),
        number=_text(data_dict, "q"),
        limit=limit,
        offset=offset,
    )


def _listed(count: int, results: list[dict[str, Any]], query: Any, **extra: Any) -> dict[str, Any]:
    return {"count": count, "results": results, "limit": query.limit, "offset": query.offset, **extra}


@tk.side_effect_free
@validated(request_schema.queue)
def ppid_request_queue(context: dict[str, Any], data_dict: dict[str, Any]) -> dict[str, Any]:
    """The open requests of the units the user is on the staff of, most urgent first.

    Overdue requests come first (longest overdue first), then the soonest due, then those with no open
    due date (notice sent, information still to hand over). The PPID Utama's staff and sysadmins see
    every unit. Rows carry no personal data.

    :param unit: only this unit (name or id; one of the user's units)
    :type unit: string
    :param status: only this status: ``diterima``, ``verifikasi``, ``diproses`` or ``pemberitahuan_dikirim``
    :type status: string
    :param urgency: only this urgency today: ``terlambat`` (overdue), ``hari_ini`` (due today), ``segera``
        (due within 3 working days) or ``berjalan`` (later)
    :type urgency: string
    :param q: part of a registration number
    :type q: string
    :param limit: how many (default 25, at most 100)
    :type limit: int
    :param offset: how many to skip (default 0)
    :type offset: int

    :returns: ``count``, ``results`` (registration number, unit, status, received day, due date, urgency,
        working days left), ``today``
    :rtype: dictionary
    """
    tk.check_access("ppid_request_queue", context, data_dict)
    units = auth.queue_units(user_of(context))
    query = _queue_query(data_dict, request_queue.OPEN_REQUEST_STATUSES, units)
    today, body_clock = body_today(), clock_settings()
    count, results = request_queue.requests_page(query, today, body_clock.calendar)
    return _listed(count, results, query, today=today.isoformat())


@tk.side_effect_free
@validated(request_schema.queue)
def ppid_objection_queue(context: dict[str, Any], data_dict: dict[str, Any]) -> dict[str, Any]:
    """The objections awaiting the Atasan PPID's decision (UU 14/2008 Ps 36(2)), the soonest due first.

    For the Atasan PPID and the PPID Utama's staff. Rows carry no personal data.

    :param unit: only objections on requests of this unit (name or id)
    :type unit: string
    :param status: ``diajukan`` (filed) or ``diregistrasi`` (registered)
    :type status: string
    :param urgency: ``terlambat``, ``hari_ini``, ``segera`` or ``berjalan``
    :type urgency: string
    :param q: part of the objection's or the request's registration number
    :type q: string
    :param limit: how many (default 25, at most 100)
    :type limit: int
    :param offset: how many to skip (default 0)
    :type offset: int

    :returns: ``count``, ``results``, ``today``
    :rtype: dictionary
    """
    tk.check_access("ppid_objection_queue", context, data_dict)
    query = _queue_query(data_dict, request_queue.AWAITING_DECISION, None)
    today = body_today()
    count, results = request_queue.objections_page(query, today, clock_settings().calendar)
    return _listed(count, results, query, today=today.isoformat())


@tk.side_effect_free
@validated(request_schema.nothing)
def ppid_request_queue_units(context: dict[str, Any], data_dict: dict[str, Any]) -> list[dict[str, str]]:
    """The units whose open requests the caller's work queue holds, ordered by title: the units they are on
    the staff of, every active unit for the PPID Utama's staff and sysadmins (the queue's unit filter).

    :returns: ``id``, ``name`` and ``title`` of each (the title may be empty)
    :rtype: list of dictionaries
    """
    tk.check_access("ppid_request_queue_units", context, data_dict)
    return unit_dicts(auth.queue_units(user_of(context)))


def register_query(data_dict: dict[str, Any]) -> public_register.RegisterQuery:
    """The public register's filters and page from ``data_dict``; ValidationError on a bad one."""
    unit = _unit(data_dict)
    limit, offset = _paging(data_dict)
    return public_register.RegisterQuery(
        year=_year(data_dict, None),
        unit_id=unit.id if unit else None,
        status=_choice(data_dict, "status", ALL_REQUEST_STATUSES),
        outcome=_choice(data_dict, "outcome", OUTCOMES),
        number=_text(data_dict, "q"),
        limit=limit,
        offset=offset,
    )


@tk.side_effect_free
@validated(request_schema.request_register_list)
def ppid_request_register_list(context: dict[str, Any], data_dict: dict[str, Any]) -> dict[str, Any]:
    """The public register of requests for information (docs/personal-data.md), for anyone, in registration
    order, newest first.

    Each entry: registration number, date received, PPID unit, applicant type, channel, a summary of the
    information requested with personal data removed (none for withdrawn or anonymised requests), status,
    outcome, Pasal 17 grounds of a refusal, date of the written notice, working days to it, and whether an
    objection or a dispute followed. Never the applicant's name, NIK, address, contact, purpose or documents.

    :param year: only requests registered in this year
    :type year: int
    :param unit: only requests of this PPID unit (name or id)
    :type unit: string
    :param status: only this status
    :type status: string
    :param outcome: only this outcome (e.g. ``ditolak_dikecualikan``)
    :type outcome: string
    :param q: part of a registration number
    :type q: string
    :param limit: how many (default 25, at most 100)
    :type limit: int
    :param offset: how many to skip (default 0)
    :type offset: int

    :returns: ``count`` and ``results``
    :rtype: dictionary
    """
    tk.check_access("ppid_request_register_list", context, data_dict)
    query = register_query(data_dict)
    count, results = public_register.register_page(
        query, clock_settings().calendar, settings.timezone(), settings.register_subject_chars()
    )
    return _listed(count, results, query)


@tk.side_effect_free
@validated(request_schema.request_statistics)
def ppid_request_statistics(context: dict[str, Any], data_dict: dict[str, Any]) -> dict[str, Any]:
    """The figures of the annual public-information service report (UU 14/2008 Ps 12, Perki 1/2021 Ps 56)
    for one year; for anyone (counts only).

    Requests by channel, applicant type, unit, status and outcome; Pasal 17 grounds of refusals; working
    days to the written notice (average, maximum) and the share within 10 working days, within the
    extension and late; extensions; open requests past their deadline today; objections by ground and
    decision; disputes by stage and result.

    :param year: the year of registration (default: this year)
    :type year: int
    :param unit: only this PPID unit (name or id)
    :type unit: string

    :rtype: dictionary
    """
    tk.check_access("ppid_request_statistics", context, data_dict)
    today = body_today()
    year = _year(data_dict, today.year)
    unit = _unit(data_dict)
    found = request_statistics.statistics(
        year, unit.id if unit else None, clock_settings().calendar, settings.timezone(), today
    )
    unit_shown = {"name": unit.name, "title": unit.title or unit.name} if unit else None
    return found | {"unit": unit_shown, "years": request_statistics.available_years()}


@tk.side_effect_free
@validated(request_schema.nothing)
def ppid_request_years(context: dict[str, Any], data_dict: dict[str, Any]) -> list[int]:
    """The years in which requests were registered, newest first (the register's year filter); for anyone.

    :rtype: list of integers
    """
    tk.check_access("ppid_request_years", context, data_dict)
    return request_statistics.available_years()


ACTIONS = {
    "ppid_request_queue": ppid_request_queue,
    "ppid_request_queue_units": ppid_request_queue_units,
    "ppid_objection_queue": ppid_objection_queue,
    "ppid_request_register_list": ppid_request_register_list,
    "ppid_request_statistics": ppid_request_statistics,
    "ppid_request_years": ppid_request_years,
}
