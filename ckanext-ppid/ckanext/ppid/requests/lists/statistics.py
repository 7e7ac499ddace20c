"""The figures of the annual public-information service report (docs/law.md; UU 14/2008 Ps 12; Perki
1/2021 Ps 56), counted in SQL so a year of many thousand requests costs a few aggregate queries.

For one year of registration (and optionally one unit): the number of requests, by channel, applicant type,
unit, status and outcome; the Pasal 17 grounds of refusals; how many working days the written notice took
(average and maximum) and how many notices came within the 10 working days, within the extension, or late;
extensions; open requests past their deadline today; objections of the year by ground and by the Atasan
PPID's decision; disputes of the year by stage and result. Working days are counted with today's calendar
through ``working_days`` (day 0 is the day the request counts as received). Only counts leave this
module: aggregated statistics carry no personal data (docs/personal-data.md).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

import ckan.plugins.toolkit as tk
import sqlalchemy as sa
from ckan import model

from ckanext.ppid.calendar.core.workdays import Calendar
from ckanext.ppid.law import deadlines, disputes, exemptions, objections
from ckanext.ppid.law import requests as law_requests
from ckanext.ppid.law.markers import N_
from ckanext.ppid.requests.core import clock, states
from ckanext.ppid.requests.lists import working_days
from ckanext.ppid.requests.model.dispute import Dispute
from ckanext.ppid.requests.model.information_request import InformationRequest
from ckanext.ppid.requests.model.objection import Objection
from ckanext.ppid.requests.model.sequence import RequestSequence

NOTICE_DAYS = deadlines.deadline(clock.NOTICE).amount
EXTENSION_DAYS = deadlines.deadline(clock.EXTENSION).amount
PENDING = "belum_diputus"
PENDING_LABEL = N_("Not decided yet")
IN_PROCESS = "dalam_proses"
IN_PROCESS_LABEL = N_("Still in process (no written notice yet)")
WITHDRAWN_OBJECTION = "dicabut"


def _counts(rows: Iterable[tuple[Any, int]]) -> dict[Any, int]:
    return {code: count for code, count in rows}


def _listed(counted: dict[Any, int], choices: Iterable[tuple[str, str]]) -> list[dict[str, Any]]:
    """Every choice with its count (0 included), in the law's order, then any stored code not in it."""
    listed = [{"code": code, "label": tk._(label), "count": counted.get(code, 0)} for code, label in choices]
    known = {entry["code"] for entry in listed}
    listed += [
        {"code": code, "label": code, "count": count} for code, count in counted.items() if code not in known
    ]
    return listed


