"""The information a request asked for, as the public request register may show it (docs/personal-data.md).

The register shows a summary of the subject with personal data removed, and never the applicant's name,
NIK, address, telephone or e-mail. Applicants often write those into the request itself ("saya, Siti
Rahmawati, NIK ..."), so before the subject is shown this module removes: the applicant's own identifiers
(each whole, each word of a name, each part of the address that carries a number), and whatever looks like
an e-mail address, a telephone number or an identity or account number. What remains is cut to a summary.

A machine cannot tell that a subject concerns a third person's health or finances (UU 14/2008 Ps 17(h));
the register therefore shows a summary, not the request, and the shell withholds subjects where the
domain gives no reason to show them (anonymised and withdrawn requests).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

REMOVED = "[…]"
ELLIPSIS = "…"
# A name's words shorter than this are initials or particles ("M.", "bin"), kept to spare ordinary words.
MIN_NAME_WORD = 3

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)
# Indonesian telephone numbers: 0 or +62, then at least eight more digits in groups.
PHONE = re.compile(r"(?:\+62|(?<!\d)0)[\s.-]?\d{2,4}(?:[\s.-]?\d{2,4}){2,3}(?!\d)")
# NIK (16 digits), KK, account and similar numbers: eight digits or more in one run.
LONG_NUMBER = re.compile(r"(?<!\d)\d{8,}(?!\d)")
_REPEATED = re.compile(r"(?:\s*" + re.escape(REMOVED) + r"){2,}")
_SPACES = re.compile(r"\s+")


def identifiers(
    names: Iterable[str | None], address: str | None, others: Iterable[str | None]
) -> tuple[str, ...]:
    """The strings to remove for one applicant: names whole and word by word, the address whole and the
    parts of it that carry a number (street and house number, postcode), and ``others`` whole."""
    found: set[str] = set()
    for name in names:
        if name and name.strip():
            found.add(name.strip())
            found.update(word for word in re.findall(r"\w+", name) if len(word) >= MIN_NAME_WORD)
    if address and address.strip():
        found.add(address.strip())
        found.update(part.strip() for part in address.split(",") if re.search(r"\d", part))
    found.update(other.strip() for other in others if other and other.strip())
    # Longest first, so a whole name goes before its words.
    return tuple(sorted(found, key=len, reverse=True))


def _without(text: str, value: str) -> str:
    pattern = re.escape(value)
    # Whole words only, where the value starts or ends with a word character.
    if value[0].isalnum():
        pattern = r"(?<!\w)" + pattern
    if value[-1].isalnum():
        pattern += r"(?!\w)"
    return re.sub(pattern, REMOVED, text, flags=re.IGNORECASE)


def summary(text: str, max_chars: int) -> str:
    """``text`` on one line, cut at a word boundary to at most ``max_chars`` characters."""
    flat = _SPACES.sub(" ", text).strip()
    if len(flat) <= max_chars:
        return flat
    cut = flat[: max_chars - len(ELLIPSIS)]
    if " " in cut:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,.;:") + ELLIPSIS


def public_subject(text: str, applicant: Iterable[str], max_chars: int) -> str:
    """``text`` without ``applicant``'s identifiers (see :func:`identifiers`) nor contact or identity
    numbers, as a summary of at most ``max_chars`` characters."""
    cleaned = text or ""
    for value in applicant:
        cleaned = _without(cleaned, value)
    for pattern in (EMAIL, PHONE, LONG_NUMBER):
        cleaned = pattern.sub(REMOVED, cleaned)
    cleaned = _REPEATED.sub(" " + REMOVED, cleaned)
    return summary(cleaned, max_chars)
