"""Objections and disputes as the pages and the API show them, and the objection register's rows.

Nothing here carries the applicant's personal data except the register's identity column (column c,
docs/law.md), which :func:`register_row` fills only when the caller passes it (after checking and recording
the read). Due dates are computed afresh with today's calendar and explain themselves, as on the request.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import ckan.plugins.toolkit as tk
from ckan import model

from ckanext.ppid.calendar.due_dates import due_date_dict
from ckanext.ppid.law import disputes, objections
from ckanext.ppid.law import requests as law_requests
from ckanext.ppid.law.markers import N_
from ckanext.ppid.requests import access, cases
from ckanext.ppid.requests import transitions as case_transitions
from ckanext.ppid.requests.core import objection_grounds, states, transitions
from ckanext.ppid.requests.core.machine import APPLICANT
from ckanext.ppid.requests.core.objection_grounds import GroundStatus
from ckanext.ppid.requests.core.transitions import DESK
from ckanext.ppid.requests.filing.store import clock_settings
from ckanext.ppid.requests.model.dispute import Dispute
from ckanext.ppid.requests.model.information_request import InformationRequest
from ckanext.ppid.requests.model.objection import Objection
from ckanext.ppid.shell import messages

# The applicant's reaction to the decision (column k, docs/law.md), read from where the objection ended.
RESPONSES = {
    "selesai": N_("Accepted the decision, or let the time to dispute it pass"),
    "sengketa": N_("Took the dispute to the Information Commission"),
    "dicabut": N_("Withdrew the objection"),
}
ATASAN_POSITION = N_("Atasan PPID")


def _iso(value: dt.date | dt.datetime | None) -> str | None:
    return value.isoformat() if value else None


def _unit_title(unit_id: str) -> str:
    group = model.Group.get(unit_id)
    return (group.title or group.name) if group else unit_id


def ground_dict(code: str) -> dict[str, Any]:
    """A Pasal 35(1) ground: its letter, label and whether it may be mediated."""
    ground = objections.ground(code)
    return {
        "code": ground.code,
        "letter": ground.letter,
        "label": tk._(ground.label),
        "mediable": ground.mediable,
        "legal_basis": ground.legal_basis,
    }


def ground_status_dict(entry: GroundStatus, to_applicant: bool = True) -> dict[str, Any]:
    """A ground as it stands on a request today: whether it applies, why, and until when one may object;
    the reason addressed to the applicant, or about them for the staff."""
    reason = entry.reason if to_applicant else objection_grounds.TO_STAFF.get(entry.reason, entry.reason)
    return {
        **ground_dict(entry.ground.code),
        "state": entry.state,
        "available": entry.available,
        "reason": messages.filled(reason, dict(entry.params)),
        "due": _iso(entry.window.due) if entry.window else None,
        "window": due_date_dict(entry.window) if entry.window else None,
    }


def grounds_today(case: InformationRequest, to_applicant: bool = True) -> list[dict[str, Any]]:
    """Every ground of Pasal 35(1) for ``case`` today, in the law's order."""
    settings = clock_settings()
    today = settings.local_day(dt.datetime.now(dt.timezone.utc))
    statuses = objection_grounds.ground_statuses(cases.request_case(case), settings, today)
    return [ground_status_dict(entry, to_applicant) for entry in statuses]


def _user_dict(user_id: str | None) -> dict[str, str] | None:
    user = model.User.get(user_id) if user_id else None
    if user is None:
        return None
    return {"name": user.name, "display_name": user.display_name, "position": tk._(ATASAN_POSITION)}


def _choice_label(table: tuple[Any, ...], code: str | None) -> str | None:
    entry = next((item for item in table if item.code == code), None)
    return tk._(entry.label) if entry else None


def dispute_dict(dispute: Dispute, roles: tuple[str, ...] = ()) -> dict[str, Any]:
    """A dispute: its forum, the Commission's case number, its stage, result and the stages ``roles`` may
    record next."""
    now = dt.datetime.now(dt.timezone.utc)
    core = cases.dispute_case(dispute)
    offered = {
        entry.code: entry
        for role in roles
        for entry in transitions.available(core, role, now, clock_settings())
    }
    return {
        "id": dispute.id,
        "objection_id": dispute.objection_id,
        "request_id": dispute.request_id,
        "forum": dispute.forum,
        "forum_label": _choice_label(disputes.FORUMS, dispute.forum),
        "case_number": dispute.case_number,
        "filed_at": _iso(dispute.filed_at),
        "status": dispute.status,
        "status_label": tk._(states.status("sengketa", dispute.status).label),
        "grounds": [ground_dict(code) for code in dispute.grounds or ()],
        "result": dispute.result,
        "result_label": _choice_label(disputes.RESULTS, dispute.result),
        "decided_at": _iso(dispute.decided_at),
        "decided_stage": dispute.decided_stage,
        "decision_reference": dispute.decision_reference,
        "court": dispute.court,
        "court_label": _choice_label(disputes.FORUMS, dispute.court),
        "opened_item_id": dispute.opened_item_id,
        "transitions": [{"code": code, "label": tk._(entry.label)} for code, entry in offered.items()],
    }


