"""Reporting periods of budget data: the code of a dataset's period, and the order of periods.

A period is written as its end: ``2026-07`` (a month), ``2026-Q2`` (a quarter), ``2026-S1`` (a semester),
``2026`` (the year), the format of the normalised table's ``periode``. The kinds are the law's update
periods (``law.berkala.PERIODICITIES``: bulanan, triwulanan, semesteran, tahunan). Pure: no CKAN import.
"""

from __future__ import annotations

import re

from ckanext.ppid.law import berkala
from ckanext.ppid.law.markers import N_
from ckanext.ppid.law.problems import Problem

YEAR = "tahunan"
# The letter that marks a quarter or a semester; months have none.
MARKS = {3: "Q", 6: "S"}
PATTERN = re.compile(r"^(?P<year>\d{4})(?:-(?P<month>\d{2})|-Q(?P<quarter>[1-4])|-S(?P<semester>[12]))?$")

NUMBER_NEEDED = N_("Enter the period the data runs to: a number from 1 to {count}")
NUMBER_OUT_OF_RANGE = N_("A year has {count} periods of this kind: enter a number from 1 to {count}")
NO_NUMBER_FOR_YEAR = N_("A yearly period has no number: leave it empty")


def periods_per_year(kind: str) -> int:
    """How many periods of ``kind`` a year has (12 months, 4 quarters, 2 semesters, 1 year)."""
    return 12 // berkala.periodicity(kind).months


def number_problem(kind: str, number: int | None) -> Problem | None:
    """Why ``number`` cannot be a period of ``kind``, or None."""
    count = periods_per_year(kind)
    if count == 1:
        return Problem(NO_NUMBER_FOR_YEAR) if number is not None else None
    if number is None:
        return Problem(NUMBER_NEEDED, {"count": count})
    if not 1 <= number <= count:
        return Problem(NUMBER_OUT_OF_RANGE, {"count": count})
    return None


def period_code(year: int, kind: str, number: int | None) -> str:
    """The period that ends with period ``number`` of ``kind`` in ``year`` (see the module's formats)."""
    months = berkala.periodicity(kind).months
    if months == 12:
        return str(year)
    if months == 1:
        return f"{year}-{number:02d}"
    return f"{year}-{MARKS[months]}{number}"


def end_month(period: str) -> tuple[int, int]:
    """(year, last month) of a period; (0, 0) for a text that is no period, so it sorts first."""
    found = PATTERN.match(period or "")
    if found is None:
        return 0, 0
    year = int(found["year"])
    if found["month"]:
        return year, int(found["month"])
    if found["quarter"]:
        return year, 3 * int(found["quarter"])
    if found["semester"]:
        return year, 6 * int(found["semester"])
    return year, 12


def latest(periods: list[str]) -> str | None:
    """The period that ends last (the most recent data), or None for none."""
    return max(periods, key=end_month, default=None)
