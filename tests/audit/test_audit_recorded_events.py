"""What is on record after people act: roles, register items, imports, unit members, withheld documents."""

from __future__ import annotations

import io

import pytest
from audit_cast import EXEMPTED, actions, events, register_item
from ckan import model
from ckan.cli.cli import ckan
from ckan.tests import factories, helpers

pytestmark = pytest.mark.usefixtures("with_plugins")


def post(app, cast, who: str, action: str, **data):
    return app.post(f"/api/3/action/{action}", json=data, headers=cast.token(who))


def test_role_grants_and_revokes_name_who_did_it(app, audit_cast):
    cast = audit_cast
    target = factories.User()

    assert post(
        app, cast, "sysadmin", "ppid_role_grant", user=target["name"], role="atasan_ppid", decree="SK 1"
    ).json["success"]
    post(app, cast, "sysadmin", "ppid_role_grant", user=target["name"], role="atasan_ppid")
    post(app, cast, "sysadmin", "ppid_role_revoke", user=target["name"], role="penilai_komisi_informasi")
    post(app, cast, "sysadmin", "ppid_role_revoke", user=target["name"], role="atasan_ppid")
    refused = post(app, cast, "utama_admin", "ppid_role_grant", user=target["name"], role="atasan_ppid")

    assert refused.status_code == 403
    grant, revoke = events(object_id=target["id"])
    assert (grant["action"], revoke["action"]) == ("role.grant", "role.revoke")
    assert grant["details"] == {"user": target["name"], "role": "atasan_ppid", "decree": "SK 1"}
    assert grant["actor_name"] == cast.sysadmin["name"] and grant["ip_address"] == "127.0.0.1"
    assert revoke["details"] == {"user": target["name"], "role": "atasan_ppid"}


def test_register_items_created_changed_and_deleted_are_on_record(app, audit_cast):
    cast = audit_cast
    created = post(
        app,
        cast,
        "unit_editor",
        "package_create",
        type="informasi-publik",
        name="profil-dinkes",
        title="Profil Dinas Kesehatan",
        owner_org="dinkes",
        notes="Profil",
        unit_penguasa="Kepala Dinas",
        penanggung_jawab="Sekretaris",
        kategori="setiap_saat",
        tahun=2025,
    ).json["result"]
    item = created["id"]
    post(app, cast, "unit_editor", "package_patch", id=item, title="Profil Dinkes 2025")
    refused = post(app, cast, "unit_editor", "package_patch", id=item, kategori="berkala")
    post(
        app,
        cast,
        "utama_editor",
        "package_patch",
        id=item,
        kategori="berkala",
        item_berkala="profil",
        periodisitas="tahunan",
    )
    post(app, cast, "unit_editor", "package_delete", id=item)

    assert refused.status_code == 409
    assert actions(object_id=item) == [
        "register.item.create",
        "register.item.update",
        "register.item.update",
        "register.item.category",
        "register.item.delete",
    ]
    create, title, category, named, delete = events(object_id=item)
    assert create["actor_name"] == "dinkes-editor" and create["unit_id"] == cast.unit["id"]
    assert create["details"]["fields"]["title"] == "Profil Dinas Kesehatan"
    assert title["details"]["changes"] == {
        "title": {"before": "Profil Dinas Kesehatan", "after": "Profil Dinkes 2025"}
    }
    assert category["actor_name"] == "utama-editor"
    assert category["details"]["changes"]["kategori"] == {"before": "setiap_saat", "after": "berkala"}
    assert named["details"] == {"before": "setiap_saat", "after": "berkala"}
    assert delete["details"]["title"] == "Profil Dinkes 2025"


def test_ordinary_datasets_are_not_register_events(audit_cast):
    dataset = factories.Dataset(owner_org=audit_cast.unit["id"])
    helpers.call_action("package_patch", id=dataset["id"], title="Lain")
    assert events(object_id=dataset["id"]) == []


