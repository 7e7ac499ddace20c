"""Dates and times on the portal's pages written as the body's letters write them.

CKAN's ``render_datetime(..., with_hours=True)`` uses the pattern ``MMMM d, YYYY`` whatever the language
(English word order, and ``YYYY`` is the week-based year: 29 December 2025 would show as 2026). Pages
showing when something happened use :func:`ppid_datetime` instead: "23 November 2026 14.05 WIB" in the
body's time zone. The chained :func:`render_datetime` writes every date and time the templates pass it, CKAN's
included (activity streams, API tokens, "Anggota Sejak"), the same way.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from collections.abc import Callable

import ckan.plugins.toolkit as tk

from ckanext.ppid.documents.dates import format_date, format_datetime
from ckanext.ppid.shell import settings


def ppid_datetime(value: dt.datetime | str | None) -> str:
    """``value`` (aware, or naive UTC as CKAN stores it, or its ISO text) in the body's zone and the page's
    language; empty for no value."""
    if not value:
        return ""
    return format_datetime(_local(value), _language())


@tk.chained_helper
def render_datetime(
    next_helper: Callable[..., str],
    datetime_: dt.date | str | None,
    date_format: str | None = None,
    with_hours: bool = False,
    with_seconds: bool = False,
) -> str:
    """CKAN's helper writing as the letters write: "7 Desember 2026", with ``with_hours`` "7 Desember 2026
    14.05 WIB", in the body's zone (CKAN puts the month first with hours, and writes nothing for a day). An
    explicit ``date_format``, no value or one that is no time are left to CKAN."""
    if date_format or not datetime_:
        return next_helper(datetime_, date_format, with_hours, with_seconds)
    if isinstance(datetime_, dt.date) and not isinstance(datetime_, dt.datetime):
        return format_date(datetime_, _language())
    try:
        local = _local(datetime_)
    except (TypeError, ValueError):  # not a time: CKAN's helper answers "" for it
        return next_helper(datetime_, date_format, with_hours, with_seconds)
    return format_datetime(local, _language()) if with_hours else format_date(local, _language())


def _local(value: dt.datetime | str) -> dt.datetime:
    moment = dt.datetime.fromisoformat(value) if isinstance(value, str) else value
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.timezone.utc)
    return moment.astimezone(zoneinfo.ZoneInfo(settings.timezone()))


def _language() -> str:
    return "en" if tk.h.lang().startswith("en") else "id"


HELPERS = {"ppid_datetime": ppid_datetime, "render_datetime": render_datetime}
