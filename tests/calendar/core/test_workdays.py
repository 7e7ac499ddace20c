"""The working-day calendar: what counts, what is skipped and why, and how due dates explain themselves."""

from __future__ import annotations

import datetime as dt
import zoneinfo

import pytest

from ckanext.ppid.calendar.core import workdays
from ckanext.ppid.calendar.core.workdays import Calendar, Override

D = dt.date
WIB = dt.timezone(dt.timedelta(hours=7))


def test_weekends_and_holidays_are_named_in_indonesian():
    calendar = Calendar()
    assert calendar.non_working_reason(D(2026, 3, 28)).name == "Sabtu"
    assert calendar.non_working_reason(D(2026, 3, 29)).kind == "akhir_pekan"
    idul_fitri = calendar.non_working_reason(D(2026, 3, 21))  # a Saturday, reported as the holiday
    assert (idul_fitri.kind, idul_fitri.name) == ("libur_nasional", "Hari Raya Idul Fitri")
    assert idul_fitri.label == "National holiday"
    assert calendar.is_working_day(D(2026, 3, 25))


def test_cuti_bersama_follows_the_body_s_policy():
    day = D(2026, 3, 23)
    off = Calendar(cuti_bersama_is_holiday=True).non_working_reason(day)
    assert (off.kind, off.name) == ("cuti_bersama", "Cuti Bersama Hari Raya Idul Fitri")
    assert Calendar(cuti_bersama_is_holiday=False).is_working_day(day)
    # A national holiday stays a holiday either way.
    assert not Calendar(cuti_bersama_is_holiday=False).is_working_day(D(2026, 3, 19))


def test_overrides_carry_their_decree_and_win():
    regional = Override(D(2026, 6, 10), "holiday", "Hari Jadi Kabupaten", "Keputusan Bupati No. 003/123/2026")
    open_office = Override(D(2026, 3, 23), "working_day", "Pelayanan tetap buka", "SE Sekda No. 800/45/2026")
    calendar = Calendar(overrides=(regional, open_office))
    off = calendar.non_working_reason(D(2026, 6, 10))
    assert (off.kind, off.name, off.decree) == (
        "penetapan",
        "Hari Jadi Kabupaten",
        "Keputusan Bupati No. 003/123/2026",
    )
    assert calendar.is_working_day(D(2026, 3, 23))


def test_overrides_are_checked():
    with pytest.raises(ValueError):
        Override(D(2026, 1, 2), "libur", "x", "y")
    with pytest.raises(ValueError):
        Calendar(
            overrides=(
                Override(D(2026, 1, 2), "holiday", "a", "b"),
                Override(D(2026, 1, 2), "working_day", "c", "d"),
            )
        )


def test_friday_after_hours_before_idul_fitri_2026():
    """A request handed in on Friday 13 March 2026 at 16:30 WIB, the week before Nyepi and Idul Fitri."""
    calendar = Calendar()
    received = calendar.deemed_received(dt.datetime(2026, 3, 13, 16, 30, tzinfo=WIB), "Asia/Jakarta")
    assert received.day == D(2026, 3, 16)
    assert received.reason == workdays.RECEIVED_AFTER_HOURS

    due = calendar.add_working_days(received.day, 10)
    assert due.due == D(2026, 4, 7)
    assert due.counted == (
        D(2026, 3, 17), D(2026, 3, 25), D(2026, 3, 26), D(2026, 3, 27), D(2026, 3, 30),
        D(2026, 3, 31), D(2026, 4, 1), D(2026, 4, 2), D(2026, 4, 6), D(2026, 4, 7),
    )  # fmt: skip
    skipped = {off.day: (off.kind, off.name) for off in due.skipped}
    assert skipped[D(2026, 3, 18)] == ("cuti_bersama", "Cuti Bersama Hari Suci Nyepi")
    assert skipped[D(2026, 3, 19)] == ("libur_nasional", "Hari Suci Nyepi")
    assert skipped[D(2026, 3, 24)] == ("cuti_bersama", "Cuti Bersama Hari Raya Idul Fitri")
    assert skipped[D(2026, 4, 3)] == ("libur_nasional", "Wafat Yesus Kristus")
    assert skipped[D(2026, 3, 28)] == ("akhir_pekan", "Sabtu")
    assert len(due.skipped) == 12  # 18-24 March, 28-29 March, 3-5 April
    assert due.rule.format(**due.rule_params).endswith("working day 10 is the due date, 2026-04-07.")
    assert due.calendar_rule == workdays.RULE_CUTI_BERSAMA_OFF


def test_the_same_request_where_cuti_bersama_counts():
    calendar = Calendar(cuti_bersama_is_holiday=False)
    due = calendar.add_working_days(D(2026, 3, 16), 10)
    assert due.due == D(2026, 3, 31)
    assert due.calendar_rule == workdays.RULE_CUTI_BERSAMA_ON


