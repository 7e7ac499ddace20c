"""The planner statistics that choose how facets are counted."""

from __future__ import annotations

import pytest

from ckanext.ppid.search import cardinality
from ckanext.ppid.search.connection import PostgresSolrConnection

pytestmark = pytest.mark.usefixtures("with_plugins", "clean_db", "clean_index")


@pytest.fixture
def forget(monkeypatch):
    monkeypatch.setattr(cardinality, "_answers", {})


def test_few_combinations_follows_the_statistics(forget):
    conn = PostgresSolrConnection()
    docs = [
        {
            "index_id": f"d{number}",
            "id": f"d{number}",
            "site_id": "test.ckan.net",
            "owner_org": f"org-{number % 3}",
            "tags": [f"tag-{number}"],
        }
        for number in range(400)
    ]
    assert not cardinality.few_combinations(["owner_org"])  # not analysed yet
    conn.add(docs, commit=False)
    conn.commit()  # analyses the table, as after a rebuild
    cardinality._answers.clear()
    assert cardinality.few_combinations(["owner_org"])
    assert not cardinality.few_combinations(["owner_org", "tags"])
    assert not cardinality.few_combinations(["index_id"])
