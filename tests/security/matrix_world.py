"""The portal the role x route test walks: a user per persona, an object of every kind the table names.

Units: the PPID Utama, the Dinas Kesehatan (``dinkes``, the unit every object belongs to) and the Dinas
Perhubungan (``dishub``, another unit). Its people, and what each is to the Dinas Kesehatan's objects:

- ``warga`` filed the requests (applicant on them, a citizen elsewhere); ``warga-lain`` is any citizen;
- ``dinkes-admin`` (unit admin), ``dinkes-petugas`` (unit editor; staged the import batches),
  ``dinkes-kepala`` (a plain member);
- ``dishub-admin`` (staff of another unit);
- ``utama-admin``, ``utama-petugas`` (the PPID Utama's admin and editor);
- ``atasan`` (the Atasan PPID, seated as a plain member of the PPID Utama, as the demo does);
- ``penilai`` (the Komisi Informasi assessor), ``admin-situs`` (sysadmin);
- ``saksi`` is nobody's persona: the "other account" the users' pages are walked on.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zoneinfo
from dataclasses import dataclass, field
from typing import Any

import ckan.plugins.toolkit as tk
import sqlalchemy as sa
from ckan import model
from ckan.tests import factories, helpers
from exemption_fields import EXEMPTED
from freezegun import freeze_time
from PIL import Image
from werkzeug.datastructures import FileStorage

from ckanext.ppid.authorization.table import Persona
from ckanext.ppid.requests.filing.receipt import token_for
from ckanext.ppid.requests.filing.store import clock_settings
from ckanext.ppid.requests.model.information_request import InformationRequest

P = Persona
JAKARTA = zoneinfo.ZoneInfo("Asia/Jakarta")
NIK = "3201014501900001"
PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
BUDGET_CSV = (
    "Kode Program;Nama Program;Kode Kegiatan;Nama Kegiatan;Kode Sub Kegiatan;Nama Sub Kegiatan;"
    "Kode Rekening;Uraian Rekening;Anggaran;Realisasi\n"
    "1.02.01;Program Penunjang;1.02.01.2.01;Perencanaan;1.02.01.2.01.0001;Penyusunan Dokumen;"
    "5.1.02.01.01.0024;Alat Tulis Kantor;1.000.000,00;250.000,00\n"
)
REGISTER_CSV = (
    "Judul,Ringkasan,Kategori,Unit penguasa,Penanggung jawab,Tahun\n"
    "Daftar Puskesmas,Daftar puskesmas,setiap_saat,Kepala Dinas,Sekretaris,2025\n"
)

# Who each user is to the objects of the Dinas Kesehatan (or to no object), beyond being a citizen.
UNIT_PERSONAS = {
    "warga": set(),
    "warga-lain": set(),
    "dinkes-admin": {P.UNIT_ADMIN},
    "dinkes-petugas": {P.UNIT_EDITOR},
    "dinkes-kepala": {P.UNIT_MEMBER},
    "dishub-admin": {P.OTHER_UNIT_STAFF},
    "utama-admin": {P.UTAMA_ADMIN},
    "utama-petugas": {P.UTAMA_EDITOR},
    "atasan": {P.ATASAN},
    "penilai": {P.ASSESSOR},
    "admin-situs": {P.SYSADMIN},
}
# On pages about no object, staff of another unit are simply a unit's admin.
NO_OBJECT_PERSONAS = {**UNIT_PERSONAS, "dishub-admin": {P.UNIT_ADMIN}}
CASE_TARGETS = {"case", "answered_case", "objection", "dispute"}
BATCH_TARGETS = {"import_batch", "document_batch"}
ACCOUNT_TARGETS = {"own_account", "other_account"}
USERS = ("anonymous", *UNIT_PERSONAS)


def personas_of(user: str, target: str) -> set[Persona]:
    """What ``user`` is to an object of kind ``target`` in this world (stated here, not asked of the code)."""
    if user == "anonymous":
        return {P.ANONYMOUS}
    found = {P.CITIZEN}
    if target in ACCOUNT_TARGETS:
        # A user's own account is theirs whoever they are; their roles still count (sysadmins, the list).
        return found | (NO_OBJECT_PERSONAS[user] & {P.SYSADMIN, P.UNIT_ADMIN, P.UTAMA_ADMIN})
    found |= (NO_OBJECT_PERSONAS if target == "none" else UNIT_PERSONAS)[user]
    if user == "warga" and target in CASE_TARGETS:
        found.add(P.APPLICANT)
    if user == "dinkes-petugas" and target in BATCH_TARGETS:
        found.add(P.UPLOADER)
    return found


@dataclass
class World:
    """Names and ids of the world's objects, and the API tokens of its users."""

    ids: dict[str, Any] = field(default_factory=dict)
    tokens: dict[str, str] = field(default_factory=dict)

    def headers(self, user: str) -> dict[str, str]:
        return {} if user == "anonymous" else {"Authorization": self.tokens[user]}


