"""The public request register (register permohonan): every request, without personal data.

Each row shows what the law allows (docs/personal-data.md): the registration number, the date received, the
PPID unit, the applicant's type (never who), the channel, a summary of the information requested with personal
data removed (``requests.core.public_subject``), the status, the outcome, the Pasal 17 grounds of a refusal,
the date of the written notice, the working days it took, and whether an objection or a dispute followed.
Never shown: name, NIK, address, telephone, e-mail, identity documents, signature, proxy, purpose.

The applicant's identifiers are read here only to take them out of the subject; they never leave this
module. An anonymised request (its applicant's data removed by the retention command) and a withdrawn
one keep their row (the numbers stay gapless, the statistics count them) but show no subject: the first
can no longer be checked against the applicant's identifiers, the second ended at the applicant's wish.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import zoneinfo
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import ckan.plugins.toolkit as tk
import sqlalchemy as sa
from ckan import model

from ckanext.ppid.calendar.core.workdays import Calendar
from ckanext.ppid.documents.register_tabular import FORMULA_START
from ckanext.ppid.law import exemptions
from ckanext.ppid.law import requests as law_requests
from ckanext.ppid.law.markers import N_
from ckanext.ppid.requests.core import public_subject, states
from ckanext.ppid.requests.lists import working_days as request_working_days
from ckanext.ppid.requests.model.dispute import Dispute
from ckanext.ppid.requests.model.information_request import InformationRequest, RequestApplicant
from ckanext.ppid.requests.model.objection import Objection

WITHDRAWN = "dibatalkan_pemohon"
WITHHELD_LABELS = {
    "anonymised": N_("Not shown: the applicant's data was removed under the retention schedule."),
    "withdrawn": N_("Not shown: the applicant withdrew the request."),
}
COLUMNS = (
    ("registration_number", N_("Registration number")),
    ("received_date", N_("Date received")),
    ("unit", N_("PPID unit")),
    ("applicant_type", N_("Applicant type")),
    ("channel", N_("Channel")),
    ("subject", N_("Information requested")),
    ("status", N_("Status")),
    ("outcome", N_("Outcome")),
    ("exemption_grounds", N_("Article 17 grounds of a refusal")),
    ("notice_date", N_("Date of the written notice")),
    ("working_days", N_("Working days to the notice")),
    ("objection", N_("Objection filed")),
    ("dispute", N_("Dispute filed")),
)
YES, NO = N_("Yes"), N_("No")


@dataclass(frozen=True)
class RegisterQuery:
    """Which requests to list: all when nothing is set; in registration order, newest first."""

    year: int | None = None
    unit_id: str | None = None
    status: str | None = None
    outcome: str | None = None
    number: str = ""
    limit: int | None = 25
    offset: int = 0


def _conditions(query: RegisterQuery) -> list[Any]:
    case = InformationRequest
    found = []
    if query.year is not None:
        found.append(case.year == query.year)
    if query.unit_id:
        found.append(case.current_unit_id == query.unit_id)
    if query.status:
        found.append(case.status == query.status)
    if query.outcome:
        found.append(case.outcome == query.outcome)
    if query.number:
        escaped = query.number.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        found.append(case.registration_number.ilike(f"%{escaped}%", escape="\\"))
    return found


def _newest_first(case: Any) -> tuple[Any, Any]:
    """Registration order, newest first: the unique index on (year, sequence) serves it backwards."""
    return case.year.desc(), case.sequence.desc()


def _select(conditions: list[Any], limit: int | None = None, offset: int = 0) -> sa.Select:
    """The register's columns; with ``limit``, the page is chosen on the case table alone before the joins."""
    case, applicant, group = InformationRequest, RequestApplicant, model.group_table
    objected = sa.exists().where(Objection.request_id == case.id)
    disputed = sa.exists().where(Dispute.request_id == case.id)
    statement = sa.select(
        case.registration_number,
        case.received_at,
        case.received_day,
        case.applicant_type,
        case.channel,
        case.information,
        case.status,
        case.outcome,
        case.notice,
        case.notice_sent_at,
        case.anonymised_at,
        group.c.name.label("unit_name"),
        group.c.title.label("unit_title"),
        applicant.name.label("applicant_name"),
        applicant.proxy_name,
        applicant.address,
        applicant.nik,
        applicant.phone,
        applicant.email,
        applicant.legal_entity_decree,
        objected.label("objected"),
        disputed.label("disputed"),
    )
    if limit is not None:
        page = (
            sa.select(case.id).where(*conditions).order_by(*_newest_first(case)).limit(limit).offset(offset)
        )
        # Not correlated: the page is a list of ids of its own.
        statement = statement.where(case.id.in_(page.correlate(None).scalar_subquery()))
    else:
        statement = statement.where(*conditions)
    return (
        statement.join(group, group.c.id == case.current_unit_id)
        .outerjoin(applicant, applicant.request_id == case.id)
        .order_by(*_newest_first(case))
    )


