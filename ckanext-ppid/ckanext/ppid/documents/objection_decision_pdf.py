"""The Atasan PPID's decision on an objection (UU 14/2008 Ps 36) as a PDF letter.

It is an official letter like the PPID's written notice, so it takes the same frame and layout
(``letter_pdf``): the body's letterhead, the decision's number and date, the applicant it is addressed to, the
objection and request it answers, then the grounds, the decision with its reasons (required when upholding,
Ps 36(3)), the applicant's right to take the dispute to the Komisi Informasi (Ps 37(2)) and the Atasan's
signature. The caller gives every text already translated.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from ckanext.ppid.documents import letter_pdf
from ckanext.ppid.documents.letter_pdf import LetterFrame, Section
from ckanext.ppid.documents.letterhead import Line


@dataclass(frozen=True, kw_only=True)
class DecisionLetter(LetterFrame):
    """The decision's own parts, in the letter's frame (whose ``facts`` name the objection and request)."""

    grounds_heading: str
    # One line per Pasal 35(1) ground (its letter, its label), then the applicant's statement.
    grounds: tuple[Line, ...]
    decision_heading: str
    # The decision and its reasons.
    decision: tuple[Line, ...]
    rights_heading: str
    rights: str


def as_letter(doc: DecisionLetter) -> letter_pdf.Letter:
    """The decision laid out as a PPID letter."""
    frame = {field.name: getattr(doc, field.name) for field in fields(LetterFrame)}
    return letter_pdf.Letter(
        **frame,
        sections=(
            Section(doc.grounds_heading, doc.grounds),
            Section(doc.decision_heading, doc.decision),
            Section(doc.rights_heading, paragraphs=(doc.rights,)),
        ),
        closing=(),
    )


def render_decision_pdf(doc: DecisionLetter) -> bytes:
    return letter_pdf.render_letter_pdf(as_letter(doc))
