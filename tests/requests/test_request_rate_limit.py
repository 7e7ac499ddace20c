"""Rate limits: a filer over the limit gets HTTP 429 with a message, by the page and by the API; failed
forms do not count; staff recording requests are never limited."""

from __future__ import annotations

import io

import pytest
from ckan import model
from ckan.tests import helpers
from filing_cast import as_user, desk_form, file_on_web, png_bytes, web_form

from ckanext.ppid.requests.model.information_request import InformationRequest

pytestmark = [
    pytest.mark.usefixtures("with_plugins"),
    pytest.mark.ckan_config("ckanext.ppid.requests.rate_limit_per_account", 2),
    pytest.mark.ckan_config("ckanext.ppid.requests.rate_limit_per_ip", 3),
]


def _api_form(**changes) -> dict:
    form = web_form(**changes)
    form["identity_document"] = (io.BytesIO(png_bytes()), "ktp.png")
    return form


def _post(app, cast, who, **changes):
    return app.post(
        "/api/3/action/ppid_request_create",
        data=_api_form(**changes),
        headers=cast.token(who),
        content_type="multipart/form-data",
    )


def test_an_account_over_its_limit_gets_429_through_the_api(app, cast):
    assert _post(app, cast, "applicant").status_code == 200
    assert _post(app, cast, "applicant", nik="123").status_code == 409  # a wrong form does not count
    assert _post(app, cast, "applicant").status_code == 200

    refused = _post(app, cast, "applicant")

    assert refused.status_code == 429
    assert refused.json["success"] is False
    assert refused.json["error"]["message"]
    assert int(refused.headers["Retry-After"]) > 0
    assert model.Session.query(InformationRequest).count() == 2


def test_one_address_is_limited_across_accounts(app, cast):
    assert _post(app, cast, "applicant").status_code == 200
    assert _post(app, cast, "other_applicant").status_code == 200
    assert _post(app, cast, "unit_head").status_code == 200
    assert _post(app, cast, "atasan").status_code == 429


def test_the_filing_page_answers_429_with_the_message(app, cast):
    file_on_web(cast)
    file_on_web(cast)
    form = _api_form()
    response = app.post("/ppid/permohonan/baru", data=form, headers=cast.token("applicant"))
    assert response.status_code == 429
    assert "alert-danger" in response.body


def test_staff_recording_requests_are_not_limited(app, cast):
    for _ in range(5):
        helpers.call_action("ppid_request_create", as_user(cast.unit_officer), **desk_form())
    for _ in range(3):
        response = app.post(
            "/api/3/action/ppid_request_create", data=desk_form(), headers=cast.token("unit_officer")
        )
        assert response.status_code == 200