def test_the_expiry_command_records_the_status_it_changes_as_the_site_user(cli, audit_cast):
    item = register_item(
        audit_cast.unit["id"],
        audit_cast.sysadmin["name"],
        name="rekam-medis",
        title="Rekam Medis Pasien",
        **dict(EXEMPTED, jangka_waktu_pengecualian="", tanggal_berakhir="2026-01-02"),
    )

    result = cli.invoke(ckan, ["ppid", "register", "expire", "--today", "2026-01-05"])

    assert result.exit_code == 0, result.output
    (status,) = events(object_id=item["id"], action="register.exemption.status")
    assert status["details"] == {"before": None, "after": "berakhir"}
    assert status["actor_name"] == helpers.call_action("get_site_user")["name"]
    (update,) = events(object_id=item["id"], action="register.item.update")
    assert update["details"]["changes"]["status_pengecualian"]["after"] == "berakhir"


SHEET = "Judul Informasi,Ringkasan,Kategori,Tahun,Unit\n{rows}"


def _import(app, headers: dict[str, str], rows: str):
    upload = app.post(
        "/ppid/import/",
        data={"file": (io.BytesIO(SHEET.format(rows=rows).encode()), "dip.csv"), "owner_org": "dinkes"},
        content_type="multipart/form-data",
        headers=headers,
        follow_redirects=False,
    )
    preview = upload.headers["Location"].replace("http://test.ckan.net", "")
    return app.post(preview, headers=headers, follow_redirects=False)


def test_an_import_records_each_item_and_the_batch(app, audit_cast):
    rows = (
        "Daftar Puskesmas,Alamat,setiap saat,2025,dinkes\nJadwal Imunisasi,Jadwal,setiap saat,2025,dinkes\n"
    )

    _import(app, audit_cast.token("unit_editor"), rows)

    (batch,) = events(action="register.import.commit", actor_id=audit_cast.unit_editor["id"])
    assert batch["details"]["filename"] == "dip.csv" and batch["details"]["count"] == 2
    assert batch["unit_id"] == audit_cast.unit["id"]
    for item in batch["details"]["items"]:
        assert actions(object_id=item) == ["register.item.create"]


def test_a_refused_import_leaves_no_event(app, audit_cast):
    # The second row names a unit the editor may not add to: nothing is imported, nothing recorded.
    rows = "Daftar Puskesmas,Alamat,setiap saat,2025,dinkes\nJadwal Bus,Jadwal,setiap saat,2025,dishub\n"

    _import(app, audit_cast.token("unit_editor"), rows)

    assert events(action="register.import.commit", actor_id=audit_cast.unit_editor["id"]) == []
    assert events(action="register.item.create", actor_id=audit_cast.unit_editor["id"]) == []
    assert model.Session.query(model.Package).filter_by(title="Daftar Puskesmas").count() == 0


def test_who_may_act_on_a_unit_is_on_record(app, audit_cast):
    cast = audit_cast
    newcomer = factories.User()
    membership = {"id": "dinkes", "username": newcomer["name"]}

    post(app, cast, "sysadmin", "organization_member_create", role="editor", **membership)
    post(app, cast, "sysadmin", "organization_member_create", role="member", **membership)
    post(app, cast, "sysadmin", "organization_member_delete", **membership)
    group = factories.Group()
    post(
        app, cast, "sysadmin", "group_member_create", id=group["id"], username=newcomer["name"], role="member"
    )

    add, capacity, remove = events(object_id=newcomer["id"])
    assert [add["action"], capacity["action"], remove["action"]] == [
        "unit.member.add",
        "unit.member.capacity",
        "unit.member.remove",
    ]
    assert add["details"] == {"user": newcomer["name"], "unit": "dinkes", "capacity": "editor"}
    assert capacity["details"]["before"] == "editor" and capacity["details"]["after"] == "member"
    assert remove["unit_id"] == cast.unit["id"] and add["actor_name"] == cast.sysadmin["name"]


