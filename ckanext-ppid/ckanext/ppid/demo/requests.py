"""Load the demo's information requests (``request_cases``) the way the portal handles real ones.

Applicants with an account are created with ``user_create``. Each case is checked by the request form's
own validation and filed through ``store.file_request`` (number, applicant row, first event and
audit event; the receipt is queued as for any filing), then moved step by step through
``transitions``, which stores the core's decision, due dates, history and audit events. Letter numbers
come from the gapless ``requests.model.letter_sequence``. A case exists when a request with its text does, so
a second run files nothing; the moments are working days before today on the body's calendar.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import zoneinfo
from dataclasses import dataclass
from typing import Any

import ckan.plugins.toolkit as tk
import sqlalchemy as sa
from ckan import model
from PIL import Image, ImageDraw
from werkzeug.datastructures import FileStorage

from ckanext.ppid.demo import request_cases, roles
from ckanext.ppid.demo.report import Report
from ckanext.ppid.demo.request_cases import (
    APPLICANT,
    DISPUTE,
    OBJECTION,
    REQUEST,
    SYSTEM,
    Applicant,
    Case,
    When,
)
from ckanext.ppid.requests import access, transitions
from ckanext.ppid.requests.core import machine, registration_number, states
from ckanext.ppid.requests.core.clock import ClockSettings
from ckanext.ppid.requests.filing import identity_documents, store
from ckanext.ppid.requests.filing import receipt as request_receipt
from ckanext.ppid.requests.filing import validation as request_validation
from ckanext.ppid.requests.model import letter_sequence
from ckanext.ppid.requests.model.delivery import ITEM, RequestDelivery
from ckanext.ppid.requests.model.dispute import Dispute
from ckanext.ppid.requests.model.information_request import InformationRequest
from ckanext.ppid.requests.model.objection import Objection
from ckanext.ppid.shell import settings

APPLICANT_POSITION = "Pemohon informasi (akun contoh)"
ATASAN_LOGINS = frozenset(
    holder.name for holder in roles.ROLE_HOLDERS if holder.role == roles.ROLE_ATASAN_PPID
)
# The body's letter number formats, by kind of letter (the handling actions number their letters alike).
LETTER_FORMATS = {
    "pemberitahuan": settings.notice_number_format,
    "perpanjangan": settings.extension_number_format,
    "keberatan": settings.objection_number_format,
    "putusan_keberatan": settings.objection_decision_number_format,
}
# How the request form names each applicant field (``requests.filing.validation``).
FORM_FIELDS = ("applicant_type", "name", "nik", "legal_entity_decree", "address", "phone", "email")


class DemoRefused(tk.ValidationError):
    """A demo case that cannot be loaded as written (an account or a role it needs is missing)."""

    def __init__(self, case: Case, message: str):
        super().__init__({"demo": [f"{case.key}: {message}"]})


def load_requests(report: Report, site_user: str, password: str, now: dt.datetime) -> None:
    """Create the applicants' accounts and the cases that do not exist yet; count cases by status."""
    body_clock = store.clock_settings()
    for applicant in request_cases.accounts():
        if model.User.get(applicant.login) is None:
            data = _account_data(applicant, password)
            tk.get_action("user_create")({"user": site_user, "ignore_auth": True}, data)
            report.count("applicants", created=True)
        else:
            report.count("applicants", created=False)
        report.logins.append((applicant.login, APPLICANT, APPLICANT_POSITION))
    today = body_clock.local_day(now)
    system = model.User.get(site_user)
    for case in request_cases.CASES:
        if _existing(case) is not None:
            report.count("requests", created=False)
            continue
        _load_case(case, body_clock, today, system)
        report.count("requests", created=True)
    report.case_states = case_states()
    report.overdue_requests = overdue_requests(today)


def _account_data(applicant: Applicant, password: str) -> dict[str, Any]:
    return {
        "name": applicant.login,
        "fullname": applicant.name,
        "email": applicant.email,
        "password": password,
        "about": applicant.about,
    }


