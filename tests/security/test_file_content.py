"""Signatures and active content in PDFs, on real files (no CKAN needed)."""

from __future__ import annotations

import zlib

import pytest
from pdf_samples import (
    ESCAPED_JAVASCRIPT,
    HTML_CALLED_PDF,
    JAVASCRIPT_ON_OPEN,
    LAUNCH_ON_OPEN,
    assemble,
    javascript_in_object_stream,
    pypdf_document,
    scanned_ktp,
)

from ckanext.ppid.documents.letterhead import render_pdf
from ckanext.ppid.security.file_content import (
    EMBEDDED,
    EXECUTABLE,
    Unreadable,
    pdf_active_content,
    starts_as,
)

EVERYTHING = (*EXECUTABLE, *EMBEDDED)


def test_a_file_must_begin_with_its_signature():
    assert not starts_as(".pdf", HTML_CALLED_PDF)
    assert not starts_as(".pdf", b"\n%PDF-1.4\n")
    assert starts_as(".PDF", JAVASCRIPT_ON_OPEN)
    assert starts_as(".jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF") and not starts_as(".jpeg", b"GIF89a")
    assert starts_as(".png", b"\x89PNG\r\n\x1a\n....") and not starts_as(".png", b"<svg>\x89PNG")
    assert starts_as(".csv", b"anything")  # no signature known: libmagic alone decides


@pytest.mark.parametrize(
    ("pdf", "found"),
    [
        (JAVASCRIPT_ON_OPEN, {"JavaScript"}),
        (ESCAPED_JAVASCRIPT, {"JavaScript"}),
        (LAUNCH_ON_OPEN, {"Launch"}),
        (javascript_in_object_stream(), {"JavaScript"}),
        (pypdf_document(javascript="this.print({bUI:false});"), {"JavaScript"}),
    ],
    ids=["open-action", "escaped-names", "launch", "object-stream", "document-level"],
)
def test_programs_in_a_pdf_are_found(pdf, found):
    assert pdf_active_content(pdf) == found


def test_attachments_are_found_only_when_asked_for():
    attached = pypdf_document(attachment=b"PK\x03\x04 spreadsheet")
    assert pdf_active_content(attached) == set()
    assert pdf_active_content(attached, EVERYTHING) == {"EmbeddedFile", "EmbeddedFiles"}


@pytest.mark.parametrize("seed", range(6))
def test_scans_are_clean(seed):
    # Photo data is random-looking: no name turns up in it by chance.
    assert pdf_active_content(scanned_ktp(seed), EVERYTHING) == set()


def test_pdfs_the_portal_and_pypdf_write_are_clean():
    letter = render_pdf("<h1>Tanda Terima</h1><p>Permohonan Informasi Publik Nomor 0001/PPID/VI/2026</p>")
    assert pdf_active_content(letter, EVERYTHING) == set()
    assert pdf_active_content(pypdf_document(), EVERYTHING) == set()


def test_an_object_stream_that_cannot_be_checked_is_refused():
    packed = zlib.compress(b"4 0 << /S /JavaScript >>").hex().encode()
    stream = b"<< /Type /ObjStm /N 1 /First 4 /Filter [/ASCIIHexDecode /FlateDecode] >>\nstream\n"
    pdf = assemble([b"<< /Type /Catalog >>", stream + packed + b"\nendstream"])
    with pytest.raises(Unreadable):
        pdf_active_content(pdf)


def test_an_object_stream_that_inflates_beyond_any_document_is_refused():
    bomb = zlib.compress(b" " * (17 * 1024 * 1024), 9)
    stream = b"<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length %d >>\nstream\n" % len(bomb)
    pdf = assemble([b"<< /Type /Catalog >>", stream + bomb + b"\nendstream"])
    with pytest.raises(Unreadable):
        pdf_active_content(pdf)