def _as(user: str, **extra: Any) -> dict[str, Any]:
    return {"user": user, "ignore_auth": False, **extra}


def _png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (20, 20), (30, 120, 30)).save(buffer, format="PNG")
    return buffer.getvalue()


def _people(world: World) -> None:
    factories.Sysadmin(name="admin-situs")
    for name in [*UNIT_PERSONAS, "saksi"]:
        if name != "admin-situs":
            factories.User(name=name, email=f"{name}@lembahhijau.example")
    factories.Organization(
        name="ppid-utama",
        title="PPID Utama",
        jenis_unit="ppid_utama",
        kode_unit="U",
        users=[
            {"name": "utama-admin", "capacity": "admin"},
            {"name": "utama-petugas", "capacity": "editor"},
            {"name": "atasan", "capacity": "member"},
        ],
    )
    world.ids["unit"] = factories.Organization(
        name="dinkes",
        title="Dinas Kesehatan",
        kode_unit="D1",
        unit_induk="ppid-utama",
        kontak_email="ppid@dinkes.lembahhijau.example",
        users=[
            {"name": "dinkes-admin", "capacity": "admin"},
            {"name": "dinkes-petugas", "capacity": "editor"},
            {"name": "dinkes-kepala", "capacity": "member"},
        ],
    )["name"]
    factories.Organization(
        name="dishub",
        kode_unit="D2",
        unit_induk="ppid-utama",
        users=[{"name": "dishub-admin", "capacity": "admin"}],
    )
    world.ids["group"] = factories.Group(name="tematik", user={"name": "admin-situs"})["name"]
    grant = _as("admin-situs")
    helpers.call_action("ppid_role_grant", grant, user="atasan", role="atasan_ppid")
    helpers.call_action("ppid_role_grant", grant, user="penilai", role="penilai_komisi_informasi")
    world.ids["own_account"] = None
    world.ids["other_account"] = "saksi"
    for name in UNIT_PERSONAS:
        world.tokens[name] = factories.APIToken(user=name)["token"]


def _dataset(world: World, key: str, resource_key: str | None, **data: Any) -> dict[str, Any]:
    resources = [{"url": f"https://berkas.example/{data['name']}.pdf", "name": f"Berkas {data['name']}"}]
    title = data["name"].replace("-", " ").title()
    created = helpers.call_action(
        "package_create", _as("admin-situs"), owner_org="dinkes", title=title, resources=resources, **data
    )
    world.ids[key] = created["name"]
    if resource_key:
        world.ids[resource_key] = (created["name"], created["resources"][0]["id"])
    return created


def _view(world: World, key: str, resource_key: str) -> None:
    dataset, resource_id = world.ids[resource_key]
    view = helpers.call_action(
        "resource_view_create",
        _as("admin-situs"),
        resource_id=resource_id,
        view_type="image_view",
        title=f"Tampilan {dataset}",
        image_url=f"https://berkas.example/{dataset}.png",
    )
    world.ids[key] = (dataset, resource_id, view["id"])


def _datastore(world: World, resource_key: str) -> None:
    helpers.call_action(
        "datastore_create",
        _as("admin-situs"),
        resource_id=world.ids[resource_key][1],
        force=True,
        fields=[{"id": "kode", "type": "text"}, {"id": "jumlah", "type": "numeric"}],
        records=[{"kode": "5.1.02", "jumlah": 1000}],
    )


