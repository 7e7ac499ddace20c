"""The work queues: open requests for the units' staff, objections awaiting the Atasan PPID's decision.

Both are read from the due day stored on each case (``next_due``, kept by ``requests.transitions`` and the
calendar recompute) so the database orders and pages them with its indexes (``ppid_request_status_next_due``,
``ppid_request_current_unit``, ``ppid_objection_status_next_due``): overdue longest first, then soonest
due, undated last (``clock.by_urgency``). An urgency filter is a range of due days, its bounds taken from
the calendar, so the page shows the same level ``clock.urgency`` gives. Rows carry no personal data, not
even the applicant's name: the case page shows it to those entitled, and records the read.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import ckan.plugins.toolkit as tk
import sqlalchemy as sa
from ckan import model

from ckanext.ppid.calendar.core.workdays import Calendar
from ckanext.ppid.law import deadlines, objections
from ckanext.ppid.requests.core import clock, states
from ckanext.ppid.requests.lists import working_days
from ckanext.ppid.requests.model.information_request import InformationRequest
from ckanext.ppid.requests.model.objection import Objection
from ckanext.ppid.shell import settings

OPEN_REQUEST_STATUSES = tuple(entry.code for entry in states.REQUEST_STATUSES if not entry.final)
AWAITING_DECISION = tuple(
    entry.code for entry in states.OBJECTION_STATUSES if entry.code in states.AWAITING_DECISION
)
URGENCY_LEVELS: tuple[str, ...] = tuple(clock.URGENCY_LABELS)


@dataclass(frozen=True)
class QueueQuery:
    """What to list: ``units`` None means every unit; ``urgency`` one of ``URGENCY_LEVELS`` or None."""

    statuses: tuple[str, ...]
    units: frozenset[str] | None = None
    urgency: str | None = None
    number: str = ""
    limit: int = 25
    offset: int = 0


def _due_window(due: Any, level: str, today: dt.date, calendar: Calendar) -> Any:
    """The due days of ``level`` today, as a condition on the column ``due``."""
    if level == "terlambat":
        return due < today
    if level == "hari_ini":
        return due == today
    # "Due soon" ends before the first working day more than the reminders' window away.
    beyond_soon = calendar.add_working_days(today, settings.remind_working_days() + 1).due
    if level == "segera":
        return sa.and_(due > today, due < beyond_soon)
    return due >= beyond_soon


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _index(
    dues: Sequence[dt.date | None], today: dt.date, calendar: Calendar
) -> working_days.WorkingDayIndex:
    days = [day for day in dues if day is not None] + [today]
    return working_days.index_for(calendar, min(days), max(days))


def _translator() -> Callable[[str], str]:
    """``tk._`` remembering each message: a page repeats the same few labels on every row."""
    return functools.cache(tk._)


def _urgency(
    index: working_days.WorkingDayIndex, due: dt.date | None, today: dt.date, _: Callable[[str], str]
) -> dict:
    if due is None:
        return {"urgency": None, "urgency_label": None, "working_days_left": None}
    found = index.urgency(due, today, settings.remind_working_days())
    return {
        "urgency": found.level,
        "urgency_label": _(found.label),
        "working_days_left": found.working_days_left,
    }


_GROUP = model.group_table
# The unit a case is routed to, as both queues select it (``_unit`` reads these labels back).
_UNIT_COLUMNS = (
    _GROUP.c.id.label("unit_id"),
    _GROUP.c.name.label("unit_name"),
    _GROUP.c.title.label("unit_title"),
)


def _unit(row: Any) -> dict[str, str]:
    return {"id": row.unit_id, "name": row.unit_name, "title": row.unit_title or row.unit_name}


def _conditions(query: QueueQuery, status: Any, due: Any, today: dt.date, calendar: Calendar) -> list[Any]:
    """The filters both queues share: the statuses listed, the case's units, the urgency of the due day."""
    conditions = [status.in_(query.statuses)]
    if query.units is not None:
        conditions.append(InformationRequest.current_unit_id.in_(sorted(query.units)))
    if query.urgency:
        conditions.append(_due_window(due, query.urgency, today, calendar))
    return conditions


