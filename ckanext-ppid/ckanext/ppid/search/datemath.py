"""Solr date values and date math: ``2024-01-31T00:00:00Z``, ``NOW``, ``NOW-1DAY``, ``NOW/DAY+1MONTH``."""

from __future__ import annotations

import calendar
import datetime as dt
import re

from ckanext.ppid.search.document import format_date

_ANCHOR = re.compile(r"^(NOW|\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?Z)")
_STEP = re.compile(r"([+-]\d+|/)([A-Z]+)")
_UNITS = {
    "YEAR": "YEAR",
    "YEARS": "YEAR",
    "MONTH": "MONTH",
    "MONTHS": "MONTH",
    "DAY": "DAY",
    "DAYS": "DAY",
    "DATE": "DAY",
    "HOUR": "HOUR",
    "HOURS": "HOUR",
    "MINUTE": "MINUTE",
    "MINUTES": "MINUTE",
    "SECOND": "SECOND",
    "SECONDS": "SECOND",
    "MILLI": "MILLI",
    "MILLIS": "MILLI",
    "MILLISECOND": "MILLI",
    "MILLISECONDS": "MILLI",
}


class InvalidDate(ValueError):
    """Not a date Solr accepts."""


def _parse_anchor(text: str, now: dt.datetime) -> dt.datetime:
    if text == "NOW":
        return now
    value = text[:-1]
    if "." in value:
        head, fraction = value.split(".")
        value = f"{head}.{fraction[:6].ljust(6, '0')}"
    try:
        return dt.datetime.fromisoformat(value)
    except ValueError as error:
        raise InvalidDate(f"Invalid Date String: {text!r}") from error


def _add_months(value: dt.datetime, months: int) -> dt.datetime:
    month_index = value.year * 12 + value.month - 1 + months
    year, month = divmod(month_index, 12)
    if not 1 <= year <= 9999:
        raise InvalidDate("date out of range")
    day = min(value.day, calendar.monthrange(year, month + 1)[1])
    return value.replace(year=year, month=month + 1, day=day)


def _add(value: dt.datetime, amount: int, unit: str) -> dt.datetime:
    if unit == "YEAR":
        return _add_months(value, 12 * amount)
    if unit == "MONTH":
        return _add_months(value, amount)
    seconds = {"DAY": 86400, "HOUR": 3600, "MINUTE": 60, "SECOND": 1}
    if unit == "MILLI":
        return value + dt.timedelta(milliseconds=amount)
    return value + dt.timedelta(seconds=seconds[unit] * amount)


def _round(value: dt.datetime, unit: str) -> dt.datetime:
    if unit == "MILLI":
        return value.replace(microsecond=value.microsecond // 1000 * 1000)
    order = ("YEAR", "MONTH", "DAY", "HOUR", "MINUTE", "SECOND")
    keep = order.index(unit)
    parts = {
        "month": 1 if keep < 1 else value.month,
        "day": 1 if keep < 2 else value.day,
        "hour": 0 if keep < 3 else value.hour,
        "minute": 0 if keep < 4 else value.minute,
        "second": 0 if keep < 5 else value.second,
        "microsecond": 0,
    }
    return value.replace(**parts)


def resolve(text: str, now: dt.datetime | None = None) -> dt.datetime:
    """The naive UTC datetime a Solr date expression stands for; raises InvalidDate."""
    if now is None:
        now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
    match = _ANCHOR.match(text)
    if not match:
        raise InvalidDate(f"Invalid Date String: {text!r}")
    value = _parse_anchor(match.group(1), now)
    rest = text[match.end() :]
    position = 0
    try:
        while position < len(rest):
            step = _STEP.match(rest, position)
            if not step or step.group(2) not in _UNITS:
                raise InvalidDate(f"Invalid Date Math String: {text!r}")
            unit = _UNITS[step.group(2)]
            value = _round(value, unit) if step.group(1) == "/" else _add(value, int(step.group(1)), unit)
            position = step.end()
    except OverflowError as error:
        raise InvalidDate(f"date out of range: {text!r}") from error
    return value


def canonical(text: str, now: dt.datetime | None = None) -> str:
    """The canonical string of a Solr date expression, as stored in the index."""
    return format_date(resolve(text, now))
