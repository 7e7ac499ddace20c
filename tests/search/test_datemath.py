"""Solr date math without a database."""

from __future__ import annotations

import datetime as dt

import pytest

from ckanext.ppid.search import datemath

NOW = dt.datetime(2024, 3, 31, 15, 45, 30, 123456)


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ("NOW", "2024-03-31T15:45:30.123456Z"),
        ("NOW/DAY", "2024-03-31T00:00:00Z"),
        ("NOW-1DAY", "2024-03-30T15:45:30.123456Z"),
        ("NOW-1MONTH", "2024-02-29T15:45:30.123456Z"),
        ("NOW/MONTH+1MONTH", "2024-04-01T00:00:00Z"),
        ("NOW+1YEARS/YEAR", "2025-01-01T00:00:00Z"),
        ("NOW-2HOURS/HOUR", "2024-03-31T13:00:00Z"),
        ("NOW/MINUTE-30SECONDS", "2024-03-31T15:44:30Z"),
        ("2020-02-29T00:00:00Z+1YEAR", "2021-02-28T00:00:00Z"),
        ("2020-01-01T10:00:00.5Z", "2020-01-01T10:00:00.5Z"),
        ("2020-01-01T10:00:00.500Z/SECOND", "2020-01-01T10:00:00Z"),
    ],
)
def test_resolve(expression, expected):
    assert datemath.canonical(expression, NOW) == expected


@pytest.mark.parametrize(
    "expression", ["2020-01-01", "yesterday", "NOW-1FORTNIGHT", "NOW+", "2020-13-01T00:00:00Z"]
)
def test_invalid(expression):
    with pytest.raises(datemath.InvalidDate):
        datemath.resolve(expression, NOW)
