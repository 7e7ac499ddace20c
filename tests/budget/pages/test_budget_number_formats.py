"""Rupiah, percentages and reporting periods as the budget pages write them in Indonesian and English."""

from __future__ import annotations

import pytest

from ckanext.ppid.budget.formatting import ppid_budget_period, ppid_percent, ppid_rupiah

pytestmark = pytest.mark.usefixtures("with_plugins")


@pytest.fixture
def page_in(app):
    """Run the helpers as on a page in ``language`` (what CKAN's locale middleware sets)."""

    def language(code: str):
        return app.flask_app.test_request_context("/", environ_base={"CKAN_LANG": code})

    return language


@pytest.mark.parametrize(
    ("amount", "indonesian", "english"),
    [
        (10701893800, "Rp10.701.893.800", "Rp10,701,893,800"),
        (10701893800.0, "Rp10.701.893.800", "Rp10,701,893,800"),
        (1234.5, "Rp1.234,50", "Rp1,234.50"),
        (-1500, "-Rp1.500", "-Rp1,500"),
        (0, "Rp0", "Rp0"),
        (None, "–", "–"),
    ],
)
def test_rupiah(page_in, amount, indonesian, english):
    with page_in("id"):
        assert ppid_rupiah(amount) == indonesian
    with page_in("en"):
        assert ppid_rupiah(amount) == english


@pytest.mark.parametrize(
    ("share", "indonesian", "english"),
    [
        (6.01, "6,01%", "6.01%"),
        (100, "100,00%", "100.00%"),
        (1234.5, "1.234,50%", "1,234.50%"),
        (None, "–", "–"),
    ],
)
def test_percent(page_in, share, indonesian, english):
    with page_in("id"):
        assert ppid_percent(share) == indonesian
    with page_in("en"):
        assert ppid_percent(share) == english


def test_months_are_named_in_the_pages_language(page_in):
    with page_in("id"):
        assert [ppid_budget_period(period) for period in ("2026-07", "2026-12", "2026", "")] == [
            "Juli 2026",
            "Desember 2026",
            "2026",
            "–",
        ]
    with page_in("en"):
        assert ppid_budget_period("2026-07") == "July 2026"
        # Quarters and semesters name their number and year, whatever the catalog's words.
        assert "2" in ppid_budget_period("2026-Q2") and "2026" in ppid_budget_period("2026-Q2")
        assert "1" in ppid_budget_period("2026-S1") and "2026" in ppid_budget_period("2026-S1")
