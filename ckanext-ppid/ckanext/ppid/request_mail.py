"""E-mail on filing: to the applicant (when they gave an address) and to the unit's staff and contact.

Sent by a background job (``notice_mail``), so filing never waits for the mail server and a failed
sending is retried without touching the case. The unit's mail carries no personal data: the staff read it
on the case page, where the read is audited.
"""

from __future__ import annotations

import logging
import zoneinfo
from typing import Any

import ckan.plugins.toolkit as tk
from ckan import model

from ckanext.ppid import notice_mail, settings
from ckanext.ppid.case_state import request_case
from ckanext.ppid.documents.dates import format_date, format_datetime
from ckanext.ppid.law import requests as law_requests
from ckanext.ppid.model.information_request import InformationRequest
from ckanext.ppid.notice_mail import Mail, Recipient
from ckanext.ppid.request_filing import clock_settings
from ckanext.ppid.requests import clock
from ckanext.ppid.site_context import site_context
from ckanext.ppid.unit_recipients import unit_recipients

log = logging.getLogger(__name__)


def enqueue(case: InformationRequest) -> None:
    tk.enqueue_job(send_filing_mail, [case.id], title=f"ppid request filed {case.registration_number}")


def _vars(case: InformationRequest, unit: dict[str, Any]) -> dict[str, Any]:
    locale = notice_mail.date_locale()
    due = clock.notice_due(request_case(case), clock_settings())
    channel = next(entry for entry in law_requests.CHANNELS if entry.code == case.channel)
    local = case.received_at.astimezone(zoneinfo.ZoneInfo(settings.timezone()))
    return {
        "case": case,
        "unit_title": unit.get("title") or unit["name"],
        # A msgid: the template translates it, in the site's language.
        "channel": channel.label,
        "received": format_datetime(local, locale),
        "received_day": format_date(case.received_day, locale),
        "due": format_date(due.due, locale),
        "basis": due.deadline.legal_basis,
        "staff_url": tk.url_for("ppid_requests.case", id=case.id, _external=True),
    }


def send_filing_mail(case_id: str) -> list[str]:
    """Background job: mail the applicant and the unit about a new request; returns the addresses."""
    case = model.Session.get(InformationRequest, case_id)
    if case is None:
        log.warning("No filing mail for request %s: it no longer exists", case_id)
        return []
    unit = tk.get_action("organization_show")(site_context(), {"id": case.current_unit_id})
    template_vars = _vars(case, unit)
    applicant = case.applicant
    mails: list[Mail] = [("request_filed_unit", unit_recipients(unit), template_vars)]
    if applicant.email:
        # Only an applicant with an account can open the case page.
        case_url = template_vars["staff_url"] if applicant.user_id else None
        recipients = [Recipient(applicant.name, applicant.email)]
        mails.append(("request_filed_applicant", recipients, {**template_vars, "case_url": case_url}))
    return notice_mail.send_each(mails)
