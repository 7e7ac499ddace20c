"""Stored cases as the core sees them, and back: requests, objections and disputes between ORM and ``states``.

The core's machines take frozen ``states`` values and return new ones; this module builds those values from
the tables and writes what changed back onto the rows. The written notice is kept as JSON on the request.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from ckanext.ppid.requests.core import states
from ckanext.ppid.requests.core.states import DisputeCase, Notice, ObjectionCase, RequestCase
from ckanext.ppid.requests.model.dispute import Dispute
from ckanext.ppid.requests.model.information_request import InformationRequest
from ckanext.ppid.requests.model.objection import Objection

# Fields of the core's cases that are columns of the same name on the rows.
REQUEST_COLUMNS = (
    "status",
    "received_at",
    "outcome",
    "notice_sent_at",
    "notice_received_at",
    "extended_at",
    "extension_reasons",
    "delivered_at",
    "closed_at",
    "lapse_recorded_at",
)
OBJECTION_COLUMNS = (
    "status",
    "received_at",
    "number",
    "decision",
    "decision_reasons",
    "decided_at",
    "decision_received_at",
    "lapse_recorded_at",
    "dispute_filed_at",
)
DISPUTE_COLUMNS = ("status", "forum", "filed_at", "result", "decided_at", "decided_stage", "court")
TEXT_COLUMNS = frozenset({"extension_reasons", "decision_reasons", "number"})


def notice_to_json(notice: Notice | None) -> dict[str, Any] | None:
    if notice is None:
        return None
    shown = dataclasses.asdict(notice)
    shown["exemption_grounds"] = list(notice.exemption_grounds)
    shown["register_items"] = list(notice.register_items)
    shown["documentation_due"] = notice.documentation_due.isoformat() if notice.documentation_due else None
    return shown


def notice_from_json(stored: dict[str, Any] | None) -> Notice | None:
    if not stored:
        return None
    known = {entry.name for entry in dataclasses.fields(Notice)}
    values = {key: value for key, value in stored.items() if key in known}
    values["exemption_grounds"] = tuple(values.get("exemption_grounds") or ())
    values["register_items"] = tuple(values.get("register_items") or ())
    due = values.get("documentation_due")
    values["documentation_due"] = dt.date.fromisoformat(due) if due else None
    return Notice(**values)


def request_case(case: InformationRequest) -> RequestCase:
    """The core's view of a stored request."""
    return RequestCase(
        unit=case.current_unit_id,
        notice=notice_from_json(case.notice),
        grounds_raised=frozenset(case.grounds_raised or ()),
        **{name: _value(case, name) for name in REQUEST_COLUMNS},
    )


def _value(row: Any, name: str) -> Any:
    """A column as the core has it: text the core keeps as "" is NULL in the table."""
    value = getattr(row, name)
    return "" if value is None and name in TEXT_COLUMNS else value


def objection_case(objection: Objection) -> ObjectionCase:
    return ObjectionCase(
        grounds=tuple(objection.grounds or ()),
        **{name: _value(objection, name) for name in OBJECTION_COLUMNS},
    )


def dispute_case(dispute: Dispute) -> DisputeCase:
    return DisputeCase(
        grounds=tuple(dispute.grounds or ()), **{name: getattr(dispute, name) for name in DISPUTE_COLUMNS}
    )


def store_request(case: InformationRequest, core: RequestCase) -> None:
    """Write the core's request back onto its row."""
    for name in REQUEST_COLUMNS:
        value = getattr(core, name)
        setattr(case, name, None if name in TEXT_COLUMNS and value == "" else value)
    case.current_unit_id = core.unit
    case.notice = notice_to_json(core.notice)
    case.grounds_raised = sorted(core.grounds_raised)


def store_objection(objection: Objection, core: ObjectionCase) -> None:
    for name in OBJECTION_COLUMNS:
        value = getattr(core, name)
        setattr(objection, name, None if name in TEXT_COLUMNS and value == "" else value)
    objection.grounds = list(core.grounds)


def store_dispute(dispute: Dispute, core: DisputeCase) -> None:
    for name in DISPUTE_COLUMNS:
        setattr(dispute, name, getattr(core, name))
    dispute.grounds = list(core.grounds)


def is_open_request(case: InformationRequest) -> bool:
    return not states.status("permohonan", case.status).final