def _existing(case: Case) -> InformationRequest | None:
    return (
        model.Session.query(InformationRequest)
        .filter(InformationRequest.information == case.information)
        .first()
    )


def moment(when: When, body_clock: ClockSettings, today: dt.date) -> dt.datetime:
    """``when`` as a UTC moment: working days back from ``today`` on the body's calendar, at a local hour."""
    day = body_clock.calendar.subtract_working_days(today, when.days_ago).due
    local = dt.datetime.combine(day, dt.time(when.hour, when.minute), zoneinfo.ZoneInfo(body_clock.tz))
    return local.astimezone(dt.timezone.utc)


def identity_scan(applicant: Applicant) -> bytes:
    """A PNG standing in for the applicant's KTP (a legal entity's decree), marked as an example."""
    image = Image.new("RGB", (360, 220), (214, 230, 244))
    draw = ImageDraw.Draw(image)
    draw.text((16, 14), "CONTOH - DATA FIKTIF", fill=(170, 20, 20))
    lines = (applicant.nik or applicant.legal_entity_decree, applicant.name, applicant.address[:52])
    for row, text in enumerate(lines):
        draw.text((16, 60 + 24 * row), text, fill=(20, 20, 20))
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def _filing(case: Case, received_at: dt.datetime, body_clock: ClockSettings) -> request_validation.Filing:
    """The case's request form, checked as the portal checks every form."""
    data: dict[str, Any] = {name: getattr(case.applicant, name) for name in FORM_FIELDS}
    data.update(
        unit=case.unit,
        information=case.information,
        purpose=case.purpose,
        way_to_obtain=case.way_to_obtain,
        delivery_method=case.delivery_method,
    )
    now = dt.datetime.now(dt.timezone.utc)
    if case.channel == request_validation.WEB:
        scan = FileStorage(io.BytesIO(identity_scan(case.applicant)), filename="identitas-contoh.png")
        filing = request_validation.validate({**data, "identity_document": scan}, False, body_clock.tz, now)
        return dataclasses.replace(filing, received_at=received_at)
    local = received_at.astimezone(zoneinfo.ZoneInfo(body_clock.tz)).strftime("%Y-%m-%d %H:%M")
    return request_validation.validate(
        {**data, "channel": case.channel, "received_at": local}, True, body_clock.tz, now
    )


def _filer(case: Case) -> tuple[model.User, str, str | None]:
    """Who files: the applicant on the web (their own case), or the staff member who recorded it."""
    if case.channel == request_validation.WEB:
        user = model.User.get(case.applicant.login)
        if user is None:
            raise DemoRefused(case, f"the applicant account {case.applicant.login} is missing")
        return user, access.APPLICANT, user.id
    user = model.User.get(case.recorded_by)
    unit = model.Group.get(case.unit)
    role = access.staff_role(user, {unit.id}) if user is not None and unit is not None else None
    if role is None:
        raise DemoRefused(case, f"{case.recorded_by} is not staff of {case.unit}")
    return user, role, None


def _load_case(case: Case, body_clock: ClockSettings, today: dt.date, system: model.User) -> None:
    """File the case, take its steps and commit, then queue its receipt.

    Filing commits on its own; if a step then fails, the filed case (and its identity scan) is removed
    again, so that a run after the fix files it afresh rather than finding it half-loaded. Its registration
    number is then not reused: a failed demo case is a bug of the demo, not a filing.
    """
    received_at = moment(case.received, body_clock, today)
    filer, role, applicant_id = _filer(case)
    row = store.file_request(_filing(case, received_at, body_clock), filer, role, applicant_id, received_at)
    try:
        _take_steps(case, row, body_clock, today, system)
        model.Session.commit()
    except BaseException:
        model.Session.rollback()
        scan = row.applicant.identity_document
        model.Session.delete(row)
        model.Session.commit()
        if scan:
            identity_documents.remove(scan)
        raise
    request_receipt.enqueue(row)