def _budget(world: World) -> None:
    """A budget dataset whose file the import job loads into the budget table and the DataStore."""
    budget = helpers.call_action(
        "package_create",
        _as("admin-situs"),
        type="anggaran",
        name="realisasi-dinkes-2026",
        title="Realisasi Dinas Kesehatan 2026",
        owner_org="dinkes",
        tahun_anggaran=2026,
        tahapan="realisasi",
        jenis_periode="bulanan",
        periode_ke=7,
    )
    upload = FileStorage(stream=io.BytesIO(BUDGET_CSV.encode()), filename="realisasi.csv")
    resource = helpers.call_action(
        "resource_create", _as("admin-situs"), package_id=budget["id"], name="realisasi.csv", upload=upload
    )
    world.ids["budget"] = budget["name"]
    world.ids["budget_resource"] = (budget["name"], resource["id"])


def _latest_activity(dataset: str) -> str:
    return helpers.call_action("package_activity_list", _as("admin-situs"), id=dataset, limit=1)[0]["id"]


def _register(world: World) -> None:
    item = {
        "type": "informasi-publik",
        "unit_penguasa": "Kepala Dinas",
        "penanggung_jawab": "Sekretaris Dinas",
    }
    item.update(notes="Ringkasan informasi", tahun=2025)
    _dataset(world, "public_dataset", "public_resource", name="data-puskesmas", tags=[{"name": "kesehatan"}])
    _dataset(world, "private_dataset", "private_resource", name="data-internal", private=True)
    _dataset(world, "public_item", "item_resource", name="profil-dinkes", kategori="setiap_saat", **item)
    _dataset(world, "private_item", None, name="rencana-kerja", kategori="setiap_saat", private=True, **item)
    _dataset(world, "withheld_item", "withheld_resource", name="rekam-medis", **{**item, **EXEMPTED})
    _budget(world)
    _view(world, "public_view", "public_resource")
    _view(world, "withheld_view", "withheld_resource")
    # The activities walked are plain changes of the datasets, each after another (CKAN compares a change
    # with the activity before it, and a view's activity holds no dataset).
    for dataset in ("data-puskesmas", "rekam-medis"):
        for notes in ("Diperbarui", "Diperbarui lagi"):
            helpers.call_action("package_patch", _as("admin-situs"), id=dataset, notes=notes)
    _datastore(world, "withheld_resource")
    world.ids["public_activity"] = ("data-puskesmas", _latest_activity("data-puskesmas"))
    world.ids["withheld_activity"] = ("rekam-medis", _latest_activity("rekam-medis"))
    declared = helpers.call_action(
        "ppid_calendar_override_create",
        _as("utama-admin"),
        day="2027-07-14",
        kind="holiday",
        reason="Hari jadi kabupaten",
        decree="Keputusan Bupati 12/2027",
    )
    world.ids["declaration"] = declared["id"]


def _filed(information: str) -> dict[str, Any]:
    document = FileStorage(stream=io.BytesIO(_png()), filename="ktp.png")
    return helpers.call_action(
        "ppid_request_create",
        _as("warga"),
        unit="dinkes",
        applicant_type="perorangan",
        name="Siti Rahmawati",
        nik=NIK,
        address="Jl. Melati No. 7, Lembah Hijau",
        phone="0812-3456-7890",
        email="warga@lembahhijau.example",
        information=information,
        purpose="Penelitian",
        way_to_obtain="salinan_softcopy",
        delivery_method="email",
        identity_document=document,
    )


