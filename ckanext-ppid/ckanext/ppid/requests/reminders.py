"""The daily look at every open clock (``ckan ppid requests remind``): remind, escalate, record lapses.

For each request still awaiting its written notice and each objection awaiting the Atasan PPID's answer,
the due date is computed again with today's calendar (``transitions``) and judged by
``clock.urgency``:

* due within ``ckanext.ppid.requests.remind_working_days`` working days (or today): a reminder to the unit's
  staff (``units.recipients``), for an objection to the Atasan PPID;
* overdue: an escalation to the PPID Utama's admins and the Atasan PPID (``notifications.recipients``); and,
  the first time, the lapse is recorded on the case by the ``sistem`` transition ``catat_batas_terlewati``
  (for a request this opens objection ground c, UU 14/2008 Ps 35(1)(c)), and the applicant is told, by
  e-mail and through the SMS/WhatsApp gateway when one is configured, until when they may object (or, for
  an objection, take the dispute to the Komisi Informasi).

Each notice is an outbox row (``notifications.outbox``), once per case, kind, due day, channel and recipient.
One case is one transaction: the lapse, its history and audit events and the case's rows commit together,
then a job per new row is queued. A case that fails is rolled back and reported; the others go on.
Staff notices carry no personal data: the staff read it on the case page, where reading is audited.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import ckan.plugins.toolkit as tk
from ckan import model

from ckanext.ppid.audit import log
from ckanext.ppid.law import objections
from ckanext.ppid.notifications import outbox as notification_outbox
from ckanext.ppid.notifications import recipients as notification_recipients
from ckanext.ppid.notifications.channels import EMAIL, WEBHOOK, international_phone
from ckanext.ppid.notifications.mail import Recipient
from ckanext.ppid.notifications.outbox import Outgoing
from ckanext.ppid.requests import cases as case_state
from ckanext.ppid.requests import transitions
from ckanext.ppid.requests.core import clock, objection_grounds, states
from ckanext.ppid.requests.core.clock import ClockSettings, DueDate
from ckanext.ppid.requests.core.machine import LAPSE, SYSTEM
from ckanext.ppid.requests.filing.store import clock_settings
from ckanext.ppid.requests.model.information_request import InformationRequest
from ckanext.ppid.requests.model.objection import Objection
from ckanext.ppid.shell import settings
from ckanext.ppid.shell.site_context import site_context
from ckanext.ppid.units.recipients import unit_recipients

REQUEST, OBJECTION = transitions.REQUEST, transitions.OBJECTION
REMINDER, ESCALATION, APPLICANT_NOTICE = "reminder", "escalation", "lapse"
# Urgency levels (``clock.urgency``) that call for a reminder; "terlambat" (overdue) calls for escalation.
DUE_SOON = frozenset({"hari_ini", "segera"})


@dataclass
class Plan:
    """What one case needs today: the notices (staff and applicant) and whether its lapse is recorded now."""

    label: str
    due: DueDate
    level: str
    notices: list[Outgoing] = field(default_factory=list)
    lapse: bool = False


@dataclass
class Tally:
    """What a run found and did, for its summary line; ``errors`` counts cases rolled back."""

    requests: int = 0
    objections: int = 0
    lapses: int = 0
    errors: int = 0
    # New outbox rows per purpose (reminder, escalation, lapse).
    new: Counter = field(default_factory=Counter)

    def line(self, today: dt.date, dry_run: bool) -> str:
        verb = "would be queued" if dry_run else "queued"
        lapses = "would be recorded" if dry_run else "recorded"
        return (
            f"{today.isoformat()}: {self.requests} request(s) awaiting a notice,"
            f" {self.objections} objection(s) awaiting a decision;"
            f" {self.new[REMINDER]} reminder(s), {self.new[ESCALATION]} escalation(s),"
            f" {self.new[APPLICANT_NOTICE]} notice(s) to applicants {verb}; {self.lapses} lapse(s) {lapses};"
            f" {self.errors} error(s)"
        )


class _Units:
    """The units' organization dicts, fetched once per run."""

    def __init__(self) -> None:
        self._units: dict[str, dict[str, Any]] = {}

    def unit(self, unit_id: str) -> dict[str, Any]:
        if unit_id not in self._units:
            self._units[unit_id] = tk.get_action("organization_show")(site_context(), {"id": unit_id})
        return self._units[unit_id]

    def title(self, unit_id: str) -> str:
        unit = self.unit(unit_id)
        return unit.get("title") or unit["name"]


