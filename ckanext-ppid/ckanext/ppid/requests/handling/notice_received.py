"""The day the applicant received a written notice sent by post or courier, as staff record it.

The objection window of grounds a, d, e, f and g (UU 14/2008 Ps 36(1)) counts from the day the applicant
received the notice (``requests.core.objection_grounds``); a notice given on the portal or by e-mail reaches
them the day it is sent, one sent by post later. This is a fact about the case, not a change of status, so it
is not a transition of the machine; it is recorded once, with a history entry and an audit event in the
change's transaction (the caller commits).
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from typing import Any

from ckan import model

from ckanext.ppid.audit import log
from ckanext.ppid.law.markers import N_
from ckanext.ppid.law.problems import Problem
from ckanext.ppid.requests.filing.store import clock_settings
from ckanext.ppid.requests.model.event import RequestEvent
from ckanext.ppid.requests.model.information_request import InformationRequest
from ckanext.ppid.shell import settings

CODE = "catat_pemberitahuan_diterima"
LABEL = N_("Record the day the applicant received the written notice")
LEGAL_BASIS = "UU 14/2008 Ps 36(1)"
NO_NOTICE = N_("No written notice was sent on this request.")
ALREADY_RECORDED = N_("The day the applicant received the notice is already recorded: {day}.")
MISSING_DAY = N_("Give the day the applicant received the notice, as YYYY-MM-DD.")
BEFORE_SENT = N_("The notice cannot have been received before it was sent, on {day}.")
IN_FUTURE = N_("The day the notice was received cannot be in the future.")


def blocked(case: InformationRequest) -> Problem | None:
    """Why the day cannot be recorded on ``case`` now; None when it can."""
    if case.notice_sent_at is None:
        return Problem(NO_NOTICE)
    if case.notice_received_at is not None:
        day = clock_settings().local_day(case.notice_received_at)
        return Problem(ALREADY_RECORDED, {"day": day.isoformat()})
    return None


def day_problem(case: InformationRequest, day: dt.date | None, today: dt.date) -> Problem | None:
    if day is None:
        return Problem(MISSING_DAY, field="received_on")
    sent = clock_settings().local_day(case.notice_sent_at)
    if day < sent:
        return Problem(BEFORE_SENT, {"day": sent.isoformat()}, field="received_on")
    if day > today:
        return Problem(IN_FUTURE, field="received_on")
    return None


def record(case: InformationRequest, day: dt.date, actor: Any, role: str, at: dt.datetime) -> RequestEvent:
    """Store the day (as the start of that day in the body's zone), its history entry and audit event."""
    case.notice_received_at = dt.datetime.combine(day, dt.time(0), zoneinfo.ZoneInfo(settings.timezone()))
    event = RequestEvent(
        request_id=case.id,
        machine="permohonan",
        occurred_at=at,
        actor_id=getattr(actor, "id", None),
        actor_role=role,
        transition=CODE,
        status_before=case.status,
        status_after=case.status,
        params={"received_on": day.isoformat()},
        due_date_changes=[],
    )
    model.Session.add(event)
    log.record(
        f"permohonan.{CODE}",
        "information_request",
        case.id,
        unit=case.current_unit_id,
        details={
            "registration_number": case.registration_number,
            "role": role,
            "received_on": day.isoformat(),
        },
        actor=actor,
    )
    model.Session.flush()
    return event
