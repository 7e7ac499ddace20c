"""Rupiah amounts as budget files write them, and id-ID formatting that reads back to the same amount."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ckanext.ppid.budget.core.amounts import AmountError, format_amount, parse_amount


@pytest.mark.parametrize(
    ("written", "amount"),
    [
        ("10.701.893.800,00", "10701893800.00"),  # SIPD export
        ("Rp847.542.209.097", "847542209097.00"),  # Tangerang Selatan
        ("Rp 1.234,5", "1234.50"),
        ("Rp. 12.500", "12500.00"),
        ("Rp 5.000,-", "5000.00"),
        ("IDR 5.000", "5000.00"),
        ("(1.000)", "-1000.00"),
        ("-Rp1.234,50", "-1234.50"),
        ("- 250.000,00", "-250000.00"),
        ("0,00", "0.00"),
        ("-", "0.00"),
        ("1.234", "1234.00"),  # a lone dot before three digits groups thousands
        ("1,234,567.89", "1234567.89"),
        ("10701893800.00", "10701893800.00"),
        ("1234.5", "1234.50"),
        ("12,5", "12.50"),
        ("1 234 567,50", "1234567.50"),
        ("1\u00a0234\u00a0567", "1234567.00"),
        ("0.005", "0.01"),  # half a sen rounds up
        (1472743026394, "1472743026394.00"),  # numbers of an XLSX or JSON
        (12.5, "12.50"),
        (Decimal("0.1"), "0.10"),
    ],
)
def test_written_amounts_are_read_in_rupiah(written, amount):
    assert parse_amount(written) == Decimal(amount)


@pytest.mark.parametrize("empty", [None, "", "   "])
def test_an_empty_cell_is_no_amount(empty):
    assert parse_amount(empty) is None


@pytest.mark.parametrize("garbage", ["abc", "12,5%", "1.23.4", "Rp", "1.2345,00", "--5", "5-", True])
def test_text_that_is_not_an_amount_is_refused(garbage):
    with pytest.raises(AmountError):
        parse_amount(garbage)


def test_amounts_are_formatted_the_indonesian_way():
    assert format_amount(Decimal("10701893800")) == "10.701.893.800,00"
    assert format_amount(Decimal("-1234.5"), currency=True) == "-Rp1.234,50"
    assert format_amount(Decimal("0")) == "0,00"


SEN = st.decimals(min_value=-(10**15), max_value=10**15, places=2, allow_nan=False, allow_infinity=False)


@given(SEN, st.booleans())
def test_id_formatting_reads_back_to_the_same_amount(amount, currency):
    assert parse_amount(format_amount(amount, currency=currency)) == amount


@given(SEN)
def test_a_negative_in_parentheses_reads_back(amount):
    written = format_amount(abs(amount))
    assert parse_amount(f"({written})") == -abs(amount)


@given(SEN)
def test_a_program_written_amount_reads_back(amount):
    assert parse_amount(str(amount)) == amount
    assert parse_amount(f"{amount:,.2f}") == amount  # English grouping
