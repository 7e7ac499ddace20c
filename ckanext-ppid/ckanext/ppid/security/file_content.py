"""What an uploaded file's bytes are, beyond what libmagic says: signatures and active content in PDFs.

libmagic names a file by patterns it finds near the start, so an HTML page with ``%PDF-`` in its first
lines passes as ``application/pdf``. A PDF, JPEG or PNG must *begin* with its signature.

A PDF can carry things a viewer runs or opens: JavaScript (``/JavaScript`` actions, run on opening through
``/OpenAction`` or on events through ``/AA``), ``/Launch`` actions that start programs, attached files
(``/EmbeddedFile``), Flash (``/RichMedia``) and XFA forms with their scripts. :func:`pdf_active_content`
finds their names in the file's objects: in the bytes as written (names decoded from ``#xx`` escapes) and
in compressed object streams (PDF 1.5+), which are inflated within a budget. It reads names, not behaviour:
a file that names JavaScript without using it is refused too, which is the safe mistake.
"""

from __future__ import annotations

import re
import zlib

SIGNATURES = {
    ".pdf": b"%PDF-",
    ".jpg": b"\xff\xd8\xff",
    ".jpeg": b"\xff\xd8\xff",
    ".png": b"\x89PNG\r\n\x1a\n",
}
# Things a viewer runs: refused in every PDF the portal takes.
EXECUTABLE = ("JavaScript", "Launch")
# Things a viewer opens or renders beyond the page: refused where only a scan belongs (identity documents).
EMBEDDED = ("EmbeddedFile", "EmbeddedFiles", "RichMedia", "XFA")
# Names this long do not turn up by chance in compressed or image data.
LONG_NAME = 6
# A /JS key holds the script of a JavaScript action; short enough to occur by chance in binary data, so it
# is looked for only where it is followed by a string or a reference, outside stream data.
JS_KEY = re.compile(rb"/JS\s*(?:\(|<(?!<)|\d+\s+\d+\s+R)")
NAME_ESCAPE = re.compile(rb"#([0-9A-Fa-f]{2})")
STREAM_START = re.compile(rb"stream(?:\r\n|\n|\r)")
STREAM_BODY = re.compile(rb"stream(?:\r\n|\n|\r).*?endstream", re.S)
# How far before ``stream`` its dictionary may start, and how much an object stream may inflate to.
DICTIONARY_REACH = 4096
INFLATE_PER_STREAM = 16 * 1024 * 1024
INFLATE_TOTAL = 64 * 1024 * 1024


class Unreadable(ValueError):
    """The PDF's object streams are larger than any real document's, or packed in a way not checked."""


def starts_as(extension: str, head: bytes) -> bool:
    """Whether ``head`` begins with the signature files with ``extension`` have (True if none is known)."""
    signature = SIGNATURES.get(extension.lower())
    return signature is None or head.startswith(signature)


def _decode_names(data: bytes) -> bytes:
    return NAME_ESCAPE.sub(lambda match: bytes([int(match.group(1), 16)]), data) if b"#" in data else data


def _names_in(text: bytes, wanted: tuple[str, ...]) -> set[str]:
    found = set()
    for name in wanted:
        if re.search(rb"/" + name.encode() + rb"(?![A-Za-z0-9])", text):
            found.add(name)
    return found


def _object_streams(data: bytes) -> list[bytes]:
    """The inflated contents of the object streams in ``data``; :class:`Unreadable` past the budget."""
    inflated: list[bytes] = []
    total = 0
    for match in STREAM_START.finditer(data):
        dictionary = _decode_names(data[max(0, match.start() - DICTIONARY_REACH) : match.start()])
        dictionary = dictionary[dictionary.rfind(b"obj") + 1 :]
        if b"/ObjStm" not in dictionary and not (b"/First" in dictionary and b"/N" in dictionary):
            continue
        if b"/Filter" not in dictionary:
            continue  # stored as is: already among the bytes as written
        if not re.search(rb"/Filter\s*\[?\s*/FlateDecode\s*\]?\s*(?:/|>>)", dictionary):
            raise Unreadable("object stream with a filter other than FlateDecode")
        inflater = zlib.decompressobj()
        try:
            content = inflater.decompress(data[match.end() :], INFLATE_PER_STREAM)
        except zlib.error:
            continue  # a viewer cannot read it either
        if inflater.unconsumed_tail:
            raise Unreadable("object stream larger than the budget")
        total += len(content)
        if total > INFLATE_TOTAL:
            raise Unreadable("object streams larger than the budget")
        inflated.append(content)
    return inflated


def pdf_active_content(data: bytes, wanted: tuple[str, ...] = EXECUTABLE) -> set[str]:
    """The kinds of active content among ``wanted`` that ``data`` names (a /JS key counts as JavaScript).

    Long names are looked for in all the bytes; short ones (``/XFA``, ``/JS``), which random image data
    could hold by chance, only outside stream data and in the inflated object streams.
    """
    written = _decode_names(data)
    outside_streams = STREAM_BODY.sub(b"stream endstream", written)
    inflated = [_decode_names(content) for content in _object_streams(data)]
    long_names = tuple(name for name in wanted if len(name) >= LONG_NAME)
    short_names = tuple(name for name in wanted if len(name) < LONG_NAME)
    found = _names_in(written, long_names) | _names_in(outside_streams, short_names)
    for content in inflated:
        found |= _names_in(content, wanted)
    if "JavaScript" in wanted and any(JS_KEY.search(text) for text in [outside_streams, *inflated]):
        found.add("JavaScript")
    return found
