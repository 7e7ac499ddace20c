"""Properties of working-day counting, for any start, any count and any set of overrides."""

from __future__ import annotations

import datetime as dt
import zoneinfo

from hypothesis import given
from hypothesis import strategies as st

from ckanext.ppid.calendar.core.workdays import Calendar, Override

DAYS = st.dates(min_value=dt.date(2024, 1, 1), max_value=dt.date(2027, 12, 31))
COUNTS = st.integers(min_value=0, max_value=60)
OVERRIDES = st.lists(
    st.builds(
        Override, DAYS, st.sampled_from(["holiday", "working_day"]), st.just("alasan"), st.just("SK 1/2026")
    ),
    max_size=12,
    unique_by=lambda override: override.day,
)
CALENDARS = st.builds(Calendar, OVERRIDES.map(tuple), st.booleans())


def _last_working_day_on_or_before(calendar: Calendar, day: dt.date) -> dt.date:
    while not calendar.is_working_day(day):
        day -= dt.timedelta(days=1)
    return day


@given(CALENDARS, DAYS, st.integers(min_value=1, max_value=60))
def test_due_dates_are_working_days_and_every_day_is_accounted_for(calendar, start, n):
    explained = calendar.add_working_days(start, n)
    assert calendar.is_working_day(explained.due)
    assert len(explained.counted) == n
    assert all(calendar.is_working_day(day) for day in explained.counted)
    assert all(not calendar.is_working_day(off.day) for off in explained.skipped)
    walked = [step.day for step in explained.steps]
    assert walked == [start + dt.timedelta(days=i) for i in range(1, len(walked) + 1)]
    assert walked[-1] == explained.due


@given(CALENDARS, DAYS, COUNTS, COUNTS)
def test_more_working_days_never_end_earlier(calendar, start, a, b):
    low, high = sorted((a, b))
    assert calendar.add_working_days(start, low).due <= calendar.add_working_days(start, high).due
    if low < high:
        assert calendar.add_working_days(start, low).due < calendar.add_working_days(start, high).due


@given(CALENDARS, DAYS, st.integers(min_value=1, max_value=60))
def test_counting_back_returns_to_the_start_s_working_day(calendar, start, n):
    there = calendar.add_working_days(start, n).due
    back = calendar.subtract_working_days(there, n).due
    # From a working day the round trip is exact; from a day off it lands on the last working day before it.
    assert back == _last_working_day_on_or_before(calendar, start)
    assert calendar.add_working_days(back, n).due == there


@given(CALENDARS, DAYS, st.integers(min_value=1, max_value=60))
def test_counting_forward_from_a_date_counted_back_returns_to_a_working_day_end(calendar, end, n):
    earlier = calendar.subtract_working_days(end, n).due
    assert calendar.is_working_day(earlier)
    if calendar.is_working_day(end):
        assert calendar.add_working_days(earlier, n).due == end


@given(OVERRIDES, st.booleans())
def test_overrides_are_honoured(overrides, cuti_bersama_is_holiday):
    calendar = Calendar(tuple(overrides), cuti_bersama_is_holiday)
    for override in overrides:
        assert calendar.is_working_day(override.day) == (override.kind == "working_day")
        if override.kind == "holiday":
            assert calendar.non_working_reason(override.day).decree == "SK 1/2026"


@given(OVERRIDES.map(tuple), DAYS, st.integers(min_value=1, max_value=60))
def test_treating_cuti_bersama_as_holidays_only_lengthens_deadlines(overrides, start, n):
    lenient = Calendar(overrides, cuti_bersama_is_holiday=True).add_working_days(start, n).due
    strict = Calendar(overrides, cuti_bersama_is_holiday=False).add_working_days(start, n).due
    assert strict <= lenient


@given(
    CALENDARS,
    st.datetimes(
        min_value=dt.datetime(2024, 1, 1), max_value=dt.datetime(2027, 12, 31), timezones=st.just(dt.UTC)
    ),
    st.sampled_from(["Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"]),
)
def test_received_on_is_a_working_day_not_before_the_local_date(calendar, moment, tz):
    day = calendar.received_on(moment, tz)
    assert calendar.is_working_day(day)
    local = moment.astimezone(zoneinfo.ZoneInfo(tz)).date()
    assert local <= day
    assert all(
        not calendar.is_working_day(local + dt.timedelta(days=i)) for i in range(1, (day - local).days)
    )