def objection_dict(objection: Objection, user: Any = None) -> dict[str, Any]:
    """An objection with its due dates explained, its decision, its dispute, and what ``user`` may do next.

    No personal data: the applicant's identity is on the request, read there.
    """
    case = objection.request
    settings = clock_settings()
    now = dt.datetime.now(dt.timezone.utc)
    due = case_transitions.objection_due(objection, settings, settings.local_day(now))
    roles = access.objection_roles(user, case) if user is not None else ()
    core = cases.objection_case(objection)
    offered = {
        entry.code: entry for role in roles for entry in transitions.available(core, role, now, settings)
    }
    decision = objections.decision(objection.decision) if objection.decision else None
    return {
        "id": objection.id,
        "request_id": case.id,
        "registration_number": case.registration_number,
        "unit_title": _unit_title(case.current_unit_id),
        "number": objection.number,
        "status": objection.status,
        "status_label": tk._(states.status("keberatan", objection.status).label),
        "received_at": _iso(objection.received_at),
        "received_day": _iso(objection.received_day),
        "received_reason": messages.filled(
            settings.received(objection.received_at).reason, {"day": objection.received_day}
        ),
        "grounds": [ground_dict(code) for code in objection.grounds or ()],
        "statement": objection.statement,
        "filer_role": objection.filer_role,
        "decision": objection.decision,
        "decision_label": tk._(decision.label) if decision else None,
        "decision_reasons": objection.decision_reasons or "",
        "decided_at": _iso(objection.decided_at),
        "decided_by": _user_dict(objection.decided_by),
        "decision_number": objection.decision_number,
        "decision_received_at": _iso(objection.decision_received_at),
        "letter_ready": bool(objection.decision_file),
        "may_download_letter": bool(user is not None and access.may_see_personal_data(user, case)),
        "due_dates": objection.due_dates,
        "next_due": _iso(objection.next_due),
        "clock": [due_date_dict(entry) for entry in due.values()],
        "dispute": dispute_dict(objection.dispute, roles) if objection.dispute else None,
        "transitions": [{"code": code, "label": tk._(entry.label)} for code, entry in offered.items()],
        "roles": list(roles),
    }


def register_row(objection: Objection, identity: dict[str, Any] | None, public: bool) -> dict[str, Any]:
    """One row of the objection register (columns a-k, docs/law.md, The objection register).

    ``identity`` (column c) only for a caller allowed to read it, who has been recorded reading it. The
    public row leaves out what a public register may not show (docs/personal-data.md): the requester's
    identity, the information requested and its purpose (they may reveal personal circumstances).
    """
    case = objection.request
    decision = objections.decision(objection.decision) if objection.decision else None
    row = {
        "id": objection.id,
        "number": objection.number,
        "received_day": _iso(objection.received_day),
        "applicant_type": case.applicant_type,
        "applicant_type_label": _choice_label(law_requests.APPLICANT_TYPES, case.applicant_type),
        "request_id": case.id,
        "registration_number": case.registration_number,
        "unit_title": _unit_title(case.current_unit_id),
        "grounds": [ground_dict(code) for code in objection.grounds or ()],
        "decision": objection.decision,
        "decision_label": tk._(decision.label) if decision else None,
        "decided_on": _iso(objection.decided_at.date()) if objection.decided_at else None,
        "atasan": _user_dict(objection.decided_by),
        "applicant_response": tk._(RESPONSES[objection.status]) if objection.status in RESPONSES else None,
        "status": objection.status,
        "status_label": tk._(states.status("keberatan", objection.status).label),
        "next_due": _iso(objection.next_due),
    }
    if not public:
        row["information"] = case.information
        row["purpose"] = case.purpose
    if identity is not None:
        row["applicant"] = identity
    return row


def may_object(user: Any, case: InformationRequest, grounds: list[dict[str, Any]]) -> bool:
    """The applicant, and the desk staff recording an objection that came on paper, while a ground is open."""
    role = access.role_on(user, case)
    return (role == APPLICANT or role in DESK) and any(entry["available"] for entry in grounds)


def for_case(case: InformationRequest, user: Any, to_applicant: bool) -> dict[str, Any]:
    """What the request's page shows of its objections: each objection (with its dispute) ``user`` may see,
    the grounds of Pasal 35(1) as they stand today, and whether ``user`` may object now.

    The page is only shown to those who may read the case (``units.access.may_read_case``).
    """
    grounds = grounds_today(case, to_applicant)
    return {
        "entries": [objection_dict(objection, user) for objection in case.objections],
        "grounds": grounds,
        "may_object": may_object(user, case, grounds),
    }
