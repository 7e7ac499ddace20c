"""Registration numbers in a configured format: check the format, render a number, read it back."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ckanext.ppid.requests.core import registration_number as rn

DAY = dt.date(2026, 3, 13)


def _messages(template):
    return [problem.message for problem in rn.problems(template)]


def test_the_default_format():
    assert rn.render(rn.DEFAULT_FORMAT, 7, "DINKES", DAY) == "0007/PPID-DINKES/III/2026"
    assert rn.parse(rn.DEFAULT_FORMAT, "0007/PPID-DINKES/III/2026") == rn.Parsed(7, "DINKES", 2026, 3, None)
    assert rn.render(rn.DEFAULT_FORMAT, 12345, "DINKES", DAY) == "12345/PPID-DINKES/III/2026"


def test_a_dated_format_with_the_unit_first():
    template = "{unit}/{yyyymmdd}/{seq:03d}"
    assert rn.render(template, 42, "PPID-KOTA", DAY) == "PPID-KOTA/20260313/042"
    assert rn.parse(template, "PPID-KOTA/20260313/042") == rn.Parsed(42, "PPID-KOTA", 2026, 3, 13)
    assert rn.parse(template, "PPID-KOTA/20260231/042") is None  # not a date


def test_numbers_that_contradict_themselves_or_do_not_match_are_not_read():
    template = "{seq}/{month_roman}/{yyyymmdd}"
    assert rn.parse(template, "5/III/20260313") == rn.Parsed(5, None, 2026, 3, 13)
    assert rn.parse(template, "5/IV/20260313") is None
    assert rn.parse(rn.DEFAULT_FORMAT, "0007/PPID-DINKES/XIII/2026") is None
    assert rn.parse(rn.DEFAULT_FORMAT, "nomor lain") is None


@pytest.mark.parametrize(
    ("template", "message"),
    [
        ("{seq:04d/{year}", rn.BAD_SYNTAX),
        ("{seq}/{tahun}", rn.UNKNOWN_FIELD),
        ("{seq!r}/{year}", rn.UNKNOWN_FIELD),
        ("PPID/{year}", rn.SEQ_ONCE),
        ("{seq}/{seq}", rn.SEQ_ONCE),
        ("{seq:4d}/{year}", rn.BAD_SPEC),
        ("{seq}/{year:04d}", rn.BAD_SPEC),
        ("{unit}{seq:04d}", rn.ADJACENT),
        ("{seq}{month_roman}/{year}", rn.ADJACENT),
        ("{seq:04d}/PPID-{unit}/{month_roman}", rn.NO_YEAR),
    ],
)
def test_bad_formats_are_explained(template, message):
    assert message in _messages(template)
    with pytest.raises(rn.NumberFormatError):
        rn.render(template, 1, "X", DAY)


def test_fixed_width_fields_may_touch():
    assert rn.problems("{yyyymmdd}{seq:04d}") == []
    assert rn.parse("{yyyymmdd}{seq:04d}", rn.render("{yyyymmdd}{seq:04d}", 3, "", DAY)).seq == 3
    assert rn.problems("{year}{month}-{seq}") == []


def test_unknown_field_lists_the_fields():
    (problem,) = rn.problems("{seq}/{tahun}/{year}")
    assert problem.params == {"field": "tahun", "fields": "seq, unit, year, month, month_roman, yyyymmdd"}


def test_a_unit_that_makes_the_number_unreadable_is_refused():
    # "X" + 20260101 + seq 202603130001 reads as well as the number meant.
    with pytest.raises(rn.NumberFormatError) as raised:
        rn.render("{unit}{yyyymmdd}{seq:04d}", 1, "X20260101", DAY)
    assert (raised.value.message, raised.value.params) == (rn.UNREADABLE, {"unit": "X20260101"})
    assert rn.render("{seq}/{unit}/{year}", 1, "A/2025", DAY) == "1/A/2025/2026"
    with pytest.raises(rn.NumberFormatError) as raised:
        rn.render(rn.DEFAULT_FORMAT, 0, "X", DAY)
    assert raised.value.message == rn.BAD_SEQUENCE


UNITS = st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-", min_size=1, max_size=12)
FORMATS = st.sampled_from(
    [rn.DEFAULT_FORMAT, "{unit}/{yyyymmdd}/{seq:04d}", "{seq:03d}/{unit}/{month}/{year}", "PPID.{year}.{seq}"]
)


@given(FORMATS, st.integers(min_value=1, max_value=10**6), UNITS, st.dates())
def test_every_rendered_number_reads_back(template, seq, unit, day):
    parsed = rn.parse(template, rn.render(template, seq, unit, day))
    assert parsed.seq == seq
    assert parsed.unit in (None, unit)
    assert parsed.year in (None, day.year)
