"""Properties of the legal clock for any calendar, any moment of receipt and any course of the case."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from ckanext.ppid.calendar.core.workdays import Calendar, Override
from ckanext.ppid.requests.core import clock, objection_grounds
from ckanext.ppid.requests.core.clock import ClockSettings
from ckanext.ppid.requests.core.states import Notice, ObjectionCase, RequestCase

DAYS = st.dates(min_value=dt.date(2025, 1, 1), max_value=dt.date(2026, 12, 31))
OVERRIDES = st.lists(
    st.builds(
        Override, DAYS, st.sampled_from(["holiday", "working_day"]), st.just("alasan"), st.just("SK 1")
    ),
    max_size=8,
    unique_by=lambda override: override.day,
)
SETTINGS = st.builds(
    ClockSettings,
    st.builds(Calendar, OVERRIDES.map(tuple), st.booleans()),
    st.sampled_from(["Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"]),
)
MOMENTS = st.datetimes(
    min_value=dt.datetime(2025, 1, 1), max_value=dt.datetime(2026, 12, 31), timezones=st.just(dt.timezone.utc)
)
LATER = st.timedeltas(min_value=dt.timedelta(0), max_value=dt.timedelta(days=60))


@st.composite
def requests(draw):
    """A request at any stage: maybe extended, maybe answered (late or not), maybe delivered."""
    received = draw(MOMENTS)
    facts = {}
    if draw(st.booleans()):
        facts["extended_at"] = received + draw(LATER)
    if draw(st.booleans()):
        facts["notice_sent_at"] = received + draw(LATER)
        facts["outcome"] = draw(
            st.sampled_from(["dikabulkan_seluruhnya", "ditolak_dikecualikan", "tidak_dikuasai"])
        )
        facts["notice"] = Notice(costs=draw(st.sampled_from([None, 0, 50_000])))
        if draw(st.booleans()):
            facts["delivered_at"] = facts["notice_sent_at"] + draw(LATER)
    return RequestCase("diproses", received, "dinkes", **facts)


def _working(settings: ClockSettings, due_dates) -> bool:
    return all(settings.calendar.is_working_day(entry.due) for entry in due_dates.values())


@given(SETTINGS, requests())
def test_due_dates_are_working_days(settings, case):
    assert _working(settings, clock.request_due_dates(case, settings))


@given(SETTINGS, requests())
def test_the_extension_never_exceeds_17_working_days_from_receipt(settings, case):
    received = settings.received(case.received_at).day
    latest = settings.calendar.add_working_days(received, 17).due
    due = clock.notice_due(case, settings).due
    assert due <= latest
    assert (due == latest) == (case.extended_at is not None)


@given(SETTINGS, MOMENTS)
def test_a_request_counts_as_received_on_a_working_day_not_before_it_came(settings, moment):
    day = settings.received(moment).day
    assert settings.calendar.is_working_day(day)
    assert day >= settings.local_day(moment)


@given(SETTINGS, requests(), DAYS)
def test_recomputing_with_the_same_calendar_changes_nothing(settings, case, today):
    found = {
        **clock.request_due_dates(case, settings),
        **objection_grounds.open_windows(case, settings, today),
    }
    again = {
        **clock.request_due_dates(case, settings),
        **objection_grounds.open_windows(case, settings, today),
    }
    assert clock.changes(clock.stored_dates(found), again) == ()


@given(SETTINGS, requests(), DAYS)
def test_open_objection_windows_end_on_a_working_day_not_before_today(settings, case, today):
    windows = objection_grounds.open_windows(case, settings, today)
    assert _working(settings, windows)
    assert all(entry.due >= today for entry in windows.values())


@given(SETTINGS, MOMENTS, st.one_of(st.none(), LATER), DAYS)
def test_objection_due_dates_are_working_days(settings, received, answered_after, today):
    decided = None if answered_after is None else received + answered_after
    case = ObjectionCase("diregistrasi", received, ("c_tidak_ditanggapi",), decided_at=decided)
    found = clock.objection_due_dates(case, settings, today)
    assert _working(settings, found)
    assert not (clock.DISPUTE in found and clock.DISPUTE_AFTER_LAPSE in found)
