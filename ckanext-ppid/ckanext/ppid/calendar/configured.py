"""The body's working-day calendar as configured: the national calendar, the cuti bersama policy and the
days the administrator declared by decree."""

from __future__ import annotations

import ckan.plugins.toolkit as tk

from ckanext.ppid.calendar.core.workdays import Calendar
from ckanext.ppid.calendar.model import CalendarOverride
from ckanext.ppid.shell import settings

# Sent after a declaration is added or revoked, with the new calendar; open cases recompute their due dates.
calendar_changed = tk.signals.ckanext.signal("ppid_calendar_changed")


def current_calendar() -> Calendar:
    """The calendar every deadline is computed with."""
    overrides = tuple(row.as_override() for row in CalendarOverride.in_force())
    return Calendar(overrides=overrides, cuti_bersama_is_holiday=settings.cuti_bersama_is_holiday())
