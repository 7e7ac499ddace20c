"""A request's letters as PDFs: the written notice (UU 14/2008 Ps 22(7)) and the extension notice (Ps 22(8)).

Both are official letters of the PPID with the same parts: the body's letterhead (kop), the letter number and
date, the addressee, the request it answers, sections of labelled lines and paragraphs, and the PPID's
signature block. What each letter says is decided by ``requests.letters.issue``; this module only lays it out
on the body's letterhead (``letterhead``), like the receipt. Every text comes translated already.
"""

from __future__ import annotations

from dataclasses import dataclass

from ckanext.ppid.documents.letterhead import Letterhead, Line, render_html, render_pdf

STYLESHEETS = ("portrait.css", "letter.css")


@dataclass(frozen=True)
class Section:
    """A heading with labelled lines, then paragraphs."""

    heading: str
    lines: tuple[Line, ...] = ()
    paragraphs: tuple[str, ...] = ()


@dataclass(frozen=True, kw_only=True)
class LetterFrame(Letterhead):
    """What every official letter prints around its body: number, date, addressee, facts, signature."""

    number_label: str
    number: str
    date: str
    recipient_heading: str
    recipient: tuple[str, ...]
    # What the letter is about: for a request its registration number, date and what was asked.
    facts: tuple[Line, ...]
    signer_heading: str
    signer: str


@dataclass(frozen=True, kw_only=True)
class Letter(LetterFrame):
    """A letter as it prints: its frame, then its sections and closing paragraphs."""

    sections: tuple[Section, ...]
    closing: tuple[str, ...]


def letter_html(letter: Letter) -> str:
    return render_html("letter.html", letter)


def render_letter_pdf(letter: Letter) -> bytes:
    return render_pdf(letter_html(letter), *STYLESHEETS)
