"""``Content-Disposition`` headers for downloads whose file name carries values a visitor chose (a unit's
name, a year, ``?induk=``). Pure: no CKAN import.

A CR or LF in a header value ended the response with a server error (or let a value write headers of its
own); U+202E and the other format characters make a browser show ``gpj.exe`` as ``exe.jpg``; a quote or a
backslash breaks out of the quoted name. The name is cleaned of all of them, then sent twice: an ASCII
fallback in ``filename=`` and the exact UTF-8 name in ``filename*=`` (RFC 6266), which browsers prefer.
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import quote

# Control characters (Cc: CR, LF, NUL...), format characters (Cf: bidi overrides, zero-width marks), line
# and paragraph separators, surrogates and unassigned code points.
_REMOVED_CATEGORIES = frozenset(("Cc", "Cf", "Zl", "Zp", "Cs", "Co", "Cn"))
# Characters a file name must not hold on common systems, or that break the quoted header value.
_REPLACED = re.compile(r'[\\/:*?"<>|;]+')
MAX_NAME = 150
FALLBACK = "unduhan"


def clean_name(name: str) -> str:
    """``name`` without control and format characters, separators replaced by ``-``, at most ``MAX_NAME``
    characters (the extension kept)."""
    kept = "".join(
        " " if char.isspace() else char
        for char in unicodedata.normalize("NFC", name)
        if unicodedata.category(char) not in _REMOVED_CATEGORIES or char in "\t\r\n"
    )
    cleaned = _REPLACED.sub("-", kept)
    cleaned = re.sub(r"\s+", " ", cleaned).strip(" .-")
    if len(cleaned) > MAX_NAME:
        stem, dot, extension = cleaned.rpartition(".")
        if dot and 0 < len(extension) <= 10:
            cleaned = f"{stem[: MAX_NAME - len(extension) - 1]}.{extension}"
        else:
            cleaned = cleaned[:MAX_NAME]
    return cleaned or FALLBACK


def ascii_name(name: str) -> str:
    """An ASCII rendering of a cleaned name: accents dropped, other characters replaced by ``_``."""
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    return re.sub(r"[^\x20-\x7e]", "_", plain).strip() or FALLBACK


def attachment(name: str) -> str:
    """The ``Content-Disposition`` value that downloads ``name`` under a safe name."""
    cleaned = clean_name(name)
    fallback = ascii_name(cleaned)
    if fallback == cleaned:
        return f'attachment; filename="{fallback}"'
    return f"attachment; filename=\"{fallback}\"; filename*=UTF-8''{quote(cleaned, safe='')}"
