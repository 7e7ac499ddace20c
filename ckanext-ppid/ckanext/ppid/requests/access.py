"""Who may do what with an information request, and in which of the core's roles.

The rules are the authorization table's (:mod:`ckanext.ppid.authorization.table`, docs/authorization.md):
the staff of a unit are its organization admins (the PPID Pelaksana) and editors (service officers,
``petugas_layanan``); the PPID Utama's admins and editors act on every unit's cases. Members (heads of
unit) do not handle requests. The applicant's personal data (UU 27/2022) is read only by the applicant and
by the staff handling the case: the units it is routed to and the PPID Utama. The Atasan PPID reads it for
the objections they decide, once objections exist; the Komisi Informasi assessor never does.
"""

from __future__ import annotations

from typing import Any

from ckanext.ppid.authorization import personas as personas_of
from ckanext.ppid.authorization.answers import case_personas, case_units, may, may_on_case
from ckanext.ppid.authorization.table import Persona
from ckanext.ppid.law import requests as law_requests
from ckanext.ppid.requests.core.machine import ATASAN, PELAKSANA, PETUGAS, UTAMA
from ckanext.ppid.requests.model.information_request import InformationRequest

APPLICANT = law_requests.APPLICANT.code

__all__ = ["case_units"]


def _machine_role(found: set[Persona]) -> str | None:
    """The core's role of a user who is ``found`` to a case's units (staff roles only)."""
    if found & {Persona.SYSADMIN, Persona.UTAMA_ADMIN, Persona.UTAMA_EDITOR}:
        return UTAMA
    if Persona.UNIT_ADMIN in found:
        return PELAKSANA
    if Persona.UNIT_EDITOR in found:
        return PETUGAS
    return None


def staff_role(user: Any, unit_ids: set[str]) -> str | None:
    """The core role in which ``user`` acts on cases of ``unit_ids``; None if they are not its staff.

    The PPID Utama's staff act as ``ppid_utama`` on every unit; a unit's admin as ``ppid_pelaksana``, its
    editor as ``petugas_layanan``. Sysadmins act as the PPID Utama.
    """
    return _machine_role(personas_of.personas(user, unit_ids))


def is_staff_anywhere(user: Any) -> bool:
    """Whether ``user`` is staff of some unit (may open the page for recording requests, the queue)."""
    return may("request.record", user)


def is_atasan(user: Any) -> bool:
    """Whether ``user`` holds the role of Atasan PPID (granted by a sysadmin)."""
    return Persona.ATASAN in personas_of.personas(user)


def role_on(user: Any, case: InformationRequest) -> str | None:
    """The role ``user`` has on ``case``: staff first (staff filing for themselves handle it as staff),
    then the applicant, then the Atasan PPID once the case has an objection for them to decide."""
    found = case_personas(user, case)
    role = _machine_role(found) or (APPLICANT if Persona.APPLICANT in found else None)
    if role is None and case.objections and Persona.ATASAN in found:
        return ATASAN
    return role


def objection_roles(user: Any, case: InformationRequest) -> tuple[str, ...]:
    """The roles in which ``user`` acts on the objections and disputes of ``case``: their role on the case
    and, for an Atasan PPID who is also staff or the applicant, the Atasan's too."""
    role = role_on(user, case)
    roles = (role,) if role else ()
    if role != ATASAN and case.objections and is_atasan(user):
        roles += (ATASAN,)
    return roles


def may_see_personal_data(user: Any, case: InformationRequest) -> bool:
    """The applicant, the handling staff, and the Atasan PPID for a case with an objection."""
    return may_on_case("request.personal_data", user, case)


def may_read_case(user: Any, case: InformationRequest) -> bool:
    """The applicant, the handling staff, and those who review the PPID's work (Atasan PPID, assessor)."""
    return may_on_case("request.read", user, case)