def _to_staff(
    kind: str, recipients: list[Recipient], subject: tuple[str, str], due: dt.date, payload: dict[str, Any]
) -> list[Outgoing]:
    return [
        Outgoing(
            kind,
            EMAIL,
            person.email,
            *subject,
            due,
            {**payload, "recipient_name": person.name, "with_link": True},
            payload["request_id"],
        )
        for person in recipients
    ]


def _to_applicant(
    kind: str, case: InformationRequest, subject: tuple[str, str], due: dt.date, payload: dict[str, Any]
) -> list[Outgoing]:
    """The applicant's notice by e-mail and, when the gateway is configured, to their phone."""
    applicant = case.applicant
    if applicant is None:
        return []
    # Only an applicant with an account can open the case page.
    payload = {**payload, "recipient_name": applicant.name, "with_link": bool(applicant.user_id)}
    addresses = [(EMAIL, applicant.email)] if applicant.email else []
    if applicant.phone and settings.webhook_configured():
        addresses.append((WEBHOOK, international_phone(applicant.phone)))
    return [
        Outgoing(kind, channel, address, *subject, due, payload, case.id, to_applicant=True)
        for channel, address in addresses
    ]


def _ground_c_window(
    case: InformationRequest, clock_of_body: ClockSettings, today: dt.date
) -> DueDate | None:
    """Until when the applicant may object that the request was not answered, when they still may."""
    core = case_state.request_case(case)
    for entry in objection_grounds.ground_statuses(core, clock_of_body, today):
        if entry.ground.code == objections.C and entry.available:
            return entry.window
    return None


def _staff_plan(
    label: str,
    subject: tuple[str, str],
    due: DueDate,
    urgency: clock.Urgency,
    payload: dict[str, Any],
    reminded: Callable[[], list[Recipient]],
) -> Plan:
    """The staff's notices: a reminder to ``reminded`` while due soon, an escalation once overdue."""
    plan = Plan(label, due, urgency.level)
    purpose, recipients = (
        (REMINDER, reminded())
        if urgency.level in DUE_SOON
        else (ESCALATION, notification_recipients.escalation())
    )
    kind = f"{purpose}_{'request' if subject[0] == REQUEST else 'objection'}"
    plan.notices = _to_staff(kind, recipients, subject, due.due, payload)
    return plan


def _lapsing(
    plan: Plan,
    case: InformationRequest,
    subject: tuple[str, str],
    payload: dict[str, Any],
    window: Callable[[], DueDate | None],
) -> None:
    """Once overdue, the lapse is recorded and the applicant told until when they may take the next step."""
    if plan.level != "terlambat":
        return
    plan.lapse = True
    until = window()
    if until is not None:
        told = {**payload, "window_due": until.due.isoformat()}
        kind = f"{APPLICANT_NOTICE}_{'request' if subject[0] == REQUEST else 'objection'}"
        plan.notices += _to_applicant(kind, case, subject, plan.due.due, told)


def plan_request(
    case: InformationRequest, clock_of_body: ClockSettings, today: dt.date, soon: int, units: _Units
) -> Plan | None:
    """What a request awaiting its notice needs today; None while its deadline is not close."""
    due = clock.next_open(transitions.request_due(case, clock_of_body), "ppid")
    if due is None:
        return None
    urgency = clock.urgency(due.due, today, clock_of_body.calendar, soon)
    if urgency.level == "berjalan":
        return None
    subject = (REQUEST, case.id)
    payload = {
        "request_id": case.id,
        "registration_number": case.registration_number,
        "unit": units.title(case.current_unit_id),
        "working_days": abs(urgency.working_days_left),
    }
    unit = units.unit(case.current_unit_id)
    plan = _staff_plan(
        case.registration_number, subject, due, urgency, payload, lambda: unit_recipients(unit)
    )
    if case.lapse_recorded_at is None:
        _lapsing(plan, case, subject, payload, lambda: _ground_c_window(case, clock_of_body, today))
    return plan


