"""Which budget and which reporting period a line belongs to: fiscal year, phase (tahapan), period.

Phases: the APBD as enacted (murni), shifted by regulation of the head of region (pergeseran), amended
by the APBD-P (perubahan), and the realisation report (realisasi); PP 12/2019 Ps 161-163 (perubahan,
pergeseran) and Ps 193 (monthly and semester realisation reports) [C]. Periods are written as their
end: ``2026-07`` (month), ``2026-Q2`` (quarter), ``2026-S1`` (semester), ``2026`` (year).
"""

from __future__ import annotations

import re

from ckanext.ppid.budget.core.table_format import PHASES

PHASE_NAMES = {
    "murni": "murni",
    "induk": "murni",
    "penetapan": "murni",
    "apbd": "murni",
    "apbd murni": "murni",
    "pergeseran": "pergeseran",
    "perubahan": "perubahan",
    "apbd p": "perubahan",
    "p apbd": "perubahan",
    "apbd perubahan": "perubahan",
    "realisasi": "realisasi",
    "lra": "realisasi",
}
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
ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
PERIOD = re.compile(r"\d{4}(?:-(?:0[1-9]|1[0-2])|-Q[1-4]|-S[12])?")
YEAR = re.compile(r"(?<!\d)(19[5-9]\d|2[01]\d\d)(?!\d)")
NUMERIC_MONTH = re.compile(r"(?:(\d{4})[-/.](\d{1,2})|(\d{1,2})[-/.](\d{4}))")
QUARTER = re.compile(r"\b(?:q|tw|triwulan|kuartal|quarter)\s*-?\s*([1-4]|iv|iii|ii|i)\b")
SEMESTER = re.compile(r"\b(?:s|smt|semester)\s*-?\s*([12]|ii|i)\b")
WORDS = re.compile(r"[a-z]+")
# Words around a year that still mean the whole year ("TA 2026", "Tahun Anggaran 2026").
YEAR_WORDS = frozenset({"ta", "tahun", "anggaran"})
NON_WORD = re.compile(r"[^a-z0-9]+")


def parse_phase(text: str) -> str | None:
    """A phase as stored ("MURNI", "APBD-P", "Realisasi" -> murni, perubahan, realisasi), or None."""
    value = " ".join(NON_WORD.sub(" ", text.lower()).split())
    return value if value in PHASES else PHASE_NAMES.get(value)


def parse_year(text: str) -> int | None:
    """A fiscal year written alone ("2026", "TA 2026"), or None."""
    years = YEAR.findall(text)
    return int(years[0]) if len(years) == 1 else None


def is_period(text: str) -> bool:
    return bool(PERIOD.fullmatch(text))


def parse_period(text: str, year: int | None) -> str | None:
    """A period as stored ("Juli 2026", "07/2026", "Triwulan II", "Semester 1", "2026"); a period
    without its year takes ``year``. None when the text names no period."""
    value = text.strip()
    if is_period(value):
        return value
    lower = value.lower()
    named_year = parse_year(lower)
    if numeric := NUMERIC_MONTH.search(lower):
        named_year = int(numeric.group(1) or numeric.group(4))
        month = int(numeric.group(2) or numeric.group(3))
        return f"{named_year}-{month:02d}" if 1 <= month <= 12 else None
    year = named_year or year
    if year is None:
        return None
    if quarter := QUARTER.search(lower):
        return f"{year}-Q{_number(quarter.group(1))}"
    if semester := SEMESTER.search(lower):
        return f"{year}-S{_number(semester.group(1))}"
    months = [MONTHS[word] for word in WORDS.findall(lower) if word in MONTHS]
    if months:
        return f"{year}-{months[-1]:02d}"
    whole_year = named_year and not set(WORDS.findall(YEAR.sub("", lower))) - YEAR_WORDS
    return str(year) if whole_year else None


def _number(text: str) -> int:
    return int(text) if text.isdigit() else ROMAN[text]


def period_for_year(period: str | None, year: int) -> str:
    """The dataset's period when it lies in ``year``; else the whole year (a multi-year file)."""
    return period if period and period[:4] == str(year) else str(year)
