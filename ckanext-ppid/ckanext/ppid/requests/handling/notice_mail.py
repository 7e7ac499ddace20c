"""E-mail to the applicant when the PPID answers in writing or extends the time to answer.

The row is added to the outbox with the change (``notifications.outbox``), so the change never waits for the
mail server, a mail that fails is retried, and a change rolled back mails nobody. Only an applicant who gave
an e-mail address is mailed. The letter itself (PDF) is downloaded from the case page, by an applicant with
an account, or reaches them by the way they chose to receive it; a mail that offers the download waits for
the letter to be built (``requests.letters.issue`` releases it).
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

import ckan.plugins.toolkit as tk
from ckan import model

from ckanext.ppid.documents.dates import format_date
from ckanext.ppid.law import requests as law_requests
from ckanext.ppid.notifications import mail as notice_mail
from ckanext.ppid.notifications import outbox as notification_outbox
from ckanext.ppid.notifications.channels import EMAIL
from ckanext.ppid.notifications.kinds import NotReady, Obsolete
from ckanext.ppid.notifications.model import Notification
from ckanext.ppid.notifications.outbox import Outgoing
from ckanext.ppid.requests.cases import request_case
from ckanext.ppid.requests.core import clock
from ckanext.ppid.requests.filing.store import clock_settings
from ckanext.ppid.requests.letters.issue import KINDS, NOTICE
from ckanext.ppid.requests.model.information_request import InformationRequest

log = logging.getLogger(__name__)

TEMPLATES = {code: letter.mail for code, letter in KINDS.items()}
LETTERS = {template: kind for kind, template in TEMPLATES.items()}
SUBJECT_TYPE = "request"


def add(case: InformationRequest, kind: str, at: dt.datetime) -> list[int]:
    """Add the applicant's mail about the letter ``kind`` in the change's transaction, when they gave an
    e-mail address; the new row's id. The letter's number makes it once-only."""
    applicant = case.applicant
    if applicant is None or not applicant.email:
        return []
    outgoing = Outgoing(
        TEMPLATES[kind],
        EMAIL,
        applicant.email,
        SUBJECT_TYPE,
        case.id,
        clock_settings().local_day(at),
        {"recipient_name": applicant.name, "request_id": case.id},
        case.id,
        to_applicant=True,
        occasion=getattr(case, KINDS[kind].number_column),
    )
    return notification_outbox.add_all([outgoing])


def template_vars(row: Notification) -> dict[str, Any]:
    """The letter mail's values, from the request as it is now (``notifications.kinds``)."""
    case = model.Session.get(InformationRequest, row.subject_id)
    if case is None:
        raise Obsolete("the request no longer exists")
    kind = LETTERS[row.kind]
    locale = notice_mail.date_locale()
    settings = clock_settings()
    unit = model.Group.get(case.current_unit_id)
    # Only an applicant with an account can open the case page; their mail offers the letter there.
    offers_letter = bool(case.applicant and case.applicant.user_id)
    if offers_letter and not getattr(case, KINDS[kind].file_column):
        raise NotReady("the letter's PDF is not built yet")
    shown: dict[str, Any] = {
        "case": case,
        "unit_title": (unit.title or unit.name) if unit else case.current_unit_id,
        "case_url": tk.url_for("ppid_requests.case", id=case.id, _external=True) if offers_letter else None,
    }
    if kind == NOTICE:
        # Msgids: the template translates them, in the site's language.
        shown["outcome"] = law_requests.outcome(case.outcome).label
        shown["sent"] = format_date(settings.local_day(case.notice_sent_at), locale)
        shown["number"] = case.notice_number
        shown["reasons"] = (case.notice or {}).get("reasons") or ""
        shown["holder"] = (case.notice or {}).get("holder") or ""
    else:
        due = clock.request_due_dates(request_case(case), settings)[clock.EXTENSION]
        shown["number"] = case.extension_number
        shown["reasons"] = case.extension_reasons or ""
        shown["start"] = format_date(due.start, locale)
        shown["due"] = format_date(due.due, locale)
        shown["basis"] = due.deadline.legal_basis
    return shown


def send_letter_mail(case_id: str, kind: str) -> list[int]:
    """A job queued before the outbox existed (or a failed one requeued): add its mail, queue it."""
    case = model.Session.get(InformationRequest, case_id)
    if case is None:
        log.warning("No %s mail for request %s: it no longer exists", kind, case_id)
        return []
    at = case.notice_sent_at if kind == NOTICE else case.extended_at
    new_ids = add(case, kind, at or dt.datetime.now(dt.timezone.utc))
    model.Session.commit()
    return notification_outbox.enqueue(new_ids)
