"""The people and units the audit-log tests act as, and how they read the log (helpers; fixtures in conftest).

The audit table is not emptied between tests (it refuses deletes; CKAN's reset only drops it once per
session), so every test looks at the events of the objects it created itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from ckan import model
from ckan.tests import factories, helpers
from exemption_fields import EXEMPTED as EXEMPTED  # the audit tests take it from here

from ckanext.ppid.audit.model import audit_event


@dataclass
class AuditCast:
    sysadmin: dict
    utama_admin: dict
    utama_editor: dict
    atasan: dict
    assessor: dict
    unit_editor: dict
    other_unit_editor: dict
    outsider: dict
    utama: dict
    unit: dict
    other_unit: dict

    def token(self, who: str) -> dict[str, str]:
        """Request headers authenticating as ``who`` (an attribute name); none for ``anonymous``."""
        if who == "anonymous":
            return {}
        return {"Authorization": factories.APIToken(user=getattr(self, who)["name"])["token"]}


def build_audit_cast() -> AuditCast:
    sysadmin = factories.Sysadmin()
    names = ("utama-admin", "utama-editor", "atasan", "penilai", "dinkes-editor", "dishub-editor", "warga")
    users = {name: factories.User(name=name) for name in names}
    utama = factories.Organization(
        name="ppid-utama",
        jenis_unit="ppid_utama",
        kode_unit="U",
        users=[
            {"name": "utama-admin", "capacity": "admin"},
            {"name": "utama-editor", "capacity": "editor"},
            {"name": "atasan", "capacity": "member"},
            # An assessor who also holds an officer's role still may not read the log.
            {"name": "penilai", "capacity": "editor"},
        ],
    )
    dinkes = factories.Organization(
        name="dinkes",
        kode_unit="D1",
        unit_induk="ppid-utama",
        users=[{"name": "dinkes-editor", "capacity": "editor"}],
    )
    dishub = factories.Organization(
        name="dishub",
        kode_unit="D2",
        unit_induk="ppid-utama",
        users=[{"name": "dishub-editor", "capacity": "editor"}],
    )
    grant = {"user": sysadmin["name"]}
    helpers.call_action("ppid_role_grant", grant, user="atasan", role="atasan_ppid")
    helpers.call_action("ppid_role_grant", grant, user="penilai", role="penilai_komisi_informasi")
    return AuditCast(
        sysadmin=sysadmin,
        utama_admin=users["utama-admin"],
        utama_editor=users["utama-editor"],
        atasan=users["atasan"],
        assessor=users["penilai"],
        unit_editor=users["dinkes-editor"],
        other_unit_editor=users["dishub-editor"],
        outsider=users["warga"],
        utama=utama,
        unit=dinkes,
        other_unit=dishub,
    )


def register_item(owner_org: str, user: str, **fields: Any) -> dict:
    data = {
        "type": "informasi-publik",
        "owner_org": owner_org,
        "notes": "Ringkasan informasi",
        "unit_penguasa": "Kepala Dinas",
        "penanggung_jawab": "Sekretaris Dinas",
        "kategori": "setiap_saat",
        "tahun": 2025,
        **fields,
    }
    return helpers.call_action("package_create", {"user": user}, **data)


def events(**columns: Any) -> list[dict[str, Any]]:
    """The committed events whose columns have these values, oldest first (on a connection of its own)."""
    query = (
        sa.select(audit_event)
        .where(*[audit_event.c[name] == value for name, value in columns.items()])
        .order_by(audit_event.c.id)
    )
    with model.ensure_engine().connect() as connection:
        return [dict(row) for row in connection.execute(query).mappings()]


def actions(**columns: Any) -> list[str]:
    return [event["action"] for event in events(**columns)]