def test_a_units_type_and_parent_changing_are_on_record(app, audit_cast):
    cast = audit_cast
    post(
        app,
        cast,
        "utama_admin",
        "organization_create",
        name="kec-baru",
        title="Kecamatan Baru",
        unit_induk="ppid-utama",
    )
    post(app, cast, "utama_admin", "organization_patch", id="kec-baru", jenis_unit="kecamatan")
    post(app, cast, "utama_admin", "organization_patch", id="kec-baru", description="Tanpa perubahan susunan")
    unit = model.Group.get("kec-baru")
    created, retyped = events(action="unit.structure", object_id=unit.id)
    assert created["details"]["after"] == {"jenis_unit": "opd", "unit_induk": "ppid-utama"}
    assert retyped["details"]["before"] == {"jenis_unit": "opd", "unit_induk": "ppid-utama"}
    assert retyped["details"]["after"] == {"jenis_unit": "kecamatan", "unit_induk": "ppid-utama"}
    assert retyped["actor_name"] == cast.utama_admin["name"]


@pytest.fixture
def exempted(audit_cast):
    return register_item(
        audit_cast.unit["id"],
        audit_cast.sysadmin["name"],
        name="rekam-medis",
        title="Rekam Medis Pasien",
        resources=[{"url": "https://berkas.example/rekam.pdf", "name": "Rekam medis", "format": "PDF"}],
        **EXEMPTED,
    )


def test_reads_of_withheld_documents_by_allowed_staff_are_on_record(app, audit_cast, exempted):
    cast, resource = audit_cast, exempted["resources"][0]["id"]
    download = f"/dataset/{exempted['id']}/resource/{resource}/download"

    assert app.get(download, headers=cast.token("unit_editor"), follow_redirects=False).status_code == 302
    app.get(f"/api/3/action/resource_show?id={resource}", headers=cast.token("sysadmin"))
    app.get(f"/informasi-publik/{exempted['name']}/resource/{resource}", headers=cast.token("utama_admin"))
    app.get(f"/api/3/action/package_show?id={exempted['id']}", headers=cast.token("utama_editor"))

    downloaded, api_read, page_read = events(object_id=resource)
    assert (downloaded["action"], downloaded["actor_name"]) == ("resource.withheld.download", "dinkes-editor")
    assert downloaded["unit_id"] == cast.unit["id"] and downloaded["ip_address"] == "127.0.0.1"
    assert (api_read["action"], api_read["actor_name"]) == ("resource.withheld.read", cast.sysadmin["name"])
    assert (page_read["action"], page_read["actor_name"]) == ("resource.withheld.read", "utama-admin")
    (item_read,) = events(object_id=exempted["id"], action="resource.withheld.read")
    assert item_read["actor_name"] == "utama-editor" and item_read["details"]["resources"] == [resource]


def test_refused_reads_and_open_documents_are_not_withheld_reads(app, audit_cast, exempted):
    cast, resource = audit_cast, exempted["resources"][0]["id"]
    open_item = register_item(
        cast.unit["id"],
        cast.sysadmin["name"],
        name="profil-dinkes",
        title="Profil Dinas Kesehatan",
        resources=[{"url": "https://berkas.example/profil.pdf"}],
    )
    open_resource = open_item["resources"][0]["id"]

    refused = app.get(
        f"/dataset/{exempted['id']}/resource/{resource}/download",
        headers=cast.token("other_unit_editor"),
    )
    app.get(f"/api/3/action/package_show?id={exempted['id']}", headers=cast.token("outsider"))
    app.get(
        f"/dataset/{open_item['id']}/resource/{open_resource}/download",
        headers=cast.token("unit_editor"),
        follow_redirects=False,
    )

    assert refused.status_code == 403
    assert events(object_id=resource) == [] and events(object_id=open_resource) == []
    assert events(object_id=exempted["id"], action="resource.withheld.read") == []
