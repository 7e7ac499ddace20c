"""The legal clock against the SKB 3 Menteri files of 2025 and 2026 (../shared/data/holidays).

The clock's calendar comes from the ``holidays`` package; the files are the official lists. Every day of the
files must be a day off on the clock (cuti bersama only where the body treats it so), and around the long
blocks (Idul Fitri with its cuti bersama, Nyepi, Christmas) the written notice (10 working days), the
extension (7) and the objection windows (30) must end where counting on the files' own days ends, with
either cuti bersama policy. Every case is named after the file's day or block, so a wrong holiday fails a
case that says which. Skipped, with the reason, where the folder is absent.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

import pytest
from holiday_files import SHARED_HOLIDAYS, read_national_days
from request_cases import REFUSAL

from ckanext.ppid.calendar.core.workdays import Calendar, NationalDay
from ckanext.ppid.requests.core import clock, objection_grounds
from ckanext.ppid.requests.core.clock import ClockSettings
from ckanext.ppid.requests.core.states import ObjectionCase, RequestCase

D = dt.date
YEARS = (2025, 2026)
JAKARTA = dt.timezone(dt.timedelta(hours=7))
# The long breaks of the SKBs, found in the files by the words their days are named with.
BLOCKS = {"idul-fitri": "Idul Fitri", "nyepi": "Nyepi", "natal": "Natal"}
# Whether cuti bersama stops the clock (``Calendar.cuti_bersama_is_holiday``), by case name.
POLICIES = {"cuti-bersama-stops-the-clock": True, "cuti-bersama-counts": False}


def _path(year: int):
    return SHARED_HOLIDAYS / f"holidays_id_{year}_skb_ahrulsyamil.json"


def _read() -> dict[dt.date, NationalDay]:
    days: dict[dt.date, NationalDay] = {}
    for year in YEARS:
        if _path(year).exists():
            days.update(read_national_days(_path(year)))
    return days


SKB = _read()
ABSENT = pytest.mark.skip(
    reason=f"real holiday files not found at {SHARED_HOLIDAYS} (../shared/data is absent)"
)


def _params(arity: int, values: Mapping[str, tuple]) -> list:
    """Parameters named by their keys, or one skipped case when the files are absent."""
    if not SKB:
        return [pytest.param(*(None,) * arity, marks=ABSENT)]
    return [pytest.param(*value, id=key) for key, value in values.items()]


ENTRIES = _params(2, {f"{day.isoformat()} {entry.name}": (day, entry) for day, entry in sorted(SKB.items())})
BLOCK_CASES = _params(
    3,
    {
        f"{year}-{block}-{policy}": (year, words, holiday)
        for year in YEARS
        for block, words in BLOCKS.items()
        for policy, holiday in POLICIES.items()
    },
)
IDUL_FITRI_CASES = _params(
    2,
    {
        f"{year}-idul-fitri-{policy}": (year, holiday)
        for year in YEARS
        for policy, holiday in POLICIES.items()
    },
)


class Official:
    """Working days counted on the files' own days: the oracle the clock is held to."""

    def __init__(self, cuti_bersama_is_holiday: bool):
        self.cuti_bersama_is_holiday = cuti_bersama_is_holiday

    def covers(self, day: dt.date) -> bool:
        return day.year in YEARS

    def is_working_day(self, day: dt.date) -> bool:
        assert self.covers(day), f"{day} is outside the SKB files"
        entry = SKB.get(day)
        if entry is not None and (entry.kind == "libur_nasional" or self.cuti_bersama_is_holiday):
            return False
        return day.weekday() < 5

    def add(self, start: dt.date, n: int, step: int = 1) -> dt.date:
        day, counted = start, 0
        while counted < n:
            day += dt.timedelta(days=step)
            counted += self.is_working_day(day)
        return day

    def before(self, day: dt.date) -> dt.date:
        """The last working day before ``day``."""
        return self.add(day, 1, step=-1)


def block_days(year: int, words: str) -> list[dt.date]:
    days = sorted(day for day, entry in SKB.items() if day.year == year and words in entry.name)
    assert days, f"no day named {words!r} in the {year} SKB file"
    return days


def clock_of(cuti_bersama_is_holiday: bool) -> ClockSettings:
    """The body's clock on the package's calendar, in WIB."""
    return ClockSettings(Calendar(cuti_bersama_is_holiday=cuti_bersama_is_holiday), "Asia/Jakarta")


def at_ten(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(10), JAKARTA)


@pytest.mark.parametrize("day, entry", ENTRIES)
@pytest.mark.parametrize("holiday", list(POLICIES.values()), ids=list(POLICIES))
def test_every_day_of_the_skb_is_a_day_off_on_the_clock(day, entry, holiday):
    reason = Calendar(cuti_bersama_is_holiday=holiday).non_working_reason(day)
    if entry.kind == "cuti_bersama" and not holiday:
        # Counted as a working day, unless it falls on a weekend.
        assert (reason is None) == (day.weekday() < 5), f"{day} {entry.name}"
    else:
        assert reason is not None and reason.kind == entry.kind, f"{day} {entry.name}: {reason}"