def test_extension_of_seven_working_days_runs_from_the_first_due_date():
    calendar = Calendar()
    first = calendar.add_working_days(D(2026, 3, 16), 10).due
    assert calendar.add_working_days(first, 7).due == D(2026, 4, 16)


def test_a_committed_fixture_gives_the_same_answer_without_the_package(fixture_source):
    calendar = Calendar(national=fixture_source)
    assert calendar.add_working_days(D(2026, 3, 16), 10).due == D(2026, 4, 7)
    assert calendar.non_working_reason(D(2026, 3, 21)).name == "Idul Fitri 1447 Hijriyah"


def test_day_zero_and_negative_counts():
    calendar = Calendar()
    zero = calendar.add_working_days(D(2026, 3, 21), 0)
    assert (zero.due, zero.steps) == (D(2026, 3, 21), ())
    with pytest.raises(ValueError):
        calendar.add_working_days(D(2026, 3, 16), -1)


def test_counting_back_for_the_opening_decision():
    calendar = Calendar()
    back = calendar.subtract_working_days(D(2026, 4, 30), 30)
    assert back.due == D(2026, 3, 11)
    assert back.backwards and back.rule == workdays.RULE_BACKWARD
    assert Calendar(cuti_bersama_is_holiday=False).subtract_working_days(D(2026, 4, 30), 30).due == D(
        2026, 3, 17
    )


@pytest.mark.parametrize(
    ("local", "tz", "expected", "reason"),
    [
        # In hours on a Monday.
        (dt.datetime(2026, 3, 16, 9, 0), "Asia/Jakarta", D(2026, 3, 16), workdays.RECEIVED_IN_HOURS),
        # Before opening: the working day has not started, the request still counts that day.
        (dt.datetime(2026, 3, 16, 6, 0), "Asia/Jakarta", D(2026, 3, 16), workdays.RECEIVED_BEFORE_HOURS),
        # Monday closes at 16:00, Friday at 16:30.
        (dt.datetime(2026, 3, 16, 16, 0), "Asia/Jakarta", D(2026, 3, 17), workdays.RECEIVED_AFTER_HOURS),
        (dt.datetime(2026, 3, 13, 16, 15), "Asia/Jakarta", D(2026, 3, 13), workdays.RECEIVED_IN_HOURS),
        # On Nyepi, through the Idul Fitri leave, to Wednesday 25 March.
        (dt.datetime(2026, 3, 19, 10, 0), "Asia/Makassar", D(2026, 3, 25), workdays.RECEIVED_DAY_OFF),
    ],
)
def test_received_on(local, tz, expected, reason):
    moment = local.replace(tzinfo=zoneinfo.ZoneInfo(tz))
    received = Calendar().deemed_received(moment, tz)
    assert (received.day, received.reason) == (expected, reason)
    assert Calendar().received_on(moment, tz) == expected


def test_the_body_s_time_zone_decides():
    # 08:45 UTC on Friday 13 March 2026 is 15:45 WIB (open) but 16:45 WITA (closed).
    moment = dt.datetime(2026, 3, 13, 8, 45, tzinfo=dt.UTC)
    calendar = Calendar()
    assert calendar.received_on(moment, "Asia/Jakarta") == D(2026, 3, 13)
    assert calendar.received_on(moment, "Asia/Makassar") == D(2026, 3, 16)


def test_a_moment_without_a_time_zone_is_refused():
    with pytest.raises(ValueError):
        Calendar().received_on(dt.datetime(2026, 3, 13, 9, 0), "Asia/Jakarta")


def test_a_saturday_declared_a_working_day_keeps_monday_hours():
    calendar = Calendar(overrides=(Override(D(2026, 3, 28), "working_day", "Pelayanan Sabtu", "SE 1/2026"),))
    assert calendar.received_on(dt.datetime(2026, 3, 28, 10, 0, tzinfo=WIB), "Asia/Jakarta") == D(2026, 3, 28)
    assert calendar.received_on(dt.datetime(2026, 3, 28, 16, 5, tzinfo=WIB), "Asia/Jakarta") == D(2026, 3, 30)


def test_ramadan_hours_close_earlier():
    moment = dt.datetime(2026, 3, 6, 15, 45, tzinfo=WIB)  # a Friday in Ramadan 1447
    assert Calendar().received_on(moment, "Asia/Jakarta") == D(2026, 3, 6)
    assert Calendar().received_on(moment, "Asia/Jakarta", workdays.RAMADAN_OFFICE_HOURS) == D(2026, 3, 9)


def test_office_hours_say_what_is_confirmed():
    assert workdays.OFFICE_HOURS.legal_basis.startswith("Perpres 21/2023")
    assert workdays.OFFICE_HOURS.confidence == "M"
    assert workdays.OFFICE_HOURS.on(0) == (dt.time(7, 30), dt.time(16))
    assert workdays.OFFICE_HOURS.on(4) == (dt.time(7, 30), dt.time(16, 30))
