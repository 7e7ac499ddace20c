"""Who may do what beyond CKAN's organization roles.

- The PPID Utama's staff act on every unit: each unit's parent is the PPID Utama in CKAN's organization
  hierarchy, and ``ckan.auth.roles_that_cascade_to_sub_groups`` carries their role down.
- The files of exempted information in force are served only to the owning unit's staff, the PPID
  Utama's staff and sysadmins (UU 14/2008 Ps 17; the issue's rule), whatever else they may do.
- The Atasan PPID (decides objections, UU 14/2008 Ps 35-36) and the Komisi Informasi assessor (monev,
  Perki 1/2022) are roles granted by a sysadmin and kept in ``ppid_role_assignment``. Assessors read the
  whole register, private and exempted items included, but never the withheld files nor personal data.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ckan import authz, model

from ckanext.ppid.markers import N_
from ckanext.ppid.model.role_assignment import RoleAssignment

ATASAN_PPID = "atasan_ppid"
ASSESSOR = "penilai_komisi_informasi"
ROLE_LABELS = {
    ATASAN_PPID: N_("Atasan PPID (decides objections)"),
    ASSESSOR: N_("Komisi Informasi assessor (read-only)"),
}
PPID_UTAMA = "ppid_utama"
# Permission label of register items for the roles that read the whole register.
REGISTER_REVIEW_LABEL = "ppid-register-review"


def user_object(user: Any) -> model.User | None:
    """A user given by name, id or object (CKAN passes any of them in contexts)."""
    if user is None or user == "":
        return None
    if isinstance(user, model.User):
        return user
    return model.User.get(str(user))


def ppid_utama_ids() -> set[str]:
    """Ids of the organizations whose unit type is the PPID Utama."""
    rows = model.Session.query(model.Group.id, model.Group.extras).filter(
        model.Group.is_organization.is_(True), model.Group.state == "active"
    )
    return {group_id for group_id, extras in rows if (extras or {}).get("jenis_unit") == PPID_UTAMA}


def organization_ids_of(user: model.User) -> set[str]:
    """Organizations the user is a member of, in any capacity."""
    rows = model.Session.query(model.Member.group_id).filter(
        model.Member.table_name == "user",
        model.Member.table_id == user.id,
        model.Member.state == "active",
    )
    return {group_id for (group_id,) in rows}


def may_see_withheld_files(user: Any, owner_org: str | None) -> bool:
    """True for sysadmins, the owning unit's staff and the PPID Utama's staff."""
    user_obj = user_object(user)
    if user_obj is None or not user_obj.is_authenticated:
        return False
    if user_obj.sysadmin:
        return True
    memberships = organization_ids_of(user_obj)
    return bool(owner_org and owner_org in memberships) or bool(memberships & ppid_utama_ids())


def administers_ppid_utama(user: Any) -> bool:
    """Sysadmins and the admins of the PPID Utama unit: they keep the body's calendar."""
    user_obj = user_object(user)
    if user_obj is None or not user_obj.is_authenticated:
        return False
    if user_obj.sysadmin:
        return True
    utama = ppid_utama_ids()
    if not utama:
        return False
    return (
        model.Session.query(model.Member.id)
        .filter(
            model.Member.table_name == "user",
            model.Member.table_id == user_obj.id,
            model.Member.state == "active",
            model.Member.capacity == "admin",
            model.Member.group_id.in_(utama),
        )
        .first()
        is not None
    )


def roles_of(user: Any) -> set[str]:
    user_obj = user_object(user)
    return RoleAssignment.roles_of(user_obj.id if user_obj else None)


def reads_whole_register(user: Any) -> bool:
    """Assessors and the Atasan PPID read every register item, private ones included."""
    return bool(roles_of(user) & {ASSESSOR, ATASAN_PPID})


def is_sysadmin(user: Any) -> bool:
    user_obj = user_object(user)
    return bool(user_obj and authz.is_sysadmin(user_obj.name))


def owner_of(item: Mapping[str, Any]) -> str | None:
    return item.get("owner_org") or (item.get("organization") or {}).get("id")
