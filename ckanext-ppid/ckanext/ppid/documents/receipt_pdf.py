"""The receipt of a request (tanda bukti, UU 14/2008 Ps 22(4)) as a PDF: A4, the body's letterhead, a QR code.

The QR code carries the public verification URL with a signed token (``requests.core.receipt_token``); it is
an SVG drawn by segno, so the PDF stays sharp and small. Laid out on the body's letterhead
(``letterhead``) like the letters and the register PDF; the caller gives the texts already translated.
"""

from __future__ import annotations

from dataclasses import dataclass

import segno

from ckanext.ppid.documents.letterhead import Letterhead, Line, render_html, render_pdf

STYLESHEETS = ("portrait.css", "receipt.css")


@dataclass(frozen=True, kw_only=True)
class Receipt(Letterhead):
    """What the receipt prints under the letterhead."""

    registration_number: str
    lines: tuple[Line, ...]
    due_heading: str
    due_text: str
    verify_heading: str
    verify_url: str
    footer: str


def qr_svg_uri(url: str) -> str:
    """The QR code of ``url`` as an SVG data URI (error correction M survives a crumpled printout)."""
    return segno.make(url, error="m", micro=False).svg_data_uri(scale=4, border=2)


def receipt_html(receipt: Receipt) -> str:
    return render_html("receipt.html", receipt, qr=qr_svg_uri(receipt.verify_url))


def render_receipt_pdf(receipt: Receipt) -> bytes:
    return render_pdf(receipt_html(receipt), *STYLESHEETS)
