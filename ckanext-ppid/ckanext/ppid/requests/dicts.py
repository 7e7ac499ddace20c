"""A stored request as the API and the pages show it: with or without its applicant's personal data.

The due dates are computed afresh with today's calendar and each explains itself (the deadline
calculator's form, ``calendar.deadline_actions``); the stored ones only order the work queue. The written
notice shows each Ps 22(7) item it states with its label, as the letter does; the history names each step with
the machines' labels, the actor's role and the due dates it moved.
"""

from __future__ import annotations

from typing import Any

import ckan.plugins.toolkit as tk
from ckan import model
from flask_babel import get_locale

from ckanext.ppid.calendar.due_dates import due_date_dict as explained_due
from ckanext.ppid.documents.dates import Locale
from ckanext.ppid.law import deadlines, units
from ckanext.ppid.law import requests as law_requests
from ckanext.ppid.law.markers import N_
from ckanext.ppid.requests.cases import notice_from_json, request_case
from ckanext.ppid.requests.core import clock, dispute_transitions, machine, objection_transitions, states
from ckanext.ppid.requests.core.transitions import REQUEST_TRANSITIONS
from ckanext.ppid.requests.filing.store import FILED, clock_settings
from ckanext.ppid.requests.handling import notice_received
from ckanext.ppid.requests.letters import issue, texts
from ckanext.ppid.requests.model.delivery import RequestDelivery
from ckanext.ppid.requests.model.event import RequestEvent
from ckanext.ppid.requests.model.information_request import InformationRequest
from ckanext.ppid.requests.objections import decision_received
from ckanext.ppid.shell import settings

# What each step of a case's history is called: the machines' transitions, and the steps outside them.
STEP_LABELS = {
    "permohonan": {entry.code: entry.label for entry in REQUEST_TRANSITIONS},
    "keberatan": {entry.code: entry.label for entry in objection_transitions.OBJECTION_TRANSITIONS},
    "sengketa": {entry.code: entry.label for entry in dispute_transitions.DISPUTE_TRANSITIONS},
}
OTHER_STEPS = {
    FILED: N_("Request filed"),
    notice_received.CODE: notice_received.LABEL,
    decision_received.CODE: decision_received.LABEL,
}
ROLE_LABELS = {
    **{role.code: role.label for role in units.ROLES},
    law_requests.APPLICANT.code: law_requests.APPLICANT.label,
    machine.SYSTEM: N_("The portal (scheduled check)"),
}
REGISTER_ITEMS_LABEL = texts.REGISTER_ITEMS_LABEL


def _unit(unit_id: str) -> dict[str, str]:
    group = model.Group.get(unit_id)
    if group is None:
        return {"id": unit_id, "name": unit_id, "title": unit_id}
    return {"id": group.id, "name": group.name, "title": group.title or group.name}


def _label(table: tuple[law_requests.Choice, ...], code: str | None) -> str | None:
    entry = next((item for item in table if item.code == code), None)
    return tk._(entry.label) if entry else None


def _step_label(event: RequestEvent) -> str:
    label = (
        STEP_LABELS.get(event.machine, {}).get(event.transition)
        or STEP_LABELS["permohonan"].get(event.transition)
        or OTHER_STEPS.get(event.transition)
    )
    return tk._(label) if label else event.transition


def _due_label(key: str) -> str:
    try:
        return tk._(deadlines.deadline(key).label)
    except KeyError:
        return key


def _event(event: RequestEvent, with_personal_data: bool) -> dict[str, Any]:
    """A step of the history; who the applicant is (their account) only ``with_personal_data``."""
    shown_actor = with_personal_data or event.actor_role != law_requests.APPLICANT.code
    actor = model.User.get(event.actor_id) if event.actor_id and shown_actor else None
    role = ROLE_LABELS.get(event.actor_role)
    return {
        "transition": event.transition,
        "machine": event.machine,
        "label": _step_label(event),
        "occurred_at": event.occurred_at.isoformat(),
        "actor": actor.name if actor else None,
        "actor_display_name": (actor.fullname or actor.name) if actor else None,
        "actor_role": event.actor_role,
        "actor_role_label": tk._(role) if role else event.actor_role,
        "status_before": event.status_before,
        "status_after": event.status_after,
        "due_date_changes": [
            {**change, "label": _due_label(change.get("key", ""))} for change in event.due_date_changes or []
        ],
    }


def _page_locale() -> Locale:
    """The language dates are written in: the reader's (the page's or the API call's)."""
    locale = get_locale()
    return "en" if locale is not None and locale.language == "en" else "id"


