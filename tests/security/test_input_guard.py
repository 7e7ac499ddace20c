"""The request guard answers 400 with a short message, before any view, to a NUL character or text that is
not UTF-8 anywhere in a request and to JSON nested too deep; 413 to a body too large."""

from __future__ import annotations

import io
import json

import pytest
from ckan import model
from ckan.common import config
from ckan.tests import factories

pytestmark = [pytest.mark.usefixtures("with_plugins", "clean_db")]

NUL_MESSAGE = "Permintaan memuat karakter NUL yang tidak diterima oleh kolom mana pun."
NOT_UTF8_MESSAGE = "Permintaan memuat teks yang bukan UTF-8 yang sah."


def _logged_in(app, user):
    client = app.test_client()
    with client.session_transaction(base_url=config["ckan.site_url"]) as session:
        session["_user_id"] = model.User.get(user["id"]).get_id()
    return client


@pytest.mark.parametrize(
    "url",
    [
        "/dataset/?q=%00",
        "/ppid/dip/%00",
        "/ppid/permohonan/%00",
        "/api/3/action/package_search?q=%00",
        "/api/3/action/package_search?q=a&sort=%ff%fe",
    ],
)
def test_nul_and_broken_text_in_urls_are_refused(app, url):
    response = app.get(url)
    assert response.status_code == 400
    assert NUL_MESSAGE in response.body or NOT_UTF8_MESSAGE in response.body


def test_the_api_answers_in_its_own_shape(app):
    response = app.post("/api/3/action/ppid_register_list", json={"unit": "a\x00b"})
    assert response.status_code == 400
    assert response.json["success"] is False
    assert response.json["error"]["message"] == NUL_MESSAGE


def test_a_path_that_is_not_utf8_is_refused(app):
    response = app.get("/ppid/dip/x", environ_overrides={"PATH_INFO": "/ppid/dip/\xff\xfe"})
    assert response.status_code == 400 and NOT_UTF8_MESSAGE in response.body


def test_json_nested_deeper_than_the_limit_is_refused(app):
    deep = b"[" * 200_000 + b"]" * 200_000
    response = app.post("/api/3/action/package_search", data=deep, content_type="application/json")
    assert response.status_code == 400
    assert "bersarang lebih dari 64 tingkat" in response.json["error"]["message"]
    # The same nesting sent as CKAN's form-encoded JSON.
    response = app.post("/api/3/action/package_search", data={"[" * 100 + "]" * 100: ""})
    assert response.status_code == 400
    shallow = app.post(
        "/api/3/action/package_search", json={"q": "a", "fq_list": [], "facet.field": ["tags"]}
    )
    assert shallow.status_code == 200


def test_form_fields_with_nul_are_refused_but_files_may_hold_any_byte(app):
    user = factories.User()
    client = _logged_in(app, user)
    refused = client.post(
        "/ppid/permohonan/baru",
        data={"name": "Siti\x00", "information": "Data"},
        base_url=config["ckan.site_url"],
    )
    assert refused.status_code == 400 and NUL_MESSAGE in refused.get_data(as_text=True)
    binary = client.post(
        "/ppid/permohonan/baru",
        data={"name": "Siti", "identity_document": (io.BytesIO(b"\x89PNG\x00\x00\xff"), "ktp.png")},
        content_type="multipart/form-data",
        base_url=config["ckan.site_url"],
    )
    assert binary.status_code != 400 or NUL_MESSAGE not in binary.get_data(as_text=True)


@pytest.mark.ckan_config("ckanext.ppid.input.max_body_mb", "1")
def test_a_body_larger_than_the_limit_is_refused(app):
    big = json.dumps({"q": "x" * (1024 * 1024 + 1)})
    response = app.post("/api/3/action/package_search", data=big, content_type="application/json")
    assert response.status_code == 413
    assert "1 MB" in response.json["error"]["message"]
