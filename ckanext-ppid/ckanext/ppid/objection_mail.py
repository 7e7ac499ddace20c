"""E-mail about objections: to the Atasan PPID and the applicant when filed, to the applicant when decided.

Sent by background jobs (``notice_mail``), so neither the objection nor the decision waits for the mail
server, and a failed sending is retried without touching the case. The Atasan's mail carries no personal
data: they read it on the case page, where the read is audited. An applicant without an e-mail address (a
request recorded at the desk) hears by the channel the staff use.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

import ckan.plugins.toolkit as tk
from ckan import model

from ckanext.ppid import access, notice_mail
from ckanext.ppid.documents.dates import Locale, format_date
from ckanext.ppid.law import objections
from ckanext.ppid.model.objection import Objection
from ckanext.ppid.model.role_assignment import RoleAssignment
from ckanext.ppid.notice_mail import Recipient
from ckanext.ppid.requests import clock

log = logging.getLogger(__name__)


def enqueue_filed(objection: Objection) -> None:
    tk.enqueue_job(send_filed_mail, [objection.id], title=f"ppid objection filed {objection.number}")


def enqueue_decided(objection: Objection) -> None:
    tk.enqueue_job(send_decided_mail, [objection.id], title=f"ppid objection decided {objection.number}")


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
    return [Recipient(applicant.name, applicant.email)] if applicant.email else []


def _vars(objection: Objection) -> dict[str, Any]:
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


def send_filed_mail(objection_id: str) -> list[str]:
    """Background job: tell the Atasan PPID and the applicant that an objection is registered."""
    objection = model.Session.get(Objection, objection_id)
    if objection is None:
        log.warning("No mail for objection %s: it no longer exists", objection_id)
        return []
    template_vars = _vars(objection)
    return notice_mail.send_each(
        (
            ("objection_filed_atasan", atasan_recipients(), template_vars),
            ("objection_filed_applicant", _applicant(objection), template_vars),
        )
    )


def send_decided_mail(objection_id: str) -> list[str]:
    """Background job: tell the applicant the Atasan PPID's decision and until when they may dispute it."""
    objection = model.Session.get(Objection, objection_id)
    if objection is None or objection.decision is None:
        log.warning("No decision mail for objection %s: it is gone or undecided", objection_id)
        return []
    return notice_mail.send_each((("objection_decided_applicant", _applicant(objection), _vars(objection)),))
