"""Normalise cell text into register values: clean text, packed lists, unit lists, years, dates, forms.

Each parser returns None when it does not recognise the text, so the caller decides between an error, a
warning and keeping the text as written.
"""

from __future__ import annotations

import datetime as dt
import re

from ckanext.ppid.law.exemptions import AS_LONG_AS_NEEDED_VALUE

# Exports from web apps carry line breaks as the two characters "\" "n" (or "\r\n").
LITERAL_BREAK = re.compile(r"\\r\\n|\\n|\\r|\r\n|\r")
SPACES = re.compile(r"[ \t\f\v\xa0\u200b]+")
# "a. ...", "b) ...", "1. ..." at the start of the text, a line, or after a ";".
ENUMERATOR = re.compile(r"(?:^|(?<=[;\n]))[ \t]*([a-zA-Z]|\d{1,2})[.)][ \t]+")
URL = re.compile(r"^https?://\S+$", re.IGNORECASE)
YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20\d\d)(?!\d)")
MONTHS = {
    **dict.fromkeys(("januari", "january", "jan"), 1),
    **dict.fromkeys(("februari", "pebruari", "february", "feb", "peb"), 2),
    **dict.fromkeys(("maret", "march", "mar"), 3),
    **dict.fromkeys(("april", "apr"), 4),
    **dict.fromkeys(("mei", "may"), 5),
    **dict.fromkeys(("juni", "june", "jun"), 6),
    **dict.fromkeys(("juli", "july", "jul"), 7),
    **dict.fromkeys(("agustus", "august", "agu", "agt", "ags", "aug"), 8),
    **dict.fromkeys(("september", "sept", "sep"), 9),
    **dict.fromkeys(("oktober", "october", "okt", "oct"), 10),
    **dict.fromkeys(("november", "nopember", "nov", "nop"), 11),
    **dict.fromkeys(("desember", "december", "des", "dec"), 12),
}
ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T][\d:.]+)?$")
NUMERIC_DATE = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$")
WORDED_DATE = re.compile(r"(\d{1,2})\s+([a-z]+)\.?\s+(\d{4})")
SOFTCOPY = re.compile(r"soft|elektronik|digital|pdf|online|daring|website|situs", re.IGNORECASE)
HARDCOPY = re.compile(r"hard|cetak|fisik|kertas|print", re.IGNORECASE)
# Cells of a yes/no column ("Softcopy" under "Bentuk") that mean "no".
NEGATIVE = frozenset({"-", "tidak", "tidak ada", "no", "0", "false", "n"})
YEARS_PERIOD = re.compile(r"^(\d{1,3})\s*(?:\([a-z ]+\)\s*)?tahun$")
WHILE_NEEDED = re.compile(r"^selama\s+(?:masih\s+)?diperlukan$")


def clean_text(text: str) -> str:
    """Line breaks (real or literal) kept, spaces collapsed, blank lines dropped."""
    lines = (SPACES.sub(" ", line).strip() for line in LITERAL_BREAK.sub("\n", text).split("\n"))
    return "\n".join(line for line in lines if line)


def one_line(text: str) -> str:
    return " ".join(clean_text(text).split("\n"))


def list_items(text: str) -> tuple[str, list[str]] | None:
    """The lead text and the items of a packed list "a. ...; b. ...", or None if it is not one.

    Only enumerators in sequence (a, b, c or 1, 2, 3) split, so "Kab. Malang" or a stray "c." stays text.
    """
    text = clean_text(text)
    cuts: list[re.Match[str]] = []
    for match in ENUMERATOR.finditer(text):
        label = match.group(1).lower()
        expected = _next_label(cuts[-1].group(1).lower()) if cuts else None
        if (not cuts and label in ("a", "1")) or label == expected:
            cuts.append(match)
    if len(cuts) < 2:
        return None
    lead = text[: cuts[0].start()].strip()
    ends = [match.start() for match in cuts[1:]] + [len(text)]
    items = [_item(text[match.end() : end]) for match, end in zip(cuts, ends, strict=True)]
    return lead, [item for item in items if item]


