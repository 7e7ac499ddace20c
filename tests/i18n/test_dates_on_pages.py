"""Dates and times on every page, CKAN's templates included, written one way: "7 Desember 2026 14.05 WIB"."""

from __future__ import annotations

import datetime as dt

import pytest
from ckan.plugins import toolkit as tk

pytestmark = pytest.mark.usefixtures("with_plugins")

MOMENT = dt.datetime(2026, 12, 7, 7, 5, 30)  # naive UTC, as CKAN stores it


@pytest.fixture
def page_in(app):
    """Run helpers as on a page in ``language`` (what CKAN's locale middleware sets)."""
    return lambda code: app.flask_app.test_request_context("/", environ_base={"CKAN_LANG": code})


@pytest.mark.parametrize(
    ("language", "written"),
    [("id", "7 Desember 2026 14.05 WIB"), ("en", "7 December 2026 14:05 WIB")],
)
def test_a_time_is_written_day_month_year_in_the_bodys_zone(page_in, language, written):
    with page_in(language):
        assert tk.h.render_datetime(MOMENT, with_hours=True) == written
        assert tk.h.render_datetime(MOMENT.isoformat(), with_hours=True, with_seconds=True) == written


def test_a_day_is_written_as_the_letters_write_it(page_in):
    with page_in("id"):
        assert tk.h.render_datetime(MOMENT) == "7 Desember 2026"
        assert tk.h.render_datetime("2026-12-07") == "7 Desember 2026"
        assert tk.h.render_datetime(MOMENT.date()) == "7 Desember 2026"  # CKAN alone writes nothing
        assert tk.h.render_datetime(MOMENT.date(), with_hours=True) == "7 Desember 2026"
        assert tk.h.render_datetime(dt.datetime(2026, 12, 7, 20, 0)) == "8 Desember 2026"  # in Jakarta
    with page_in("en"):
        assert tk.h.render_datetime(MOMENT.date()) == "7 December 2026"
        assert tk.h.render_datetime(MOMENT) == "7 December 2026"  # not CKAN's "December 7, 2026"


def test_an_explicit_format_and_no_value_are_left_to_ckan(page_in):
    with page_in("id"):
        assert tk.h.render_datetime(MOMENT, date_format="%Y-%m-%d", with_hours=True) == "2026-12-07"
        assert tk.h.render_datetime(None, with_hours=True) == ""
        assert tk.h.render_datetime("not a time", with_hours=True) == ""
