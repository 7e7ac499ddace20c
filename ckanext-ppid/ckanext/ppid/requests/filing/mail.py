"""E-mail on filing: to the applicant (when they gave an address) and to the unit's staff and contact.

The rows are added to the outbox with the request (``notifications.outbox``), so filing never waits for the
mail server, a mail that fails is retried, and a filing rolled back mails nobody. The text is rendered when
each row is sent (:func:`template_vars`). The unit's mail carries no personal data: the staff read it on the
case page, where the read is audited.
"""

from __future__ import annotations

import logging
import zoneinfo
from typing import Any

import ckan.plugins.toolkit as tk
from ckan import model

from ckanext.ppid.documents.dates import format_date, format_datetime
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
from ckanext.ppid.requests.model.information_request import InformationRequest
from ckanext.ppid.shell import settings
from ckanext.ppid.shell.site_context import site_context
from ckanext.ppid.units.recipients import unit_recipients

log = logging.getLogger(__name__)

TO_UNIT, TO_APPLICANT = "request_filed_unit", "request_filed_applicant"
SUBJECT_TYPE = "request"


def add(case: InformationRequest, to_applicant: bool = True) -> list[int]:
    """Add the filing's mails to the outbox in the filing's transaction; the new rows' ids. A filing
    without an account mails its applicant itself (``guest_mail``: the receipt code), so ``to_applicant``
    is False for it."""
    unit = tk.get_action("organization_show")(site_context(), {"id": case.current_unit_id})
    day = clock_settings().local_day(case.received_at)

    def outgoing(kind: str, name: str, address: str, to_applicant: bool = False) -> Outgoing:
        payload = {"recipient_name": name, "request_id": case.id}
        return Outgoing(
            kind, EMAIL, address, SUBJECT_TYPE, case.id, day, payload, case.id, to_applicant=to_applicant
        )

    found = [outgoing(TO_UNIT, person.name, person.email) for person in unit_recipients(unit)]
    applicant = case.applicant
    if to_applicant and applicant is not None and applicant.email:
        found.append(outgoing(TO_APPLICANT, applicant.name, applicant.email, to_applicant=True))
    return notification_outbox.add_all(found)


def template_vars(row: Notification) -> dict[str, Any]:
    """The filing mail's values, from the request as it is now (``notifications.kinds``)."""
    case = model.Session.get(InformationRequest, row.subject_id)
    if case is None:
        raise Obsolete("the request no longer exists")
    unit = tk.get_action("organization_show")(site_context(), {"id": case.current_unit_id})
    locale = notice_mail.date_locale()
    due = clock.notice_due(request_case(case), clock_settings())
    channel = next(entry for entry in law_requests.CHANNELS if entry.code == case.channel)
    local = case.received_at.astimezone(zoneinfo.ZoneInfo(settings.timezone()))
    case_url = tk.url_for("ppid_requests.case", id=case.id, _external=True)
    # Only an applicant with an account can open the case page; their mail offers the receipt there.
    offers_receipt = row.kind == TO_APPLICANT and bool(case.applicant and case.applicant.user_id)
    if offers_receipt and not case.receipt_file:
        raise NotReady("the receipt's PDF is not built yet")
    return {
        "case": case,
        "unit_title": unit.get("title") or unit["name"],
        # A msgid: the template translates it, in the site's language.
        "channel": channel.label,
        "received": format_datetime(local, locale),
        "received_day": format_date(case.received_day, locale),
        "due": format_date(due.due, locale),
        "basis": due.deadline.legal_basis,
        "staff_url": case_url,
        "case_url": case_url if offers_receipt else None,
    }


def send_filing_mail(case_id: str) -> list[int]:
    """A job queued before the outbox existed (or a failed one requeued): add its mails, queue them."""
    case = model.Session.get(InformationRequest, case_id)
    if case is None:
        log.warning("No filing mail for request %s: it no longer exists", case_id)
        return []
    new_ids = add(case)
    model.Session.commit()
    return notification_outbox.enqueue(new_ids)