def _requests(world: World, run_jobs) -> None:
    # Filed 15 working days ago and never answered: the applicant objects on ground c, the Atasan PPID
    # decides, and the dispute goes to the Komisi Informasi.
    today = dt.datetime.now(JAKARTA).date()
    then = clock_settings().calendar.subtract_working_days(today, 15).due
    with freeze_time(dt.datetime.combine(then, dt.time(10, 0), JAKARTA)):
        case = _filed("Daftar puskesmas dan tenaga kesehatan 2025")
    objection = helpers.call_action(
        "ppid_objection_create",
        _as("warga"),
        request_id=case["id"],
        grounds=["c_tidak_ditanggapi"],
        statement="Tidak ada jawaban",
    )
    helpers.call_action(
        "ppid_objection_decide", _as("atasan"), id=objection["id"], decision="menguatkan", reasons="Alasan"
    )
    dispute = helpers.call_action(
        "ppid_dispute_create", _as("warga"), objection_id=objection["id"], forum="ki_provinsi"
    )
    world.ids.update(case=case["id"], objection=objection["id"], dispute=(objection["id"], dispute["id"]))
    world.ids["receipt_token"] = token_for(model.Session.get(InformationRequest, case["id"]))
    # Filed today, extended, answered and the information handed over.
    answered = _filed("Anggaran puskesmas 2025")
    handle = {"id": answered["id"]}
    helpers.call_action("ppid_request_verify", _as("dinkes-petugas"), **handle)
    helpers.call_action("ppid_request_process", _as("dinkes-admin"), **handle)
    helpers.call_action("ppid_request_extend", _as("dinkes-admin"), reasons="Arsip dipindahkan", **handle)
    helpers.call_action(
        "ppid_request_notice_send",
        _as("dinkes-admin"),
        outcome="dikabulkan_seluruhnya",
        held="true",
        material="Anggaran puskesmas 2025",
        delivery_method="email",
        copy_format="softcopy",
        costs="0",
        **handle,
    )
    delivered = helpers.call_action(
        "ppid_request_deliver",
        _as("dinkes-admin"),
        files=[FileStorage(stream=io.BytesIO(PDF), filename="anggaran.pdf")],
        **handle,
    )
    run_jobs()
    world.ids["answered_case"] = (answered["id"], delivered["deliveries"][-1]["id"])


def _batches(world: World, app) -> None:
    headers = world.headers("dinkes-petugas")
    staged = app.post(
        "/ppid/import/",
        data={"file": (io.BytesIO(REGISTER_CSV.encode()), "register.csv"), "owner_org": "dinkes"},
        headers=headers,
        follow_redirects=False,
    )
    world.ids["import_batch"] = re.search(r"/ppid/import/([^/?]+)", staged.headers["Location"]).group(1)
    staged = app.post(
        "/ppid/documents/profil-dinkes",
        data={"documents": (io.BytesIO(PDF), "lampiran.pdf")},
        headers=headers,
        follow_redirects=False,
    )
    token = re.search(r"/ppid/documents/[^/]+/([^/?]+)", staged.headers["Location"]).group(1)
    world.ids["document_batch"] = ("profil-dinkes", token)


def build(app, run_jobs) -> World:
    world = World()
    _people(world)
    _register(world)
    _requests(world, run_jobs)
    _batches(world, app)
    _activities(world)
    return world


def _activities(world: World) -> None:
    site = _as("admin-situs")
    world.ids["unit_activity"] = helpers.call_action(
        "organization_activity_list", site, id="dinkes", limit=1
    )[0]["id"]
    world.ids["group_activity"] = helpers.call_action("group_activity_list", site, id="tematik", limit=1)[0][
        "id"
    ]
    token = helpers.call_action("api_token_create", site, user="saksi", name="saksi")["token"]
    notification = model.Session.execute(sa.text("SELECT min(id) FROM ppid_notification")).scalar()
    world.ids["notification"] = notification
    world.ids["token_ids"] = {
        name: helpers.call_action("api_token_list", site, user_id=name)[0]["id"]
        for name in [*UNIT_PERSONAS, "saksi"]
    }
    world.ids["other_token"] = world.ids["token_ids"]["saksi"]
    entity = helpers.call_action("package_show", site, id="data-puskesmas")["id"]
    status = {
        "entity_id": entity,
        "entity_type": "package",
        "task_type": "pemeriksaan",
        "key": "k",
        "value": "v",
    }
    world.ids["task_status"] = helpers.call_action("task_status_update", site, **status)["id"]
    world.ids["job"] = tk.enqueue_job(print, ["tugas matriks"], title="tugas matriks").id
    world.tokens["saksi"] = token


