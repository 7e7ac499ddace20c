"""Who may do what with an information request, and in which of the core's roles.

Staff of a unit are its organization admins (the PPID Pelaksana) and editors (service officers,
``petugas_layanan``); the PPID Utama's admins and editors act on every unit's cases. Members (heads of
unit, the Atasan PPID) do not handle requests. The applicant's personal data (UU 27/2022) is read only by
the applicant and by the staff handling the case: the units it is routed to and the PPID Utama.
The Atasan PPID reads it for the objections they decide, once objections exist; the Komisi Informasi
assessor never does.
"""

from __future__ import annotations

from typing import Any

from ckan import model

from ckanext.ppid import access
from ckanext.ppid.law import requests as law_requests
from ckanext.ppid.model.information_request import InformationRequest
from ckanext.ppid.requests.machine import ATASAN, PELAKSANA, PETUGAS, UTAMA

APPLICANT = law_requests.APPLICANT.code
STAFF_CAPACITIES = ("admin", "editor")


def _capacities(user: model.User) -> dict[str, str]:
    """The user's capacity in each organization they are a member of."""
    rows = model.Session.query(model.Member.group_id, model.Member.capacity).filter(
        model.Member.table_name == "user",
        model.Member.table_id == user.id,
        model.Member.state == "active",
    )
    return {group_id: capacity for group_id, capacity in rows}


def staff_role(user: Any, unit_ids: set[str]) -> str | None:
    """The core role in which ``user`` acts on cases of ``unit_ids``; None if they are not its staff.

    The PPID Utama's staff act as ``ppid_utama`` on every unit; a unit's admin as ``ppid_pelaksana``, its
    editor as ``petugas_layanan``. Sysadmins act as the PPID Utama.
    """
    user_obj = access.user_object(user)
    if user_obj is None or not user_obj.is_authenticated:
        return None
    if user_obj.sysadmin:
        return UTAMA
    capacities = _capacities(user_obj)
    if any(capacities.get(unit) in STAFF_CAPACITIES for unit in access.ppid_utama_ids()):
        return UTAMA
    found = {capacities.get(unit) for unit in unit_ids}
    if "admin" in found:
        return PELAKSANA
    if "editor" in found:
        return PETUGAS
    return None


def is_staff_anywhere(user: Any) -> bool:
    """Whether ``user`` is staff of some unit (may open the page for recording requests)."""
    user_obj = access.user_object(user)
    if user_obj is None or not user_obj.is_authenticated:
        return False
    return user_obj.sysadmin or any(c in STAFF_CAPACITIES for c in _capacities(user_obj).values())


def case_units(case: InformationRequest) -> set[str]:
    """The units the case is routed to: the one chosen and the one that has it now."""
    return {case.unit_id, case.current_unit_id}


def is_applicant(user: Any, case: InformationRequest) -> bool:
    user_obj = access.user_object(user)
    applicant = case.applicant
    if user_obj is None or applicant is None or not applicant.user_id:
        return False
    return applicant.user_id == user_obj.id


def is_atasan(user: Any) -> bool:
    """Whether ``user`` holds the role of Atasan PPID (granted by a sysadmin, ``access``)."""
    return access.ATASAN_PPID in access.roles_of(user)


def has_objections(case: InformationRequest) -> bool:
    return bool(case.objections)


def role_on(user: Any, case: InformationRequest) -> str | None:
    """The role ``user`` has on ``case``: staff first (staff filing for themselves handle it as staff),
    then the applicant, then the Atasan PPID once the case has an objection for them to decide."""
    role = staff_role(user, case_units(case)) or (APPLICANT if is_applicant(user, case) else None)
    if role is None and has_objections(case) and is_atasan(user):
        return ATASAN
    return role


def objection_roles(user: Any, case: InformationRequest) -> tuple[str, ...]:
    """The roles in which ``user`` acts on the objections and disputes of ``case``: their role on the case
    and, for an Atasan PPID who is also staff or the applicant, the Atasan's too."""
    role = role_on(user, case)
    roles = (role,) if role else ()
    if role != ATASAN and has_objections(case) and is_atasan(user):
        roles += (ATASAN,)
    return roles


def may_see_personal_data(user: Any, case: InformationRequest) -> bool:
    """The applicant, the handling staff, and the Atasan PPID for a case with an objection."""
    return role_on(user, case) is not None


def may_read_case(user: Any, case: InformationRequest) -> bool:
    """The applicant, the handling staff, and those who review the PPID's work (Atasan PPID, assessor)."""
    return may_see_personal_data(user, case) or access.reads_whole_register(user)