class _Shown:
    """Turns rows into register entries in the current language (labels translated once per list)."""

    def __init__(self, tz: str, index: request_working_days.WorkingDayIndex, subject_chars: int):
        self.zone = zoneinfo.ZoneInfo(tz)
        self.index = index
        self.subject_chars = subject_chars
        self.labels = {
            "applicant_type": {entry.code: tk._(entry.label) for entry in law_requests.APPLICANT_TYPES},
            "channel": {entry.code: tk._(entry.label) for entry in law_requests.CHANNELS},
            "outcome": {entry.code: tk._(entry.label) for entry in law_requests.OUTCOMES},
            "status": {entry.code: tk._(entry.label) for entry in states.REQUEST_STATUSES},
        }

    def _local(self, moment: dt.datetime | None) -> dt.date | None:
        return moment.astimezone(self.zone).date() if moment else None

    def _subject(self, row: Any) -> tuple[str, str | None]:
        if row.anonymised_at is not None or row.applicant_name is None:
            return "", "anonymised"
        if row.outcome == WITHDRAWN:
            return "", "withdrawn"
        if self.subject_chars <= 0:
            return "", None
        applicant = public_subject.identifiers(
            (row.applicant_name, row.proxy_name),
            row.address,
            (row.nik, row.phone, row.email, row.legal_entity_decree),
        )
        return public_subject.public_subject(row.information, applicant, self.subject_chars), None

    def entry(self, row: Any) -> dict[str, Any]:
        notice_day = self._local(row.notice_sent_at)
        subject, withheld = self._subject(row)
        grounds = ()
        if row.outcome in law_requests.REFUSED_ON_EXEMPTION:
            grounds = tuple((row.notice or {}).get("exemption_grounds") or ())
        return {
            "registration_number": row.registration_number,
            "received_date": self._local(row.received_at).isoformat(),
            "unit": {"name": row.unit_name, "title": row.unit_title or row.unit_name},
            "applicant_type": row.applicant_type,
            "applicant_type_label": self.labels["applicant_type"].get(row.applicant_type),
            "channel": row.channel,
            "channel_label": self.labels["channel"].get(row.channel),
            "subject": subject,
            "subject_withheld": withheld,
            "subject_withheld_label": tk._(WITHHELD_LABELS[withheld]) if withheld else None,
            "status": row.status,
            "status_label": self.labels["status"].get(row.status),
            "outcome": row.outcome,
            "outcome_label": self.labels["outcome"].get(row.outcome),
            "exemption_grounds": [
                {"code": code, "label": tk._(exemptions.ground(code).label)} for code in grounds
            ],
            "notice_date": notice_day.isoformat() if notice_day else None,
            "working_days": self.index.between(row.received_day, notice_day) if notice_day else None,
            "objection": bool(row.objected),
            "dispute": bool(row.disputed),
        }


def _shown(calendar: Calendar, tz: str, first: dt.date, last: dt.date, subject_chars: int) -> _Shown:
    return _Shown(tz, request_working_days.index_for(calendar, first, last), subject_chars)


def _span(rows: Sequence[Any], tz: str) -> tuple[dt.date, dt.date]:
    zone = zoneinfo.ZoneInfo(tz)
    days = [row.received_day for row in rows] + [
        row.notice_sent_at.astimezone(zone).date() for row in rows if row.notice_sent_at
    ]
    today = dt.datetime.now(zone).date()
    return min(days, default=today), max(days, default=today)


def register_page(
    query: RegisterQuery, calendar: Calendar, tz: str, subject_chars: int
) -> tuple[int, list[dict[str, Any]]]:
    """How many requests match ``query``, and the page of register entries it asks for."""
    conditions = _conditions(query)
    count = model.Session.execute(
        sa.select(sa.func.count()).select_from(InformationRequest).where(*conditions)
    ).scalar_one()
    rows = model.Session.execute(_select(conditions, query.limit, query.offset)).all()
    shown = _shown(calendar, tz, *_span(rows, tz), subject_chars)
    return count, [shown.entry(row) for row in rows]


def _cell(entry: dict[str, Any], key: str) -> str:
    value = entry[key]
    if key == "unit":
        text = value["title"]
    elif key in ("applicant_type", "channel", "status", "outcome"):
        text = entry[f"{key}_label"] or value or ""
    elif key == "subject":
        text = value or entry["subject_withheld_label"] or ""
    elif key == "exemption_grounds":
        text = "; ".join(f"{ground['code']} {ground['label']}" for ground in value)
    elif key in ("objection", "dispute"):
        text = tk._(YES) if value else tk._(NO)
    else:
        text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


def csv_lines(entries: Iterator[dict[str, Any]]) -> Iterator[bytes]:
    """The register as CSV (UTF-8 with BOM for spreadsheets), one encoded line at a time."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")

    def flushed() -> bytes:
        text = buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
        return text.encode("utf-8")

    writer.writerow(tk._(label) for _key, label in COLUMNS)
    yield "\ufeff".encode() + flushed()
    for entry in entries:
        writer.writerow(_cell(entry, key) for key, _label in COLUMNS)
        yield flushed()
