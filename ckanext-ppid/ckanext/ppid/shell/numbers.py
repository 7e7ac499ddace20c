"""Numbers as the pages write them, one way in each language: "10,5" and "91,7%" in Indonesian, "10.5" and
"91.7%" in English, through babel's locale data (CLDR), never string surgery."""

from __future__ import annotations

from decimal import Decimal

import ckan.plugins.toolkit as tk
from babel.numbers import format_decimal, format_percent

NO_VALUE = "\u2013"


def page_locale() -> str:
    """The babel locale of the page: English pages in English, every other one in Indonesian."""
    return "en" if (tk.h.lang() or "").startswith("en") else "id"


def _pattern(digits: int) -> str:
    return "#,##0" + ("." + "0" * digits if digits else "")


def ppid_number(value: float | Decimal | int | None, digits: int = 0) -> str:
    """``1234.5`` -> "1.234,5" with ``digits`` decimals (Indonesian page); a dash for no value."""
    if value is None:
        return NO_VALUE
    return format_decimal(Decimal(str(value)), format=_pattern(digits), locale=page_locale())


def ppid_share(share: float | Decimal | None, digits: int = 1) -> str:
    """A share of a whole (``0.917``) -> "91,7%"; a dash when there is none."""
    if share is None:
        return NO_VALUE
    return format_percent(Decimal(str(share)), format=_pattern(digits) + "%", locale=page_locale())


HELPERS = {"ppid_number": ppid_number, "ppid_share": ppid_share}
