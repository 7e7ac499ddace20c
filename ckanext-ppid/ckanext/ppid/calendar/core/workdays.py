"""The working-day calendar of the KIP clock: which days count, and due dates that explain themselves.

UU 14/2008 counts most of its time limits in "hari kerja" without defining them (docs/law.md, Working days). A
working day here is Monday to Friday (Perpres 21/2023) that is not a national holiday, not a cuti bersama day
when the body treats those as holidays, and not a day the administrator declared a holiday by decree; the
administrator can also declare a day a working day. National holidays and cuti bersama come from the
``holidays`` package (country ID: category ``public`` for the holidays of the yearly SKB 3 Menteri and
Keppres, ``government`` for cuti bersama), whose dates match the 2025 and 2026 SKB files.

Counting (docs/law.md, Working days; common practice [M]): the day the request is received is day 0, counting
starts on the next working day, and the Nth working day is the due date (it ends at 23:59 local time). A
request received after office hours or on a day off is deemed received on the next working day.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any, Literal

import holidays

from ckanext.ppid.law.confidence import Confidence
from ckanext.ppid.law.markers import N_

NationalKind = Literal["libur_nasional", "cuti_bersama"]
DayOffKind = Literal["akhir_pekan", "libur_nasional", "cuti_bersama", "penetapan"]
OverrideKind = Literal["holiday", "working_day"]

DAY_OFF_LABELS: Mapping[str, str] = {
    "akhir_pekan": N_("Weekend"),
    "libur_nasional": N_("National holiday"),
    "cuti_bersama": N_("Collective leave (cuti bersama)"),
    "penetapan": N_("Holiday declared by decree"),
}
# Indonesian day names, like the holiday names the package gives in Indonesian.
_WEEKEND_NAMES = {5: "Sabtu", 6: "Minggu"}
_SATURDAY = 5

RULE_FORWARD = N_(
    "Day 0 is {start}. Counting starts on the next working day; working day {n} is the due date, {due}."
)
RULE_BACKWARD = N_(
    "Day 0 is {start}. Counting back from the working day before it, working day {n} is {due}."
)
RULE_CUTI_BERSAMA_OFF = N_(
    "Saturdays, Sundays, national holidays, cuti bersama days and days declared holidays by decree are not "
    "counted."
)
RULE_CUTI_BERSAMA_ON = N_(
    "Saturdays, Sundays, national holidays and days declared holidays by decree are not counted; cuti "
    "bersama days are counted as working days."
)


@dataclass(frozen=True)
class NationalDay:
    """A national holiday or cuti bersama day, named in Indonesian."""

    name: str
    kind: NationalKind


NationalSource = Callable[[int], Mapping[dt.date, NationalDay]]


@cache
def package_holidays(year: int) -> Mapping[dt.date, NationalDay]:
    """The national holidays and cuti bersama of ``year`` according to the ``holidays`` package."""
    found: dict[dt.date, NationalDay] = {}
    # Public first: a date that is both (it does not happen in the SKBs) is reported as the holiday.
    for category, kind in (("government", "cuti_bersama"), ("public", "libur_nasional")):
        days = holidays.country_holidays("ID", years=year, categories=(category,), language="id")
        found.update({day: NationalDay(name, kind) for day, name in days.items()})
    return found


@dataclass(frozen=True)
class Override:
    """A day the administrator declares a holiday or a working day, with the decree that says so."""

    day: dt.date
    kind: OverrideKind
    reason: str
    decree: str

    def __post_init__(self) -> None:
        if self.kind not in ("holiday", "working_day"):
            raise ValueError(f"override kind must be 'holiday' or 'working_day', not {self.kind!r}")


@dataclass(frozen=True)
class DayOff:
    """Why a day is not a working day."""

    day: dt.date
    kind: DayOffKind
    name: str
    decree: str = ""

    @property
    def label(self) -> str:
        """The kind of day off, an N_-marked msgid."""
        return DAY_OFF_LABELS[self.kind]


@dataclass(frozen=True)
class Step:
    """One day walked while counting: counted as working day ``count``, or skipped because of ``off``."""

    day: dt.date
    count: int | None
    off: DayOff | None


@dataclass(frozen=True)
class Explained:
    """A date computed in working days, with everything needed to show how.

    ``rule`` and ``calendar_rule`` are N_-marked msgids; fill ``rule`` with ``rule_params`` after translating.
    ``steps`` are the days walked from day 0 in the direction of counting.
    """

    start: dt.date
    working_days: int
    backwards: bool
    due: dt.date
    steps: tuple[Step, ...]
    cuti_bersama_is_holiday: bool

    @property
    def counted(self) -> tuple[dt.date, ...]:
        return tuple(step.day for step in self.steps if step.count is not None)

    @property
    def skipped(self) -> tuple[DayOff, ...]:
        return tuple(step.off for step in self.steps if step.off is not None)

    @property
    def rule(self) -> str:
        return RULE_BACKWARD if self.backwards else RULE_FORWARD

    @property
    def rule_params(self) -> dict[str, Any]:
        return {"start": self.start, "n": self.working_days, "due": self.due}

    @property
    def calendar_rule(self) -> str:
        return RULE_CUTI_BERSAMA_OFF if self.cuti_bersama_is_holiday else RULE_CUTI_BERSAMA_ON


@dataclass(frozen=True)
class OfficeHours:
    """When an office receives requests, per weekday (0 = Monday).

    A day without hours of its own (a Saturday declared a working day by decree) keeps Monday's hours.
    """

    code: str
    label: str
    opens: Mapping[int, dt.time]
    closes: Mapping[int, dt.time]
    legal_basis: str
    confidence: Confidence
    note: str

    def on(self, weekday: int) -> tuple[dt.time, dt.time]:
        """Opening and closing time on ``weekday``."""
        return self.opens.get(weekday, self.opens[0]), self.closes.get(weekday, self.closes[0])


# Perpres 21/2023 Ps 3-4 [C2]: five days, 37.5 hours a week, from 07:30 local time. The closing times are
# the common Pemda practice [M]: a Pemda may set its own by regulation of the head of region, and should.
OFFICE_HOURS = OfficeHours(
    "reguler",
    N_("Regular office hours"),
    {weekday: dt.time(7, 30) for weekday in range(5)},
    {0: dt.time(16), 1: dt.time(16), 2: dt.time(16), 3: dt.time(16), 4: dt.time(16, 30)},
    "Perpres 21/2023 Ps 3-4",
    "M",
    N_(
        "Opening at 07:30 is confirmed; closing at 16:00 (Friday 16:30) is common practice, not in the "
        "Perpres."
    ),
)
# Ramadan [C2]: 32.5 hours a week from 08:00; closing times again common practice [M].
RAMADAN_OFFICE_HOURS = OfficeHours(
    "ramadan",
    N_("Office hours in Ramadan"),
    {weekday: dt.time(8) for weekday in range(5)},
    {0: dt.time(15), 1: dt.time(15), 2: dt.time(15), 3: dt.time(15), 4: dt.time(15, 30)},
    "Perpres 21/2023 Ps 4",
    "M",
    N_(
        "Opening at 08:00 is confirmed; closing at 15:00 (Friday 15:30) is common practice, not in the "
        "Perpres."
    ),
)

RECEIVED_IN_HOURS = N_("Received during office hours.")
RECEIVED_BEFORE_HOURS = N_("Received before office hours on a working day: it counts as received that day.")
RECEIVED_AFTER_HOURS = N_(
    "Received after office hours: it counts as received on the next working day, {day}."
)
RECEIVED_DAY_OFF = N_("Received on a day off: it counts as received on the next working day, {day}.")


@dataclass(frozen=True)
class Reception:
    """When a request counts as received, and why (``reason`` is an N_ msgid filled with ``{day}``)."""

    moment: dt.datetime
    day: dt.date
    reason: str


@dataclass(frozen=True)
class Calendar:
    """Working days for one body: the national calendar, its cuti bersama policy and its overrides.

    Whether cuti bersama days are working days for KIP deadlines is not settled (docs/law.md, Working days: an
    open question); the body decides. Treating them as holidays lengthens the body's deadlines.
    """

    overrides: tuple[Override, ...] = ()
    cuti_bersama_is_holiday: bool = True
    national: NationalSource = package_holidays
    _by_day: Mapping[dt.date, Override] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        by_day: dict[dt.date, Override] = {}
        for override in self.overrides:
            if override.day in by_day:
                raise ValueError(f"two overrides for {override.day.isoformat()}")
            by_day[override.day] = override
        object.__setattr__(self, "_by_day", by_day)

    def non_working_reason(self, day: dt.date) -> DayOff | None:
        """Why ``day`` is not a working day, or None if it is one."""
        override = self._by_day.get(day)
        if override is not None:
            if override.kind == "working_day":
                return None
            return DayOff(day, "penetapan", override.reason, override.decree)
        national = self.national(day.year).get(day)
        if national is not None and (national.kind == "libur_nasional" or self.cuti_bersama_is_holiday):
            return DayOff(day, national.kind, national.name)
        if day.weekday() >= _SATURDAY:
            return DayOff(day, "akhir_pekan", _WEEKEND_NAMES[day.weekday()])
        return None

    def declared(self, day: dt.date) -> Override | None:
        """The administrator's declaration for ``day``, if any."""
        return self._by_day.get(day)

    def is_working_day(self, day: dt.date) -> bool:
        return self.non_working_reason(day) is None

    def next_working_day(self, day: dt.date) -> dt.date:
        """The first working day after ``day``."""
        return self.add_working_days(day, 1).due

    def add_working_days(self, start: dt.date, n: int) -> Explained:
        """The Nth working day after ``start`` (day 0), explained."""
        return self._count(start, n, dt.timedelta(days=1))

    def subtract_working_days(self, end: dt.date, n: int) -> Explained:
        """The Nth working day before ``end`` (day 0), explained.

        PP 61/2010 Ps 11(2): the PPID decides to open exempted information at the latest 30 working days
        before its period ends; this gives that day.
        """
        return self._count(end, n, dt.timedelta(days=-1))

    def _count(self, start: dt.date, n: int, step: dt.timedelta) -> Explained:
        if n < 0:
            raise ValueError("the number of working days cannot be negative")
        steps: list[Step] = []
        day, counted = start, 0
        while counted < n:
            day += step
            off = self.non_working_reason(day)
            if off is None:
                counted += 1
            steps.append(Step(day, counted if off is None else None, off))
        return Explained(start, n, step.days < 0, day, tuple(steps), self.cuti_bersama_is_holiday)

    def deemed_received(
        self, moment: dt.datetime, tz: str, office_hours: OfficeHours = OFFICE_HOURS
    ) -> Reception:
        """The day a request received at ``moment`` counts as received in the body's time zone ``tz``."""
        if moment.tzinfo is None or moment.utcoffset() is None:
            raise ValueError("the moment of receipt must carry its time zone")
        local = moment.astimezone(zoneinfo.ZoneInfo(tz))
        day, time = local.date(), local.time().replace(tzinfo=None)
        if not self.is_working_day(day):
            return Reception(moment, self.next_working_day(day), RECEIVED_DAY_OFF)
        opens, closes = office_hours.on(day.weekday())
        if time >= closes:
            return Reception(moment, self.next_working_day(day), RECEIVED_AFTER_HOURS)
        if time < opens:
            return Reception(moment, day, RECEIVED_BEFORE_HOURS)
        return Reception(moment, day, RECEIVED_IN_HOURS)

    def received_on(self, moment: dt.datetime, tz: str, office_hours: OfficeHours = OFFICE_HOURS) -> dt.date:
        """The day a request received at ``moment`` counts as received (day 0 of its clock)."""
        return self.deemed_received(moment, tz, office_hours).day
