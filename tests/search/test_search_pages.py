"""The dataset search page, an organisation page and the API, rendered by CKAN over this backend."""

from __future__ import annotations

import re

import pytest
from ckan.tests import factories

FACET_ITEM = re.compile(
    r'href="[^"]*[?;&](?P<field>\w+)=(?P<value>[^"&]+)"[^>]*>\s*<span class="item-label">.*?</span>'
    r".*?item-count[^>]*>(?P<count>\d+)<",
    re.DOTALL,
)

pytestmark = pytest.mark.usefixtures("with_plugins")


def facet_counts(html):
    """{(field, value): count} of the facet lists a page shows."""
    return {(m["field"], m["value"]): int(m["count"]) for m in FACET_ITEM.finditer(html)}


@pytest.fixture
def published(clean_db, clean_index):
    org = factories.Organization(name="dinas-keuangan", title="Dinas Keuangan")
    factories.Dataset(
        name="laporan-keuangan-daerah",
        title="Melaporkan Keuangan Daerah",
        owner_org=org["id"],
        tags=[{"name": "anggaran"}],
        resources=[{"url": "http://data.test/a.csv", "format": "CSV"}],
    )
    factories.Dataset(
        name="anggaran-2024", title="Anggaran 2024", owner_org=org["id"], tags=[{"name": "anggaran"}]
    )
    factories.Dataset(name="peta-jalan", title="Peta Jalan", tags=[{"name": "transportasi"}])
    factories.Dataset(name="rencana", title="Rencana Rahasia", owner_org=org["id"], private=True)
    return org


def test_dataset_page_lists_public_datasets_with_facet_counts(app, published):
    html = app.get("/dataset/").body
    assert "Melaporkan Keuangan Daerah" in html and "Peta Jalan" in html and "Anggaran 2024" in html
    assert "Rencana Rahasia" not in html
    assert facet_counts(html) == {
        ("organization", "dinas-keuangan"): 2,
        ("tags", "anggaran"): 2,
        ("tags", "transportasi"): 1,
        ("res_format", "CSV"): 1,
    }


def test_dataset_page_free_text_and_facet_filter(app, published):
    html = app.get("/dataset/", params={"q": "laporan keuangan"}).body
    assert "Melaporkan Keuangan Daerah" in html and "Anggaran 2024" not in html
    html = app.get("/dataset/", params={"tags": "anggaran"}).body
    assert "Melaporkan Keuangan Daerah" in html and "Anggaran 2024" in html and "Peta Jalan" not in html
    assert facet_counts(html)[("organization", "dinas-keuangan")] == 2


def test_organization_page(app, published):
    html = app.get("/organization/dinas-keuangan").body
    assert "Melaporkan Keuangan Daerah" in html and "Anggaran 2024" in html
    assert "Peta Jalan" not in html and "Rencana Rahasia" not in html
    admin = factories.SysadminWithToken()
    html = app.get("/organization/dinas-keuangan", headers={"Authorization": admin["token"]}).body
    assert "Rencana Rahasia" in html


def test_organization_list_page_counts(app, published):
    html = app.get("/organization/").body
    assert "Dinas Keuangan" in html
    assert re.search(r"2\s+Dataset", html, re.IGNORECASE)


@pytest.mark.parametrize("query", ["title:[a TO", "title:/x/", 'title:"a b"~2'])
def test_invalid_query_is_http_400(app, published, query):
    response = app.get("/api/3/action/package_search", params={"q": query}, status=400)
    assert response.json["success"] is False
    assert "Search" in str(response.json["error"])
    app.get("/dataset/", params={"q": query}, status=400)


def test_invalid_sort_is_http_400(app, published):
    app.get("/api/3/action/package_search", params={"sort": "notes asc"}, status=400)
    app.get("/dataset/", params={"sort": "notes asc"}, status=400)


def test_api_search_matches_the_action(app, published):
    response = app.get(
        "/api/3/action/package_search", params={"q": "anggaran", "facet.field": '["organization"]'}
    ).json["result"]
    assert response["count"] == 2
    assert response["facets"] == {"organization": {"dinas-keuangan": 2}}


@pytest.mark.parametrize("url", ["/", "/group/", "/organization/", "/dataset/?sort=views_recent+desc"])
def test_other_pages_that_search(app, published, url):
    app.get(url, status=200)


def test_user_page_lists_their_datasets(app, published):
    user = factories.User()
    factories.Dataset(name="milik-pengguna", title="Milik Pengguna", user=user)
    # Only the user (or a unit admin) reads an account page: see ckanext.ppid.security.user_privacy.
    headers = {"Authorization": factories.APIToken(user=user["name"])["token"]}
    assert "Milik Pengguna" in app.get(f"/user/{user['name']}", headers=headers).body


@pytest.mark.ckan_config("ckan.datasets_per_page", "2")
def test_the_pager_links_name_their_pages_and_print_no_markup(app, published):
    html = app.get("/dataset/", extra_environ={"HTTP_ACCEPT_LANGUAGE": "id"}).body
    pager = html[html.index('class="pagination') :]
    pager = pager[: pager.index("</ul>")]
    assert "&lt;" not in pager and "&amp;lt;" not in pager
    assert '<i aria-hidden="true" class="fa-solid fa-chevron-right"></i>' in pager
    assert re.search(r'<span class="visually-hidden">[^<]+</span>', pager)
