"""The legal clock of a case: every due date from the case's facts, each explaining itself.

Durations come from ``law.deadlines`` (D3, D4, D7, D8, D9, D9b of docs/law.md, Deadlines), the days from the
body's ``calendar.core.workdays.Calendar``. A due date counts from a day 0 (the day something happened, or a
deadline that passed) and ends at 23:59 local time on the due day.

Choices where the law is silent (docs/law.md, Working days; [M]): a request or objection handed in after
office hours or on a day off counts as received on the next working day; a deadline that passes unanswered is
day 0 of what follows it (counting starts on the next working day); the applicant's filing is on time when
made on the due day in the body's zone, whatever the hour.

Due dates that follow a lapse (the objection window of ground c, D9b) exist from the day after the lapse,
so functions that compute them take ``today``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import zoneinfo
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Literal, TypeVar

from ckanext.ppid.calendar.core.workdays import OFFICE_HOURS, Calendar, Explained, OfficeHours, Reception
from ckanext.ppid.law import deadlines
from ckanext.ppid.law.deadlines import Deadline
from ckanext.ppid.law.markers import N_
from ckanext.ppid.requests.core.states import ObjectionCase, RequestCase

Party = Literal["ppid", "atasan_ppid", "pemohon"]
T = TypeVar("T")

START_RECEIVED = N_("Day 0 is the day the request counts as received.")
START_NOTICE_DUE = N_("Day 0 is the notice deadline; the extension adds its working days to it.")
START_NOTICE_LAPSED = N_("Day 0 is the notice deadline, which passed without a written notice.")
START_NOTICE_RECEIVED = N_("Day 0 is the day the applicant received the written notice.")
START_DELIVERED = N_("Day 0 is the day the information was delivered.")
START_CONTINUING = N_("The failure continues, so it is discovered again each day: day 0 is today.")
START_OBJECTION_RECEIVED = N_("Day 0 is the day the objection counts as received.")
START_DECISION_RECEIVED = N_("Day 0 is the day the applicant received the Atasan PPID's response.")
START_DECISION_LAPSED = N_("Day 0 is the Atasan PPID's deadline, which passed without a response.")

NOTICE = "pemberitahuan_tertulis"
EXTENSION = "perpanjangan"
OBJECTION_WINDOW = "pengajuan_keberatan"
DECISION = "tanggapan_atasan"
DISPUTE = "pengajuan_sengketa"
DISPUTE_AFTER_LAPSE = "pengajuan_sengketa_tanpa_tanggapan"

# Reminders go out this many working days before a due date: a documented default, a setting in the shell.
DUE_SOON_WORKING_DAYS = 3


@dataclass(frozen=True)
class ClockSettings:
    """The receiving body's clock: its calendar, its time zone (IANA name) and its office hours."""

    calendar: Calendar
    tz: str
    office_hours: OfficeHours = OFFICE_HOURS

    def local_day(self, moment: dt.datetime) -> dt.date:
        """The calendar day of ``moment`` in the body's zone."""
        if moment.tzinfo is None or moment.utcoffset() is None:
            raise ValueError("a moment of the clock must carry its time zone")
        return moment.astimezone(zoneinfo.ZoneInfo(self.tz)).date()

    def received(self, moment: dt.datetime) -> Reception:
        """The day something handed in at ``moment`` counts as received, and why."""
        return self.calendar.deemed_received(moment, self.tz, self.office_hours)


@dataclass(frozen=True)
class DueDate:
    """A due date: whose duty, the law behind it, how it was counted, and when the duty was met."""

    key: str
    deadline: Deadline
    party: Party
    # An N_ msgid saying why day 0 is that day.
    start_reason: str
    explained: Explained
    done_on: dt.date | None = None
    # For a clock started by receipt: when it came and why it counts as received on day 0.
    reception: Reception | None = None

    @property
    def due(self) -> dt.date:
        return self.explained.due

    @property
    def start(self) -> dt.date:
        return self.explained.start

    @property
    def is_open(self) -> bool:
        return self.done_on is None

    @property
    def met_late(self) -> bool:
        return self.done_on is not None and self.done_on > self.due

    def overdue(self, today: dt.date) -> bool:
        return self.done_on is None and today > self.due


def count_from(
    key: str,
    deadline_code: str,
    party: Party,
    start: dt.date,
    start_reason: str,
    settings: ClockSettings,
    done_on: dt.date | None = None,
) -> DueDate:
    """The due date ``deadline_code`` (law.deadlines, in working days) with day 0 ``start``."""
    law = deadlines.deadline(deadline_code)
    if law.unit != "working_days":
        raise ValueError(f"{deadline_code} is not counted in working days")
    explained = settings.calendar.add_working_days(start, law.amount)
    return DueDate(key, law, party, start_reason, explained, done_on)


