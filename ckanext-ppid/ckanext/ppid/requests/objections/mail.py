"""E-mail about objections: to the Atasan PPID and the applicant when filed, to the applicant when decided.

The rows are added to the outbox with the objection or the decision (``notifications.outbox``), so neither
waits for the mail server, a mail that fails is retried, and a change rolled back mails nobody. The
Atasan's mail carries no personal data: they read it on the case page, where the read is audited. An
applicant without an e-mail address (a request recorded at the desk) hears by the channel the staff use.
The decision's mail offers its letter to an applicant with an account, so it waits for the letter
(``decision_letter`` releases it).
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

import ckan.plugins.toolkit as tk
from ckan import model

from ckanext.ppid.documents.dates import Locale, format_date
from ckanext.ppid.law import objections
from ckanext.ppid.notifications import mail as notice_mail
from ckanext.ppid.notifications import outbox as notification_outbox
from ckanext.ppid.notifications.channels import EMAIL
from ckanext.ppid.notifications.kinds import NotReady, Obsolete
from ckanext.ppid.notifications.mail import Recipient
from ckanext.ppid.notifications.model import Notification
from ckanext.ppid.notifications.outbox import Outgoing
from ckanext.ppid.requests.core import clock
from ckanext.ppid.requests.filing.store import clock_settings
from ckanext.ppid.requests.model.objection import Objection
from ckanext.ppid.requests.objections import decision_letter
from ckanext.ppid.units import access
from ckanext.ppid.units.model import RoleAssignment

log = logging.getLogger(__name__)

FILED_ATASAN, FILED_APPLICANT = "objection_filed_atasan", "objection_filed_applicant"
DECIDED_APPLICANT = decision_letter.DECISION_MAIL
SUBJECT_TYPE = "objection"


def atasan_recipients() -> list[Recipient]:
    """The holders of the Atasan PPID role who have an e-mail address."""
    found = []
    for assignment in RoleAssignment.holders(access.ATASAN_PPID):
        user = model.User.get(assignment.user_id)
        if user is None or user.state != "active":
            continue
        if user.email:
            found.append(Recipient(user.display_name, user.email))
        else:
            log.warning("Atasan PPID %s has no e-mail address: not told about objections", user.name)
    return found


def _applicant(objection: Objection) -> list[Recipient]:
    applicant = objection.request.applicant
    return [Recipient(applicant.name, applicant.email)] if applicant and applicant.email else []


def _template_vars(objection: Objection) -> dict[str, Any]:
    locale = notice_mail.date_locale()
    case = objection.request
    due = objection.due_dates or {}
    return {
        "objection": objection,
        "case": case,
        # msgids: the templates translate them, in the site's language.
        "grounds": [
            (ground.letter, ground.label)
            for ground in (objections.ground(code) for code in objection.grounds)
        ],
        "received_day": format_date(objection.received_day, locale),
        "decision_due": _date(due.get(clock.DECISION), locale),
        "dispute_due": _date(due.get(clock.DISPUTE), locale),
        "decision_label": objections.decision(objection.decision).label if objection.decision else "",
        "objection_url": tk.url_for("ppid_objection.show", id=objection.id, _external=True),
    }


def _date(iso: str | None, locale: Locale) -> str:
    return format_date(dt.date.fromisoformat(iso), locale) if iso else ""


def _outgoing(
    objection: Objection, kind: str, recipients: list[Recipient], day: dt.date, occasion: str | None = None
) -> list[Outgoing]:
    to_applicant = kind != FILED_ATASAN
    return [
        Outgoing(
            kind,
            EMAIL,
            person.email,
            SUBJECT_TYPE,
            objection.id,
            day,
            {"recipient_name": person.name, "request_id": objection.request_id},
            objection.request_id,
            to_applicant=to_applicant,
            occasion=occasion,
        )
        for person in recipients
    ]


def add_filed(objection: Objection) -> list[int]:
    """Add the mails of a registered objection in its transaction: the Atasan PPID's and the applicant's."""
    model.Session.flush()  # the new objection's id
    day = clock_settings().local_day(objection.received_at)
    return notification_outbox.add_all(
        _outgoing(objection, FILED_ATASAN, atasan_recipients(), day)
        + _outgoing(objection, FILED_APPLICANT, _applicant(objection), day)
    )


def add_decided(objection: Objection) -> list[int]:
    """Add the applicant's mail about the Atasan PPID's decision, in the decision's transaction."""
    day = clock_settings().local_day(objection.decided_at)
    found = _outgoing(objection, DECIDED_APPLICANT, _applicant(objection), day, objection.decision_number)
    return notification_outbox.add_all(found)


def template_vars(row: Notification) -> dict[str, Any]:
    """The objection mail's values, from the objection as it is now (``notifications.kinds``)."""
    objection = model.Session.get(Objection, row.subject_id)
    if objection is None:
        raise Obsolete("the objection no longer exists")
    applicant = objection.request.applicant
    offers_letter = row.kind == DECIDED_APPLICANT and bool(applicant and applicant.user_id)
    if offers_letter and not objection.decision_file:
        raise NotReady("the decision letter's PDF is not built yet")
    return _template_vars(objection)


def send_filed_mail(objection_id: str) -> list[int]:
    """A job queued before the outbox existed (or a failed one requeued): add its mails, queue them."""
    return _legacy(objection_id, add_filed)


def send_decided_mail(objection_id: str) -> list[int]:
    """A job queued before the outbox existed (or a failed one requeued): add its mail, queue it."""
    return _legacy(objection_id, add_decided)


def _legacy(objection_id: str, add: Any) -> list[int]:
    objection = model.Session.get(Objection, objection_id)
    if objection is None:
        log.warning("No mail for objection %s: it no longer exists", objection_id)
        return []
    new_ids = add(objection)
    model.Session.commit()
    return notification_outbox.enqueue(new_ids)
