"""The receipt (tanda bukti) of a filed request: built by a background job, kept privately, verifiable.

Filing queues :func:`build_receipt`; until it has run, the case says the receipt is being prepared. The
receipt's QR code carries a public URL with a token signed with the receipt secret: the registration
number, the moment received and the unit, never personal data (:func:`token_for`, :func:`verify`).
"""

from __future__ import annotations

import datetime as dt
import logging
import zoneinfo
from pathlib import Path

import ckan.plugins.toolkit as tk
from ckan import model

from ckanext.ppid.documents import receipt_pdf
from ckanext.ppid.documents.dates import format_date, format_datetime
from ckanext.ppid.law import deadlines
from ckanext.ppid.law import requests as law_requests
from ckanext.ppid.law.markers import N_
from ckanext.ppid.notifications import mail as notice_mail
from ckanext.ppid.notifications import outbox
from ckanext.ppid.requests import private_files
from ckanext.ppid.requests.cases import request_case
from ckanext.ppid.requests.core import clock, receipt_token
from ckanext.ppid.requests.filing import mail as request_mail
from ckanext.ppid.requests.filing.store import clock_settings
from ckanext.ppid.requests.model.information_request import InformationRequest
from ckanext.ppid.shell import settings

log = logging.getLogger(__name__)

KIND = "receipt"
TITLE = N_("Receipt of a request for public information")
DUE_HEADING = N_("When the PPID must answer")
DUE_TEXT = N_(
    "The PPID sends you a written notice by {due} at the latest: {n} working days from {start}, the day "
    "your request counts as received ({basis}). It may extend this once, by at most {extension_days} working "
    "days, with written reasons (UU 14/2008 Ps 22(8))."
)
VERIFY_HEADING = N_("Check that this receipt is genuine")
FOOTER = N_("Keep this receipt: quote the registration number whenever you contact the PPID about it.")
LABELS = {
    "received": N_("Received"),
    "deemed": N_("Counts as received on"),
    "unit": N_("PPID unit"),
    "applicant": N_("Applicant"),
    "channel": N_("Channel"),
    "information": N_("Information requested"),
    "purpose": N_("Purpose"),
    "way": N_("How to obtain it"),
    "delivery": N_("How to receive it"),
}


def token_for(case: InformationRequest) -> str:
    payload = {
        "n": case.registration_number,
        "r": case.received_at.astimezone(dt.timezone.utc).isoformat(),
        "u": case.current_unit_id,
    }
    return receipt_token.sign(payload, settings.receipt_secrets()[0])


def verify(token: str) -> dict[str, str | int]:
    """The payload of a genuine token; ``receipt_token.InvalidToken`` otherwise."""
    return receipt_token.verify(token, settings.receipt_secrets())


def enqueue(case: InformationRequest) -> None:
    tk.enqueue_job(build_receipt, [case.id], title=f"ppid receipt {case.registration_number}")


def _label(table: tuple[law_requests.Choice, ...], code: str | None) -> str:
    entry = next((item for item in table if item.code == code), None)
    return tk._(entry.label) if entry else ""


def receipt_for(case: InformationRequest) -> receipt_pdf.Receipt:
    """The receipt's content, in the site's language (call inside ``notifications.mail`` language context)."""
    locale = notice_mail.date_locale()
    local = case.received_at.astimezone(zoneinfo.ZoneInfo(settings.timezone()))
    reception = clock_settings().received(case.received_at)
    due = clock.notice_due(request_case(case), clock_settings())
    unit = model.Group.get(case.current_unit_id)
    values = {
        "received": format_datetime(local, locale),
        "deemed": f"{format_date(reception.day, locale)}. "
        + tk._(reception.reason).format(day=format_date(reception.day, locale)),
        "unit": unit.title if unit else case.current_unit_id,
        "applicant": case.applicant.name,
        "channel": _label(law_requests.CHANNELS, case.channel),
        "information": case.information,
        "purpose": case.purpose,
        "way": _label(law_requests.WAYS_TO_OBTAIN, case.way_to_obtain),
        "delivery": _label(law_requests.DELIVERY_METHODS, case.delivery_method),
    }
    logo = settings.body_logo()
    return receipt_pdf.Receipt(
        locale=locale,
        body_name=settings.body_name(),
        address=settings.body_address(),
        logo_path=Path(logo) if logo else None,
        title=tk._(TITLE),
        registration_number=case.registration_number,
        lines=tuple(receipt_pdf.Line(tk._(LABELS[key]), value) for key, value in values.items()),
        due_heading=tk._(DUE_HEADING),
        due_text=tk._(DUE_TEXT).format(
            due=format_date(due.due, locale),
            n=due.deadline.amount,
            start=format_date(due.start, locale),
            basis=due.deadline.legal_basis,
            extension_days=deadlines.days(clock.EXTENSION),
        ),
        verify_heading=tk._(VERIFY_HEADING),
        verify_url=tk.url_for("ppid_request_files.verify_receipt", token=token_for(case), _external=True),
        footer=tk._(FOOTER),
    )


def build_receipt(case_id: str) -> str | None:
    """Background job: render the receipt, keep it privately, note it on the case; returns its name.

    Runs once per case: a receipt already built is kept (a retried job does not make a second one).
    """
    case = model.Session.get(InformationRequest, case_id)
    if case is None:
        log.warning("No receipt for request %s: it no longer exists", case_id)
        return None
    if case.receipt_file:
        return case.receipt_file
    with notice_mail.site_language():
        pdf = receipt_pdf.render_receipt_pdf(receipt_for(case))
    name = private_files.store(KIND, pdf, "pdf")
    case.receipt_file = name
    case.receipt_created_at = dt.datetime.now(dt.timezone.utc)
    model.Session.commit()
    log.info("Receipt of %s built", case.registration_number)
    # The applicant's filing mail offers the receipt: if it came first, it goes now.
    outbox.release(case.id, (request_mail.TO_APPLICANT,))
    return name


def read(case: InformationRequest) -> bytes:
    return private_files.read(KIND, case.receipt_file)
