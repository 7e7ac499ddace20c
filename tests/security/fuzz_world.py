"""A small portal for the fuzz tests to attack: people, two PPID units, a register item and a dataset with
resources, a filed request and its objection, a calendar declaration, an activity and a resource view, so
routes reach their validation code rather than answering 404 to every path."""

from __future__ import annotations

import io
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from ckan import model
from ckan.tests import factories, helpers
from exemption_fields import EXEMPTED
from PIL import Image
from werkzeug.datastructures import FileStorage

# The plugins the portal runs (scripts/config.sh).
PORTAL_PLUGINS = (
    "ppid ppid_requests ppid_budget ppid_search scheming_datasets scheming_organizations datastore "
    "datatables_view activity image_view dcat"
)
NIK = "3201014501900001"


@dataclass
class World:
    sysadmin: dict
    staff: dict
    citizen: dict
    # The account that user routes and actions are pointed at (they may delete it).
    victim: dict
    unit: dict
    item: dict
    dataset: dict
    request: dict
    objection: dict
    override: dict
    activity_id: str
    item_activity_id: str
    view_id: str
    token_id: str
    # Path parameter values by name, for routes.
    path_values: dict[str, str] = field(default_factory=dict)


@contextmanager
def pooled_connections() -> Iterator[None]:
    """Requests reuse their database connections, as the portal's do. CKAN's migrations (run by
    ``clean_db``) leave the model on an engine that opens a new connection for every request, which
    doubles the time of the thousands of requests a fuzz test sends."""
    previous = model.meta.engine
    engine = sa.create_engine(previous.url, pool_size=2, pool_pre_ping=True)
    model.init_model(engine)
    try:
        yield
    finally:
        model.init_model(previous)
        engine.dispose()


def _png() -> FileStorage:
    buffer = io.BytesIO()
    Image.new("RGB", (40, 25), (200, 30, 30)).save(buffer, format="PNG")
    return FileStorage(stream=io.BytesIO(buffer.getvalue()), filename="ktp.png")


def build_world() -> World:
    sysadmin = factories.Sysadmin(name="fuzz-admin")
    staff = factories.User(name="fuzz-staff", email="staff@lembahhijau.example")
    citizen = factories.User(name="fuzz-warga", email="warga@lembahhijau.example")
    atasan = factories.User(name="fuzz-atasan")
    victim = factories.User(name="fuzz-korban")
    factories.Organization(
        name="ppid-utama",
        jenis_unit="ppid_utama",
        kode_unit="U",
        users=[{"name": atasan["name"], "capacity": "member"}],
    )
    unit = factories.Organization(
        name="dinkes",
        title="Dinas Kesehatan",
        kode_unit="D1",
        unit_induk="ppid-utama",
        kontak_email="ppid@dinkes.lembahhijau.example",
        users=[{"name": staff["name"], "capacity": "admin"}],
    )
    admin = {"user": sysadmin["name"]}
    helpers.call_action("ppid_role_grant", admin, user=atasan["name"], role="atasan_ppid")
    item = helpers.call_action(
        "package_create",
        {"user": staff["name"]},
        type="informasi-publik",
        name="rekam-medis",
        title="Rekam Medis Pasien",
        owner_org=unit["id"],
        notes="Ringkasan informasi",
        unit_penguasa="Kepala Dinas",
        penanggung_jawab="Sekretaris Dinas",
        tahun=2025,
        resources=[{"url": "https://berkas.example/rekam.pdf", "name": "Rekam medis", "format": "PDF"}],
        **EXEMPTED,
    )
    dataset = helpers.call_action(
        "package_create",
        {"user": staff["name"]},
        name="data-puskesmas",
        title="Data Puskesmas",
        owner_org=unit["id"],
        resources=[{"url": "https://berkas.example/puskesmas.png", "name": "Peta", "format": "PNG"}],
    )
    helpers.call_action("package_patch", {"user": staff["name"]}, id=dataset["id"], notes="Diperbarui")
    activities = helpers.call_action("package_activity_list", {"ignore_auth": True}, id=dataset["id"])
    activity_id = activities[0]["id"]
    item_activities = helpers.call_action("package_activity_list", {"ignore_auth": True}, id=item["id"])
    item_activity_id = item_activities[0]["id"]
    resource_id = dataset["resources"][0]["id"]
    view = helpers.call_action(
        "resource_view_create", admin, resource_id=resource_id, view_type="image_view", title="Peta"
    )
    request = helpers.call_action(
        "ppid_request_create",
        {"user": citizen["name"], "ignore_auth": False},
        unit="dinkes",
        applicant_type="perorangan",
        name="Siti Rahmawati",
        nik=NIK,
        address="Jl. Melati No. 7, Lembah Hijau",
        phone="0812-3456-7890",
        email="warga@lembahhijau.example",
        information="Daftar puskesmas dan jumlah tenaga kesehatan tahun 2025",
        purpose="Penelitian",
        way_to_obtain="salinan_softcopy",
        delivery_method="email",
        identity_document=_png(),
    )
    as_staff = {"user": staff["name"], "ignore_auth": False}
    helpers.call_action("ppid_request_verify", dict(as_staff), id=request["id"])
    helpers.call_action("ppid_request_process", dict(as_staff), id=request["id"])
    helpers.call_action(
        "ppid_request_notice_send",
        dict(as_staff),
        id=request["id"],
        outcome="ditolak_dikecualikan",
        held=True,
        reasons="Memuat rekam medis pasien",
        exemption_grounds=["17.h.2"],
        register_items=[item["id"]],
    )
    objection = helpers.call_action(
        "ppid_objection_create",
        {"user": citizen["name"], "ignore_auth": False},
        request_id=request["id"],
        grounds=["a_penolakan_ps17"],
        statement="Informasi rekam medis seharusnya dapat diberikan sebagian.",
    )
    override = helpers.call_action(
        "ppid_calendar_override_create",
        admin,
        day="2026-06-10",
        kind="holiday",
        reason="Hari Jadi Kabupaten",
        decree="Kep. Bupati 1/2026",
    )
    token = helpers.call_action("api_token_create", {"user": citizen["name"]}, user=citizen["name"], name="t")
    world = World(
        sysadmin=sysadmin,
        staff=staff,
        citizen=citizen,
        victim=victim,
        unit=unit,
        item=item,
        dataset=dataset,
        request=request,
        objection=objection,
        override=override,
        activity_id=activity_id,
        item_activity_id=item_activity_id,
        view_id=view["id"],
        token_id=token["token"],
    )
    world.path_values = _path_values(world)
    return world