def _shown(
    row: Any,
    machine: str,
    index: working_days.WorkingDayIndex,
    today: dt.date,
    _: Callable[[str], str],
) -> dict[str, Any]:
    """What both queues show of a case: its unit, status (of ``machine``), received and due days, urgency."""
    return {
        "id": row.id,
        "unit": _unit(row),
        "status": row.status,
        "status_label": _(states.status(machine, row.status).label),
        "received_day": row.received_day.isoformat(),
        "next_due": row.next_due.isoformat() if row.next_due else None,
        **_urgency(index, row.next_due, today, _),
    }


def _deadline(
    due_dates: dict[str, str] | None, due: dt.date | None, _: Callable[[str], str]
) -> tuple[str | None, str | None]:
    """Which of the stored due dates ``due`` is (the notice's or the extension's), and its label."""
    if due is None:
        return None, None
    key = next((key for key, day in (due_dates or {}).items() if day == due.isoformat()), None)
    return key, _(deadlines.deadline(key).label) if key else None


def requests_page(query: QueueQuery, today: dt.date, calendar: Calendar) -> tuple[int, list[dict[str, Any]]]:
    """Open requests in queue order: how many match, and the page ``query`` asks for."""
    case = InformationRequest
    conditions = _conditions(query, case.status, case.next_due, today, calendar)
    if query.number:
        conditions.append(case.registration_number.ilike(_like(query.number), escape="\\"))
    count = model.Session.execute(
        sa.select(sa.func.count()).select_from(case).where(*conditions)
    ).scalar_one()
    rows = model.Session.execute(
        sa.select(
            case.id,
            case.registration_number,
            case.status,
            case.received_day,
            case.next_due,
            case.due_dates,
            case.extended_at,
            *_UNIT_COLUMNS,
        )
        .join(_GROUP, _GROUP.c.id == case.current_unit_id)
        .where(*conditions)
        .order_by(case.next_due.asc().nulls_last(), case.received_at, case.id)
        .limit(query.limit)
        .offset(query.offset)
    ).all()
    index = _index([row.next_due for row in rows], today, calendar)
    _ = _translator()
    found = []
    for row in rows:
        deadline, deadline_label = _deadline(row.due_dates, row.next_due, _)
        found.append(
            {
                **_shown(row, "permohonan", index, today, _),
                "registration_number": row.registration_number,
                "deadline": deadline,
                "deadline_label": deadline_label,
                "extended": row.extended_at is not None,
            }
        )
    return count, found


def _grounds(codes: Sequence[str], _: Callable[[str], str]) -> list[dict[str, str]]:
    shown = []
    for code in codes or ():
        ground = objections.ground(code)
        shown.append({"code": code, "letter": ground.letter, "label": _(ground.label)})
    return shown


def objections_page(
    query: QueueQuery, today: dt.date, calendar: Calendar
) -> tuple[int, list[dict[str, Any]]]:
    """Objections awaiting the Atasan PPID's decision, in queue order by the decision's due day."""
    objection, case = Objection, InformationRequest
    conditions = _conditions(query, objection.status, objection.next_due, today, calendar)
    if query.number:
        pattern = _like(query.number)
        conditions.append(
            sa.or_(
                objection.number.ilike(pattern, escape="\\"),
                case.registration_number.ilike(pattern, escape="\\"),
            )
        )
    joined = sa.select(objection.id).join(case, case.id == objection.request_id).where(*conditions)
    count = model.Session.execute(sa.select(sa.func.count()).select_from(joined.subquery())).scalar_one()
    rows = model.Session.execute(
        sa.select(
            objection.id,
            objection.number,
            objection.status,
            objection.received_day,
            objection.next_due,
            objection.grounds,
            case.id.label("request_id"),
            case.registration_number,
            *_UNIT_COLUMNS,
        )
        .join(case, case.id == objection.request_id)
        .join(_GROUP, _GROUP.c.id == case.current_unit_id)
        .where(*conditions)
        .order_by(objection.next_due.asc().nulls_last(), objection.received_at, objection.id)
        .limit(query.limit)
        .offset(query.offset)
    ).all()
    index = _index([row.next_due for row in rows], today, calendar)
    _ = _translator()
    return count, [
        {
            **_shown(row, "keberatan", index, today, _),
            "number": row.number,
            "request_id": row.request_id,
            "registration_number": row.registration_number,
            "grounds": _grounds(row.grounds, _),
        }
        for row in rows
    ]