def plan_objection(
    objection: Objection, clock_of_body: ClockSettings, today: dt.date, soon: int, units: _Units
) -> Plan | None:
    """What an objection awaiting the Atasan PPID's decision needs today; None while it is not close."""
    found = transitions.objection_due(objection, clock_of_body, today)
    due = found[clock.DECISION]
    urgency = clock.urgency(due.due, today, clock_of_body.calendar, soon)
    if urgency.level == "berjalan":
        return None
    case = objection.request
    subject = (OBJECTION, objection.id)
    payload = {
        "request_id": case.id,
        "registration_number": case.registration_number,
        "objection_number": objection.number or "",
        "unit": units.title(case.current_unit_id),
        "working_days": abs(urgency.working_days_left),
    }
    number = f" {objection.number}" if objection.number else ""
    label = f"objection{number} to {case.registration_number}"
    plan = _staff_plan(label, subject, due, urgency, payload, notification_recipients.atasan_ppid)
    if objection.lapse_recorded_at is None:
        # D9b: the applicant may take the dispute to the Komisi Informasi after the lapse.
        window = found.get(clock.DISPUTE_AFTER_LAPSE)
        open_window = window if window is not None and window.is_open and today <= window.due else None
        _lapsing(plan, case, subject, payload, lambda: open_window)
    return plan


def _purpose(kind: str) -> str:
    return kind.split("_", 1)[0]


@dataclass(frozen=True)
class _Run:
    """One run of the command: the body's clock, the day and moment it runs as, and who acts."""

    clock: ClockSettings
    today: dt.date
    at: dt.datetime
    soon: int
    actor: model.User
    units: _Units
    dry_run: bool


def _record_applicant_notices(case: InformationRequest, plan: Plan, added: list[Outgoing]) -> None:
    """The applicant's contact used to tell them of the lapse: a processing of personal data, audited."""
    told = [entry for entry in added if _purpose(entry.kind) == APPLICANT_NOTICE]
    if told:
        log.record(
            "request.personal_data.notify",
            "information_request",
            case.id,
            unit=case.current_unit_id,
            details={
                "registration_number": case.registration_number,
                "kind": told[0].kind,
                "channels": sorted({entry.channel for entry in told}),
                "due": plan.due.due.isoformat(),
            },
        )


def _apply(plan: Plan, row: Any, case: InformationRequest, run: _Run) -> list[tuple[int, Outgoing]]:
    """Record the lapse (when due) and add the plan's rows, in the current transaction; the new rows."""
    if plan.lapse:
        if isinstance(row, InformationRequest):
            transitions.on_request(row, LAPSE, run.actor, SYSTEM, {}, run.at)
        else:
            transitions.on_objection(row, LAPSE, run.actor, SYSTEM, {}, run.at)
    added = []
    for outgoing in plan.notices:
        new_id = notification_outbox.add(outgoing)
        if new_id is not None:
            added.append((new_id, outgoing))
    _record_applicant_notices(case, plan, [outgoing for _id, outgoing in added])
    return added


def _describe(plan: Plan, new: int, dry_run: bool) -> str:
    lapse = ""
    if plan.lapse:
        lapse = ", lapse would be recorded" if dry_run else ", lapse recorded"
    kinds = ", ".join(sorted({entry.kind for entry in plan.notices})) or "nobody to tell"
    return (
        f"{plan.label}: due {plan.due.due.isoformat()} ({plan.level}){lapse}; {kinds}:"
        f" {new} new of {len(plan.notices)} notice(s)"
    )


