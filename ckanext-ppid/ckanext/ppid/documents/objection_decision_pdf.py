"""The Atasan PPID's decision on an objection (UU 14/2008 Ps 36) as a PDF letter.

It is an official letter like the PPID's written notice, so it takes the same layout (``letter_pdf``): the
body's letterhead, the decision's number and date, the applicant it is addressed to, the objection and request
it answers, then the grounds, the decision with its reasons (required when upholding, Ps 36(3)), the
applicant's right to take the dispute to the Komisi Informasi (Ps 37(2)) and the Atasan's signature. The
caller gives every text already translated.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ckanext.ppid.documents import letter_pdf
from ckanext.ppid.documents.dates import Locale
from ckanext.ppid.documents.letter_pdf import Line, Section


@dataclass(frozen=True)
class DecisionLetter:
    locale: Locale
    body_name: str
    address: str
    logo_path: Path | None
    title: str
    number_label: str
    number: str
    date: str
    recipient_heading: str
    recipient: tuple[str, ...]
    # The objection's register number, the request's number, when each was received.
    facts: tuple[Line, ...]
    grounds_heading: str
    # One line per Pasal 35(1) ground (its letter, its label), then the applicant's statement.
    grounds: tuple[Line, ...]
    decision_heading: str
    # The decision and its reasons.
    decision: tuple[Line, ...]
    rights_heading: str
    rights: str
    signer_heading: str
    signer: str


def as_letter(doc: DecisionLetter) -> letter_pdf.Letter:
    """The decision laid out as a PPID letter."""
    return letter_pdf.Letter(
        locale=doc.locale,
        body_name=doc.body_name,
        address=doc.address,
        logo_path=doc.logo_path,
        title=doc.title,
        number_label=doc.number_label,
        number=doc.number,
        date=doc.date,
        recipient_heading=doc.recipient_heading,
        recipient=doc.recipient,
        facts=doc.facts,
        sections=(
            Section(doc.grounds_heading, doc.grounds),
            Section(doc.decision_heading, doc.decision),
            Section(doc.rights_heading, paragraphs=(doc.rights,)),
        ),
        closing=(),
        signer_heading=doc.signer_heading,
        signer=doc.signer,
    )


def render_decision_pdf(doc: DecisionLetter) -> bytes:
    return letter_pdf.render_letter_pdf(as_letter(doc))
