"""Rupiah amounts as budget files write them, to ``Decimal`` with two places, and back in id-ID style.

Indonesian exports write ``10.701.893.800,00`` (dots group thousands, a comma starts the decimals),
``Rp847.542.209.097``, ``Rp 5.000,-``, ``(1.000)`` for a negative amount and ``-`` for nothing spent;
programs write ``10701893800.00``; some exports use the English ``1,234,567.89``. A lone dot followed by
exactly three digits groups thousands (``1.234`` is one thousand two hundred and thirty-four rupiah),
and so does a lone comma (``1,234``): amounts in rupiah never have three decimals.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

from babel.numbers import format_decimal

CENT = Decimal("0.01")
# CLDR patterns; the rupiah sign is a literal (the id locale's currency format would add a space).
GROUPED = "#,##0.00"
RUPIAH = "'Rp'#,##0.00"
ZERO = Decimal("0.00")

# Currency marks and a trailing ",-" / ".-" ("Rp 5.000,-") around the number.
CURRENCY = re.compile(r"^(?:rp\.?|idr)\s*|\s*(?:rp|idr)$|[,.]-$", re.IGNORECASE)
# Spaces between digit groups (including no-break and thin spaces).
GROUP_SPACE = re.compile(r"(?<=\d)[\s\u00a0\u202f]+(?=\d)")
ID_GROUPED = re.compile(r"[1-9]\d{0,2}(?:\.\d{3})+(?:,\d+)?")
EN_GROUPED = re.compile(r"[1-9]\d{0,2}(?:,\d{3})+(?:\.\d+)?")
DECIMAL_COMMA = re.compile(r"\d*,\d+")
PLAIN = re.compile(r"\d*\.?\d+")
NOTHING = frozenset({"-", "\u2013", "\u2014", "--"})
MINUS = "-\u2212\u2013"
SIGNS = MINUS + "+"


class AmountError(ValueError):
    """The text is not an amount."""


def parse_amount(value: object) -> Decimal | None:
    """The amount in ``value`` (text, or a number from a spreadsheet) rounded to sen; None when empty.

    :raises AmountError: the text is not an amount.
    """
    if value is None:
        return None
    if isinstance(value, bool):
        raise AmountError(str(value))
    if isinstance(value, int | Decimal):
        return Decimal(value).quantize(CENT, ROUND_HALF_UP)
    if isinstance(value, float):
        return Decimal(repr(value)).quantize(CENT, ROUND_HALF_UP)
    text = str(value).strip()
    if not text:
        return None
    if text in NOTHING:
        return ZERO
    number = _plain_number(text)  # most cells are a bare number
    if number is not None:
        return Decimal(number).quantize(CENT, ROUND_HALF_UP)
    return _parse_text(text)


def _parse_text(text: str) -> Decimal:
    """An amount with a sign, parentheses, a currency mark or spaced groups."""
    body = text
    negative = body.startswith("(") and body.endswith(")")
    if negative:
        body = body[1:-1].strip()
    signs = 0
    for _ in range(2):  # a sign before or after the currency mark: "-Rp1.000", "Rp -1.000"
        if body and body[0] in SIGNS:
            negative ^= body[0] in MINUS
            signs += 1
            body = body[1:].lstrip()
        body = CURRENCY.sub("", body).strip()
    number = _plain_number(GROUP_SPACE.sub("", body)) if signs < 2 else None
    if number is None:
        raise AmountError(text)
    amount = Decimal(number).quantize(CENT, ROUND_HALF_UP)
    return -amount if negative and amount else amount


def _plain_number(body: str) -> str | None:
    """The number with a "." decimal point and no grouping, or None when the text is not one."""
    if body.isdigit():
        return body
    if ID_GROUPED.fullmatch(body):
        return body.replace(".", "").replace(",", ".")
    if EN_GROUPED.fullmatch(body):
        return body.replace(",", "")
    if DECIMAL_COMMA.fullmatch(body):
        return body.replace(",", ".")
    if PLAIN.fullmatch(body):
        return body
    return None


def format_amount(amount: Decimal, *, currency: bool = False) -> str:
    """``Decimal("-1234.5")`` as ``-1.234,50`` (``-Rp1.234,50`` with the currency), the id-ID way."""
    return format_decimal(amount, format=RUPIAH if currency else GROUPED, locale="id")