@pytest.mark.parametrize("year, words, holiday", BLOCK_CASES)
def test_a_request_before_a_block_is_due_after_it(year, words, holiday):
    official = Official(holiday)
    days = block_days(year, words)
    received = official.before(days[0])
    case = RequestCase("diproses", at_ten(received), "dinkes")

    due = clock.notice_due(case, clock_of(holiday))

    assert (due.start, due.deadline.amount) == (received, 10)
    assert due.due > days[-1], f"due {due.due} is inside the block {days[0]}..{days[-1]}"
    walked = [step for step in due.explained.steps if official.covers(step.day)]
    for step in walked:
        assert (step.count is not None) == official.is_working_day(step.day), step
    for day in days:
        off = next(step.off for step in due.explained.steps if step.day == day)
        assert (off is None) == official.is_working_day(day), f"{day} {SKB[day].name}"
        assert off is None or off.kind == SKB[day].kind, f"{day} {SKB[day].name}: {off}"
    if len(walked) == len(due.explained.steps):
        assert due.due == official.add(received, 10)


# Counted by hand on the SKB files: the working day before Idul Fitri and the notice deadline.
HAND_COUNTED = {
    "2025-idul-fitri-cuti-bersama-stops-the-clock": (True, D(2025, 3, 27), D(2025, 4, 22)),
    "2025-idul-fitri-cuti-bersama-counts": (False, D(2025, 3, 28), D(2025, 4, 15)),
    "2026-idul-fitri-cuti-bersama-stops-the-clock": (True, D(2026, 3, 17), D(2026, 4, 8)),
    "2026-idul-fitri-cuti-bersama-counts": (False, D(2026, 3, 18), D(2026, 4, 2)),
}


@pytest.mark.parametrize("holiday, received, due", _params(3, HAND_COUNTED))
def test_idul_fitri_deadlines_counted_by_hand(holiday, received, due):
    year = received.year
    assert Official(holiday).before(block_days(year, BLOCKS["idul-fitri"])[0]) == received
    assert clock.notice_due(RequestCase("diproses", at_ten(received), "dinkes"), clock_of(holiday)).due == due


@pytest.mark.parametrize("year, words, holiday", BLOCK_CASES)
def test_a_request_handed_in_during_a_block_counts_from_the_next_working_day(year, words, holiday):
    official = Official(holiday)
    for day in block_days(year, words):
        reception = clock_of(holiday).received(at_ten(day))
        expected = day if official.is_working_day(day) else official.add(day, 1)
        assert reception.day == expected, f"{day} {SKB[day].name}"


@pytest.mark.parametrize("year, holiday", IDUL_FITRI_CASES)
def test_the_extension_runs_across_idul_fitri(year, holiday):
    official = Official(holiday)
    days = block_days(year, BLOCKS["idul-fitri"])
    notice_due = official.before(days[0])
    received = official.add(notice_due, 10, step=-1)
    extended = RequestCase("diproses", at_ten(received), "dinkes", extended_at=at_ten(notice_due))

    found = clock.request_due_dates(extended, clock_of(holiday))

    assert found[clock.NOTICE].due == notice_due
    extension = found[clock.EXTENSION]
    assert (extension.start, extension.deadline.amount) == (notice_due, 7)
    assert extension.due == official.add(notice_due, 7) == official.add(received, 17)
    assert extension.due > days[-1]


@pytest.mark.parametrize("year, holiday", IDUL_FITRI_CASES)
def test_the_objection_windows_run_across_idul_fitri(year, holiday):
    official = Official(holiday)
    days = block_days(year, BLOCKS["idul-fitri"])
    answered = official.before(days[0])
    received = official.add(answered, 8, step=-1)
    settings = clock_of(holiday)
    refused = RequestCase(
        "pemberitahuan_dikirim",
        at_ten(received),
        "dinkes",
        outcome="ditolak_dikecualikan",
        notice=REFUSAL,
        notice_sent_at=at_ten(answered),
    )

    # The applicant objects to the refusal within 30 working days of receiving it (Ps 36(1)) ...
    grounds = {
        entry.ground.code: entry for entry in objection_grounds.ground_statuses(refused, settings, answered)
    }
    window = grounds["a_penolakan_ps17"].window
    assert (window.start, window.due) == (answered, official.add(answered, 30))
    # ... and the Atasan PPID answers an objection received that day within 30 more (Ps 36(2)).
    objection = ObjectionCase("diregistrasi", at_ten(answered), ("a_penolakan_ps17",))
    decision = clock.objection_due_dates(objection, settings, answered)[clock.DECISION]
    assert decision.due == official.add(answered, 30) > days[-1]
    assert {day for day in days if not official.is_working_day(day)} <= {
        off.day for off in decision.explained.skipped
    }
