"""Rupiah amounts, absorption percentages and reporting periods as the budget pages write them, in the
page's language: "Rp10.701.893.800" and "6,01%" in Indonesian, "Rp10,701,893,800" and "6.01%" in English.

Numbers go through babel's locale data (CLDR), never string surgery; the rupiah sign is the pattern's
literal in both languages (English CLDR would write "IDR").
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import ckan.plugins.toolkit as tk
from babel.dates import format_date
from babel.numbers import format_decimal, format_percent

from ckanext.ppid.budget import periods as budget_periods
from ckanext.ppid.law.markers import N_
from ckanext.ppid.shell.numbers import NO_VALUE, page_locale

# Whole rupiah as SIPD prints them; cents only where an amount has them.
RUPIAH = "'Rp'#,##0"
RUPIAH_AND_CENTS = "'Rp'#,##0.00"
PERCENT = "#,##0.00%"
QUARTER = N_("Quarter {number} {year}")
SEMESTER = N_("Semester {number} {year}")


def ppid_rupiah(amount: float | Decimal | None) -> str:
    """``10701893800`` -> "Rp10.701.893.800" (Indonesian page); a dash for no amount."""
    if amount is None:
        return NO_VALUE
    value = Decimal(str(amount))
    pattern = RUPIAH if value == value.to_integral_value() else RUPIAH_AND_CENTS
    return format_decimal(value, format=pattern, locale=page_locale())


def ppid_percent(share: float | Decimal | None) -> str:
    """An absorption percentage (``6.01``, already x 100) -> "6,01%"; a dash when there is none."""
    return (
        NO_VALUE
        if share is None
        else format_percent(Decimal(str(share)) / 100, format=PERCENT, locale=page_locale())
    )


def ppid_budget_period(period: str | None) -> str:
    """A reporting period code (``2026-07``, ``2026-Q2``, ``2026-S1``, ``2026``) as words: "Juli 2026"."""
    found = budget_periods.PATTERN.match(period or "")
    if found is None:
        return period or NO_VALUE
    year = found["year"]
    if found["month"]:
        return format_date(dt.date(int(year), int(found["month"]), 1), "LLLL y", locale=page_locale())
    if found["quarter"]:
        return tk._(QUARTER).format(number=found["quarter"], year=year)
    if found["semester"]:
        return tk._(SEMESTER).format(number=found["semester"], year=year)
    return year


HELPERS = {
    "ppid_rupiah": ppid_rupiah,
    "ppid_percent": ppid_percent,
    "ppid_budget_period": ppid_budget_period,
}
