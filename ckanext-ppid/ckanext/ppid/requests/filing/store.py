"""Filing a request: number, case, personal data, first event and audit event in one transaction.

The registration number is taken from the year's sequence row inside the transaction (its lock held until
commit), so a filing that fails anywhere gives its number back. The identity document is written to
private storage first and removed again if the transaction does not commit. The clock
(``requests.core.clock``) gives the deemed received day and the due dates stored for the work queue.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import Any

import ckan.plugins.toolkit as tk
from ckan import model

from ckanext.ppid.audit import log
from ckanext.ppid.calendar.configured import current_calendar
from ckanext.ppid.requests.core import clock, registration_number, states
from ckanext.ppid.requests.core.clock import ClockSettings, DueDateChange
from ckanext.ppid.requests.filing import identity_documents
from ckanext.ppid.requests.filing.validation import Filing
from ckanext.ppid.requests.model.event import RequestEvent
from ckanext.ppid.requests.model.information_request import InformationRequest, RequestApplicant
from ckanext.ppid.requests.model.sequence import next_value
from ckanext.ppid.shell import messages, settings

# The event that opens a case's history (the core's machine starts in ``diterima``).
FILED = "ajukan_permohonan"


def clock_settings() -> ClockSettings:
    return ClockSettings(current_calendar(), settings.timezone())


def unit_code(unit: model.Group) -> str:
    """The unit's code for registration numbers (``kode_unit``; its name when it has none)."""
    return ((unit.extras or {}).get("kode_unit") or unit.name).strip()


def due_date_changes(changes: Iterable[DueDateChange]) -> list[dict[str, Any]]:
    return [
        {
            "key": change.key,
            "old": change.old.isoformat() if change.old else None,
            "new": change.new.isoformat() if change.new else None,
        }
        for change in changes
    ]


def _number(seq: int, unit: model.Group, day: dt.date) -> str:
    try:
        return registration_number.render(settings.request_number_format(), seq, unit_code(unit), day)
    except registration_number.NumberFormatError as error:
        raise tk.ValidationError({"unit": [messages.text(error.problem)]}) from error


def _applicant(filing: Filing, user_id: str | None, document: str | None) -> RequestApplicant:
    return RequestApplicant(
        user_id=user_id,
        name=filing.name,
        nik=filing.nik,
        address=filing.address,
        phone=filing.phone,
        email=filing.email,
        legal_entity_decree=filing.legal_entity_decree,
        proxy_name=filing.proxy_name,
        identity_document=document,
        identity_document_type=filing.identity_document.content_type if document else None,
    )


def file_request(
    filing: Filing,
    filer: model.User | None,
    role: str,
    applicant_user_id: str | None,
    now: dt.datetime,
    with_case: Callable[[InformationRequest], object] | None = None,
) -> InformationRequest:
    """Store the request and commit; on any failure nothing is kept (nor the number, nor the document).

    ``with_case`` is called with the new case before the commit, for what is written with it (its mails).
    ``filer`` is None for an applicant without an account (``guest``).
    """
    clock_of_body = clock_settings()
    received_at = filing.received_at or now
    reception = clock_of_body.received(received_at)
    local_day = clock_of_body.local_day(received_at)
    document = identity_documents.store(filing.identity_document) if filing.identity_document else None
    try:
        seq = next_value(local_day.year)
        number = _number(seq, filing.unit, local_day)
        core = states.RequestCase(states.REQUEST_INITIAL, received_at, filing.unit.id)
        due = clock.request_due_dates(core, clock_of_body)
        first_due = clock.next_open(due, "ppid")
        case = InformationRequest(
            registration_number=number,
            year=local_day.year,
            sequence=seq,
            channel=filing.channel,
            applicant_type=filing.applicant_type,
            unit_id=filing.unit.id,
            current_unit_id=filing.unit.id,
            information=filing.information,
            purpose=filing.purpose,
            way_to_obtain=filing.way_to_obtain,
            copy_format=filing.copy_format,
            delivery_method=filing.delivery_method,
            received_at=received_at,
            received_day=reception.day,
            status=states.REQUEST_INITIAL,
            due_dates={key: day.isoformat() for key, day in clock.stored_dates(due).items()},
            next_due=first_due.due if first_due else None,
            filed_by=filer.id if filer else None,
        )
        case.applicant = _applicant(filing, applicant_user_id, document)
        model.Session.add(case)
        model.Session.flush()
        model.Session.add(
            RequestEvent(
                request_id=case.id,
                occurred_at=now,
                actor_id=filer.id if filer else None,
                actor_role=role,
                transition=FILED,
                status_before=None,
                status_after=states.REQUEST_INITIAL,
                params={"channel": filing.channel, "received_at": received_at.isoformat()},
                due_date_changes=due_date_changes(clock.changes({}, due)),
            )
        )
        log.record(
            "request.create",
            "information_request",
            case.id,
            unit=filing.unit.id,
            details={"registration_number": number, "channel": filing.channel, "role": role},
            actor=filer,
        )
        if with_case is not None:
            with_case(case)
        model.Session.commit()
    except BaseException:
        model.Session.rollback()
        if document:
            identity_documents.remove(document)
        raise
    return case
