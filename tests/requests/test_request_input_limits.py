"""A megabyte of reasons or of a body's name, or a parameter of the wrong type, sent to the request actions
through the API is answered 409 with a message per field, in Indonesian, and nothing of the case changes:
its status, its history, the audit log, the letter numbers. The forms show the message and keep the text."""

from __future__ import annotations

import ckan.plugins.toolkit as tk
import pytest
import sqlalchemy as sa
from ckan import model
from handling_cast import act, processed

from ckanext.ppid import input_limits
from ckanext.ppid.audit.model import audit_event
from ckanext.ppid.requests.model.event import RequestEvent
from ckanext.ppid.requests.model.information_request import InformationRequest
from ckanext.ppid.requests.model.letter_sequence import LetterSequence
from ckanext.ppid.shell import parameters

pytestmark = pytest.mark.usefixtures("with_plugins")

MEGABYTE = "Alasan panjang. " * 65_536


def _shown(app, message: str, **params) -> str:
    """``message`` as the portal shows it (in Indonesian, the site's language)."""
    with app.flask_app.test_request_context("/"):
        return tk._(message).format(**params)


def _everything_about(case: dict) -> dict:
    """What a refused change must leave as it was."""
    model.Session.expire_all()
    row = model.Session.get(InformationRequest, case["id"])
    return {
        "case": {column.name: getattr(row, column.key) for column in InformationRequest.__table__.columns},
        "history": model.Session.query(RequestEvent).filter_by(request_id=case["id"]).count(),
        "audit": model.Session.execute(sa.select(sa.func.count()).select_from(audit_event)).scalar_one(),
        "letters": sorted(
            (entry.kind, entry.year, entry.last_value) for entry in model.Session.query(LetterSequence)
        ),
    }


def _errors(response) -> dict[str, list[str]]:
    """The fields of a 409's error (CKAN adds ``__type``)."""
    return {key: value for key, value in response.json["error"].items() if key != "__type"}


def _api(app, cast, who: str, action: str, **body):
    return app.post(f"/api/3/action/{action}", json=body, headers=cast.token(who))


@pytest.mark.parametrize(
    ("action", "field", "kind", "other"),
    [
        ("ppid_request_extend", "reasons", "paragraph", {}),
        ("ppid_request_refer", "holder", "line", {"reasons": "Bukan kewenangan kami"}),
        ("ppid_request_refer", "reasons", "long_text", {"holder": "BPS Kabupaten Lembah Hijau"}),
        ("ppid_request_withdraw", "reasons", "paragraph", {}),
    ],
)
def test_a_megabyte_is_refused_with_409_and_nothing_is_stored(app, cast, action, field, kind, other):
    case = processed(cast)
    before = _everything_about(case)

    response = _api(app, cast, "unit_admin", action, id=case["id"], **{field: MEGABYTE, **other})

    assert response.status_code == 409
    limit = input_limits.TEXT[kind]
    assert response.json["error"][field] == [_shown(app, parameters.TOO_LONG, n=limit)]
    assert _everything_about(case) == before
    # The same text within the limit is taken, and numbered.
    if action == "ppid_request_extend":
        extended = act(action, cast.unit_admin, case, reasons=MEGABYTE[:limit])
        assert extended["extension"]["number"].startswith("0001/PPJ/")


@pytest.mark.parametrize(
    ("body", "field", "message"),
    [
        ({"reasons": ["Arsip", "di gudang"]}, "reasons", parameters.NOT_TEXT),
        ({"reasons": {"alasan": "Arsip"}}, "reasons", parameters.NOT_TEXT),
        ({"reasons": 123}, "reasons", parameters.NOT_TEXT),
        ({"id": 12345, "reasons": "Arsip"}, "id", parameters.NOT_TEXT),
    ],
)
def test_a_wrong_type_is_refused_with_409(app, cast, body, field, message):
    case = processed(cast)
    before = _everything_about(case)

    response = _api(app, cast, "unit_admin", "ppid_request_extend", **{"id": case["id"], **body})

    assert response.status_code == 409
    assert _errors(response) == {field: [_shown(app, message)]}
    assert _everything_about(case) == before


def test_a_notice_with_too_many_grounds_or_a_huge_cost_is_refused_and_takes_no_number(app, cast):
    case = processed(cast)
    before = _everything_about(case)
    notice = {
        "id": case["id"],
        "outcome": "dikabulkan_seluruhnya",
        "held": True,
        "material": "Daftar puskesmas",
        "delivery_method": "email",
        "copy_format": "softcopy",
    }

    costly = _api(app, cast, "unit_admin", "ppid_request_notice_send", **notice, costs=1e308)
    grounds = ["17.h.2"] * (input_limits.LIST_ITEMS + 1)
    listed = _api(app, cast, "unit_admin", "ppid_request_notice_send", **notice, exemption_grounds=grounds)

    assert costly.status_code == listed.status_code == 409
    assert list(_errors(costly)) == ["costs"]
    assert _errors(listed) == {
        "exemption_grounds": [_shown(app, parameters.TOO_MANY, n=input_limits.LIST_ITEMS)]
    }
    assert _everything_about(case) == before
    # 0 is an answer, not a blank: the notice granting the information free of charge is sent.
    sent = _api(app, cast, "unit_admin", "ppid_request_notice_send", **notice, costs=0)
    assert sent.status_code == 200, sent.json


def test_the_extension_form_shows_the_message_and_keeps_the_text(app, cast):
    case = processed(cast)
    before = _everything_about(case)
    reasons = "Arsip berada di gudang kecamatan. " * 70

    response = app.post(
        f"/ppid/permohonan/{case['id']}/perpanjang",
        data={"reasons": reasons},
        headers=cast.token("unit_admin"),
    )

    assert response.status_code == 400
    limit = input_limits.TEXT["paragraph"]
    assert _shown(app, parameters.TOO_LONG, n=limit) in response.body
    assert f">{reasons}</textarea>" in response.body
    # Showing the case page again records its read of the applicant's data; nothing else changes.
    after = _everything_about(case)
    assert after["audit"] == before["audit"] + 1
    assert {**after, "audit": None} == {**before, "audit": None}


def test_an_address_no_request_can_have_is_not_found(app, cast):
    for prefix in ("/ppid/permohonan/", "/ppid/keberatan/", "/ppid/keberatan/baru/"):
        response = app.get(prefix + "x" * 5000, headers=cast.token("unit_admin"))
        assert response.status_code == 404, prefix