def request_due_dates(case: RequestCase, settings: ClockSettings) -> dict[str, DueDate]:
    """The body's due dates on a request: the written notice (D3) and, once extended, the extension (D4).

    An extension meets the first deadline (it had to be made before it) and moves the duty to the second.
    """
    reception = settings.received(case.received_at)
    sent = settings.local_day(case.notice_sent_at) if case.notice_sent_at else None
    if sent is None and case.closed_at is not None:  # withdrawn: no notice is owed any more
        sent = settings.local_day(case.closed_at)
    extended = settings.local_day(case.extended_at) if case.extended_at else None
    notice = count_from(NOTICE, NOTICE, "ppid", reception.day, START_RECEIVED, settings, extended or sent)
    notice = dataclasses.replace(notice, reception=reception)
    found = {NOTICE: notice}
    if extended is not None:
        found[EXTENSION] = count_from(
            EXTENSION, EXTENSION, "ppid", notice.due, START_NOTICE_DUE, settings, sent
        )
    return found


def notice_due(case: RequestCase, settings: ClockSettings) -> DueDate:
    """The deadline the written notice is held to: the extended one once there is an extension."""
    found = request_due_dates(case, settings)
    return found.get(EXTENSION, found[NOTICE])


def objection_due_dates(
    objection: ObjectionCase, settings: ClockSettings, today: dt.date
) -> dict[str, DueDate]:
    """The Atasan PPID's answer (D8) and the applicant's window to take the dispute to the KI (D9 or D9b)."""
    reception = settings.received(objection.received_at)
    decided = settings.local_day(objection.decided_at) if objection.decided_at else None
    disputed = settings.local_day(objection.dispute_filed_at) if objection.dispute_filed_at else None
    answer = count_from(
        DECISION, DECISION, "atasan_ppid", reception.day, START_OBJECTION_RECEIVED, settings, decided
    )
    answer = dataclasses.replace(answer, reception=reception)
    found = {DECISION: answer}
    reached = objection.decision_reached_applicant_at
    if reached is not None:
        found[DISPUTE] = count_from(
            DISPUTE,
            DISPUTE,
            "pemohon",
            settings.local_day(reached),
            START_DECISION_RECEIVED,
            settings,
            disputed,
        )
    elif answer.overdue(today):
        found[DISPUTE_AFTER_LAPSE] = count_from(
            DISPUTE_AFTER_LAPSE,
            DISPUTE_AFTER_LAPSE,
            "pemohon",
            answer.due,
            START_DECISION_LAPSED,
            settings,
            disputed,
        )
    return found


def stored_dates(due_dates: Mapping[str, DueDate]) -> dict[str, dt.date]:
    """The due days to store on a case (for the work queue and for :func:`changes`)."""
    return {key: entry.due for key, entry in due_dates.items()}


@dataclass(frozen=True)
class DueDateChange:
    """A due date that moved when the calendar changed; None where the date is new or gone."""

    key: str
    old: dt.date | None
    new: dt.date | None
    explained: Explained | None


def changes(stored: Mapping[str, dt.date], fresh: Mapping[str, DueDate]) -> tuple[DueDateChange, ...]:
    """What differs between the due days stored on a case and those computed again now, key by key."""
    found = []
    for key in sorted(set(stored) | set(fresh)):
        old, new = stored.get(key), fresh.get(key)
        if new is None or old != new.due:
            found.append(DueDateChange(key, old, new.due if new else None, new.explained if new else None))
    return tuple(found)


UrgencyLevel = Literal["terlambat", "hari_ini", "segera", "berjalan"]
URGENCY_LABELS = {
    "terlambat": N_("Overdue"),
    "hari_ini": N_("Due today"),
    "segera": N_("Due soon"),
    "berjalan": N_("On time"),
}


@dataclass(frozen=True)
class Urgency:
    level: UrgencyLevel
    # Working days from today to the due day; negative when overdue (working days late).
    working_days_left: int

    @property
    def label(self) -> str:
        return URGENCY_LABELS[self.level]


def urgency(due: dt.date, today: dt.date, calendar: Calendar, soon: int = DUE_SOON_WORKING_DAYS) -> Urgency:
    """How pressing a due date is today."""
    if due == today:
        return Urgency("hari_ini", 0)
    low, high, sign = (today, due, 1) if due > today else (due, today, -1)
    days = sum(calendar.is_working_day(low + dt.timedelta(days=i)) for i in range(1, (high - low).days + 1))
    if sign < 0:
        return Urgency("terlambat", -days)
    return Urgency("segera" if days <= soon else "berjalan", days)


def next_open(due_dates: Mapping[str, DueDate], party: Party) -> DueDate | None:
    """The earliest due date ``party`` still has to meet."""
    open_ = [entry for entry in due_dates.values() if entry.party == party and entry.is_open]
    return min(open_, key=lambda entry: entry.due, default=None)


def by_urgency(items: Iterable[T], due_of: Callable[[T], dt.date | None]) -> list[T]:
    """Items in work-queue order: overdue first (longest overdue first), then soonest due, then undated."""
    return sorted(items, key=lambda item: _queue_key(due_of(item)))


def _queue_key(due: dt.date | None) -> tuple[int, dt.date]:
    return (1, dt.date.max) if due is None else (0, due)