def _take_steps(
    case: Case, row: InformationRequest, body_clock: ClockSettings, today: dt.date, system: model.User
) -> None:
    objection: Objection | None = None
    dispute: Dispute | None = None
    for step in case.steps:
        at = moment(step.at, body_clock, today)
        actor, role = _actor(case, step.by, row, system)
        params = dict(step.params)
        if step.transition == "teruskan":
            params["unit"] = model.Group.get(params["unit"]).id
        kind = request_cases.LETTERS.get((step.machine, step.transition))
        letter = next_letter(kind, row, at, body_clock) if kind else None
        if step.machine == REQUEST:
            taken = transitions.on_request(row, step.transition, actor, role, params, at)
            objection = taken.opened or objection
            if kind == "pemberitahuan":
                row.notice_number = letter.number
            elif kind == "perpanjangan":
                row.extension_number = letter.number
            if step.transition == "serahkan_informasi":
                _deliver(row, params["items"], actor, at)
        elif step.machine == OBJECTION:
            if kind == "keberatan":
                params["number"] = letter.number
                objection.year, objection.sequence = letter.year, letter.sequence
            taken = transitions.on_objection(objection, step.transition, actor, role, params, at)
            if kind == "putusan_keberatan":
                objection.decided_by, objection.decision_number = actor.id, letter.number
            if taken.opened is not None:
                dispute = taken.opened
                dispute.case_number = case.ki_number
        else:
            transitions.on_dispute(dispute, step.transition, actor, role, params, at)


def _actor(case: Case, by: str, row: InformationRequest, system: model.User) -> tuple[model.User, str]:
    """The user who takes a step and the core role they take it in."""
    if by == SYSTEM:
        return system, machine.SYSTEM
    if by == APPLICANT:
        user = model.User.get(case.applicant.login) if case.applicant.login else None
        if user is None:
            raise DemoRefused(case, "a step of the applicant needs the applicant's account")
        return user, access.APPLICANT
    user = model.User.get(by)
    if user is None:
        raise DemoRefused(case, f"the account {by} is missing")
    if by in ATASAN_LOGINS:
        return user, machine.ATASAN
    role = access.staff_role(user, access.case_units(row))
    if role is None:
        raise DemoRefused(case, f"{by} is not staff of the unit handling the case")
    return user, role


def _deliver(row: InformationRequest, names: tuple[str, ...], actor: model.User, at: dt.datetime) -> None:
    """Record the register items handed over, as links."""
    for name in names:
        item = model.Package.get(name)
        delivery = RequestDelivery(request_id=row.id, kind=ITEM, package_id=item.id, title=item.title)
        delivery.added_by, delivery.added_at = actor.id, at
        model.Session.add(delivery)


@dataclass(frozen=True)
class Letter:
    year: int
    sequence: int
    number: str


def next_letter(kind: str, row: InformationRequest, at: dt.datetime, body_clock: ClockSettings) -> Letter:
    """The next letter of ``kind`` in the year of ``at`` (gapless), numbered for the case's unit."""
    day = body_clock.local_day(at)
    seq = letter_sequence.next_value(kind, day.year)
    unit = store.unit_code(model.Group.get(row.current_unit_id))
    return Letter(day.year, seq, registration_number.render(LETTER_FORMATS[kind](), seq, unit, day))


def case_states() -> list[tuple[str, str, int]]:
    """How many requests, objections and disputes are in each status, in the machines' order."""
    found = []
    for name, table, statuses in (
        (REQUEST, InformationRequest, states.REQUEST_STATUSES),
        (OBJECTION, Objection, states.OBJECTION_STATUSES),
        (DISPUTE, Dispute, states.DISPUTE_STATUSES),
    ):
        counts = dict(model.Session.query(table.status, sa.func.count()).group_by(table.status).all())
        found += [(name, entry.code, counts.get(entry.code, 0)) for entry in statuses]
    return found


def overdue_requests(today: dt.date) -> int:
    """Requests still owed their written notice whose deadline has passed."""
    return (
        model.Session.query(InformationRequest)
        .filter(InformationRequest.status.in_(states.AWAITING_NOTICE), InformationRequest.next_due < today)
        .count()
    )
