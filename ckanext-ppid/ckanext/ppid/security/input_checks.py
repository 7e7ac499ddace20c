"""Checks on the raw bytes of a request that no view can be trusted to make: NUL characters, text that is not
UTF-8, JSON nested too deep. Pure functions over bytes; ``input_guard`` applies them to every request.

PostgreSQL refuses NUL in text and Python's encoders refuse lone surrogates, so either reaching the database
ended as a server error; a JSON document nested a few thousand levels deep exhausts the parser's recursion.
"""

from __future__ import annotations

import re
from urllib.parse import unquote_to_bytes

NUL = "nul"
NOT_UTF8 = "not_utf8"
TOO_DEEP = "too_deep"

# One JSON escape per match, so an escaped backslash is never read as the start of the next escape.
_JSON_ESCAPE = re.compile(rb"\\(?:u([0-9a-fA-F]{4})|.)", re.DOTALL)
# A JSON string: the text between its quotes cannot open or close a structure.
_JSON_STRING = re.compile(rb'"(?:[^"\\]|\\.)*"', re.DOTALL)
_OPENERS = (b"[", b"{")
_NOT_BRACKETS = bytes(byte for byte in range(256) if byte not in b"[]{}")


def text_fault(raw: bytes) -> str | None:
    """``NUL`` or ``NOT_UTF8`` when the bytes of a path, a name or a value are not acceptable text."""
    if b"\x00" in raw:
        return NUL
    if raw.isascii():
        return None
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return NOT_UTF8
    return None


def url_encoded_fault(encoded: bytes) -> str | None:
    """The fault of a query string or an ``application/x-www-form-urlencoded`` body, once decoded."""
    if b"%" not in encoded:
        return text_fault(encoded)
    return text_fault(unquote_to_bytes(encoded))


def json_fault(body: bytes, max_depth: int) -> str | None:
    """The fault of a JSON body: raw bytes, ``\\u0000`` and lone surrogate escapes, nesting deeper than
    ``max_depth``. Anything else wrong with it is the JSON parser's to report."""
    fault = text_fault(body)
    if fault:
        return fault
    if b"\\u" in body:
        fault = _escape_fault(body)
        if fault:
            return fault
    return TOO_DEEP if json_depth(body, max_depth) > max_depth else None


def url_encoded_json_depth(encoded: bytes, max_depth: int) -> int:
    """The nesting of JSON sent as a form field (CKAN's API reads a lone form key as a JSON document)."""
    if (
        encoded.count(b"%5B") + encoded.count(b"%5b") + encoded.count(b"%7B") + encoded.count(b"%7b")
        <= max_depth
    ):
        return json_depth(encoded, max_depth)
    return json_depth(unquote_to_bytes(encoded.replace(b"+", b" ")), max_depth)


def json_depth(body: bytes, max_depth: int) -> int:
    """How deep the structures of a JSON text nest; exact only above ``max_depth`` (cheap below it)."""
    if sum(body.count(opener) for opener in _OPENERS) <= max_depth:
        return 0
    structure = _JSON_STRING.sub(b"", body) if b'"' in body else body
    depth = deepest = 0
    for byte in structure.translate(None, _NOT_BRACKETS):
        if byte in (0x5B, 0x7B):
            depth += 1
            if depth > deepest:
                deepest = depth
        else:
            depth -= 1
    return deepest


def _escape_fault(body: bytes) -> str | None:
    pending_high = False
    last_end = -1
    for match in _JSON_ESCAPE.finditer(body):
        code = int(match.group(1), 16) if match.group(1) else None
        if pending_high and (match.start() != last_end or code is None or not 0xDC00 <= code <= 0xDFFF):
            return NOT_UTF8
        if pending_high:
            pending_high = False
        elif code == 0:
            return NUL
        elif code is not None and 0xD800 <= code <= 0xDBFF:
            pending_high = True
        elif code is not None and 0xDC00 <= code <= 0xDFFF:
            return NOT_UTF8
        last_end = match.end()
    return NOT_UTF8 if pending_high else None
