"""The catalogue of hostile values the fuzz tests send: each a name (shown in failure reports) and a value.

To add one, append a ``Hostile`` to the list where it belongs: ``JSON_VALUES`` are set in the JSON body of
action calls (one parameter at a time for the portal's own actions); ``TEXT_VALUES`` go into query strings
and form fields;
``PATH_VALUES`` replace one path parameter of a route; ``BODIES`` replace a whole request body. A value is
bytes where it must reach the server as raw bytes (text that is not UTF-8).
"""

from __future__ import annotations

from typing import Any, NamedTuple


class Hostile(NamedTuple):
    name: str
    value: Any


MEGABYTE_TEXT = "x" * (1024 * 1024)
NUL = "a\x00b"
NOT_UTF8 = b"\xff\xfe\xc3("
CRLF = "a\r\nSet-Cookie: hostile=1\r\n\r\n<b>"
BIDI = "\u202egnp.exe"
TRAVERSAL = "../../../../etc/passwd"
SQL = "1' OR '1'='1'; DROP TABLE package; --"
LUCENE = 'title:(a OR "b) AND *:* {!lucene q.op=OR} [* TO *] \\'
HUGE_NUMBER = "99999999999999999999"

JSON_VALUES = (
    Hostile("int", 123),
    Hostile("negative int", -1),
    Hostile("huge int", 10**30),
    Hostile("float 1e308", 1e308),
    Hostile("list", ["a", 1, None]),
    Hostile("dict", {"a": {"b": "c"}}),
    Hostile("true", True),
    Hostile("null", None),
    Hostile("empty", ""),
    Hostile("NUL", NUL),
    Hostile("1 MB", MEGABYTE_TEXT),
    Hostile("CR/LF", CRLF),
    Hostile("U+202E", BIDI),
    Hostile("lone surrogate", "a\ud800b"),
    Hostile("traversal", TRAVERSAL),
    Hostile("SQL", SQL),
    Hostile("Lucene", LUCENE),
    Hostile("huge number text", HUGE_NUMBER),
    Hostile("not a boolean", "maybe"),
)

TEXT_VALUES = (
    Hostile("empty", ""),
    Hostile("NUL", NUL),
    Hostile("not UTF-8", NOT_UTF8),
    Hostile("huge number", HUGE_NUMBER),
    Hostile("CR/LF", CRLF),
    Hostile("U+202E", BIDI),
    Hostile("SQL and Lucene", f"{SQL} {LUCENE}"),
    Hostile("long", "y" * 20_000),
)

# A path parameter names an object: any value that names none takes the same way through a view, so a
# few kinds suffice (CR/LF, U+202E and the like go into the query strings and forms).
PATH_VALUES = (
    Hostile("NUL", "\x00"),
    Hostile("not UTF-8", NOT_UTF8),
    Hostile("huge number", HUGE_NUMBER),
    Hostile("long", "z" * 3000),
)

# Whole JSON bodies (bytes as sent, whatever the Content-Type claims).
BODIES = (
    Hostile("malformed JSON", b'{"id": '),
    Hostile("JSON not an object", b"[1, 2, 3]"),
    Hostile("not UTF-8 body", b'{"id": "\xff\xfe"}'),
    Hostile("NUL escape", b'{"id": "a\\u0000b"}'),
    Hostile("nested 200,000 levels", b"[" * 200_000 + b"]" * 200_000),
    Hostile("nested object 1,000 levels", b'{"a":' * 1000 + b"1" + b"}" * 1000),
)