def _next_label(label: str) -> str:
    return str(int(label) + 1) if label.isdigit() else chr(ord(label) + 1)


def _item(text: str) -> str:
    return " ".join(text.split()).rstrip(" ;,")


def as_markdown(text: str) -> str:
    """Text with a packed list turned into a Markdown list (the summary is rendered as Markdown)."""
    packed = list_items(text)
    if packed is None:
        return clean_text(text)
    lead, items = packed
    bullets = "\n".join(f"- {item}" for item in items)
    return f"{lead}\n\n{bullets}" if lead else bullets


def split_units(text: str) -> list[str]:
    """Several units in one cell, separated by ";" or line breaks, without duplicates."""
    units: list[str] = []
    for part in re.split(r"[;\n]", clean_text(text)):
        unit = ENUMERATOR.sub("", part, count=1).strip(" ,.")
        if unit and unit not in units:
            units.append(unit)
    return units


def is_url(text: str) -> bool:
    return bool(URL.match(text.strip()))


def parse_years(text: str) -> list[int]:
    """The distinct years written in the text, in order."""
    years: list[int] = []
    for match in YEAR.finditer(text):
        if int(match.group(1)) not in years:
            years.append(int(match.group(1)))
    return years


def parse_date(text: str) -> dt.date | None:
    """ISO, day-first numeric (12/09/2023) or worded Indonesian or English dates ("12 September 2023")."""
    text = one_line(text).lower()
    numeric = ISO_DATE.match(text)
    if numeric:
        year, month, day = (int(part) for part in numeric.groups())
    elif match := NUMERIC_DATE.match(text):
        day, month, year = (int(part) for part in match.groups())
    elif match := WORDED_DATE.search(text):
        if match.group(2) not in MONTHS:
            return None
        day, month, year = int(match.group(1)), MONTHS[match.group(2)], int(match.group(3))
    else:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def parse_forms(text: str) -> list[str] | None:
    """ "Soft dan Hard Copy", "Hard & Soft File", "Cetak" ... as softcopy/hardcopy; None if neither."""
    forms = [
        form for form, pattern in (("softcopy", SOFTCOPY), ("hardcopy", HARDCOPY)) if pattern.search(text)
    ]
    return forms or None


def is_checked(text: str) -> bool:
    """A yes/no cell: "v", "✓", "ada", "ya", "x" mean yes; empty, "-", "tidak" mean no."""
    value = one_line(text).lower()
    return bool(value) and value not in NEGATIVE


def parse_exemption_period(text: str) -> str | None:
    """ "5 tahun" as "5", "selama diperlukan" as "selama_diperlukan"; None for anything else."""
    value = one_line(text).lower().rstrip(" .")
    if match := YEARS_PERIOD.match(value):
        return match.group(1)
    if WHILE_NEEDED.match(value):
        return AS_LONG_AS_NEEDED_VALUE
    return None


GROUND_CODE = re.compile(r"(?<![\d.])17\s*\.\s*([a-j])(?:\s*\.\s*([1-7]))?(?![a-z\d])", re.IGNORECASE)
GROUND_WORDS = re.compile(
    r"\b(?:pasal|ps\.?)\s*17\s*(?:ayat\s*\(?1\)?\s*)?(?:huruf|hrf\.?)?\s*\(?([a-j])\)?(?![a-z])"
    r"(?:\s*(?:angka|butir|nomor|no\.?)?\s*\(?([1-7])\)?(?!\d))?",
    re.IGNORECASE,
)


def parse_grounds(text: str) -> list[str]:
    """Pasal 17 codes written in the text: "Pasal 17 huruf h angka 2" and "17.h.2" both give "17.h.2"."""
    codes: list[str] = []
    for pattern in (GROUND_CODE, GROUND_WORDS):
        for match in pattern.finditer(text):
            letter, number = match.group(1).lower(), match.group(2)
            code = f"17.{letter}.{number}" if number else f"17.{letter}"
            if code not in codes:
                codes.append(code)
    return codes
