"""The people and register items the register's integration tests look at (helpers; fixtures in conftest)."""

from __future__ import annotations

from dataclasses import dataclass

from ckan.tests import factories, helpers
from exemption_fields import EXEMPTED

SECRET = "rahasia-berkas-7q3"


@dataclass
class Cast:
    """The people who look at an exempted item, and the item itself."""

    sysadmin: dict
    utama_staff: dict
    unit_editor: dict
    unit_member: dict
    utama_member: dict
    atasan: dict
    other_unit_editor: dict
    assessor: dict
    outsider: dict
    item: dict
    open_item: dict

    def allowed(self):
        return {
            "sysadmin": self.sysadmin,
            "utama_staff": self.utama_staff,
            "unit_editor": self.unit_editor,
        }

    def refused(self):
        # Plain members hold no PPID role: a head of unit, and the Atasan PPID as the demo seats them.
        return {
            "unit_member": self.unit_member,
            "utama_member": self.utama_member,
            "atasan": self.atasan,
            "other_unit_editor": self.other_unit_editor,
            "assessor": self.assessor,
            "outsider": self.outsider,
        }


def register_item(owner_org: str, **fields) -> dict:
    data = {
        "type": "informasi-publik",
        "owner_org": owner_org,
        "notes": "Ringkasan informasi",
        "unit_penguasa": "Kepala Dinas",
        "penanggung_jawab": "Sekretaris Dinas",
        "kategori": "setiap_saat",
        "item_setiap_saat": None,
        "tahun": 2025,
        **fields,
    }
    data = {key: value for key, value in data.items() if value is not None}
    return helpers.call_action("package_create", {"user": fields.pop("_user", None) or _site_user()}, **data)


def _site_user() -> str:
    return helpers.call_action("get_site_user", {"ignore_auth": True})["name"]


def headers_for(cast, who: str) -> dict[str, str]:
    if who == "anonymous":
        return {}
    user = {**cast.allowed(), **cast.refused()}[who]
    return {"Authorization": factories.APIToken(user=user["name"])["token"]}


def build_cast() -> Cast:
    sysadmin = factories.Sysadmin()
    users = {
        name: factories.User(name=name)
        for name in (
            "utama",
            "utama-member",
            "atasan",
            "dinkes-editor",
            "dinkes-member",
            "dishub-editor",
            "penilai",
            "warga",
        )
    }
    factories.Organization(
        name="ppid-utama",
        jenis_unit="ppid_utama",
        kode_unit="U",
        users=[
            {"name": "utama", "capacity": "editor"},
            {"name": "utama-member", "capacity": "member"},
            {"name": "atasan", "capacity": "member"},
        ],
    )
    dinkes = factories.Organization(
        name="dinkes",
        kode_unit="D1",
        unit_induk="ppid-utama",
        users=[
            {"name": "dinkes-editor", "capacity": "editor"},
            {"name": "dinkes-member", "capacity": "member"},
        ],
    )
    factories.Organization(
        name="dishub",
        kode_unit="D2",
        unit_induk="ppid-utama",
        users=[{"name": "dishub-editor", "capacity": "editor"}],
    )
    grant = {"user": sysadmin["name"]}
    helpers.call_action("ppid_role_grant", grant, user="penilai", role="penilai_komisi_informasi")
    helpers.call_action("ppid_role_grant", grant, user="atasan", role="atasan_ppid")
    resources = [
        {
            "url": f"https://berkas.example/{SECRET}.pdf",
            "name": f"Rekam medis {SECRET}",
            "description": f"Isi {SECRET}",
            "format": "PDF",
        }
    ]
    item = register_item(
        dinkes["id"], name="rekam-medis", title="Rekam Medis Pasien", resources=resources, **EXEMPTED
    )
    open_item = register_item(
        dinkes["id"],
        name="profil-dinkes",
        title="Profil Dinas Kesehatan",
        resources=[{"url": "https://berkas.example/profil.pdf", "name": "Profil"}],
    )
    return Cast(
        sysadmin=sysadmin,
        utama_staff=users["utama"],
        unit_editor=users["dinkes-editor"],
        unit_member=users["dinkes-member"],
        utama_member=users["utama-member"],
        atasan=users["atasan"],
        other_unit_editor=users["dishub-editor"],
        assessor=users["penilai"],
        outsider=users["warga"],
        item=item,
        open_item=open_item,
    )