def _share(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def available_years() -> list[int]:
    """Years with requests, newest first: the years registration numbers were given in."""
    rows = model.Session.execute(sa.select(RequestSequence.year).order_by(RequestSequence.year.desc()))
    return [year for (year,) in rows]


def _request_conditions(year: int, unit_id: str | None) -> list[Any]:
    case = InformationRequest
    return [case.year == year] + ([case.current_unit_id == unit_id] if unit_id else [])


def _grouped(column: Any, conditions: list[Any], table: Any = InformationRequest) -> dict[Any, int]:
    rows = model.Session.execute(
        sa.select(column, sa.func.count()).select_from(table).where(*conditions).group_by(column)
    )
    return _counts(rows)


def _dimensions(conditions: list[Any], today: dt.date) -> tuple[dict[str, dict[Any, int]], int, int]:
    """Counts by channel, applicant type, status, outcome and unit in one scan (grouping sets), with the
    extended requests and the open ones past their deadline ``today``."""
    case = InformationRequest
    columns = {
        "channel": case.channel,
        "applicant_type": case.applicant_type,
        "status": case.status,
        # A literal, not a parameter: GROUPING() must see the very expression grouped by.
        "outcome": sa.func.coalesce(case.outcome, sa.literal_column(f"'{IN_PROCESS}'")),
        "unit": case.current_unit_id,
    }
    rows = model.Session.execute(
        sa.select(
            *(column.label(name) for name, column in columns.items()),
            *(sa.func.grouping(column).label(f"grouped_{name}") for name, column in columns.items()),
            sa.func.count().label("count"),
            sa.func.count().filter(case.extended_at.is_not(None)).label("extended"),
            sa.func.count()
            .filter(case.status.in_(sorted(states.AWAITING_NOTICE)), case.next_due < today)
            .label("overdue"),
        )
        .where(*conditions)
        .group_by(sa.func.grouping_sets(*(sa.tuple_(column) for column in columns.values())))
    ).all()
    counted: dict[str, dict[Any, int]] = {name: {} for name in columns}
    extended = overdue = 0
    for row in rows:
        name = next(name for name in columns if getattr(row, f"grouped_{name}") == 0)
        counted[name][getattr(row, name)] = row.count
        if name == "channel":
            extended, overdue = extended + row.extended, overdue + row.overdue
    return counted, extended, overdue


def _units(counted: dict[str, int]) -> list[dict[str, Any]]:
    group = model.group_table
    names = {
        row.id: (row.name, row.title or row.name)
        for row in model.Session.execute(
            sa.select(group.c.id, group.c.name, group.c.title).where(group.c.id.in_(sorted(counted)))
        )
    }
    shown = [
        {
            "name": names.get(unit_id, (unit_id, unit_id))[0],
            "title": names.get(unit_id, (unit_id, unit_id))[1],
            "count": count,
        }
        for unit_id, count in counted.items()
    ]
    return sorted(shown, key=lambda entry: (-entry["count"], entry["title"]))


def _requests(conditions: list[Any], today: dt.date) -> dict[str, Any]:
    case = InformationRequest
    counted, extended, overdue = _dimensions(conditions, today)
    ground = sa.func.jsonb_array_elements_text(case.notice["exemption_grounds"]).table_valued("value")
    grounds = model.Session.execute(
        sa.select(ground.c.value, sa.func.count())
        .select_from(case)
        .join(ground, sa.true())
        .where(*conditions, case.outcome.in_(sorted(law_requests.REFUSED_ON_EXEMPTION)))
        .group_by(ground.c.value)
        .order_by(ground.c.value)
    ).all()
    return {
        "total": sum(counted["channel"].values()),
        "by_channel": _listed(counted["channel"], ((c.code, c.label) for c in law_requests.CHANNELS)),
        "by_applicant_type": _listed(
            counted["applicant_type"], ((c.code, c.label) for c in law_requests.APPLICANT_TYPES)
        ),
        "by_unit": _units(counted["unit"]),
        "by_status": _listed(counted["status"], ((s.code, s.label) for s in states.REQUEST_STATUSES)),
        "by_outcome": _listed(
            counted["outcome"],
            [(o.code, o.label) for o in law_requests.OUTCOMES] + [(IN_PROCESS, IN_PROCESS_LABEL)],
        ),
        "exemption_grounds": [
            {"code": code, "label": tk._(exemptions.ground(code).label), "count": count}
            for code, count in grounds
        ],
        "extended": extended,
        "overdue_open": overdue,
    }


def _timing(year: int, conditions: list[Any], calendar: Calendar, tz: str, today: dt.date) -> dict[str, Any]:
    """Working days from the day a request counts as received to the local day its notice was sent.

    The days counted run from 1 January of the year (no request of the year counts as received before)
    to today or the end of the next year, whichever is later (no notice is sent after today).
    """
    case = InformationRequest
    index = working_days.index_for(calendar, dt.date(year, 1, 1), max(today, dt.date(year + 1, 12, 31)))
    received, noticed = index.sql_table("wd_received"), index.sql_table("wd_notice")
    notice_day = sa.func.date(sa.func.timezone(tz, case.notice_sent_at))
    days = noticed.c.ordinal - received.c.ordinal
    count, average, longest, within, extended = model.Session.execute(
        sa.select(
            sa.func.count(),
            sa.func.avg(days),
            sa.func.max(days),
            sa.func.count().filter(days <= NOTICE_DAYS),
            sa.func.count().filter(
                case.extended_at.is_not(None), days > NOTICE_DAYS, days <= NOTICE_DAYS + EXTENSION_DAYS
            ),
        )
        .select_from(case)
        .join(received, received.c.day == case.received_day)
        .join(noticed, noticed.c.day == notice_day)
        .where(*conditions, case.notice_sent_at.is_not(None))
    ).one()
    late = count - within - extended
    return {
        "deadline_working_days": NOTICE_DAYS,
        "extension_working_days": EXTENSION_DAYS,
        "answered": count,
        "average_working_days": round(float(average), 1) if average is not None else None,
        "max_working_days": longest,
        "within_deadline": {"count": within, "share": _share(within, count)},
        "within_extension": {"count": extended, "share": _share(extended, count)},
        "late": {"count": late, "share": _share(late, count)},
    }


def _objections(year: int, unit_id: str | None) -> dict[str, Any]:
    objection, case = Objection, InformationRequest
    conditions = [
        objection.received_day >= dt.date(year, 1, 1),
        objection.received_day <= dt.date(year, 12, 31),
    ] + ([case.current_unit_id == unit_id] if unit_id else [])
    table = sa.join(objection, case, case.id == objection.request_id)
    outcome = sa.case(
        (objection.decision.is_not(None), objection.decision),
        (objection.status == WITHDRAWN_OBJECTION, WITHDRAWN_OBJECTION),
        else_=PENDING,
    )
    decisions = _grouped(outcome, conditions, table)
    ground = sa.func.jsonb_array_elements_text(objection.grounds).table_valued("value")
    grounds = model.Session.execute(
        sa.select(ground.c.value, sa.func.count())
        .select_from(table)
        .join(ground, sa.true())
        .where(*conditions)
        .group_by(ground.c.value)
    )
    withdrawn = states.status("keberatan", WITHDRAWN_OBJECTION).label
    return {
        "total": sum(decisions.values()),
        "by_ground": _listed(_counts(grounds), ((g.code, g.label) for g in objections.GROUNDS)),
        "by_decision": _listed(
            decisions,
            [(d.code, d.label) for d in objections.DECISIONS]
            + [(WITHDRAWN_OBJECTION, withdrawn), (PENDING, PENDING_LABEL)],
        ),
    }


def _disputes(year: int, unit_id: str | None, tz: str) -> dict[str, Any]:
    dispute, case = Dispute, InformationRequest
    filed_year = sa.extract("year", sa.func.timezone(tz, dispute.filed_at))
    conditions = [filed_year == year] + ([case.current_unit_id == unit_id] if unit_id else [])
    table = sa.join(dispute, case, case.id == dispute.request_id)
    stages = _grouped(dispute.status, conditions, table)
    results = _grouped(sa.func.coalesce(dispute.result, PENDING), conditions, table)
    to_court = model.Session.execute(
        sa.select(sa.func.count()).select_from(table).where(*conditions, dispute.court.is_not(None))
    ).scalar_one()
    return {
        "total": sum(stages.values()),
        "by_stage": _listed(stages, ((s.code, s.label) for s in disputes.STAGES)),
        "by_result": _listed(
            results, [(r.code, r.label) for r in disputes.RESULTS] + [(PENDING, PENDING_LABEL)]
        ),
        "to_court": to_court,
    }


def statistics(year: int, unit_id: str | None, calendar: Calendar, tz: str, today: dt.date) -> dict[str, Any]:
    """The report's figures for ``year`` (of registration), for one unit or (``unit_id`` None) all."""
    conditions = _request_conditions(year, unit_id)
    return {
        "year": year,
        "requests": _requests(conditions, today),
        "timing": _timing(year, conditions, calendar, tz, today),
        "objections": _objections(year, unit_id),
        "disputes": _disputes(year, unit_id, tz),
    }
