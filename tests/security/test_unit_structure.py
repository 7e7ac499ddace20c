"""Nobody makes themself PPID Utama staff: units are created, deleted and restructured only by the PPID
Utama's administrators and sysadmins (docs/authorization.md, rule ``unit.structure``)."""

from __future__ import annotations

import pytest
from ckan import model
from ckan.tests import factories, helpers

pytestmark = pytest.mark.usefixtures("with_plugins", "clean_db", "clean_index")


@pytest.fixture
def units():
    factories.User(name="warga")
    factories.User(name="utama-admin")
    factories.User(name="dinkes-admin")
    utama = factories.Organization(
        name="ppid-utama", jenis_unit="ppid_utama", users=[{"name": "utama-admin", "capacity": "admin"}]
    )
    dinkes = factories.Organization(
        name="dinkes",
        jenis_unit="opd",
        unit_induk="ppid-utama",
        users=[{"name": "dinkes-admin", "capacity": "admin"}],
    )
    kecamatan = factories.Organization(name="kec-sukamaju", jenis_unit="kecamatan", unit_induk="ppid-utama")
    return {"utama": utama, "dinkes": dinkes, "kecamatan": kecamatan}


def _call(app, who: str, action: str, **data):
    headers = {"Authorization": factories.APIToken(user=who)["token"]}
    return app.post(f"/api/3/action/{action}", json=data, headers=headers, expect_errors=True)


def _unit(name: str) -> model.Group:
    model.Session.expire_all()
    return model.Group.get(name)


def test_an_applicant_cannot_create_a_ppid_utama_of_their_own(app, units):
    response = _call(app, "warga", "organization_create", name="x", title="x", jenis_unit="ppid_utama")
    assert response.status_code == 403
    assert _unit("x") is None


@pytest.mark.parametrize("jenis_unit", ["opd", "kecamatan"])
def test_a_unit_admin_cannot_create_units(app, units, jenis_unit):
    response = _call(
        app, "dinkes-admin", "organization_create", name="baru", title="Baru", jenis_unit=jenis_unit
    )
    assert response.status_code == 403
    assert _unit("baru") is None


def test_the_ppid_utama_admin_creates_a_unit_below_it(app, units):
    response = _call(
        app,
        "utama-admin",
        "organization_create",
        name="dishub",
        title="Dinas Perhubungan",
        unit_induk="ppid-utama",
    )
    assert response.status_code == 200, response.body
    assert _unit("dishub").extras["jenis_unit"] == "opd"


@pytest.mark.parametrize(
    "change",
    [
        {"jenis_unit": "ppid_utama"},
        {"jenis_unit": "kecamatan"},
        {"unit_induk": "kec-sukamaju"},
        {"unit_induk": ""},
    ],
)
@pytest.mark.parametrize("action", ["organization_patch", "organization_update"])
def test_a_unit_admin_cannot_change_their_units_type_or_parent(app, units, change, action):
    data = {"id": "dinkes", **change}
    if action == "organization_update":
        data.update(name="dinkes", title="Dinas Kesehatan")
    response = _call(app, "dinkes-admin", action, **data)
    assert response.status_code == 403, response.body
    unit = _unit("dinkes")
    assert (unit.extras["jenis_unit"], unit.extras["unit_induk"]) == ("opd", "ppid-utama")


def test_a_unit_admin_edits_the_rest_and_a_field_left_out_keeps_its_value(app, units):
    response = _call(
        app, "dinkes-admin", "organization_update", id="dinkes", name="dinkes", title="Dinkes Baru"
    )
    assert response.status_code == 200, response.body
    unit = _unit("dinkes")
    assert unit.title == "Dinkes Baru"
    assert (unit.extras["jenis_unit"], unit.extras["unit_induk"]) == ("opd", "ppid-utama")
    # The hierarchy link that carries the PPID Utama's staff onto the unit is still there.
    assert [parent.name for parent in unit.get_parent_groups(type="organization")] == ["ppid-utama"]


def test_the_ppid_utama_admin_changes_a_units_type(app, units):
    response = _call(app, "utama-admin", "organization_patch", id="kec-sukamaju", jenis_unit="opd")
    assert response.status_code == 200, response.body
    assert _unit("kec-sukamaju").extras["jenis_unit"] == "opd"


def test_a_unit_admin_cannot_delete_their_unit(app, units):
    assert _call(app, "dinkes-admin", "organization_delete", id="dinkes").status_code == 403
    assert _unit("dinkes").state == "active"


@pytest.mark.parametrize("action", ["group_update", "group_patch", "group_delete"])
def test_the_group_actions_are_refused_on_units(app, units, action):
    response = _call(app, "dinkes-admin", action, id="dinkes", name="dinkes", jenis_unit="ppid_utama")
    assert response.status_code == 403
    unit = _unit("dinkes")
    assert (unit.is_organization, unit.state, unit.extras["jenis_unit"]) == (True, "active", "opd")


def test_only_sysadmins_create_groups(app, units):
    assert _call(app, "utama-admin", "group_create", name="tematik").status_code == 403
    sysadmin = factories.Sysadmin()
    assert _call(app, sysadmin["name"], "group_create", name="tematik").status_code == 200


def test_an_applicant_who_tried_reads_no_other_applicants_request(app, units):
    """The probe's path: create a PPID Utama, then read another applicant's personal data."""
    case = helpers.call_action(
        "ppid_request_create",
        {"user": "utama-admin", "ignore_auth": False},
        channel="surat",
        received_at="2026-06-12 10:00",
        unit="dinkes",
        applicant_type="perorangan",
        name="Budi Santoso",
        nik="3201014501900001",
        address="Jl. Melati No. 7",
        phone="0812-3456-7890",
        information="Daftar puskesmas",
        purpose="Penelitian",
        way_to_obtain="salinan_softcopy",
        delivery_method="ambil_langsung",
    )
    _call(app, "warga", "organization_create", name="x", title="x", jenis_unit="ppid_utama")
    assert _call(app, "warga", "ppid_request_show", id=case["id"]).status_code == 403
    assert app.get(f"/ppid/permohonan/{case['id']}/identitas", expect_errors=True).status_code in (
        302,
        403,
        404,
    )
