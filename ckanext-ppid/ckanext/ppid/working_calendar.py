"""The body's working-day calendar as configured: the national calendar and the cuti bersama policy."""

from __future__ import annotations

from ckanext.ppid import settings
from ckanext.ppid.workdays import Calendar


def current_calendar() -> Calendar:
    """The calendar deadlines are computed with (admin overrides join it with the request clock)."""
    return Calendar(cuti_bersama_is_holiday=settings.cuti_bersama_is_holiday())
