"""The receipt of a request (tanda bukti, UU 14/2008 Ps 22(4)) as a PDF: A4, the body's letterhead, a QR code.

The QR code carries the public verification URL with a signed token (``requests.receipt_token``); it is
an SVG drawn by segno, so the PDF stays sharp and small. Rendered with WeasyPrint from a standalone
Jinja2 template, like the register PDF; the caller gives the texts already translated.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

import jinja2
import segno
import weasyprint

from ckanext.ppid.documents.dates import Locale

TEMPLATES = Path(__file__).with_name("templates")


@dataclass(frozen=True)
class Line:
    label: str
    value: str


@dataclass(frozen=True)
class Receipt:
    """What the receipt prints; every text is in the reader's language already."""

    locale: Locale
    body_name: str
    address: str
    logo_path: Path | None
    title: str
    registration_number: str
    lines: tuple[Line, ...]
    due_heading: str
    due_text: str
    verify_heading: str
    verify_url: str
    footer: str


@functools.cache
def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True, trim_blocks=True, lstrip_blocks=True
    )


def qr_svg_uri(url: str) -> str:
    """The QR code of ``url`` as an SVG data URI (error correction M survives a crumpled printout)."""
    return segno.make(url, error="m", micro=False).svg_data_uri(scale=4, border=2)


def receipt_html(receipt: Receipt) -> str:
    return (
        _environment()
        .get_template("receipt.html")
        .render(
            doc=receipt,
            logo=receipt.logo_path.resolve().as_uri() if receipt.logo_path else None,
            qr=qr_svg_uri(receipt.verify_url),
        )
    )


def render_receipt_pdf(receipt: Receipt) -> bytes:
    html = weasyprint.HTML(string=receipt_html(receipt), base_url=str(TEMPLATES))
    return html.write_pdf(stylesheets=[weasyprint.CSS(filename=str(TEMPLATES / "receipt.css"))])
