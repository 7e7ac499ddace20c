"""Documents on the body's letterhead (kop surat), laid out in HTML and printed to PDF with WeasyPrint.

Every PDF of the extension (the receipt, the PPID's letters, the Atasan PPID's decision, the DIP and DIK)
opens with the body's logo, name and address over a double rule, then the document's title. The templates
are standalone Jinja2 (no CKAN request context), so the same code serves a download, a background job and
the CLI: each extends ``document.html``, which prints the letterhead, and each document's stylesheets add
their rules to ``document.css``, which sets the letterhead out.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2
import weasyprint

from ckanext.ppid.documents.dates import Locale

TEMPLATES = Path(__file__).with_name("templates")
# The letterhead's layout, under every document's own stylesheets.
BASE_STYLESHEET = "document.css"


@dataclass(frozen=True, kw_only=True)
class Letterhead:
    """What every document prints at its top; every text is in the reader's language already."""

    locale: Locale
    body_name: str
    address: str
    logo_path: Path | None
    title: str


@dataclass(frozen=True)
class Line:
    """A labelled line of a document's table of facts."""

    label: str
    value: str


@functools.cache
def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True, trim_blocks=True, lstrip_blocks=True
    )


@functools.cache
def _stylesheet(name: str) -> weasyprint.CSS:
    # Parsed once per process: the files ship with the code.
    return weasyprint.CSS(filename=str(TEMPLATES / name))


def render_html(template: str, doc: Letterhead, **context: Any) -> str:
    """The HTML of ``doc`` from ``template`` (in ``templates/``), with the logo as a file URI."""
    logo = doc.logo_path.resolve().as_uri() if doc.logo_path else None
    return _environment().get_template(template).render(doc=doc, logo=logo, **context)


def render_pdf(html: str, *stylesheets: str) -> bytes:
    """``html`` printed to PDF with the letterhead's stylesheet, then ``stylesheets`` in their order."""
    document = weasyprint.HTML(string=html, base_url=str(TEMPLATES))
    return document.write_pdf(stylesheets=[_stylesheet(name) for name in (BASE_STYLESHEET, *stylesheets)])
