"""Exempted documents never reach anyone but the owning unit, the PPID Utama and sysadmins, by any route.

Every route CKAN serves a dataset or a resource through is tried by every kind of viewer; the document's
address, name and description carry a marker that must never appear in what a refused viewer gets.
"""

from __future__ import annotations

import json

import pytest
from register_cast import SECRET, headers_for

pytestmark = pytest.mark.usefixtures("with_plugins")

REFUSED = ("anonymous", "unit_member", "utama_member", "atasan", "other_unit_editor", "assessor", "outsider")
ALLOWED = ("sysadmin", "utama_staff", "unit_editor")


def routes(cast) -> dict[str, str]:
    item, resource = cast.item, cast.item["resources"][0] if cast.item.get("resources") else None
    return {
        "dataset page": f"/informasi-publik/{item['name']}",
        "dataset page via /dataset": f"/dataset/{item['name']}",
        "package_show": f"/api/3/action/package_show?id={item['id']}",
        "package_search by text": f"/api/3/action/package_search?q={SECRET}&include_private=true",
        "package_search item": "/api/3/action/package_search?fq=name:rekam-medis&include_private=true",
        "package_search fl blobs": "/api/3/action/package_search?fq=name:rekam-medis"
        "&fl=name,data_dict,validated_data_dict,res_url,res_name,res_description,urls",
        "register search page": "/informasi-publik/?q=rekam",
        "current_package_list_with_resources": "/api/3/action/current_package_list_with_resources",
        "resource_search": f"/api/3/action/resource_search?query=url:{SECRET}",
        "resource_search name": "/api/3/action/resource_search?query=name:Rekam",
        "ppid_register_list": "/api/3/action/ppid_register_list?category=dikecualikan",
        "DIK page": "/ppid/dik",
        "organization page": "/organization/dinkes",
    } | (
        {
            "resource page": f"/informasi-publik/{item['name']}/resource/{resource['id']}",
            "resource_show": f"/api/3/action/resource_show?id={resource['id']}",
            "resource_view_list": f"/api/3/action/resource_view_list?id={resource['id']}",
            "download": f"/dataset/{item['id']}/resource/{resource['id']}/download",
        }
        if resource
        else {}
    )


@pytest.fixture
def resource_id(cast):
    return cast.item["resources"][0]["id"]


@pytest.mark.parametrize("who", REFUSED)
def test_refused_viewers_never_see_the_document_by_any_route(app, cast, who):
    headers = headers_for(cast, who)
    leaked = {}
    for route, url in routes(cast).items():
        response = app.get(url, headers=headers, expect_errors=True)
        assert response.status_code < 500, (route, response.status_code)
        if SECRET in response.body:
            leaked[route] = response.status_code
    assert leaked == {}


@pytest.mark.parametrize("who", REFUSED)
def test_refused_viewers_get_403_or_404_for_the_document_itself(app, cast, who):
    headers = headers_for(cast, who)
    for route in ("resource page", "resource_show", "resource_view_list", "download"):
        status = app.get(routes(cast)[route], headers=headers, expect_errors=True).status_code
        assert status in (403, 404), (route, status)


@pytest.mark.parametrize("who", REFUSED)
def test_the_decision_itself_is_public(app, cast, who):
    body = app.get("/ppid/dik", headers=headers_for(cast, who)).body
    assert "Rekam Medis Pasien" in body and "17.h.2" in body and "188/12/PPID/2025" in body
    shown = app.get(routes(cast)["package_show"], headers=headers_for(cast, who)).json["result"]
    assert shown["konsekuensi"] == "Membuka riwayat kesehatan pasien"
    assert shown["resources"] == [] and shown["ppid_files_withheld"] is True


@pytest.mark.parametrize("who", ALLOWED)
def test_allowed_viewers_get_the_document(app, cast, who, resource_id):
    headers = headers_for(cast, who)
    shown = app.get(routes(cast)["package_show"], headers=headers).json["result"]
    assert [r["url"] for r in shown["resources"]] == [f"https://berkas.example/{SECRET}.pdf"]
    assert app.get(routes(cast)["resource_show"], headers=headers).json["result"]["id"] == resource_id
    assert SECRET in app.get(routes(cast)["dataset page"], headers=headers).body


def test_open_items_keep_their_documents_for_everyone(app, cast):
    shown = app.get(f"/api/3/action/package_show?id={cast.open_item['id']}").json["result"]
    assert [r["url"] for r in shown["resources"]] == ["https://berkas.example/profil.pdf"]


def test_index_document_has_no_resource_fields(cast):
    from ckan.lib import search

    indexed = search.show(cast.item["name"])
    assert not [key for key in indexed if key.startswith("res_") or key == "urls"]
    # The cached dicts keep the documents for the staff who may see them.
    assert SECRET in indexed["validated_data_dict"]


def test_fl_blobs_are_scrubbed_for_the_public(app, cast):
    url = routes(cast)["package_search fl blobs"]
    results = app.get(url).json["result"]["results"]
    assert len(results) == 1
    assert json.loads(results[0]["validated_data_dict"])["resources"] == []


def test_documents_text_is_not_searchable(cast):
    from ckan.tests import helpers

    # Words only the document carries (the title says "Rekam Medis", so "medis" would match it).
    for query in ("berkas", "7q3", SECRET):
        found = helpers.call_action("package_search", {"ignore_auth": True}, q=query, include_private=True)
        assert found["count"] == 0, query
