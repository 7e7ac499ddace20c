"""When the calendar changes, every open request's due dates follow it, and each case records the move.

Subscribed to ``ppid_calendar_changed`` (sent by the calendar actions inside their transaction), so the new
due dates, the case's history entry and the audit event commit with the declaration that caused them, or not
at all.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from ckan import model

from ckanext.ppid.audit import log
from ckanext.ppid.calendar.core.workdays import Calendar
from ckanext.ppid.requests.cases import request_case
from ckanext.ppid.requests.core import clock, states
from ckanext.ppid.requests.core.clock import ClockSettings
from ckanext.ppid.requests.filing.store import due_date_changes
from ckanext.ppid.requests.model.event import RequestEvent
from ckanext.ppid.requests.model.information_request import InformationRequest
from ckanext.ppid.shell import settings

# The history entry of a recompute: the status stays, the due dates move.
RECOMPUTED = "hitung_ulang_tenggat"
OPEN_STATUSES = tuple(status.code for status in states.REQUEST_STATUSES if not status.final)


def recompute_open_requests(sender: str, day: dt.date, calendar: Calendar, **kwargs: Any) -> int:
    """Recompute the due dates of every open request with ``calendar``; returns how many moved."""
    body_clock = ClockSettings(calendar, settings.timezone())
    now = dt.datetime.now(dt.timezone.utc)
    moved = 0
    cases = model.Session.query(InformationRequest).filter(InformationRequest.status.in_(OPEN_STATUSES))
    for case in cases:
        fresh = clock.request_due_dates(request_case(case), body_clock)
        stored = {key: dt.date.fromisoformat(value) for key, value in (case.due_dates or {}).items()}
        changes = clock.changes(stored, fresh)
        reception_day = body_clock.received(case.received_at).day
        if not changes and reception_day == case.received_day:
            continue
        moved += 1
        case.due_dates = {key: due.isoformat() for key, due in clock.stored_dates(fresh).items()}
        first_due = clock.next_open(fresh, "ppid")
        case.next_due = first_due.due if first_due else None
        params = {"calendar_change": sender, "day": day.isoformat()}
        if reception_day != case.received_day:
            params["received_day"] = {"old": case.received_day.isoformat(), "new": reception_day.isoformat()}
            case.received_day = reception_day
        model.Session.add(
            RequestEvent(
                request_id=case.id,
                occurred_at=now,
                actor_id=None,
                actor_role="sistem",
                transition=RECOMPUTED,
                status_before=case.status,
                status_after=case.status,
                params=params,
                due_date_changes=due_date_changes(changes),
            )
        )
        log.record(
            "request.due_dates.recompute",
            "information_request",
            case.id,
            unit=case.current_unit_id,
            details={**params, "changes": due_date_changes(changes)},
        )
    model.Session.flush()
    return moved