def action_parameters(name: str, target: str, world: World, account: str) -> dict[str, Any]:
    """What an action needs beyond the object's id to reach its auth check (CKAN reads some first)."""
    ids = world.ids
    dataset = ids.get("public_dataset")
    resource = (ids.get("public_resource") or ("", ""))[1]
    view = (ids.get("public_view") or ("", "", ""))[2]
    budget_resource = (ids.get("budget_resource") or ("", ""))[1]
    datastore = ids.get(target, ("", ""))[1] if target.endswith("_resource") else budget_resource
    case = ids.get("case")
    parameters: dict[str, dict[str, Any]] = {
        "package_create": {"name": "baru-dari-matriks", "owner_org": "dinkes"},
        "resource_create": {"package_id": dataset, "url": "https://berkas.example/baru.pdf"},
        "resource_view_create": {"resource_id": resource, "view_type": "image_view", "title": "Baru"},
        "resource_view_reorder": {"id": resource, "order": [view]},
        "resource_view_update": {"id": view, "resource_id": resource, "title": "Diubah"},
        "resource_create_default_resource_views": {"resource": {"id": resource, "package_id": dataset}},
        "package_create_default_resource_views": {"package": {"id": dataset, "owner_org": "dinkes"}},
        "package_revise": {"match": {"id": dataset}, "update": {"notes": "Diubah"}},
        "package_resource_reorder": {"id": dataset, "order": [resource]},
        "package_owner_org_update": {"id": dataset, "organization_id": "dinkes"},
        **dict.fromkeys(
            ("package_relationship_create", "package_relationship_update", "package_relationship_delete"),
            {"subject": dataset, "object": "profil-dinkes", "type": "links_to"},
        ),
        **dict.fromkeys(
            ("bulk_update_private", "bulk_update_public", "bulk_update_delete"),
            {"datasets": [dataset], "org_id": "dinkes"},
        ),
        "member_create": {"id": "dinkes", "object": "saksi", "object_type": "user", "capacity": "member"},
        "member_delete": {"id": "dinkes", "object": "dinkes-kepala", "object_type": "user"},
        "organization_member_create": {"id": "dinkes", "username": "saksi", "role": "member"},
        "organization_member_delete": {"id": "dinkes", "username": "dinkes-kepala"},
        "group_member_create": {"id": "tematik", "username": "saksi", "role": "member"},
        "group_member_delete": {"id": "tematik", "username": "saksi"},
        "user_invite": {"email": "undangan@lembahhijau.example", "group_id": "dinkes", "role": "member"},
        "organization_create": {"name": "unit-dari-matriks", "title": "Unit", "jenis_unit": "ppid_utama"},
        "group_create": {"name": "grup-dari-matriks"},
        "organization_update": {"name": "dinkes", "title": "Dinas Kesehatan"},
        "package_collaborator_create": {"id": dataset, "user_id": "saksi", "capacity": "editor"},
        "package_collaborator_delete": {"id": dataset, "user_id": "saksi"},
        "datastore_create": {"resource_id": datastore, "force": True, "fields": [{"id": "baru"}]},
        "datastore_upsert": {"resource_id": datastore, "force": True, "method": "insert", "records": []},
        "datastore_delete": {"resource_id": datastore, "force": True, "filters": {"kode": "tidak-ada"}},
        "datastore_records_delete": {
            "resource_id": datastore,
            "force": True,
            "filters": {"kode": "tidak-ada"},
        },
        "datastore_run_triggers": {"resource_id": datastore},
        "datastore_info": {"id": datastore},
        "datastore_function_create": {"name": "fungsi", "rettype": "trigger", "definition": "BEGIN END;"},
        "datastore_function_delete": {"name": "fungsi"},
        "api_token_create": {"user": account, "name": "baru"},
        "api_token_list": {"user_id": account},
        "api_token_revoke": {"jti": ids["token_ids"].get(account)},
        "user_create": {
            "name": "akun-baru",
            "email": "baru@lembahhijau.example",
            "password": "Sandi-panjang-1",
        },
        "user_update": {"email": f"{account}@lembahhijau.example"},
        "config_option_update": {"ckan.site_title": "Diubah"},
        "config_option_show": {"key": "ckan.site_title"},
        "job_show": {"id": ids.get("job")},
        "job_cancel": {"id": ids.get("job")},
        "task_status_show": {"id": ids.get("task_status")},
        "task_status_delete": {"id": ids.get("task_status")},
        "task_status_update": {"entity_id": dataset, "entity_type": "package", "task_type": "t", "key": "k"},
        "task_status_update_many": {
            "data": [
                {"entity_id": dataset, "entity_type": "package", "task_type": "t", "key": "k", "value": "v"}
            ]
        },
        "term_translation_update": {"term": "a", "term_translation": "b", "lang_code": "id"},
        "term_translation_update_many": {"data": [{"term": "a", "term_translation": "b", "lang_code": "id"}]},
        "term_translation_show": {"terms": ["a"]},
        "vocabulary_create": {"name": "kosakata"},
        "vocabulary_update": {"id": "tidak-ada", "name": "kosakata"},
        "vocabulary_delete": {"id": "tidak-ada"},
        "tag_create": {"name": "baru", "vocabulary_id": "tidak-ada"},
        "tag_delete": {"id": "tidak-ada"},
        "tag_show": {"id": "kesehatan"},
        "help_show": {"name": "package_show"},
        "scheming_dataset_schema_show": {"type": "dataset"},
        "scheming_organization_schema_show": {"type": "organization"},
        "member_roles_list": {"group_type": "organization"},
        "activity_create": {"user_id": "admin-situs", "object_id": dataset, "activity_type": "new package"},
        "file_create": {"storage": "default", "name": "baru.txt"},
        "ppid_request_create": {"channel": "surat", "unit": "dinkes"} if target == "unit" else {},
        "ppid_calendar_override_create": {
            "day": "2026-12-31",
            "kind": "holiday",
            "reason": "x",
            "decree": "y",
        },
        "ppid_objection_create": {"request_id": case, "grounds": ["c_tidak_ditanggapi"], "statement": "x"},
        "ppid_dispute_create": {"forum": "ki_provinsi"},
        "ppid_role_grant": {"user": "saksi", "role": "atasan_ppid"},
        "ppid_role_revoke": {"user": "saksi", "role": "atasan_ppid"},
        "ppid_request_extend": {"reasons": "Arsip"},
        "ppid_request_file_show": {"file": "identitas"},
        "ppid_budget_preview": {"resource_id": budget_resource},
        "ppid_budget_import": {"resource_id": budget_resource},
        "ppid_budget_import_show": {"resource_id": budget_resource},
        "datastore_search": {"resource_id": datastore},
        "package_autocomplete": {"q": "data"},
        "format_autocomplete": {"q": "pd"},
        "tag_autocomplete": {"q": "kes"},
        "tag_search": {"query": "kes"},
        "organization_autocomplete": {"q": "din"},
        "group_autocomplete": {"q": "tem"},
        "user_autocomplete": {"q": "war"},
        "group_package_show": {"id": "tematik"},
    }
    return parameters.get(name, {})


