from __future__ import annotations

import pytest

from ckanext.ppid.law import categories


def test_the_four_categories_in_the_law_s_order():
    assert [c.code for c in categories.CATEGORIES] == [
        "berkala",
        "serta_merta",
        "setiap_saat",
        "dikecualikan",
    ]
    assert [c.code for c in categories.PUBLIC_CATEGORIES] == ["berkala", "serta_merta", "setiap_saat"]


def test_each_category_cites_its_article():
    assert "Ps 9" in categories.category("berkala").legal_basis
    assert "Ps 10" in categories.category("serta_merta").legal_basis
    assert "Ps 11" in categories.category("setiap_saat").legal_basis
    assert "Ps 17" in categories.category("dikecualikan").legal_basis
    assert categories.category("berkala").label == "Periodic information"


def test_unknown_category():
    with pytest.raises(KeyError):
        categories.category("rahasia")
