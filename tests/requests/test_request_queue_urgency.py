"""Urgency and working days from a counted span agree with the clock's day-by-day walk (pure core)."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from ckanext.ppid.calendar.core.workdays import Calendar, Override
from ckanext.ppid.requests.core import clock
from ckanext.ppid.requests.lists.working_days import index_for

# A declared holiday and a Saturday declared a working day, besides the national calendar of 2026.
CALENDAR = Calendar(
    overrides=(
        Override(dt.date(2026, 7, 2), "holiday", "Hari jadi kabupaten", "Perbup 1/2026"),
        Override(dt.date(2026, 7, 11), "working_day", "Pengganti", "SE 2/2026"),
    )
)
FIRST, LAST = dt.date(2026, 1, 1), dt.date(2026, 12, 31)
INDEX = index_for(CALENDAR, FIRST, LAST)
days = st.dates(min_value=FIRST, max_value=LAST)


@settings(max_examples=300)
@given(days, days)
def test_the_index_gives_the_clock_s_urgency(due, today):
    assert INDEX.urgency(due, today) == clock.urgency(due, today, CALENDAR)


@settings(max_examples=300)
@given(days, st.integers(min_value=0, max_value=40))
def test_the_working_days_to_a_due_date_are_those_the_clock_added(start, n):
    due = CALENDAR.add_working_days(start, n).due
    if due <= LAST:
        assert INDEX.between(start, due) == n


def test_a_declared_holiday_and_a_declared_working_saturday_count_as_declared():
    # Wednesday 1 July to Monday 13 July: the 2nd is off by decree, Saturday the 11th is worked.
    assert INDEX.between(dt.date(2026, 7, 1), dt.date(2026, 7, 13)) == 8
