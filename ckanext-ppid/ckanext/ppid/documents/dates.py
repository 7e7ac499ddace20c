"""Dates as Indonesian (and English) documents write them, independent of the operating system's locale.

``strftime("%B")`` follows the process locale, which on a server is rarely ``id_ID``; official letters
write "23 November 2026" and times as "14.05", so the month names are kept here.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

Locale = Literal["id", "en"]

MONTHS: dict[str, tuple[str, ...]] = {
    "id": (
        "Januari",
        "Februari",
        "Maret",
        "April",
        "Mei",
        "Juni",
        "Juli",
        "Agustus",
        "September",
        "Oktober",
        "November",
        "Desember",
    ),
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
}
# Indonesian writes the time with a dot (PUEBI); English with a colon.
TIME_SEPARATOR = {"id": ".", "en": ":"}


def parse_date(value: object) -> dt.date | None:
    """A date from a date, a datetime or an ISO 8601 string (CKAN stores dates as strings); else None."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and len(value) >= 10:
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def format_date(value: dt.date, locale: Locale = "id") -> str:
    """``5 Mei 2026`` (id) or ``5 May 2026`` (en)."""
    return f"{value.day} {MONTHS[locale][value.month - 1]} {value.year}"


def format_datetime(value: dt.datetime, locale: Locale = "id") -> str:
    """``23 November 2026 14.05 WIB``: the zone's abbreviation is shown when the time is aware."""
    text = f"{format_date(value, locale)} {value.hour:02d}{TIME_SEPARATOR[locale]}{value.minute:02d}"
    zone = value.tzname()
    return f"{text} {zone}" if zone else text
