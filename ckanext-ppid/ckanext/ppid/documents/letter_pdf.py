"""A request's letters as PDFs: the written notice (UU 14/2008 Ps 22(7)) and the extension notice (Ps 22(8)).

Both are official letters of the PPID with the same parts: the body's letterhead (kop), the letter number and
date, the addressee, the request it answers, sections of labelled lines and paragraphs, and the PPID's
signature block. What each letter says is decided by ``request_letters``; this module only lays it out, with
WeasyPrint from a standalone Jinja2 template, like the receipt. Every text comes translated already.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

import jinja2
import weasyprint

from ckanext.ppid.documents.dates import Locale

TEMPLATES = Path(__file__).with_name("templates")


@dataclass(frozen=True)
class Line:
    label: str
    value: str


@dataclass(frozen=True)
class Section:
    """A heading with labelled lines, then paragraphs."""

    heading: str
    lines: tuple[Line, ...] = ()
    paragraphs: tuple[str, ...] = ()


@dataclass(frozen=True)
class Letter:
    """What a letter prints; every text is in the reader's language already."""

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
    # The request the letter is about: its registration number, date and what was asked.
    facts: tuple[Line, ...]
    sections: tuple[Section, ...]
    closing: tuple[str, ...]
    signer_heading: str
    signer: str


@functools.cache
def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True, trim_blocks=True, lstrip_blocks=True
    )


def letter_html(letter: Letter) -> str:
    logo = letter.logo_path.resolve().as_uri() if letter.logo_path else None
    return _environment().get_template("letter.html").render(doc=letter, logo=logo)


def render_letter_pdf(letter: Letter) -> bytes:
    html = weasyprint.HTML(string=letter_html(letter), base_url=str(TEMPLATES))
    return html.write_pdf(stylesheets=[weasyprint.CSS(filename=str(TEMPLATES / "letter.css"))])
