"""The audit log names the codes in an event's details in the reader's language, the code beside its name."""

from __future__ import annotations

import pytest
from ckan.plugins import toolkit as tk
from ckan.tests import factories

pytestmark = pytest.mark.usefixtures("with_plugins")


@pytest.fixture
def page_in(app):
    return lambda code: app.flask_app.test_request_context("/", environ_base={"CKAN_LANG": code})


def test_codes_of_every_plugin_are_named(page_in):
    with page_in("id"):
        named = tk.h.ppid_audit_details()
    # Audit's own (units, roles, register) and those ppid_requests chains on (statuses, channels, fields).
    assert named["values"]["ppid_pelaksana"] == "PPID Pelaksana"
    assert named["values"]["member"] == "Anggota"
    assert named["values"]["nik"] == "NIK"
    assert named["values"]["proxy_name"] == "Kuasa pemohon"
    assert named["keys"]["status_after"] == "Status sesudah"
    assert named["keys"]["registration_number"] != "Registration number"
    assert named["objects"]["information_request"] == "Permohonan informasi"
    with page_in("en"):
        assert tk.h.ppid_audit_details()["objects"]["information_request"] == "Information request"


def test_the_audit_page_names_detail_codes(app, clean_db):
    admin = factories.Sysadmin()
    org = factories.Organization(user=admin)
    member = factories.User(name="petugas")
    tk.get_action("member_create")(
        {"user": admin["name"]},
        {"id": org["id"], "object": member["id"], "object_type": "user", "capacity": "member"},
    )
    page = app.get("/ppid/audit", headers={"Authorization": factories.APIToken(user=admin["name"])["token"]})
    assert "Peran <code>capacity</code>: Anggota" in page.body
    assert f"Unit PPID <code>{org['id']}</code>" in page.body  # the object type, named
