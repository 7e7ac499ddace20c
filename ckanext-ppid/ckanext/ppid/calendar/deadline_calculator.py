"""The public deadline calculator: from one event of a case, the due dates that follow it, explained.

Pure: the same clock (``requests.core.clock``) the cases use, asked about a single event instead of a case.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ckanext.ppid.calendar.core.workdays import Reception
from ckanext.ppid.law.markers import N_
from ckanext.ppid.requests.core import clock
from ckanext.ppid.requests.core.clock import ClockSettings, DueDate


@dataclass(frozen=True)
class Event:
    """What happened; ``by_office_hours`` when it is something the body receives at its desk."""

    code: str
    label: str
    by_office_hours: bool


EVENTS = (
    Event("permohonan_diterima", N_("A request for information is received"), True),
    Event("pemberitahuan_diterima", N_("The applicant receives the written notice"), False),
    Event("keberatan_diterima", N_("An objection is received by the Atasan PPID"), True),
    Event("tanggapan_atasan_diterima", N_("The applicant receives the Atasan PPID's response"), False),
)
EVENT_CODES = tuple(event.code for event in EVENTS)


@dataclass(frozen=True)
class Answer:
    event: Event
    moment: dt.datetime
    reception: Reception | None
    due_dates: tuple[DueDate, ...]


def calculate(event_code: str, moment: dt.datetime, settings: ClockSettings) -> Answer:
    """The due dates following ``event_code`` at ``moment`` (which carries its time zone)."""
    event = next(e for e in EVENTS if e.code == event_code)
    reception = settings.received(moment) if event.by_office_hours else None
    day = reception.day if reception else settings.local_day(moment)
    if event_code == "permohonan_diterima":
        notice = clock.count_from(clock.NOTICE, clock.NOTICE, "ppid", day, clock.START_RECEIVED, settings)
        extension = clock.count_from(
            clock.EXTENSION, clock.EXTENSION, "ppid", notice.due, clock.START_NOTICE_DUE, settings
        )
        lapsed = clock.count_from(
            clock.OBJECTION_WINDOW,
            clock.OBJECTION_WINDOW,
            "pemohon",
            notice.due,
            clock.START_NOTICE_LAPSED,
            settings,
        )
        found = (notice, extension, lapsed)
    elif event_code == "pemberitahuan_diterima":
        found = (
            clock.count_from(
                clock.OBJECTION_WINDOW,
                clock.OBJECTION_WINDOW,
                "pemohon",
                day,
                clock.START_NOTICE_RECEIVED,
                settings,
            ),
        )
    elif event_code == "keberatan_diterima":
        answer = clock.count_from(
            clock.DECISION, clock.DECISION, "atasan_ppid", day, clock.START_OBJECTION_RECEIVED, settings
        )
        lapse = clock.count_from(
            clock.DISPUTE_AFTER_LAPSE,
            clock.DISPUTE_AFTER_LAPSE,
            "pemohon",
            answer.due,
            clock.START_DECISION_LAPSED,
            settings,
        )
        found = (answer, lapse)
    else:
        found = (
            clock.count_from(
                clock.DISPUTE, clock.DISPUTE, "pemohon", day, clock.START_DECISION_RECEIVED, settings
            ),
        )
    return Answer(event, moment, reception, found)