def _one(model_class: type, row_id: str, run: _Run, tally: Tally) -> tuple[str | None, list[int]]:
    """Plan and apply one case in its own transaction; its summary line and the new rows to queue."""
    row = (
        model.Session.query(model_class)
        .filter(model_class.id == row_id)
        .populate_existing()
        .with_for_update(of=model_class)
        .one_or_none()
    )
    is_request = model_class is InformationRequest
    waiting = states.AWAITING_NOTICE if is_request else states.AWAITING_DECISION
    plan = None
    if row is not None and row.status in waiting:  # else answered since the list was read
        planner = plan_request if is_request else plan_objection
        plan = planner(row, run.clock, run.today, run.soon, run.units)
    if plan is None:
        model.Session.rollback()
        return None, []
    new_ids: list[int] = []
    if run.dry_run:
        have = notification_outbox.known(entry.dedupe_key for entry in plan.notices)
        added = [entry for entry in plan.notices if entry.dedupe_key not in have]
        model.Session.rollback()
    else:
        new_rows = _apply(plan, row, row if is_request else row.request, run)
        model.Session.commit()
        new_ids, added = [new_id for new_id, _entry in new_rows], [entry for _id, entry in new_rows]
    for entry in added:
        tally.new[_purpose(entry.kind)] += 1
    tally.lapses += plan.lapse
    return _describe(plan, len(added), run.dry_run), new_ids


def _waiting(model_class: type, statuses: frozenset[str]) -> list[tuple[str, str]]:
    """Ids and labels of the cases in ``statuses``, in the order they were received."""
    query = model.Session.query(model_class.id, InformationRequest.registration_number)
    if model_class is Objection:
        query = query.join(InformationRequest, InformationRequest.id == Objection.request_id)
    rows = query.filter(model_class.status.in_(statuses)).order_by(model_class.received_at, model_class.id)
    return [
        (row_id, number if model_class is InformationRequest else f"objection to {number}")
        for row_id, number in rows
    ]


def _moment(today: dt.date | None, clock_of_body: ClockSettings) -> tuple[dt.date, dt.datetime]:
    """The day the run is for (the body's zone) and the moment it records: now, or the start of ``today``."""
    now = dt.datetime.now(dt.timezone.utc)
    if today is None or today == clock_of_body.local_day(now):
        return clock_of_body.local_day(now), now
    return today, dt.datetime.combine(today, dt.time.min, zoneinfo.ZoneInfo(clock_of_body.tz))


def _site_user() -> model.User:
    site_user = tk.get_action("get_site_user")({"ignore_auth": True}, {})
    return model.User.get(site_user["name"])


def run_reminders(today: dt.date | None, dry_run: bool, tally: Tally) -> Iterator[str]:
    """Remind, escalate and record lapses on every open clock; yields a line per case and a summary.

    ``today`` runs the command as on that day (the body's zone); a dry run writes and queues nothing.
    ``tally`` counts what was done (``errors``: cases that failed and were rolled back).
    """
    clock_of_body = clock_settings()
    day, at = _moment(today, clock_of_body)
    run = _Run(clock_of_body, day, at, settings.remind_working_days(), _site_user(), _Units(), dry_run)
    waiting = (
        (InformationRequest, _waiting(InformationRequest, states.AWAITING_NOTICE)),
        (Objection, _waiting(Objection, states.AWAITING_DECISION)),
    )
    tally.requests, tally.objections = len(waiting[0][1]), len(waiting[1][1])
    for model_class, cases in waiting:
        for row_id, label in cases:
            try:
                line, new_ids = _one(model_class, row_id, run, tally)
            except Exception as error:  # one case failing stops no other; the run reports it
                model.Session.rollback()
                tally.errors += 1
                shown = error.error_summary if isinstance(error, tk.ValidationError) else error
                yield f"{label}: not done: {shown}"
                continue
            if line:
                yield line
            notification_outbox.enqueue(new_ids)
    yield tally.line(day, dry_run)
