"""Taking a transition on a stored case: the core decides, this module stores what it decided.

One function per kind of case. Each builds the core's value from the row (``cases``), asks the core's
machine (``requests.core.transitions.apply``), writes the new state back, recomputes the due dates, appends
the history entry (with the due dates it moved) and the audit event, and creates the objection or dispute the
transition opened. Nothing is committed here: the caller commits, with whatever else belongs to the same
change (a letter number, a delivered file), or rolls back. A refusal is a ``ValidationError`` whose messages
are translated, so the API and the pages answer 4xx with the law's reason.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import ckan.plugins.toolkit as tk
from ckan import model

from ckanext.ppid.audit import log
from ckanext.ppid.requests import cases
from ckanext.ppid.requests.core import clock, transitions
from ckanext.ppid.requests.core.clock import ClockSettings, DueDate
from ckanext.ppid.requests.core.machine import Applied, Event, TransitionRefused
from ckanext.ppid.requests.core.states import DisputeCase, ObjectionCase
from ckanext.ppid.requests.filing.store import clock_settings, due_date_changes
from ckanext.ppid.requests.model.dispute import Dispute
from ckanext.ppid.requests.model.event import RequestEvent
from ckanext.ppid.requests.model.information_request import InformationRequest
from ckanext.ppid.requests.model.objection import Objection
from ckanext.ppid.shell import messages as law_messages

REQUEST, OBJECTION, DISPUTE = "permohonan", "keberatan", "sengketa"


@dataclass(frozen=True)
class Taken:
    """A transition stored: the row it changed, the row it opened (an objection, a dispute) and its event."""

    row: Any
    event: RequestEvent
    opened: Any = None


def refusal(refused: TransitionRefused) -> tk.ValidationError:
    """The core's refusal as a ValidationError, each message translated and filled in."""
    errors: dict[str, list[str]] = {}
    for problem in refused.problems:
        errors.setdefault(problem.field or "message", []).append(
            law_messages.filled(problem.message, problem.params)
        )
    if not refused.problems:
        errors["message"] = [law_messages.filled(refused.message, refused.params)]
    return tk.ValidationError(errors)


