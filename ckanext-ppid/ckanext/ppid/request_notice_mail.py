"""E-mail to the applicant when the PPID answers in writing or extends the time to answer.

Sent by a background job in the site's language through CKAN's mailer (``notice_mail``), so the change
never waits for the mail server and a failed sending is retried without touching the case. Only an
applicant who gave an e-mail address is mailed; the letter itself (PDF) is downloaded from the case page,
by an applicant with an account, or reaches them by the way they chose to receive it.
"""

from __future__ import annotations

import logging
from typing import Any

import ckan.plugins.toolkit as tk
from ckan import model

from ckanext.ppid import notice_mail
from ckanext.ppid.case_state import request_case
from ckanext.ppid.documents.dates import format_date
from ckanext.ppid.law import requests as law_requests
from ckanext.ppid.model.information_request import InformationRequest
from ckanext.ppid.notice_mail import Recipient
from ckanext.ppid.request_filing import clock_settings
from ckanext.ppid.request_letters import EXTENSION, NOTICE
from ckanext.ppid.requests import clock

log = logging.getLogger(__name__)

TEMPLATES = {NOTICE: "request_notice_sent", EXTENSION: "request_extension"}


def enqueue(case: InformationRequest, kind: str) -> None:
    """Queue the applicant's mail about the letter ``kind``, when they gave an e-mail address."""
    if case.applicant is None or not case.applicant.email:
        return
    tk.enqueue_job(send_letter_mail, [case.id, kind], title=f"ppid {kind} mail {case.registration_number}")


def _vars(case: InformationRequest, kind: str) -> dict[str, Any]:
    locale = notice_mail.date_locale()
    settings = clock_settings()
    unit = model.Group.get(case.current_unit_id)
    shown: dict[str, Any] = {
        "case": case,
        "unit_title": (unit.title or unit.name) if unit else case.current_unit_id,
        "case_url": tk.url_for("ppid_requests.case", id=case.id, _external=True)
        if case.applicant.user_id
        else None,
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


def send_letter_mail(case_id: str, kind: str) -> list[str]:
    """Background job: mail the applicant about the written notice or the extension; returns the address."""
    case = model.Session.get(InformationRequest, case_id)
    if case is None or case.applicant is None or not case.applicant.email:
        log.warning("No %s mail for request %s: no such request or no address", kind, case_id)
        return []
    applicant = case.applicant
    return notice_mail.send(TEMPLATES[kind], [Recipient(applicant.name, applicant.email)], _vars(case, kind))
