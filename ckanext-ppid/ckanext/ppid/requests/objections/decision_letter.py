"""The Atasan PPID's decision letter: built by a background job once the decision is recorded, kept privately.

The decision and its number are stored in the transaction that records them (``ppid_objection_decide``);
the PDF follows in the background, as the request's receipt does, and is written in the site's language.
It is addressed to the applicant by name and address, so it is served only to those who may read their
personal data, each read recorded (``requests.objections.views``).
"""

from __future__ import annotations

import logging
import zoneinfo
from pathlib import Path

import ckan.plugins.toolkit as tk
from ckan import model

from ckanext.ppid.documents import objection_decision_pdf
from ckanext.ppid.documents.dates import format_date
from ckanext.ppid.documents.letterhead import Line
from ckanext.ppid.law import objections
from ckanext.ppid.law.markers import N_
from ckanext.ppid.notifications import mail as notice_mail
from ckanext.ppid.notifications import outbox
from ckanext.ppid.requests import private_files, transitions
from ckanext.ppid.requests.core import clock
from ckanext.ppid.requests.filing.store import clock_settings
from ckanext.ppid.requests.model.objection import Objection
from ckanext.ppid.shell import settings

log = logging.getLogger(__name__)

# Generated letters of a case share one kind of private file (``requests.private_files.KINDS``).
KIND = "letter"
# The kind of the applicant's mail about the decision (``requests.objections.mail``), which waits for the
# letter.
DECISION_MAIL = "objection_decided_applicant"
TITLE = N_("Decision of the Atasan PPID on an objection")
NUMBER = N_("Number:")
TO = N_("To:")
FACTS = {
    "objection": N_("Objection register number"),
    "received": N_("Objection received on"),
    "request": N_("Registration number"),
    "information": N_("Information requested"),
}
GROUNDS = N_("Grounds of the objection (UU 14/2008 Ps 35(1))")
GROUND = N_("Ground {letter}")
STATEMENT = N_("The applicant's statement")
DECISION = N_("Decision (UU 14/2008 Ps 36)")
DECISION_LABEL = N_("The Atasan PPID decides")
REASONS = N_("Reasons")
RIGHTS = N_("Taking the dispute to the Information Commission")
RIGHTS_TEXT = N_(
    "If you do not accept this decision, you may take the dispute to the Information Commission within "
    "{n} working days of receiving it (UU 14/2008 Ps 37(2)): by {due} if you receive it on {received}."
)
SIGNER = N_("The Atasan PPID of {body},")


def enqueue(objection: Objection) -> None:
    tk.enqueue_job(build_letter, [objection.id], title=f"ppid objection decision {objection.decision_number}")


def letter_for(objection: Objection) -> objection_decision_pdf.DecisionLetter:
    """The letter's content, in the site's language (call inside ``notifications.mail.site_language``)."""
    locale = notice_mail.date_locale()
    case = objection.request
    applicant = case.applicant
    decided = objection.decided_at.astimezone(zoneinfo.ZoneInfo(settings.timezone()))
    due = transitions.objection_due(objection, clock_settings(), decided.date())[clock.DISPUTE]
    atasan = model.User.get(objection.decided_by) if objection.decided_by else None
    recipient = (applicant.name, applicant.address) if applicant.name else ()
    decision = objections.decision(objection.decision)
    decision_lines = [Line(tk._(DECISION_LABEL), tk._(decision.label))]
    if objection.decision_reasons:
        decision_lines.append(Line(tk._(REASONS), objection.decision_reasons))
    grounds = [
        Line(tk._(GROUND).format(letter=ground.letter), tk._(ground.label))
        for ground in (objections.ground(code) for code in objection.grounds)
    ]
    if objection.statement:
        grounds.append(Line(tk._(STATEMENT), objection.statement))
    facts = {
        "objection": objection.number or "",
        "received": format_date(objection.received_day, locale),
        "request": case.registration_number,
        "information": case.information,
    }
    logo = settings.body_logo()
    return objection_decision_pdf.DecisionLetter(
        locale=locale,
        body_name=settings.body_name(),
        address=settings.body_address(),
        logo_path=Path(logo) if logo else None,
        title=tk._(TITLE),
        number_label=tk._(NUMBER),
        number=objection.decision_number or "",
        date=format_date(decided.date(), locale),
        recipient_heading=tk._(TO),
        recipient=recipient,
        facts=tuple(Line(tk._(FACTS[key]), value) for key, value in facts.items()),
        grounds_heading=tk._(GROUNDS),
        grounds=tuple(grounds),
        decision_heading=tk._(DECISION),
        decision=tuple(decision_lines),
        rights_heading=tk._(RIGHTS),
        rights=tk._(RIGHTS_TEXT).format(
            n=due.deadline.amount, due=format_date(due.due, locale), received=format_date(due.start, locale)
        ),
        signer_heading=tk._(SIGNER).format(body=settings.body_name()),
        signer=atasan.display_name if atasan else "",
    )


def build_letter(objection_id: str) -> str | None:
    """Background job: render the decision letter, keep it privately, note it on the objection.

    Runs once per decision: a letter already built is kept (a retried job does not make a second one).
    """
    objection = model.Session.get(Objection, objection_id)
    if objection is None or objection.decided_at is None:
        log.warning("No decision letter for objection %s: it is gone or undecided", objection_id)
        return None
    if objection.decision_file:
        return objection.decision_file
    with notice_mail.site_language():
        pdf = objection_decision_pdf.render_decision_pdf(letter_for(objection))
    name = private_files.store(KIND, pdf, "pdf")
    objection.decision_file = name
    model.Session.commit()
    log.info("Decision letter %s built", objection.decision_number)
    # The applicant's mail about the decision offers the letter: if it came first, it goes now.
    outbox.release(objection.request_id, (DECISION_MAIL,))
    return name


def read(objection: Objection) -> bytes:
    return private_files.read(KIND, objection.decision_file)
