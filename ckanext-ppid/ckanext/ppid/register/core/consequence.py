"""The law on an exempted register item: the consequence-test record must be complete and lawful.

Dict in, problems out. Messages are N_-marked English msgids with ``{placeholders}``; the shell translates
the msgid first and then fills it with ``params`` (legal citations, codes and dates, which need no
translation).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import Any

from ckanext.ppid.law import exemptions
from ckanext.ppid.law.markers import N_
from ckanext.ppid.law.problems import Problem
from ckanext.ppid.register.core.restriction import WITHHOLDING

# Statuses under which an exemption still withholds the information.
_FALSE_WORDS = frozenset({"", "false", "0", "no", "tidak", "-"})
_YEARS = re.compile(r"^\s*(\d+)\s*(tahun)?\s*$", re.IGNORECASE)
# 17.j: a statute-level law (UU or Perppu, UU 12/2011 Ps 7) must forbid disclosure.
_STATUTE = re.compile(r"\b(uu|undang[\s-]*undang|perppu)\b", re.IGNORECASE)
_NOT_WORD = re.compile(r"[^0-9a-z]+")

MISSING_GROUND = N_("Choose the ground of Article 17 of UU 14/2008 the information is exempted under.")
UNKNOWN_GROUND = N_("{code} is not a ground of Article 17 of UU 14/2008.")
PARENT_GROUND = N_("Choose one of the numbered sub-grounds of {code}.")
MISSING_STATUTE = N_("Name the statute and article the exemption relies on ({basis}).")
STATUTE_NOT_UU = N_(
    "Ground {code} needs an Undang-Undang that forbids disclosure; a lower regulation is not enough."
)
MISSING_HARM = N_(
    "Describe the harm that opening the information would cause: the consequence test ({basis})."
)
MISSING_BALANCE = N_(
    "Explain why closing the information protects a larger interest than opening it ({basis})."
)
MISSING_DECREE_NUMBER = N_("Enter the number of the PPID's classification decree ({basis}).")
MISSING_DECREE_DATE = N_("Enter the date of the classification decree ({basis}).")
MISSING_APPROVAL = N_("Record the approval of the head of the public body ({basis}).")
BAD_DATE = N_("Enter a date as YYYY-MM-DD.")
MISSING_PERIOD = N_("Set the exemption period: an end date or a number of years ({basis}).")
MISSING_PERIOD_OR_NEEDED = N_(
    'Set the exemption period: an end date, a number of years or "selama_diperlukan" ({basis}).'
)
BAD_PERIOD = N_('Enter the period as a whole number of years or "selama_diperlukan".')
NEEDED_NOT_ALLOWED = N_(
    'Under {basis} the period of ground {code} cannot be "as long as needed": enter an end date or a number '
    "of years."
)
TOO_MANY_YEARS = N_("Under {basis} an exemption on ground {code} lasts at most {years} years.")
TOO_LATE = N_("Under {basis} an exemption on ground {code} lasts at most {years} years: end it by {latest}.")
END_NOT_AFTER_DECREE = N_("The exemption must end after the date of the decree.")
END_AFTER_PERIOD = N_("The end date is later than {years} years from the decree: end it by {latest}.")
NEVER_EXEMPT_FLAGGED = N_(
    "Information listed in UU 14/2008 Ps 18(1) can never be exempted: publish it in a public category."
)
NEVER_EXEMPT_MATCH = N_('"{phrase}" names information that can never be exempted ({basis}).')
MUST_OPEN = N_(
    "With the person's written consent, or where it concerns a public office, this information is not exempt "
    "({basis}): set the status to opened with consent."
)


def as_date(value: Any) -> dt.date | None:
    """A date from a register field: a date, a datetime or ISO text (CKAN's date fields give any of them).

    Raises ValueError for text that is not an ISO date; returns None for an empty value.
    """
    if _blank(value):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.datetime.fromisoformat(str(value).strip()).date()


def _blank(value: Any) -> bool:
    return value is None or isinstance(value, str) and not value.strip()


def recorded(value: Any) -> bool:
    """Whether a flag is set or a reference is recorded: true, "true", "ya", or any non-empty reference."""
    if isinstance(value, bool):
        return value
    return value is not None and str(value).strip().lower() not in _FALSE_WORDS


def add_years(day: dt.date, years: int) -> dt.date:
    """The same calendar day ``years`` later; 29 February becomes 28 February in a common year."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def period_years(item: Mapping[str, Any]) -> int | None:
    """The exemption period in whole years, if it is given as a number."""
    match = _YEARS.match(str(item.get("jangka_waktu_pengecualian") or ""))
    return int(match.group(1)) if match else None


def as_long_as_needed(item: Mapping[str, Any]) -> bool:
    text = str(item.get("jangka_waktu_pengecualian") or "").strip().lower().replace(" ", "_")
    return text == exemptions.AS_LONG_AS_NEEDED_VALUE


def period_end(item: Mapping[str, Any]) -> dt.date | None:
    """The day the exemption ends: its end date, or the decree date plus its years; None if open-ended.

    Unreadable dates count as absent here; ``check_exemption`` reports them.
    """
    end, decided = _readable_date(item, "tanggal_berakhir"), _readable_date(item, "tanggal_penetapan")
    years = period_years(item)
    if end is None and decided is not None and years:
        return add_years(decided, years)
    return end


def _readable_date(item: Mapping[str, Any], name: str) -> dt.date | None:
    try:
        return as_date(item.get(name))
    except ValueError:
        return None


def opened_by_consent(item: Mapping[str, Any]) -> bool:
    """UU 14/2008 Ps 18(2), PP 61/2010 Ps 8(3): consent or a public office takes 17.g/17.h information out."""
    try:
        grounds_consent = exemptions.ground(str(item.get("dasar_pengecualian") or "")).consent_may_open
    except KeyError:
        return False
    if not grounds_consent:
        return False
    return recorded(item.get("persetujuan_tertulis")) or recorded(item.get("jabatan_publik"))


def check_exemption(item: Mapping[str, Any]) -> list[Problem]:
    """Everything the law requires of an exempted item that this item lacks or breaks."""
    problems: list[Problem] = []
    ground = _check_ground(item, problems)
    _require(item, "dasar_undang_undang", MISSING_STATUTE, "UU 14/2008 Ps 19; PP 61/2010 Ps 4", problems)
    if ground is not None and ground.code in exemptions.STATUTE_ONLY_GROUNDS:
        statute = str(item.get("dasar_undang_undang") or "")
        if statute.strip() and not _STATUTE.search(statute):
            problems.append(Problem(STATUTE_NOT_UU, {"code": ground.code}, field="dasar_undang_undang"))
    _require(item, "konsekuensi", MISSING_HARM, "UU 14/2008 Ps 19; PP 61/2010 Ps 3(1)", problems)
    _require(item, "pertimbangan_kepentingan_publik", MISSING_BALANCE, "UU 14/2008 Ps 2(4)", problems)
    _require(item, "nomor_sk_ppid", MISSING_DECREE_NUMBER, "PP 61/2010 Ps 3-4", problems)
    _require(item, "persetujuan_pimpinan", MISSING_APPROVAL, "PP 61/2010 Ps 3(2)", problems)
    decided = _date(item, "tanggal_penetapan", problems)
    if _blank(item.get("tanggal_penetapan")):
        problems.append(
            Problem(MISSING_DECREE_DATE, {"basis": "PP 61/2010 Ps 4(2)(f)"}, field="tanggal_penetapan")
        )
    end = _date(item, "tanggal_berakhir", problems)
    if ground is not None:
        _check_period(item, ground, decided, end, problems)
    _check_never_exempt(item, problems)
    if opened_by_consent(item) and (item.get("status_pengecualian") or "berlaku") in WITHHOLDING:
        basis = "UU 14/2008 Ps 18(2); PP 61/2010 Ps 8(3)"
        problems.append(Problem(MUST_OPEN, {"basis": basis}, field="status_pengecualian"))
    return problems


def _check_ground(item: Mapping[str, Any], problems: list[Problem]) -> exemptions.Ground | None:
    code = str(item.get("dasar_pengecualian") or "").strip()
    if not code:
        problems.append(Problem(MISSING_GROUND, field="dasar_pengecualian"))
        return None
    try:
        ground = exemptions.ground(code)
    except KeyError:
        problems.append(Problem(UNKNOWN_GROUND, {"code": code}, field="dasar_pengecualian"))
        return None
    if ground not in exemptions.selectable_grounds():
        problems.append(Problem(PARENT_GROUND, {"code": code}, field="dasar_pengecualian"))
    return ground


def _require(item: Mapping[str, Any], name: str, message: str, basis: str, problems: list[Problem]) -> None:
    if not str(item.get(name) or "").strip():
        problems.append(Problem(message, {"basis": basis}, field=name))


def _date(item: Mapping[str, Any], name: str, problems: list[Problem]) -> dt.date | None:
    try:
        return as_date(item.get(name))
    except ValueError:
        problems.append(Problem(BAD_DATE, field=name))
        return None


def _check_period(
    item: Mapping[str, Any],
    ground: exemptions.Ground,
    decided: dt.date | None,
    end: dt.date | None,
    problems: list[Problem],
) -> None:
    """PP 61/2010 Ps 4(2)(d) requires a period; Ps 5-9 say which periods each ground allows."""
    rule, basis = ground.period_rule, ground.period_basis
    field_name = "jangka_waktu_pengecualian"
    text = str(item.get(field_name) or "").strip()
    years = period_years(item)
    needed = as_long_as_needed(item)
    if text and not needed and not years:
        problems.append(Problem(BAD_PERIOD, field=field_name))
        return
    if needed and end is None:
        if not rule.allows_as_long_as_needed:
            problems.append(
                Problem(NEEDED_NOT_ALLOWED, {"basis": basis, "code": ground.code}, field=field_name)
            )
        return
    if not text and _blank(item.get("tanggal_berakhir")):
        message = MISSING_PERIOD_OR_NEEDED if rule.allows_as_long_as_needed else MISSING_PERIOD
        problems.append(Problem(message, {"basis": "PP 61/2010 Ps 4(2)(d)"}, field=field_name))
        return
    if rule.max_years is not None and years and years > rule.max_years:
        params = {"basis": basis, "code": ground.code, "years": rule.max_years}
        problems.append(Problem(TOO_MANY_YEARS, params, field=field_name))
    if decided is None or end is None:
        return
    if end <= decided:
        problems.append(Problem(END_NOT_AFTER_DECREE, field="tanggal_berakhir"))
    elif rule.max_years is not None and end > add_years(decided, rule.max_years):
        latest = add_years(decided, rule.max_years)
        params = {"basis": basis, "code": ground.code, "years": rule.max_years, "latest": latest}
        problems.append(Problem(TOO_LATE, params, field="tanggal_berakhir"))
    elif years and end > add_years(decided, years):
        params = {"years": years, "latest": add_years(decided, years)}
        problems.append(Problem(END_AFTER_PERIOD, params, field="tanggal_berakhir"))


def _words(text: Any) -> str:
    return " " + _NOT_WORD.sub(" ", str(text or "").lower()).strip() + " "


def _check_never_exempt(item: Mapping[str, Any], problems: list[Problem]) -> None:
    """UU 14/2008 Ps 18(1): the officer's flag, and the listed kinds named in the title or summary."""
    if recorded(item.get("pasal_18_dikecualikan_terlarang")):
        problems.append(Problem(NEVER_EXEMPT_FLAGGED, field="pasal_18_dikecualikan_terlarang"))
    for name in ("title", "notes"):
        text = _words(item.get(name))
        hit = next(
            (
                (kind, phrase)
                for kind in exemptions.NEVER_EXEMPT
                for phrase in kind.keywords
                if _words(phrase) in text
            ),
            None,
        )
        if hit is not None:
            kind, phrase = hit
            problems.append(
                Problem(NEVER_EXEMPT_MATCH, {"phrase": phrase, "basis": kind.legal_basis}, field=name)
            )
