"""Whether a periodic (berkala) item is up to date: provided at least every six months (UU 14/2008 Ps 9(3)).

An item is due again after its own periodicity or six months, whichever is shorter, counted from
``tanggal_pemutakhiran`` (or, without one, from the date the caller knows it last changed).
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Mapping
from typing import Any

from ckanext.ppid.law import berkala
from ckanext.ppid.register.core.consequence import as_date


def update_period_months(item: Mapping[str, Any]) -> int:
    """Months between updates: the item's periodicity, capped by the statutory six months."""
    try:
        months = berkala.periodicity(str(item.get("periodisitas") or "")).months
    except KeyError:
        return berkala.MAX_AGE_MONTHS
    return min(months, berkala.MAX_AGE_MONTHS)


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` later, or the month's last day when it is shorter (31 Aug + 6 = 28 Feb)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def last_updated(item: Mapping[str, Any], last_modified: dt.date | None = None) -> dt.date | None:
    """``tanggal_pemutakhiran`` if it is a readable date, else ``last_modified`` (a date or datetime)."""
    try:
        updated = as_date(item.get("tanggal_pemutakhiran"))
    except ValueError:
        updated = None
    return updated or as_date(last_modified)


def next_update_due(item: Mapping[str, Any], last_modified: dt.date | None = None) -> dt.date:
    """The last day the item is still up to date. ValueError if no date of last update is known."""
    updated = last_updated(item, last_modified)
    if updated is None:
        raise ValueError("the item has no date of last update")
    return add_months(updated, update_period_months(item))


def is_out_of_date(item: Mapping[str, Any], today: dt.date, last_modified: dt.date | None = None) -> bool:
    """True once the update is overdue; an item never dated is out of date."""
    if last_updated(item, last_modified) is None:
        return True
    return today > next_update_due(item, last_modified)
