"""A stored request as the API and the pages show it: with or without its applicant's personal data.

The due dates are computed afresh with today's calendar and each explains itself (the deadline
calculator's form, ``deadline_actions``); the stored ones only order the work queue.
"""

from __future__ import annotations

from typing import Any

import ckan.plugins.toolkit as tk
from ckan import model

from ckanext.ppid.case_state import request_case
from ckanext.ppid.due_date_dicts import due_date_dict as explained_due
from ckanext.ppid.law import requests as law_requests
from ckanext.ppid.model.information_request import InformationRequest
from ckanext.ppid.model.request_event import RequestEvent
from ckanext.ppid.request_filing import clock_settings
from ckanext.ppid.requests import clock, states


def _unit(unit_id: str) -> dict[str, str]:
    group = model.Group.get(unit_id)
    if group is None:
        return {"id": unit_id, "name": unit_id, "title": unit_id}
    return {"id": group.id, "name": group.name, "title": group.title or group.name}


def _label(table: tuple[law_requests.Choice, ...], code: str | None) -> str | None:
    entry = next((item for item in table if item.code == code), None)
    return tk._(entry.label) if entry else None


def _event(event: RequestEvent) -> dict[str, Any]:
    actor = model.User.get(event.actor_id) if event.actor_id else None
    return {
        "transition": event.transition,
        "occurred_at": event.occurred_at.isoformat(),
        "actor": actor.name if actor else None,
        "actor_role": event.actor_role,
        "status_before": event.status_before,
        "status_after": event.status_after,
        "due_date_changes": event.due_date_changes,
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
        "timeline": [_event(event) for event in RequestEvent.of_request(case.id)],
    }
    if with_personal_data:
        shown["applicant"] = personal_data(case)
    return shown