def jsonable(value: Any) -> Any:
    """Transition parameters as JSON for the case's history (notices, dates, tuples)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return jsonable(dataclasses.asdict(value))
    if isinstance(value, Mapping):
        return {str(key): jsonable(item) for key, item in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [jsonable(item) for item in value]
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return str(value)


def _stored(due: Mapping[str, DueDate]) -> dict[str, str]:
    return {key: day.isoformat() for key, day in clock.stored_dates(due).items()}


def _old(row: Any) -> dict[str, dt.date]:
    return {key: dt.date.fromisoformat(value) for key, value in (row.due_dates or {}).items()}


def _set_due_dates(row: Any, due: Mapping[str, DueDate], party: clock.Party) -> list[dict[str, Any]]:
    """Store ``due`` on ``row`` with the earliest open one of ``party``; the changes, for the history."""
    moved = due_date_changes(clock.changes(_old(row), due))
    row.due_dates = _stored(due)
    first = clock.next_open(due, party)
    row.next_due = first.due if first else None
    return moved


def request_due(case: InformationRequest, settings: ClockSettings) -> dict[str, DueDate]:
    return clock.request_due_dates(cases.request_case(case), settings)


def objection_due(objection: Objection, settings: ClockSettings, today: dt.date) -> dict[str, DueDate]:
    return clock.objection_due_dates(cases.objection_case(objection), settings, today)


def _apply(core: Any, code: str, role: str, params: Mapping[str, Any], at: dt.datetime) -> Applied:
    try:
        return transitions.apply(core, code, role, params, at, clock_settings())
    except TransitionRefused as refused:
        raise refusal(refused) from refused


def _event(
    case: InformationRequest, machine: str, subject_id: str | None, event: Event, actor: Any, moved: list
) -> RequestEvent:
    row = RequestEvent(
        request_id=case.id,
        machine=machine,
        subject_id=subject_id,
        occurred_at=event.at,
        actor_id=getattr(actor, "id", None),
        actor_role=event.role,
        transition=event.transition,
        status_before=event.status_before,
        status_after=event.status_after,
        params=jsonable(event.params),
        due_date_changes=moved,
    )
    model.Session.add(row)
    log.record(
        f"{machine}.{event.transition}",
        {REQUEST: "information_request", OBJECTION: "objection", DISPUTE: "dispute"}[machine],
        subject_id or case.id,
        unit=case.current_unit_id,
        details={
            "registration_number": case.registration_number,
            "role": event.role,
            "status_before": event.status_before,
            "status_after": event.status_after,
        },
        actor=actor,
    )
    return row


def on_request(
    case: InformationRequest,
    code: str,
    actor: Any,
    role: str,
    params: Mapping[str, Any],
    at: dt.datetime | None = None,
) -> Taken:
    """Take ``code`` on a request; an objection it opens (``ajukan_keberatan``) is created."""
    at = at or dt.datetime.now(dt.timezone.utc)
    settings = clock_settings()
    applied = _apply(cases.request_case(case), code, role, params, at)
    cases.store_request(case, applied.case)
    moved = _set_due_dates(case, request_due(case, settings), "ppid")
    opened, opened_moved = None, []
    if isinstance(applied.opened, ObjectionCase):
        opened, opened_moved = _open_objection(case, applied.opened, actor, role, params, settings)
    event = _record(case, (REQUEST, None), applied, actor, moved, (OBJECTION, opened, opened_moved))
    return Taken(case, event, opened)


def _record(
    case: InformationRequest,
    subject: tuple[str, str | None],
    applied: Applied,
    actor: Any,
    moved: list[dict[str, Any]],
    opening: tuple[str, Any, list[dict[str, Any]]],
) -> RequestEvent:
    """The change's event on ``subject`` (machine, id) and, when it opened a case, that case's first event."""
    model.Session.flush()  # the opened case gets its id
    event = _event(case, *subject, applied.event, actor, moved)
    opened_machine, opened, opened_moved = opening
    if opened is not None:
        first = dataclasses.replace(applied.event, status_before=None, status_after=opened.status)
        _event(case, opened_machine, opened.id, first, actor, opened_moved)
    model.Session.flush()
    return event


def _open_objection(
    case: InformationRequest,
    core: ObjectionCase,
    actor: Any,
    role: str,
    params: Mapping[str, Any],
    settings: ClockSettings,
) -> tuple[Objection, list[dict[str, Any]]]:
    statement = params.get("statement")
    objection = Objection(
        request_id=case.id,
        received_day=settings.received(core.received_at).day,
        statement=statement.strip() if isinstance(statement, str) else "",
        filed_by=getattr(actor, "id", None),
        filer_role=role,
    )
    cases.store_objection(objection, core)
    due = objection_due(objection, settings, settings.local_day(core.received_at))
    moved = _set_due_dates(objection, due, "atasan_ppid")
    model.Session.add(objection)
    return objection, moved


def on_objection(
    objection: Objection,
    code: str,
    actor: Any,
    role: str,
    params: Mapping[str, Any],
    at: dt.datetime | None = None,
) -> Taken:
    """Take ``code`` on an objection; a dispute it opens (``ajukan_sengketa``) is created."""
    at = at or dt.datetime.now(dt.timezone.utc)
    settings = clock_settings()
    applied = _apply(cases.objection_case(objection), code, role, params, at)
    cases.store_objection(objection, applied.case)
    due = objection_due(objection, settings, settings.local_day(at))
    moved = _set_due_dates(objection, due, "atasan_ppid")
    opened = None
    if isinstance(applied.opened, DisputeCase):
        opened = Dispute(objection_id=objection.id, request_id=objection.request_id)
        cases.store_dispute(opened, applied.opened)
        model.Session.add(opened)
    subject = (OBJECTION, objection.id)
    event = _record(objection.request, subject, applied, actor, moved, (DISPUTE, opened, []))
    return Taken(objection, event, opened)


def on_dispute(
    dispute: Dispute,
    code: str,
    actor: Any,
    role: str,
    params: Mapping[str, Any],
    at: dt.datetime | None = None,
) -> Taken:
    """Take ``code`` on a dispute (the stages of the proceedings and their result)."""
    at = at or dt.datetime.now(dt.timezone.utc)
    applied = _apply(cases.dispute_case(dispute), code, role, params, at)
    cases.store_dispute(dispute, applied.case)
    model.Session.flush()
    event = _event(dispute.objection.request, DISPUTE, dispute.id, applied.event, actor, [])
    model.Session.flush()
    return Taken(dispute, event)
