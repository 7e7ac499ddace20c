"""Search parameters that Solr would refuse are a search error (400) from the PostgreSQL backend too,
never a database error: an empty facet.mincount, a sort that is no field, numbers past what a query can
skip, NUL or broken text in q, fq or sort."""

from __future__ import annotations

import pytest
from ckan.tests import factories

pytestmark = [pytest.mark.usefixtures("with_plugins", "clean_db")]

SEARCH = "/api/3/action/package_search"


def test_an_empty_facet_mincount_takes_the_default(app):
    factories.Dataset(tags=[{"name": "kesehatan"}])
    response = app.get(f'{SEARCH}?facet=true&facet.field=["tags"]&facet.mincount=&facet.limit=')
    assert response.status_code == 200
    assert response.json["result"]["facets"]["tags"] == {"kesehatan": 1}


@pytest.mark.parametrize(
    "query",
    [
        "q=%00",
        "fq=%00",
        "sort=%ff%fe",
        "sort=judul%20sideways",
        "start=99999999999999999999",
        "rows=-1",
        'facet=true&facet.field=["tags"]&facet.limit=99999999999999999999',
        'facet=true&facet.field=["tags"]&facet.mincount=abc',
    ],
)
def test_unreadable_search_parameters_are_client_errors(app, query):
    response = app.get(f"{SEARCH}?{query}")
    assert 400 <= response.status_code < 500, response.body
    assert response.json["success"] is False


@pytest.mark.parametrize("query", ["sort=judul%20sideways", "q=%00", "page=99999999999999999999"])
def test_the_search_page_answers_400(app, query):
    assert app.get(f"/dataset/?{query}").status_code == 400