def path_value(world: World, rule: str, name: str) -> str:
    """A valid value of path parameter ``name`` in ``rule`` (``id`` names what the route is about)."""
    # An exempted register item's pages and its resource history (CKAN's activity plugin has one only
    # under /dataset/); other dataset routes look at the plain dataset.
    on_item = rule.startswith(("/informasi-publik/", "/anggaran/", "/dataset/<id>/resources/"))
    if name == "id":
        return next(
            (value for prefix, value in _ids(world) if rule.startswith(prefix)), world.dataset["name"]
        )
    if on_item and name == "resource_id":
        return world.item["resources"][0]["id"]
    if on_item and name == "activity_id":
        return world.item_activity_id
    return world.path_values.get(name, "x")


def _ids(world: World) -> tuple[tuple[str, str], ...]:
    return (
        ("/ppid/permohonan/", world.request["id"]),
        ("/ppid/keberatan/", world.objection["id"]),
        ("/ppid/documents/", world.item["name"]),
        ("/user/", world.victim["name"]),
        ("/organization/changes/", world.activity_id),
        ("/group/changes/", world.activity_id),
        ("/dataset/changes/", world.activity_id),
        ("/organization/", world.unit["name"]),
        ("/group/", world.unit["name"]),
        ("/feeds/", world.unit["name"]),
        ("/informasi-publik/", world.item["name"]),
        ("/anggaran/", world.item["name"]),
        ("/dataset/<id>/resources/", world.item["name"]),
    )


def _path_values(world: World) -> dict[str, Any]:
    """A valid value for each path parameter name the portal's routes use."""
    dataset = world.dataset
    return {
        "id": dataset["name"],
        "_id": dataset["name"],
        "resource_id": dataset["resources"][0]["id"],
        "view_id": world.view_id,
        "activity_id": world.activity_id,
        "unit": world.unit["name"],
        "name": world.unit["name"],
        "request_id": world.request["id"],
        "declaration_id": world.override["id"],
        "dispute_id": "0",
        "delivery_id": "0",
        "token": "0",
        "kind": "dip",
        "fmt": "csv",
        "_format": "ttl",
        "lang": "id",
        "logic_function": "status_show",
        "ver": "3",
        "filename": "peta.png",
        "path": "x",
        "storage_name": "default",
        "location": "x",
    }
