"""A request's status as anyone may see it: what the public request register shows, no personal data.

Shown on the status page (registration number and receipt code) and the receipt's check page (the QR
code): the number, the unit, where the case is in words, the day it counts as received, the day the
written notice is due (the extended one after an extension) and the outcome.
"""

from __future__ import annotations

from typing import Any

import ckan.plugins.toolkit as tk
from ckan import model

from ckanext.ppid.law import requests as law_requests
from ckanext.ppid.requests.cases import request_case
from ckanext.ppid.requests.core import clock, states
from ckanext.ppid.requests.filing.store import clock_settings
from ckanext.ppid.requests.model.information_request import InformationRequest


def status_dict(case: InformationRequest) -> dict[str, Any]:
    due = clock.notice_due(request_case(case), clock_settings())
    unit = model.Group.get(case.current_unit_id)
    outcome = next((entry for entry in law_requests.OUTCOMES if entry.code == case.outcome), None)
    return {
        "registration_number": case.registration_number,
        "unit": (unit.title or unit.name) if unit else case.current_unit_id,
        "status": case.status,
        "status_label": tk._(states.status("permohonan", case.status).label),
        "received_day": case.received_day.isoformat(),
        "notice_due": due.due.isoformat(),
        "extended": case.extended_at is not None,
        "notice_sent_on": clock_settings().local_day(case.notice_sent_at).isoformat()
        if case.notice_sent_at
        else None,
        "outcome": case.outcome,
        "outcome_label": tk._(outcome.label) if outcome else None,
    }
