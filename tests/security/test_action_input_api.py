"""Through the API and the forms: wrong JSON types and oversized text are a 409 (400 on a form) with a
message per field, in Indonesian, never a 500, and nothing is stored (issue 12, defects 7 and 8)."""

from __future__ import annotations

import ckan.plugins.toolkit as tk
import pytest
import sqlalchemy as sa
from ckan import model
from ckan.tests import factories

from ckanext.ppid import input_limits
from ckanext.ppid.audit.model import audit_event
from ckanext.ppid.calendar.model import CalendarOverride
from ckanext.ppid.shell import parameters
from ckanext.ppid.units.model import RoleAssignment

pytestmark = pytest.mark.usefixtures("with_plugins")

MEGABYTE = "x" * 1_000_000


@pytest.fixture
def people(clean_db):
    sysadmin = factories.Sysadmin()
    admin = factories.User()
    factories.Organization(
        name="ppid-utama",
        jenis_unit="ppid_utama",
        kode_unit="U",
        users=[{"name": admin["name"], "capacity": "admin"}],
    )
    return {"sysadmin": sysadmin, "admin": admin, "citizen": factories.User(name="warga")}


def _headers(user: dict) -> dict[str, str]:
    return {"Authorization": factories.APIToken(user=user["name"])["token"]}


def _shown(app, message: str, **params) -> str:
    """``message`` as the portal shows it (in Indonesian, the site's language)."""
    with app.flask_app.test_request_context("/"):
        return tk._(message).format(**params)


def _stored() -> dict[str, int]:
    model.Session.expire_all()
    count = model.Session.query
    return {
        "declarations": count(CalendarOverride).count(),
        "roles": count(RoleAssignment).count(),
        "datasets": count(model.Package).count(),
        "audit": model.Session.execute(sa.select(sa.func.count()).select_from(audit_event)).scalar_one(),
    }


def _errors(response) -> dict[str, list[str]]:
    """The fields of a 409's error (CKAN adds ``__type``)."""
    return {key: value for key, value in response.json["error"].items() if key != "__type"}


def _post(app, who: dict, action: str, body: dict):
    return app.post(f"/api/3/action/{action}", json=body, headers=_headers(who))


DECLARATION = {
    "day": "2026-06-10",
    "kind": "holiday",
    "reason": "Hari Jadi Kabupaten",
    "decree": "Kep. 1/2026",
}
WHOLE = parameters.NOT_WHOLE_NUMBER


@pytest.mark.parametrize(
    ("action", "body", "field", "message", "params"),
    [
        # Defect 7: each of these was a 500.
        ("ppid_register_list", {"unit": 123}, "unit", parameters.NOT_TEXT, {}),
        ("ppid_role_grant", {"user": 123, "role": "atasan_ppid"}, "user", parameters.NOT_TEXT, {}),
        (
            "ppid_calendar_override_create",
            {**DECLARATION, "reason": ["Hari", "Jadi"]},
            "reason",
            parameters.NOT_TEXT,
            {},
        ),
        ("ppid_audit_list", {"offset": 1e308}, "offset", WHOLE, {"lowest": 0, "highest": 1_000_000}),
        ("ppid_objection_list", {"offset": 1e308}, "offset", WHOLE, {"lowest": 0, "highest": 1_000_000}),
        (
            "ppid_calendar_override_list",
            {"include_revoked": "maybe"},
            "include_revoked",
            parameters.NOT_BOOLEAN,
            {},
        ),
        # Defect 8: no limit on free text.
        (
            "ppid_calendar_override_create",
            {**DECLARATION, "decree": MEGABYTE},
            "decree",
            parameters.TOO_LONG,
            {"n": input_limits.TEXT["short_text"]},
        ),
        (
            "ppid_role_grant",
            {"user": "warga", "role": "atasan_ppid", "decree": MEGABYTE},
            "decree",
            parameters.TOO_LONG,
            {"n": input_limits.TEXT["short_text"]},
        ),
        (
            "ppid_request_queue",
            {"q": MEGABYTE},
            "q",
            parameters.TOO_LONG,
            {"n": input_limits.TEXT["identifier"]},
        ),
        ("ppid_budget_compare", {"year": "2026; DROP"}, "year", parameters.NOT_YEAR, {}),
    ],
)
def test_wrong_types_and_oversized_text_are_a_409_and_store_nothing(
    app, people, action, body, field, message, params
):
    before = _stored()

    response = _post(app, people["sysadmin"], action, body)

    assert response.status_code == 409, response.body[:300]
    assert _errors(response) == {field: [_shown(app, message, **params)]}
    assert _stored() == before


def test_a_calendar_declaration_too_long_comes_back_on_the_form(app, people):
    reason = "Hari Jadi Kabupaten Lembah Hijau " * 8
    before = _stored()

    response = app.post(
        "/ppid/kalender/tetapkan",
        data={**DECLARATION, "reason": reason},
        headers=_headers(people["admin"]),
        status=400,
    )

    assert _shown(app, parameters.TOO_LONG, n=input_limits.TEXT["short_text"]) in response.body
    assert f'value="{reason}"' in response.body
    assert _stored() == before


@pytest.mark.parametrize(
    ("field", "kind"),
    [("notes", "document_text"), ("title", "line"), ("konsekuensi", "document_text")],
)
def test_a_register_item_with_a_megabyte_field_is_refused(app, people, field, kind):
    unit = factories.Organization(name="dinkes", kode_unit="D1", unit_induk="ppid-utama")
    before = _stored()
    item = {
        "type": "informasi-publik",
        "name": "profil-dinkes",
        "owner_org": unit["id"],
        "title": "Profil Dinas Kesehatan",
        "notes": "Ringkasan",
        "kategori": "setiap_saat",
        "unit_penguasa": "Kepala Dinas",
        "penanggung_jawab": "Sekretaris Dinas",
        field: MEGABYTE,
    }

    response = _post(app, people["sysadmin"], "package_create", item)

    assert response.status_code == 409
    limit = input_limits.TEXT[kind]
    assert response.json["error"][field] == [_shown(app, parameters.TOO_LONG, n=limit)]
    assert _stored() == before
    # Within the limit the same item is created.
    created = _post(app, people["sysadmin"], "package_create", {**item, field: MEGABYTE[:limit]})
    assert created.status_code == 200, created.json
