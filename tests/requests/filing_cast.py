"""The people, units and forms the request-filing tests use (helpers; fixtures in conftest)."""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Any

from ckan.tests import factories, helpers
from PIL import Image
from werkzeug.datastructures import FileStorage

# Jawa Barat, a woman born 5 January 1990 (day + 40), serial 0001.
NIK = "3201014501900001"
PDF_BYTES = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Count 0/Kids[]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)


def png_bytes() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (40, 25), (200, 30, 30)).save(buffer, format="PNG")
    return buffer.getvalue()


def upload(content: bytes, filename: str) -> FileStorage:
    return FileStorage(stream=io.BytesIO(content), filename=filename)


def web_form(unit: str = "dinkes", **changes: Any) -> dict[str, Any]:
    """A complete web filing by an individual, with a KTP scan."""
    form = {
        "unit": unit,
        "applicant_type": "perorangan",
        "name": "Siti Rahmawati",
        "nik": NIK,
        "address": "Jl. Melati No. 7, Lembah Hijau",
        "phone": "0812-3456-7890",
        "email": "siti@warga.example",
        "information": "Daftar puskesmas dan jumlah tenaga kesehatan tahun 2025",
        "purpose": "Penelitian skripsi",
        "way_to_obtain": "salinan_softcopy",
        "delivery_method": "email",
        "identity_document": upload(png_bytes(), "ktp.png"),
    }
    form.update(changes)
    return {key: value for key, value in form.items() if value is not None}


def desk_form(unit: str = "dinkes", **changes: Any) -> dict[str, Any]:
    """A letter staff record for someone without an account: no identity document, no e-mail."""
    desk = {
        "channel": "surat",
        "received_at": "2026-06-12 10:00",
        "identity_document": None,
        "email": None,
        "name": "Budi Santoso",
    }
    return web_form(unit, **{**desk, **changes})


@dataclass
class Cast:
    sysadmin: dict
    applicant: dict
    other_applicant: dict
    utama_admin: dict
    unit_admin: dict
    unit_officer: dict
    unit_head: dict
    other_unit_editor: dict
    atasan: dict
    assessor: dict
    unit: dict
    other_unit: dict

    def person(self, who: str) -> dict:
        return getattr(self, who)

    def token(self, who: str) -> dict[str, str]:
        """Request headers authenticating as ``who``; none for ``anonymous``."""
        if who == "anonymous":
            return {}
        return {"Authorization": factories.APIToken(user=self.person(who)["name"])["token"]}


def as_user(user: dict) -> dict[str, Any]:
    return {"user": user["name"], "ignore_auth": False}


def build_cast() -> Cast:
    sysadmin = factories.Sysadmin()
    names = (
        "warga",
        "warga-lain",
        "utama-admin",
        "dinkes-admin",
        "dinkes-petugas",
        "dinkes-kepala",
        "dishub-editor",
        "atasan",
        "penilai",
    )
    users = {name: factories.User(name=name, email=f"{name}@lembahhijau.example") for name in names}
    factories.Organization(
        name="ppid-utama",
        jenis_unit="ppid_utama",
        kode_unit="U",
        users=[{"name": "utama-admin", "capacity": "admin"}, {"name": "atasan", "capacity": "member"}],
    )
    unit = factories.Organization(
        name="dinkes",
        title="Dinas Kesehatan",
        kode_unit="D1",
        unit_induk="ppid-utama",
        kontak_email="ppid@dinkes.lembahhijau.example",
        pejabat_ppid="PPID Pelaksana Dinas Kesehatan",
        users=[
            {"name": "dinkes-admin", "capacity": "admin"},
            {"name": "dinkes-petugas", "capacity": "editor"},
            {"name": "dinkes-kepala", "capacity": "member"},
        ],
    )
    other_unit = factories.Organization(
        name="dishub",
        kode_unit="D2",
        unit_induk="ppid-utama",
        users=[{"name": "dishub-editor", "capacity": "editor"}],
    )
    grant = {"user": sysadmin["name"]}
    helpers.call_action("ppid_role_grant", grant, user="atasan", role="atasan_ppid")
    helpers.call_action("ppid_role_grant", grant, user="penilai", role="penilai_komisi_informasi")
    return Cast(
        sysadmin=sysadmin,
        applicant=users["warga"],
        other_applicant=users["warga-lain"],
        utama_admin=users["utama-admin"],
        unit_admin=users["dinkes-admin"],
        unit_officer=users["dinkes-petugas"],
        unit_head=users["dinkes-kepala"],
        other_unit_editor=users["dishub-editor"],
        atasan=users["atasan"],
        assessor=users["penilai"],
        unit=unit,
        other_unit=other_unit,
    )


def file_on_web(cast: Cast, **changes: Any) -> dict[str, Any]:
    return helpers.call_action("ppid_request_create", as_user(cast.applicant), **web_form(**changes))