def notice_dict(case: InformationRequest) -> dict[str, Any] | None:
    """The written notice as sent: its outcome, letter and every Ps 22(7) item it states, labelled."""
    written = notice_from_json(case.notice)
    if case.notice_sent_at is None or written is None or not case.outcome:
        return None
    outcome = law_requests.outcome(case.outcome)
    clock_of_body = clock_settings()
    labels = {item.code: item.label for item in law_requests.NOTICE_ITEMS}
    items = texts.notice_items(written, settings.body_name(), _page_locale())
    return {
        "number": case.notice_number,
        "sent_at": case.notice_sent_at.isoformat(),
        "sent_on": clock_of_body.local_day(case.notice_sent_at).isoformat(),
        "received_on": clock_of_body.local_day(case.notice_received_at).isoformat()
        if case.notice_received_at
        else None,
        "outcome": outcome.code,
        "outcome_label": tk._(outcome.label),
        "outcome_legal_basis": tk._(outcome.legal_basis),
        "items": [
            {"code": code, "label": tk._(labels.get(code, REGISTER_ITEMS_LABEL)), "text": text}
            for code, text in items
        ],
        "stated": case.notice,
        "letter_ready": issue.is_ready(case, issue.NOTICE),
    }


def extension_dict(case: InformationRequest) -> dict[str, Any] | None:
    if case.extended_at is None:
        return None
    return {
        "number": case.extension_number,
        "extended_at": case.extended_at.isoformat(),
        "reasons": case.extension_reasons,
        "letter_ready": issue.is_ready(case, issue.EXTENSION),
    }


def _delivery(row: RequestDelivery) -> dict[str, Any]:
    package = model.Package.get(row.package_id) if row.package_id else None
    return {
        "id": row.id,
        "kind": row.kind,
        "title": row.title,
        "content_type": row.content_type,
        "size": row.size,
        "package_id": row.package_id,
        "package_name": package.name if package else None,
        "package_type": package.type if package else None,
        "added_at": row.added_at.isoformat(),
    }


def personal_data(case: InformationRequest) -> dict[str, Any]:
    applicant = case.applicant
    user = model.User.get(applicant.user_id) if applicant.user_id else None
    return {
        "user": user.name if user else None,
        "name": applicant.name,
        "nik": applicant.nik,
        "address": applicant.address,
        "phone": applicant.phone,
        "email": applicant.email,
        "legal_entity_decree": applicant.legal_entity_decree,
        "proxy_name": applicant.proxy_name,
        "has_identity_document": bool(applicant.identity_document),
        "identity_document_type": applicant.identity_document_type,
    }


def summary(case: InformationRequest) -> dict[str, Any]:
    """What a list of cases shows: no personal data, no explanations."""
    return {
        "id": case.id,
        "registration_number": case.registration_number,
        "unit": _unit(case.unit_id),
        "current_unit": _unit(case.current_unit_id),
        "channel": case.channel,
        "received_at": case.received_at.isoformat(),
        "received_day": case.received_day.isoformat(),
        "status": case.status,
        "status_label": tk._(states.status("permohonan", case.status).label),
        "outcome": case.outcome,
        "next_due": case.next_due.isoformat() if case.next_due else None,
        "information": case.information,
    }


def case_dict(case: InformationRequest, with_personal_data: bool) -> dict[str, Any]:
    """The whole case; ``applicant`` only ``with_personal_data`` (the caller records that read)."""
    settings = clock_settings()
    reception = settings.received(case.received_at)
    due_dates = clock.request_due_dates(request_case(case), settings)
    shown = {
        **summary(case),
        "year": case.year,
        "sequence": case.sequence,
        "channel_label": _label(law_requests.CHANNELS, case.channel),
        "applicant_type": case.applicant_type,
        "applicant_type_label": _label(law_requests.APPLICANT_TYPES, case.applicant_type),
        "purpose": case.purpose,
        "way_to_obtain": case.way_to_obtain,
        "way_to_obtain_label": _label(law_requests.WAYS_TO_OBTAIN, case.way_to_obtain),
        "copy_format": case.copy_format,
        "delivery_method": case.delivery_method,
        "delivery_method_label": _label(law_requests.DELIVERY_METHODS, case.delivery_method),
        "received_reason": tk._(reception.reason).format(day=reception.day.isoformat()),
        "due_dates": case.due_dates,
        "clock": [explained_due(entry) for entry in due_dates.values()],
        "receipt_ready": bool(case.receipt_file),
        "created": case.created_at.isoformat(),
        "updated": case.updated_at.isoformat(),
        "timeline": [_event(event, with_personal_data) for event in RequestEvent.of_request(case.id)],
        "notice": notice_dict(case),
        "extension": extension_dict(case),
        "deliveries": [_delivery(row) for row in RequestDelivery.of_request(case.id)],
        "letters_ready": {kind: issue.is_ready(case, kind) for kind in (issue.NOTICE, issue.EXTENSION)},
    }
    if with_personal_data:
        shown["applicant"] = personal_data(case)
    return shown
