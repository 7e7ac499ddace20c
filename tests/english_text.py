"""English in a text meant to be Indonesian: the word list, the allow-list and the forms of dates and numbers.

Shared by the crawl of the portal's pages (tests/browser/language_check.py) and the checks of e-mails and PDFs
(tests/i18n/test_mail_language.py). docs/translations.md (The language check) says how to extend
the lists.
"""

from __future__ import annotations

import re

# English words an Indonesian sentence never uses (case-insensitive, whole words). "Dataset", "Data",
# "Format", "Status", "Tag", "Email", "Register", "URL" and "Total" are Indonesian usage and not listed;
# "Datasets" is English.
ENGLISH_WORDS = frozenset(
    " ".join(
        (
            "the and of with your you this that these those there here which what where when who why how",
            "is are was were been be has have had will would should could can cannot not to in",
            "for from into onto by at on off or",
            "please sorry welcome yet already",
            "search add added adding save saved create created creating update updated updating",
            "delete deleted",
            "edit edited editing view views viewing manage remove removed cancel submit publish published",
            "new next previous back more less show hide all none",
            "home dashboard feed news stream activity activities followers follow unfollow",
            "datasets resource resources organization organizations organisation group groups member members",
            "upload uploaded uploading download downloads license licence licenses",
            "visibility private public draft active pending",
            "username password login logout sign registration account profile settings",
            "last first recent since ago today yesterday",
            "name title description tags author maintainer version modified",
            "request requests applicant objection objections",
            "error errors found forbidden unauthorized unauthorised",
            "optional required field fields value values",
            "day days month months year years",
        )
    ).split()
)

# CKAN phrases seen on Indonesian pages (issue 14), checked case-sensitively as phrases.
ENGLISH_PHRASES = (
    "What are datasets?",
    "Next: Add Data",
    "Add New Resource",
    "Save & add another",
    "New Resource View",
    "Last Active",
    "News feed",
    "Status active",
    "Powered by",
    "Open Data",
)

# Names that hold English words and are right on an Indonesian page: removed before the check.
ALLOWED = (
    # Licence titles stay as their authors wrote them (i18n/README.md, Terminology).
    re.compile(r"Creative Commons[\w\s\-().,]*"),
    re.compile(r"Open Data Commons[\w\s\-().,]*"),
    re.compile(r"GNU Free Documentation License"),
    re.compile(r"Open Government Licen[cs]e[\w\s\-().,]*"),
    re.compile(r"License not specified"),
    re.compile(r"Open Database License"),
    # Product names.
    re.compile(r"\b(CKAN|DataStore|DataTables|PostgreSQL|Leaflet|OpenStreetMap)\b"),
    # A value typed as it is: the DataTables view's date format "NONE".
    re.compile(r"\bNONE\b"),
    # The language selector names each language in its own language.
    re.compile(r"^English$", re.MULTILINE),
)

# Dates and numbers written the English way on an Indonesian page: "Desember 7, 2026", "91.7%".
MONTHS = "Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember"
ENGLISH_FORMS = (
    ("date with the month first", re.compile(rf"\b(?:{MONTHS}) \d{{1,2}}, \d{{4}}\b")),
    ("decimal point in a percentage", re.compile(r"(?<![\d.,])\d+\.\d+ ?%")),
)

# A word: letters, with hyphens or underscores inside (codes and slugs such as cc-by are not words).
WORD = re.compile(r"[A-Za-z0-9]+(?:[-_][A-Za-z0-9]+)*")
URL = re.compile(r"\b(?:https?://|www\.)\S+|\S+@\S+\.\w+|(?<![\w/])/[\w.-]+(?:/[\w.-]*)*")


def snippet(text: str, start: int, end: int) -> str:
    return " ".join(text[max(0, start - 40) : end + 40].split())


def spans(text: str, hits: list[tuple[int, int]], limit: int = 3) -> list[str]:
    """Snippets around the hits, neighbouring hits sharing one snippet, at most ``limit``."""
    spans: list[list[int]] = []
    for start, end in sorted(hits):
        if spans and start - spans[-1][1] < 60:
            spans[-1][1] = max(spans[-1][1], end)
        else:
            spans.append([start, end])
    return [snippet(text, start, end) for start, end in spans[:limit]]


def english_in(text: str) -> tuple[list[str], list[str]]:
    """The English words and CKAN phrases in ``text``, and snippets around them."""
    for allowed in ALLOWED:
        text = allowed.sub(lambda m: " " * len(m.group(0)), text)
    words: dict[str, None] = {}
    hits: list[tuple[int, int]] = []
    for phrase in ENGLISH_PHRASES:
        for match in re.finditer(rf"(?<!\w){re.escape(phrase)}(?!\w)", text):
            words.setdefault(phrase)
            hits.append(match.span())
    text = URL.sub(lambda m: " " * len(m.group(0)), text)
    for match in WORD.finditer(text):
        if match.group(0).lower() in ENGLISH_WORDS:
            words.setdefault(match.group(0).lower())
            hits.append(match.span())
    return list(words), spans(text, hits)


def english_forms_in(text: str) -> list[tuple[str, str]]:
    """(what, snippets) for each date or number written the English way."""
    found = []
    for name, pattern in ENGLISH_FORMS:
        around = spans(text, [m.span() for m in pattern.finditer(text)])
        if around:
            found.append((name, " … ".join(around)))
    return found
