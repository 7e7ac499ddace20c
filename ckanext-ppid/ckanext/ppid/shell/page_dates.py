"""Dates and times on the portal's pages written as the body's letters write them.

CKAN's ``render_datetime(..., with_hours=True)`` uses the pattern ``MMMM d, YYYY`` whatever the language
(English word order, and ``YYYY`` is the week-based year: 29 December 2025 would show as 2026). Pages
showing when something happened use :func:`ppid_datetime` instead: "23 November 2026 14.05 WIB" in the
body's time zone.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo

import ckan.plugins.toolkit as tk

from ckanext.ppid.documents.dates import format_datetime
from ckanext.ppid.shell import settings


def ppid_datetime(value: dt.datetime | str | None) -> str:
    """``value`` (aware, or naive UTC as CKAN stores it, or its ISO text) in the body's zone and the page's
    language; empty for no value."""
    if not value:
        return ""
    moment = dt.datetime.fromisoformat(value) if isinstance(value, str) else value
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.timezone.utc)
    local = moment.astimezone(zoneinfo.ZoneInfo(settings.timezone()))
    return format_datetime(local, "en" if tk.h.lang().startswith("en") else "id")


HELPERS = {"ppid_datetime": ppid_datetime}
