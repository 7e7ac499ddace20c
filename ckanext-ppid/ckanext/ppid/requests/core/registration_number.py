"""Registration numbers (nomor pendaftaran) in a format the body configures: check, render, read back.

UU 14/2008 Ps 22(4) requires a registration number but sets no format [C]; bodies use forms such as
``{seq:04d}/PPID-{unit}/{month_roman}/{year}`` or ``{unit}/{yyyymmdd}/{seq:04d}`` [S] (docs/law.md,
Registration numbers). Fields: ``seq`` (the sequence, exactly once; ``seq:04d`` pads it), ``unit`` (the unit
code), ``year``, ``month`` (two digits), ``month_roman`` (I-XII) and ``yyyymmdd``. A gapless sequence per body
and year is the database's job; this module only turns a sequence into a number and a number back into its
parts.
"""

from __future__ import annotations

import datetime as dt
import re
import string
from dataclasses import dataclass

from ckanext.ppid.law.markers import N_
from ckanext.ppid.law.problems import Problem, Refused

DEFAULT_FORMAT = "{seq:04d}/PPID-{unit}/{month_roman}/{year}"
ROMAN_MONTHS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
# The pattern each field matches when a number is read back, and whether its width is fixed.
_FIELDS = {
    "seq": (r"\d+", False),
    "unit": (r".+?", False),
    "year": (r"\d{4}", True),
    "month": (r"0[1-9]|1[0-2]", True),
    "month_roman": ("|".join(sorted(ROMAN_MONTHS, key=len, reverse=True)), False),
    "yyyymmdd": (r"\d{8}", True),
}
_SEQ_SPEC = re.compile(r"^(0[1-9]d|d)?$")

BAD_SYNTAX = N_("The number format has unbalanced braces.")
UNKNOWN_FIELD = N_("{field} is not a field of the number format; use {fields}.")
SEQ_ONCE = N_("The number format must contain the sequence field seq exactly once.")
BAD_SPEC = N_("Only the sequence field can take a width, written seq:04d.")
ADJACENT = N_("Put a separator between {first} and {second}, or a number cannot be read back.")
UNREADABLE = N_("The unit code {unit} clashes with the number format: the number could not be read back.")
BAD_SEQUENCE = N_("The sequence starts at 1.")
NO_YEAR = N_("The number format must contain year or yyyymmdd, or numbers would repeat each year.")


class NumberFormatError(Refused):
    """A format or a value that cannot make a registration number."""


@dataclass(frozen=True)
class Parsed:
    seq: int
    unit: str | None
    year: int | None
    month: int | None
    day: int | None


def problems(template: str) -> list[Problem]:
    """What is wrong with a number format; empty when it can be used."""
    try:
        pieces = list(string.Formatter().parse(template))
    except ValueError:
        return [Problem(BAD_SYNTAX, field="format")]
    found: list[Problem] = []
    names = [name for _, name, _, _ in pieces if name is not None]
    for _, name, spec, conversion in pieces:
        if name is None:
            continue
        if name not in _FIELDS or conversion:
            found.append(
                Problem(UNKNOWN_FIELD, {"field": name, "fields": ", ".join(_FIELDS)}, field="format")
            )
        elif spec and (name != "seq" or not _SEQ_SPEC.match(spec)):
            found.append(Problem(BAD_SPEC, field="format"))
    if names.count("seq") != 1:
        found.append(Problem(SEQ_ONCE, field="format"))
    # Sequences start again each year: without the year a number would come back.
    if not {"year", "yyyymmdd"} & set(names):
        found.append(Problem(NO_YEAR, field="format"))
    for (_, first, _, _), (literal, second, _, _) in zip(pieces, pieces[1:], strict=False):
        variable = (name in _FIELDS and not _FIELDS[name][1] for name in (first, second))
        if first is not None and second is not None and not literal and all(variable):
            found.append(Problem(ADJACENT, {"first": first, "second": second}, field="format"))
    return found


def _pattern(template: str) -> re.Pattern[str]:
    regex, seen = [], set()
    for literal, name, _, _ in string.Formatter().parse(template):
        regex.append(re.escape(literal))
        if name is not None:
            regex.append(f"(?P={name})" if name in seen else f"(?P<{name}>{_FIELDS[name][0]})")
            seen.add(name)
    return re.compile("".join(regex))


def _checked(template: str) -> None:
    found = problems(template)
    if found:
        raise NumberFormatError.because(found[0])


def render(template: str, seq: int, unit: str, day: dt.date) -> str:
    """The number of sequence ``seq`` for ``unit`` on ``day``; NumberFormatError if it cannot be made."""
    _checked(template)
    if seq < 1:
        raise NumberFormatError(BAD_SEQUENCE)
    number = template.format(
        seq=seq,
        unit=unit,
        year=f"{day.year:04d}",
        month=f"{day.month:02d}",
        month_roman=ROMAN_MONTHS[day.month - 1],
        yyyymmdd=f"{day.year:04d}{day.month:02d}{day.day:02d}",
    )
    back = parse(template, number)
    if back is None or back.seq != seq or back.unit not in (None, unit):
        raise NumberFormatError(UNREADABLE, unit=unit)
    return number


def parse(template: str, number: str) -> Parsed | None:
    """The parts of ``number`` written in ``template``; None if it is not one or contradicts itself."""
    _checked(template)
    match = _pattern(template).fullmatch(number.strip())
    if match is None:
        return None
    fields = match.groupdict()
    years, months, days = set(), set(), set()
    if fields.get("year"):
        years.add(int(fields["year"]))
    if fields.get("month"):
        months.add(int(fields["month"]))
    if fields.get("month_roman"):
        months.add(ROMAN_MONTHS.index(fields["month_roman"]) + 1)
    if fields.get("yyyymmdd"):
        text = fields["yyyymmdd"]
        try:
            date = dt.date(int(text[:4]), int(text[4:6]), int(text[6:]))
        except ValueError:
            return None
        years.add(date.year)
        months.add(date.month)
        days.add(date.day)
    if len(years) > 1 or len(months) > 1:
        return None
    return Parsed(
        int(fields["seq"]),
        fields.get("unit"),
        next(iter(years), None),
        next(iter(months), None),
        next(iter(days), None),
    )
