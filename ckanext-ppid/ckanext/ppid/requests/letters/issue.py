"""The letters a request is answered with: their numbers, issued with the change, and their PDFs, built later.

A written notice (also a referral, which is a written notice saying who holds the information, UU 14/2008
Ps 22(7)(a)(b)) and an extension notice (Ps 22(8)) each get a letter number when they are issued: taken
from the letter sequence of their kind and year (``requests.model.letter_sequence``) in the transaction that
stores the transition, so a change rolled back gives its number back and the numbers have no gap. The number
is rendered in the configured format (``ckanext.ppid.requests.notice_number_format``,
``...extension_number_format``), with the fields of registration numbers.

The PDF is built afterwards by a background job (:func:`build_letter`), as the receipt is: a job that fails
leaves the case as it was, and is retried without a second letter being made.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass

import ckan.plugins.toolkit as tk
from ckan import model

from ckanext.ppid.documents import letter_pdf
from ckanext.ppid.law.markers import N_
from ckanext.ppid.notifications import mail as notice_mail
from ckanext.ppid.notifications import outbox
from ckanext.ppid.requests import private_files
from ckanext.ppid.requests.core import registration_number
from ckanext.ppid.requests.filing.store import clock_settings, unit_code
from ckanext.ppid.requests.letters import texts
from ckanext.ppid.requests.model.information_request import InformationRequest
from ckanext.ppid.requests.model.letter_sequence import next_value
from ckanext.ppid.shell import messages, settings

log = logging.getLogger(__name__)

FILE_KIND = "letter"
NOTICE, EXTENSION = "pemberitahuan", "perpanjangan"
BAD_FORMAT = N_("The letter number cannot be made: {key}: {problem}")


@dataclass(frozen=True)
class LetterKind:
    """A kind of letter: its sequence, where the case keeps its number and PDF, what it says, and the kind of
    the mail that tells the applicant of it (``requests.handling.notice_mail``)."""

    code: str
    config_key: str
    number_format: Callable[[], str]
    number_column: str
    file_column: str
    content: Callable[[InformationRequest], letter_pdf.Letter]
    mail: str


KINDS = {
    NOTICE: LetterKind(
        NOTICE,
        "ckanext.ppid.requests.notice_number_format",
        settings.notice_number_format,
        "notice_number",
        "notice_file",
        texts.notice_letter,
        "request_notice_sent",
    ),
    EXTENSION: LetterKind(
        EXTENSION,
        "ckanext.ppid.requests.extension_number_format",
        settings.extension_number_format,
        "extension_number",
        "extension_file",
        texts.extension_letter,
        "request_extension",
    ),
}


def issue(case: InformationRequest, kind: str, at: dt.datetime) -> str:
    """Give ``case`` the next letter number of ``kind`` in the year of ``at``; the caller commits.

    A format that cannot make a number is the configuration's fault, reported as a ValidationError so the
    change is refused as a whole rather than half made.
    """
    letter = KINDS[kind]
    template = letter.number_format()
    day = clock_settings().local_day(at)
    unit = model.Group.get(case.current_unit_id)
    try:
        found = registration_number.problems(template)
        if found:
            raise registration_number.NumberFormatError.because(found[0])
        number = registration_number.render(template, next_value(kind, day.year), unit_code(unit), day)
    except registration_number.NumberFormatError as error:
        problem = messages.text(error.problem)
        raise tk.ValidationError(
            {"message": [tk._(BAD_FORMAT).format(key=letter.config_key, problem=problem)]}
        ) from error
    setattr(case, letter.number_column, number)
    setattr(case, letter.file_column, None)
    return number


def enqueue(case: InformationRequest, kind: str) -> None:
    tk.enqueue_job(build_letter, [case.id, kind], title=f"ppid {kind} {case.registration_number}")


def build_letter(case_id: str, kind: str) -> str | None:
    """Background job: render the letter, keep it privately, note it on the case; returns its stored name.

    A letter already built is kept (a retried job does not make a second one); a failure stores nothing.
    """
    letter = KINDS[kind]
    case = model.Session.get(InformationRequest, case_id)
    if case is None or not getattr(case, letter.number_column):
        log.warning("No %s letter for request %s: there is none to build", kind, case_id)
        return None
    if getattr(case, letter.file_column):
        return getattr(case, letter.file_column)
    with notice_mail.site_language():
        pdf = letter_pdf.render_letter_pdf(letter.content(case))
    name = private_files.store(FILE_KIND, pdf, "pdf")
    try:
        setattr(case, letter.file_column, name)
        model.Session.commit()
    except BaseException:
        model.Session.rollback()
        private_files.remove(FILE_KIND, name)
        raise
    log.info("Letter %s of %s built", getattr(case, letter.number_column), case.registration_number)
    # The applicant's mail offers the letter: if it came first, it goes now.
    outbox.release(case.id, (letter.mail,))
    return name


def is_ready(case: InformationRequest, kind: str) -> bool:
    return bool(getattr(case, KINDS[kind].file_column))


def read(case: InformationRequest, kind: str) -> bytes:
    """The letter's PDF; FileNotFoundError when it has not been built (yet)."""
    name = getattr(case, KINDS[kind].file_column)
    if not name:
        raise FileNotFoundError(kind)
    return private_files.read(FILE_KIND, name)