def form(endpoint: str, world: World) -> dict[str, Any]:
    """What a refused user sends to a form: a complete request, so that only the auth check stands between
    them and the change (an empty form is often refused for its content first)."""
    ids = world.ids
    forms = {
        "user.sysadmin": {"username": "saksi", "status": "true"},
        "user.api_tokens": {"name": "curian"},
        "user.api_tokens_revoke": {"token": ids.get("other_token")},
        "user.edit": {
            "save": "1",
            "name": "saksi",
            "fullname": "Diubah",
            "email": "saksi@lembahhijau.example",
        },
        "user.delete": {"delete": "1"},
        "organization.member_new": {"username": "saksi", "role": "admin", "save": "1"},
        "organization.edit": {"name": "dinkes", "title": "Diubah", "jenis_unit": "ppid_utama", "save": "1"},
        "organization.new": {
            "name": "unit-curian",
            "title": "Curian",
            "jenis_unit": "ppid_utama",
            "save": "1",
        },
        "dataset.new": {"name": "data-curian", "title": "Curian", "owner_org": "dinkes", "save": "1"},
        "ppid_calendar.declare": {"day": "2027-07-15", "kind": "holiday", "reason": "x", "decree": "y"},
        "ppid_request_handling.tutup": {"reason": "x"},
        "ppid_request_handling.perpanjang": {"reasons": "Arsip dipindahkan"},
        "ppid_objection.decide": {"decision": "menguatkan", "reasons": "Alasan"},
        "ppid_objection.new": {"grounds": "c_tidak_ditanggapi", "statement": "Tidak ada jawaban"},
    }
    return forms.get(endpoint, {})
